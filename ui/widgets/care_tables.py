"""The month on the 关怀与表彰 page as two tables: birthdays and work anniversaries (those
already passed greyed, with a word saying so), and the month's recognitions and festival
activities."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QFont

from ui.models.checklist_model import SKIPPED_COLOR, SOON_COLOR, short_date
from workbench.texts import t

if TYPE_CHECKING:
    from workbench.care import CareDate, CareEventRecord


class _Table(QAbstractTableModel):
    """Rows of records, shown column by column; subclasses say what each cell reads."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list = []
        self.headers: list[str] = []

    def set_rows(self, rows: list) -> None:
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

    def employee_at(self, row: int) -> int | None:
        return self.rows[row].employee_id if 0 <= row < len(self.rows) else None


class DatesModel(_Table):
    """Date, name, team, what (生日 / 入职 N 周年), and how far off it is from today."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.today = date.today()
        self.headers = [self.tr("Date"), t("field.name"), t("field.team"), self.tr("What"), self.tr("When")]

    def when(self, found: CareDate) -> str:
        days = found.days_until(self.today)
        if days == 0:
            return self.tr("Today")
        if days < 0:
            return self.tr("Passed, %n day(s) ago", "", -days)
        return self.tr("In %n day(s)", "", days)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        found: CareDate = self.rows[index.row()]
        days = found.days_until(self.today)
        if role == Qt.ItemDataRole.DisplayRole:
            return (short_date(found.day), found.name, found.team or "", found.label, self.when(found))[index.column()]
        if role == Qt.ItemDataRole.ForegroundRole:
            if days < 0:
                return QBrush(SKIPPED_COLOR)
            if days <= 3 and index.column() == 4:
                return QBrush(SOON_COLOR)
        if role == Qt.ItemDataRole.FontRole and days == 0:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and found.years:
            return self.tr("%n year(s) with the center", "", found.years)
        return None


class EventsModel(_Table):
    """Date, kind, whom (a person or a whole team), title, details."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.headers = [self.tr("Date"), self.tr("Kind"), self.tr("Who"), self.tr("What"), self.tr("Details")]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        event: CareEventRecord = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                short_date(event.event_date),
                t(f"care.kind.{event.kind}"),
                event.whom,
                event.title,
                " ".join(event.detail.split()),
            )[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() >= 3:
            return "\n".join(text for text in (event.title, event.detail) if text)
        return None
