"""One leader's quarter of "three ones" as a form: the calls listened to, the grassroots
problem and its fix, the industry problem and its plan, and the suggestions filed in the
quarter. A strip on top says what is done and what is still missing, as it is typed."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ui.models.checklist_model import DONE_COLOR, OVERDUE_COLOR
from workbench.suggestions import status_label, type_label
from workbench.texts import t
from workbench.three_ones import MAX_CALLS, PARTS, TARGET_CALLS, LeaderQuarter, ThreeOnesRecord


class ThreeOnesForm(QWidget):
    save_requested = Signal(object)  # the ThreeOnesRecord as typed
    add_suggestion_requested = Signal()
    suggestion_chosen = Signal(int)  # a suggestion of the quarter, double-clicked

    def __init__(self, parent=None):
        super().__init__(parent)
        self.quarter: LeaderQuarter | None = None
        self._shown: ThreeOnesRecord | None = None
        self._editable = False
        self.saving = False
        self.parts: dict[str, QLabel] = {}
        strip = QHBoxLayout()
        for part in PARTS:
            label = QLabel()
            label.setObjectName("countLabel")
            self.parts[part] = label
            strip.addWidget(label)
        strip.addStretch(1)

        self.calls = QSpinBox()
        self.calls.setRange(0, MAX_CALLS)
        self.calls.setSuffix(f" / {TARGET_CALLS}")
        self.calls.setToolTip(
            self.tr("Customer calls listened to this quarter (target: %1)").replace("%1", str(TARGET_CALLS))
        )
        self.complaints = QSpinBox()
        self.complaints.setRange(0, MAX_CALLS)
        self.complaints.setToolTip(self.tr("Of those calls, how many were complaint recordings (at least one)"))
        calls_box = QGroupBox(self.tr("Listen to ten customer calls"))
        calls_form = QFormLayout(calls_box)
        calls_form.addRow(self.tr("Calls listened to:"), self.calls)
        calls_form.addRow(self.tr("Of which complaint recordings:"), self.complaints)
        self.calls_source = QLabel()  # where the counts come from: the listening log, or typed
        self.calls_source.setWordWrap(True)
        calls_form.addRow(self.calls_source)

        self.texts: dict[str, QPlainTextEdit] = {}
        grassroots_box = self._text_box(
            self.tr("One grassroots problem with its fix"),
            (("grassroots_problem", self.tr("Problem:")), ("grassroots_fix", self.tr("Fix:"))),
        )
        industry_box = self._text_box(
            self.tr("One industry problem with a plan"),
            (("industry_problem", self.tr("Problem:")), ("industry_plan", self.tr("Plan:"))),
        )

        suggestions_box = QGroupBox(self.tr("One service-improvement suggestion"))
        self.suggestions = QListWidget()
        self.suggestions.setFixedHeight(self.fontMetrics().height() * 3 + 12)
        self.suggestions.itemDoubleClicked.connect(self._suggestion_double_clicked)
        self.add_button = QPushButton(self.tr("Add a suggestion…"))
        self.add_button.setToolTip(self.tr("File an improvement suggestion for this quarter (Ctrl+N)"))
        self.add_button.clicked.connect(self.add_suggestion_requested)
        suggestions_layout = QVBoxLayout(suggestions_box)
        suggestions_layout.addWidget(self.suggestions)
        suggestions_layout.addWidget(self.add_button)

        self.error = QLabel()
        self.error.setObjectName("errorLabel")
        self.error.setWordWrap(True)
        self.error.hide()
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("primaryButton")
        self.save_button.setToolTip(self.tr("Save this quarter (Ctrl+S)"))
        self.save_button.clicked.connect(self.request_save)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.request_save)
        buttons = QHBoxLayout()
        buttons.addWidget(self.error, 1)
        buttons.addStretch(0)  # keeps the button its own size while there is no message
        buttons.addWidget(self.save_button)

        columns = QHBoxLayout()
        left, right = QVBoxLayout(), QVBoxLayout()
        left.addWidget(calls_box)
        left.addWidget(suggestions_box)
        left.addStretch(1)
        right.addWidget(grassroots_box)
        right.addWidget(industry_box)
        right.addStretch(1)
        columns.addLayout(left, 2)
        columns.addLayout(right, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(strip)
        layout.addLayout(columns, 1)
        layout.addLayout(buttons)
        for spin in (self.calls, self.complaints):
            spin.valueChanged.connect(lambda _value: self._show_parts())
        for edit in self.texts.values():
            edit.textChanged.connect(self._show_parts)

    def _text_box(self, title: str, fields) -> QGroupBox:
        box = QGroupBox(title)
        form = QFormLayout(box)
        for name, label in fields:
            edit = QPlainTextEdit()
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(self.fontMetrics().height() * 4 + 12)
            self.texts[name] = edit
            form.addRow(label, edit)
        return box

    def show_quarter(self, quarter: LeaderQuarter, editable: bool) -> None:
        self.quarter = quarter
        record = quarter.record
        self.calls.setValue(record.calls_listened)
        self.complaints.setValue(record.complaint_calls)
        for name, edit in self.texts.items():
            edit.setPlainText(getattr(record, name))
        self._shown = self.edited()
        self.suggestions.clear()
        for item in quarter.suggestions:
            self.suggestions.addItem(f"{type_label(item.type)} · {item.title}（{status_label(item.status)}）")
        if not quarter.suggestions:
            self.suggestions.addItem(self.tr("None yet this quarter."))
        for widget in (self.calls, self.complaints, *self.texts.values()):
            widget.setReadOnly(not editable)
        for widget in (self.calls, self.complaints):  # the log's counts are changed in the log
            widget.setReadOnly(not editable or record.calls_from_log)
        self.calls_source.setText(
            self.tr("Counted from the 质检 page's listening log (%1 calls this quarter).").replace(
                "%1", str(record.calls_listened)
            )
            if record.calls_from_log
            else self.tr(
                "Typed here: no calls in the listening log this quarter. Log calls on the 质检 page to count them."
            )
        )
        self._editable = editable
        self.save_button.setEnabled(editable and not self.saving)
        self.add_button.setEnabled(editable)
        self.error.hide()
        self._show_parts()

    def edited(self) -> ThreeOnesRecord:
        return replace(
            self.quarter.record,
            calls_listened=self.calls.value(),
            complaint_calls=self.complaints.value(),
            **{name: edit.toPlainText().strip() for name, edit in self.texts.items()},
        )

    def typed_text(self) -> str:
        """The texts as typed, to paste back: each under its name."""
        record = self.edited()
        return "\n\n".join(
            f"{t(f'three_ones.field.{name}')}\n{getattr(record, name)}" for name in self.texts if getattr(record, name)
        )

    def has_unsaved_changes(self) -> bool:
        return self.quarter is not None and self.edited() != self._shown

    def set_saving(self, saving: bool) -> None:
        """While the quarter is being saved, Save waits."""
        self.saving = saving
        self.save_button.setEnabled(self._editable and not saving)

    def saved(self, record: ThreeOnesRecord) -> None:
        """The save went through: what is shown is what is stored."""
        self.set_saving(False)
        self.quarter = replace(self.quarter, record=record)
        self._shown = self.edited()
        self.error.hide()
        self._show_parts()

    def failed(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()

    def request_save(self) -> None:
        if self.quarter is not None and self.save_button.isEnabled():
            self.save_requested.emit(self.edited())

    def _suggestion_double_clicked(self, _item) -> None:
        row = self.suggestions.currentRow()
        if self.quarter is not None and 0 <= row < len(self.quarter.suggestions):
            self.suggestion_chosen.emit(self.quarter.suggestions[row].id)

    def _show_parts(self) -> None:
        """✓ or ✗ with a word for each of the parts, from what is typed now."""
        if self.quarter is None:
            return
        shown = LeaderQuarter(self.edited(), self.quarter.suggestions)
        record = shown.record
        names = {
            "calls": self.tr("Calls %1/%2, %3 complaint")
            .replace("%1", str(record.calls_listened))
            .replace("%2", str(TARGET_CALLS))
            .replace("%3", str(record.complaint_calls)),
            "suggestion": self.tr("Suggestion"),
            "grassroots": self.tr("Grassroots problem and fix"),
            "industry": self.tr("Industry problem and plan"),
        }
        for part, done in shown.parts.items():
            label = self.parts[part]
            label.setText(("✓ " if done else self.tr("✗ Missing: ")) + names[part])
            color = DONE_COLOR if done else OVERDUE_COLOR
            label.setStyleSheet(f"color: {color.name()};")
