"""搜索全部's table: what was found, one record a row, newest first."""

from __future__ import annotations

from PySide6.QtCore import Qt

from ui.models.rows_model import RowsModel
from workbench.found import FoundRecord

WHAT_WAS_WRITTEN = 3


class HitsModel(RowsModel):
    def __init__(self, parent=None):
        super().__init__([self.tr("Date"), self.tr("Where"), self.tr("Who"), self.tr("What was written")], parent)

    def practice_label(self, practice: str) -> str:
        return {
            "talk": self.tr("Talk"),
            "suggestion": self.tr("Suggestion"),
            "three_ones": self.tr("Three ones"),
            "growth": self.tr("Growth diary"),
            "survey": self.tr("Survey"),
            "care": self.tr("Care"),
            "care_account": self.tr("Three accounts"),
        }.get(practice, practice)

    def text(self, hit: FoundRecord, column: int) -> str:
        written = " ".join(hit.text.split())  # one line per hit
        return (hit.day.isoformat(), self.practice_label(hit.practice), hit.employee, written)[column]

    def cell(self, hit: FoundRecord, column: int, role: Qt.ItemDataRole):
        if role == Qt.ItemDataRole.ToolTipRole and column == WHAT_WAS_WRITTEN:
            return hit.text  # whole, with its line breaks
        return None
