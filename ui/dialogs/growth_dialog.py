"""Edit one employee's month of the growth diary: the scores (0–100, blank for none), the
growth plan, and the leader's evaluation and advice. Saved in one step; a score out of
range or a save the database refuses is shown in the dialog and nothing typed is lost."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
)

from ui.dialogs.saving_dialog import SavingDialog
from workbench.growth import SCORE_FIELDS, TEXT_FIELDS, WEEK_FIELDS, GrowthEntry, field_label, score_from_text


class GrowthDialog(SavingDialog):
    TABLES = frozenset({"growth_records"})

    def __init__(
        self,
        parent,
        employee_name: str,
        entry: GrowthEntry,
        save: Callable[[GrowthEntry], GrowthEntry],
        from_numbers: frozenset[str] = frozenset(),
    ):
        """`from_numbers`: the scores filled in from the imported numbers, not yet saved."""
        super().__init__(parent, save, "growthDialog")
        self._entry = entry
        self.setWindowTitle(self.tr("Growth diary: %1, %2").replace("%1", employee_name).replace("%2", entry.month))

        self.scores: dict[str, QLineEdit] = {}
        for name in SCORE_FIELDS:
            edit = QLineEdit(self._score_text(getattr(entry, name)))
            edit.setPlaceholderText(self.tr("0–100"))
            edit.setAccessibleName(field_label(name))
            edit.setMaximumWidth(90)
            edit.setAlignment(Qt.AlignmentFlag.AlignRight)
            self.scores[name] = edit
        self.scores["satisfaction"].setToolTip(self.tr("A percent: 98.5, 98.5% and 0.985 are the same"))
        score_box = QGroupBox(self.tr("Scores"))
        grid = QGridLayout(score_box)
        grid.addWidget(QLabel(field_label("qa_score")), 0, 0)
        grid.addWidget(self.scores["qa_score"], 0, 1)
        grid.addWidget(QLabel(field_label("satisfaction")), 0, 2)
        grid.addWidget(self.scores["satisfaction"], 0, 3)
        for index, name in enumerate(WEEK_FIELDS):
            grid.addWidget(QLabel(field_label(name)), 1 + index // 3, index % 3 * 2)
            grid.addWidget(self.scores[name], 1 + index // 3, index % 3 * 2 + 1)

        self.from_numbers = QLabel(
            self.tr("%1 filled in from the imported numbers: change them if the diary should say otherwise.").replace(
                "%1", self.tr(", ").join(field_label(name) for name in SCORE_FIELDS if name in from_numbers)
            )
        )
        self.from_numbers.setObjectName("countLabel")
        self.from_numbers.setWordWrap(True)
        self.from_numbers.setVisible(bool(from_numbers))
        grid.addWidget(self.from_numbers, 3, 0, 1, 6)
        for name in from_numbers:
            self.scores[name].setToolTip(self.tr("From the imported numbers"))

        self.texts: dict[str, QPlainTextEdit] = {}
        form = QFormLayout()
        for name in TEXT_FIELDS:
            edit = QPlainTextEdit(getattr(entry, name))
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(self.fontMetrics().height() * 3 + 12)
            self.texts[name] = edit
            form.addRow(field_label(name) + "：", edit)
        self.texts["growth_plan"].setPlaceholderText(self.tr("What the employee means to improve this month, and how"))
        self.texts["evaluation"].setPlaceholderText(self.tr("How the month went, in your words"))
        self.texts["advice"].setPlaceholderText(self.tr("Advice and methods for next month"))

        layout = QVBoxLayout(self)
        layout.addWidget(score_box)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.restore_size()
        self.scores["qa_score"].setFocus()

    def show_stored(self, entry: GrowthEntry) -> bool:
        self._entry = entry
        for name, edit in self.scores.items():
            edit.setText(self._score_text(getattr(entry, name)))
        for name, edit in self.texts.items():
            edit.setPlainText(getattr(entry, name))
        return True

    @staticmethod
    def _score_text(value: float | None) -> str:
        return "" if value is None else f"{value:g}"

    def has_unsaved_text(self) -> bool:
        return any(edit.document().isModified() for edit in self.texts.values())

    def edited(self) -> GrowthEntry:
        """What the dialog says now; a score that is not one raises UserError naming it."""
        return replace(
            self._entry,
            **{name: score_from_text(name, edit.text()) for name, edit in self.scores.items()},
            **{name: edit.toPlainText().strip() for name, edit in self.texts.items()},
        )
