"""The 三个一 page's tables: the board of improvement suggestions, and the quarter across
leaders for a manager or assistant manager (who has done which of the three ones, each as
✓ or ✗ with a word, and who has done them all)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush

from ui.models.checklist_model import DONE_COLOR, OVERDUE_COLOR, SKIPPED_COLOR, SOON_COLOR
from ui.models.rows_model import RowsModel
from workbench.suggestions import quarter_label, status_label, type_label
from workbench.three_ones import TARGET_CALLS

if TYPE_CHECKING:
    from workbench.suggestions import SuggestionRecord
    from workbench.three_ones import LeaderRow

STATUS_COLORS = {"submitted": SOON_COLOR, "implemented": DONE_COLOR, "declined": SKIPPED_COLOR}
STATUS_COLUMN, TITLE_COLUMN = 1, 3
PART_COLUMNS = {4: "calls", 5: "suggestion", 6: "grassroots", 7: "industry"}
ALL_DONE_COLUMN = 8


class SuggestionModel(RowsModel):
    def __init__(self, parent=None):
        super().__init__(
            [
                self.tr("Made on"),
                self.tr("Status"),
                self.tr("Type"),
                self.tr("Suggestion"),
                self.tr("Made by"),
                self.tr("Team"),
                self.tr("Owner"),
                self.tr("Quarter"),
                self.tr("Implemented on / reason declined"),
            ],
            parent,
        )

    def text(self, row: SuggestionRecord, column: int) -> str:
        return (
            row.submitted_on.isoformat(),
            status_label(row.status),
            type_label(row.type),
            row.title,
            row.author_name,
            row.team,
            row.owner,
            quarter_label(row.quarter, short=True),
            row.implemented_on.isoformat() if row.implemented_on else row.decline_reason,
        )[column]

    def cell(self, row: SuggestionRecord, column: int, role):
        if role == Qt.ItemDataRole.ForegroundRole and column == STATUS_COLUMN and row.status in STATUS_COLORS:
            return QBrush(STATUS_COLORS[row.status])
        if role == Qt.ItemDataRole.ToolTipRole and column == TITLE_COLUMN:
            return row.content or None
        return None


class LeadersModel(RowsModel):
    def __init__(self, parent=None):
        super().__init__(
            [
                self.tr("Employee ID"),
                self.tr("Name"),
                self.tr("Role"),
                self.tr("Team"),
                self.tr("Calls listened"),
                self.tr("Suggestion"),
                self.tr("Grassroots problem"),
                self.tr("Industry problem"),
                self.tr("All three ones"),
            ],
            parent,
        )

    @property
    def complete(self) -> int:
        return sum(row.quarter.complete for row in self.rows)

    def _done(self, done: bool, text: str = "") -> str:
        return ("✓ " + (text or self.tr("Done"))) if done else ("✗ " + (text or self.tr("Missing")))

    def text(self, row: LeaderRow, column: int) -> str:
        parts, record = row.quarter.parts, row.quarter.record
        calls = (
            self.tr("%1/%2, %3 complaint")
            .replace("%1", str(record.calls_listened))
            .replace("%2", str(TARGET_CALLS))
            .replace("%3", str(record.complaint_calls))
        )
        missing = len(row.quarter.missing)
        return (
            row.employee_no,
            row.name,
            row.role,
            row.team,
            self._done(parts["calls"], calls),
            self._done(parts["suggestion"], row.quarter.suggestions[0].title if row.quarter.suggestions else ""),
            self._done(parts["grassroots"]),
            self._done(parts["industry"]),
            self.tr("✓ All done") if not missing else self.tr("%1 missing").replace("%1", str(missing)),
        )[column]

    def cell(self, row: LeaderRow, column: int, role):
        if role != Qt.ItemDataRole.ForegroundRole:
            return None
        if column in PART_COLUMNS:
            return QBrush(DONE_COLOR if row.quarter.parts[PART_COLUMNS[column]] else OVERDUE_COLOR)
        if column == ALL_DONE_COLUMN:
            return QBrush(DONE_COLOR if row.quarter.complete else OVERDUE_COLOR)
        return None
