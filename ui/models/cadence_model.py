"""The talks page's table: for a liaison's month, each person's talk status, last talk,
half-year survey and open follow-ups."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QBrush

from ui.models.checklist_model import DONE_COLOR, OVERDUE_COLOR, SKIPPED_COLOR, SOON_COLOR, short_date
from workbench.texts import t

if TYPE_CHECKING:
    from workbench.cadence import CadenceRow

STATUS_COLORS = {"talked": DONE_COLOR, "due": SOON_COLOR, "overdue": OVERDUE_COLOR, "missed": SKIPPED_COLOR}


class CadenceModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[CadenceRow] = []
        self.headers = [
            t("field.employee_no"),
            t("field.name"),
            t("field.team"),
            self.tr("This month"),
            self.tr("Last talk"),
            self.tr("Half-year survey"),
            self.tr("Open follow-ups"),
        ]

    def set_rows(self, rows: list[CadenceRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self.headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def status_text(self, status: str) -> str:
        return {
            "talked": self.tr("✓ Talked"),
            "due": self.tr("Due"),
            "overdue": self.tr("! Over a month"),
            "missed": self.tr("— No talk"),
        }[status]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                row.employee_no,
                row.name,
                row.team or "",
                self.status_text(row.status),
                short_date(row.last_talk) if row.last_talk else "—",
                self.tr("✓ Done") if row.survey_done else self.tr("Not yet"),
                str(row.open_follow_ups) if row.open_follow_ups else "",
            )[column]
        if role == Qt.ItemDataRole.ForegroundRole and column == 3:
            return QBrush(STATUS_COLORS[row.status])
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 6:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
