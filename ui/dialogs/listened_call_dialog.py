"""记一通…: log a call the leader listened to (or change one): the day, the agent, the call
id or the caller's number, the kind (普通, 投诉, 表扬), the points lost, what was good and
the advice given. Saved in one step; a problem is shown in the dialog, nothing typed lost."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QDoubleSpinBox, QLineEdit, QPlainTextEdit

from ui.dialogs.saving_dialog import SavingDialog
from ui.widgets.day_edit import DayEdit
from workbench.errors import UserError
from workbench.listening import CALL_KINDS, MAX_POINTS, ListenedCallRecord, kind_label

if TYPE_CHECKING:
    from workbench.people import EmployeeRecord


class ListenedCallDialog(SavingDialog):
    TABLES = frozenset({"listened_calls"})

    def __init__(
        self,
        parent,
        people: list[EmployeeRecord],
        record: ListenedCallRecord,
        save: Callable[[ListenedCallRecord], ListenedCallRecord],
        today: date,
    ):
        super().__init__(parent, save, "listenedCallDialog")
        self._record = record
        self.setWindowTitle(self.tr("Log a call") if record.id is None else self.tr("A call listened to"))
        self.day = DayEdit(record.listened_on, latest=today)
        self.agent = QComboBox()
        self.agent.setEditable(True)  # type a name or 工号 to find someone in a large list
        self.agent.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for person in people:
            self.agent.addItem(f"{person.name}（{person.employee_no}）", person.id)
        finder = QCompleter(self.agent.model(), self.agent)
        finder.setFilterMode(Qt.MatchFlag.MatchContains)
        finder.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.agent.setCompleter(finder)
        self.agent.setCurrentIndex(max(self.agent.findData(record.agent_id), 0) if record.agent_id else -1)
        self.call_ref = QLineEdit(record.call_ref)
        self.call_ref.setPlaceholderText(self.tr("Recording number or the caller's number"))
        self.kind = QComboBox()
        for kind in CALL_KINDS:
            self.kind.addItem(kind_label(kind), kind)
        self.kind.setCurrentIndex(self.kind.findData(record.kind))
        self.points = QDoubleSpinBox()
        self.points.setRange(0, MAX_POINTS)
        self.points.setDecimals(1)
        self.points.setValue(record.points_lost)
        self.points.setToolTip(self.tr("Points the call lost on the score sheet"))
        self.highlights = QPlainTextEdit(record.highlights)
        self.advice = QPlainTextEdit(record.advice)
        for edit in (self.highlights, self.advice):
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(self.fontMetrics().height() * 3 + 12)
        self.highlights.setPlaceholderText(self.tr("What the agent did well"))
        self.advice.setPlaceholderText(self.tr("What to do better, and how"))
        self.lay_out_form(
            [
                (self.tr("Listened on:"), self.day),
                (self.tr("Agent:"), self.agent),
                (self.tr("Call ID or number:"), self.call_ref),
                (self.tr("Kind:"), self.kind),
                (self.tr("Points lost:"), self.points),
                (self.tr("Highlights:"), self.highlights),
                (self.tr("Advice:"), self.advice),
            ]
        )
        self.restore_size()
        self.agent.setFocus()

    def chosen_agent(self) -> int | None:
        """The agent the combo shows, also when a name was typed rather than picked."""
        listed = self.agent.findText(self.agent.currentText())
        return self.agent.itemData(listed) if listed >= 0 else None

    def edited(self) -> ListenedCallRecord:
        agent = self.chosen_agent()
        if agent is None:
            raise UserError(self.tr("Choose the agent whose call this was."))
        return replace(
            self._record,
            agent_id=agent,
            listened_on=self.day.day(),
            call_ref=self.call_ref.text().strip(),
            kind=self.kind.currentData(),
            points_lost=self.points.value(),
            highlights=self.highlights.toPlainText().strip(),
            advice=self.advice.toPlainText().strip(),
        )

    def has_unsaved_text(self) -> bool:
        return bool(self.highlights.document().isModified() or self.advice.document().isModified())
