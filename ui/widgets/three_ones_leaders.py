"""The quarter across leaders, for a manager or assistant manager: who has done which of
the three ones, each as ✓ or ✗ with a word, and who has done them all."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QBrush

from ui.models.checklist_model import DONE_COLOR, OVERDUE_COLOR
from workbench.three_ones import TARGET_CALLS, LeaderRow

PART_COLUMNS = {4: "calls", 5: "suggestion", 6: "grassroots", 7: "industry"}


class LeadersModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[LeaderRow] = []
        self.headers = [
            self.tr("Employee ID"),
            self.tr("Name"),
            self.tr("Role"),
            self.tr("Team"),
            self.tr("Calls listened"),
            self.tr("Suggestion"),
            self.tr("Grassroots problem"),
            self.tr("Industry problem"),
            self.tr("All three ones"),
        ]

    def set_rows(self, rows: list[LeaderRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    @property
    def complete(self) -> int:
        return sum(row.quarter.complete for row in self.rows)

    def rowCount(self, parent: QModelIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self.headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def _done(self, done: bool, text: str = "") -> str:
        return ("✓ " + (text or self.tr("Done"))) if done else ("✗ " + (text or self.tr("Missing")))

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], index.column()
        parts = row.quarter.parts
        if role == Qt.ItemDataRole.DisplayRole:
            record = row.quarter.record
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
        if role == Qt.ItemDataRole.ForegroundRole and column in PART_COLUMNS:
            return QBrush(DONE_COLOR if parts[PART_COLUMNS[column]] else OVERDUE_COLOR)
        if role == Qt.ItemDataRole.ForegroundRole and column == 8:
            return QBrush(DONE_COLOR if row.quarter.complete else OVERDUE_COLOR)
        return None
