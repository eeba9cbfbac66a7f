"""The month on the 关怀与表彰 page as two tables: birthdays and work anniversaries (those
already passed greyed, with a word saying so), and the month's recognitions and festival
activities."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QFont

from ui.models.checklist_model import SKIPPED_COLOR, SOON_COLOR, short_date
from ui.models.rows_model import RowsModel
from workbench.care import kind_label
from workbench.texts import t

if TYPE_CHECKING:
    from workbench.care import CareDate, CareEventRecord


class DatesModel(RowsModel):
    """Date, name, team, what (生日 / 入职 N 周年), and how far off it is from today."""

    TEAM, WHEN = 2, 4

    def __init__(self, parent=None):
        super().__init__([self.tr("Date"), t("field.name"), t("field.team"), self.tr("What"), self.tr("When")], parent)
        self.today = date.today()

    def when(self, found: CareDate) -> str:
        days = found.days_until(self.today)
        if days == 0:
            return self.tr("Today")
        if days < 0:
            return self.tr("Passed, %n day(s) ago", "", -days)
        return self.tr("In %n day(s)", "", days)

    def text(self, found: CareDate, column: int) -> str:
        return (short_date(found.day), found.name, found.team or "", found.label, self.when(found))[column]

    def cell(self, found: CareDate, column: int, role):
        days = found.days_until(self.today)
        if role == Qt.ItemDataRole.ForegroundRole:
            if days < 0:
                return QBrush(SKIPPED_COLOR)
            if days <= 3 and column == self.WHEN:
                return QBrush(SOON_COLOR)
        if role == Qt.ItemDataRole.FontRole and days == 0:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and found.years:
            return self.tr("%n year(s) with the center", "", found.years)
        return None


class EventsModel(RowsModel):
    """Date, kind, whom (a person or a whole team), title, details."""

    TITLE = 3

    def __init__(self, parent=None):
        super().__init__(
            [self.tr("Date"), self.tr("Kind"), self.tr("Who"), self.tr("What"), self.tr("Details")], parent
        )

    def text(self, event: CareEventRecord, column: int) -> str:
        return (
            short_date(event.event_date),
            kind_label(event.kind),
            event.whom,
            event.title,
            " ".join(event.detail.split()),
        )[column]

    def cell(self, event: CareEventRecord, column: int, role):
        if role == Qt.ItemDataRole.ToolTipRole and column >= self.TITLE:
            return "\n".join(text for text in (event.title, event.detail) if text)
        return None
