"""The talks page's table: for a liaison's month, each person's talk status, last talk,
half-year survey and open follow-ups."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush

from ui.models.checklist_model import DONE_COLOR, OVERDUE_COLOR, SKIPPED_COLOR, SOON_COLOR, short_date
from ui.models.rows_model import RIGHT, RowsModel
from workbench.texts import t

if TYPE_CHECKING:
    from workbench.cadence import CadenceRow

STATUS_COLORS = {
    "talked": DONE_COLOR,
    "joined_activity": DONE_COLOR,
    "due": SOON_COLOR,
    "overdue": OVERDUE_COLOR,
    "missed": SKIPPED_COLOR,
}
STATUS, OPEN_FOLLOW_UPS, ATTENTION = 3, 6, 7


class CadenceModel(RowsModel):
    def __init__(self, parent=None):
        super().__init__(
            [
                t("field.employee_no"),
                t("field.name"),
                t("field.team"),
                self.tr("This month"),
                self.tr("Last talk"),
                self.tr("Half-year survey"),
                self.tr("Open follow-ups"),
                self.tr("Needs attention"),
            ],
            parent,
        )
        self.attention: dict = {}  # employee -> workbench.attention.AttentionPerson, today's list

    def set_rows(self, rows: list, attention: dict | None = None) -> None:
        self.attention = attention or {}
        super().set_rows(rows)

    def status_text(self, row: CadenceRow) -> str:
        if row.activity_day:  # the month's contact, shown as what it was rather than as a talk
            return self.tr("✓ Joined a team activity (%1)").replace("%1", short_date(row.activity_day))
        return {
            "talked": self.tr("✓ Talked"),
            "due": self.tr("Due"),
            "overdue": self.tr("! Over a month"),
            "missed": self.tr("— No talk"),
        }[row.status]

    def text(self, row: CadenceRow, column: int) -> str:
        return (
            row.employee_no,
            row.name,
            row.team or "",
            self.status_text(row),
            short_date(row.last_talk) if row.last_talk else "—",
            self.tr("✓ Done") if row.survey_done else self.tr("Not yet"),
            str(row.open_follow_ups) if row.open_follow_ups else "",
            self.attention_text(row),
        )[column]

    def attention_text(self, row: CadenceRow) -> str:
        person = self.attention.get(row.employee_id)
        return "；".join(reason.text for reason in person.reasons) if person else ""

    def cell(self, row: CadenceRow, column: int, role):
        if role == Qt.ItemDataRole.ForegroundRole and column == STATUS:
            return QBrush(STATUS_COLORS[row.status])
        if role == Qt.ItemDataRole.TextAlignmentRole and column == OPEN_FOLLOW_UPS:
            return RIGHT
        if role == Qt.ItemDataRole.ForegroundRole and column == ATTENTION:
            return QBrush(OVERDUE_COLOR)
        if role == Qt.ItemDataRole.ToolTipRole and column == ATTENTION:
            return self.attention_text(row).replace("；", "\n") or None
        return None
