"""Table models of the 绩效沟通 page: the team's month of cards (a row per agent, their
numbers against target in a line, the card's state) and the month's appeals."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush

from ui.models.checklist_model import DONE_COLOR, OVERDUE_COLOR, SKIPPED_COLOR
from ui.models.rows_model import RowsModel
from workbench.appeals import CHANGED, subject_label
from workbench.cards import ACKNOWLEDGED, DISPUTED, EMPTY, status_label

if TYPE_CHECKING:
    from workbench.appeals import AppealRecord
    from workbench.cards import CardRow

STATUS_BRUSHES = {
    EMPTY: QBrush(SKIPPED_COLOR),
    ACKNOWLEDGED: QBrush(DONE_COLOR),
    DISPUTED: QBrush(OVERDUE_COLOR),
}


class CardsModel(RowsModel):
    NAME, STATUS = 1, 3

    def __init__(self, parent=None):
        super().__init__(
            [
                QCoreApplication.translate("CardsModels", "No."),
                QCoreApplication.translate("CardsModels", "Name"),
                QCoreApplication.translate("CardsModels", "This month against target"),
                QCoreApplication.translate("CardsModels", "Card"),
            ],
            parent,
        )

    def text(self, row: CardRow, column: int) -> str:
        if column == 0:
            return row.employee_no
        if column == 1:
            return row.name
        if column == 2:
            summary, missed = row.summary, row.missed_line
            return f"{summary}  ·  {missed}" if missed else summary
        return status_label(row.status)

    def cell(self, row: CardRow, column: int, role):
        if role == Qt.ItemDataRole.ForegroundRole and column == self.STATUS:
            return STATUS_BRUSHES.get(row.status)
        if role == Qt.ItemDataRole.ToolTipRole and column == 2:
            return row.figures_line.replace("  ·  ", "\n")
        return None


class AppealsModel(RowsModel):
    STATUS = 6

    def __init__(self, parent=None):
        super().__init__(
            [
                QCoreApplication.translate("CardsModels", "Raised"),
                QCoreApplication.translate("CardsModels", "Agent"),
                QCoreApplication.translate("CardsModels", "Kind"),
                QCoreApplication.translate("CardsModels", "Disputed"),
                QCoreApplication.translate("CardsModels", "Routed to"),
                QCoreApplication.translate("CardsModels", "Reply by"),
                QCoreApplication.translate("CardsModels", "Outcome"),
            ],
            parent,
        )
        self.today = date.today()

    def text(self, record: AppealRecord, column: int) -> str:
        if column == 0:
            return record.raised_on.isoformat() if record.raised_on else ""
        if column == 1:
            return record.employee_name
        if column == 2:
            return subject_label(record.subject)
        if column == 3:
            reason = " ".join(record.reason.split())
            return f"{record.what}：{reason}" if reason else record.what
        if column == 4:
            return record.routed_to_name
        if column == 5:
            return record.due_on.isoformat() if record.due_on else ""
        status = record.status_text(self.today)
        if record.outcome == CHANGED:
            status += f" {record.value_text(record.old_value)} → {record.value_text(record.new_value)}"
        return status

    def cell(self, record: AppealRecord, column: int, role):
        if role == Qt.ItemDataRole.ForegroundRole and column == self.STATUS:
            if record.overdue_on(self.today):
                return QBrush(OVERDUE_COLOR)
            return QBrush(DONE_COLOR) if record.answered else None
        if role == Qt.ItemDataRole.ToolTipRole and column in (3, self.STATUS):
            return "\n".join(part for part in (record.reason, record.answer) if part)
        return None
