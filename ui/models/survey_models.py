"""The surveys page's tables: the rounds, and a round's items with their average, change
since the last round, and the count of each score (drawn as a bar by
ui.widgets.score_spread)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush

from ui.models.checklist_model import DONE_COLOR, OVERDUE_COLOR
from ui.models.rows_model import RIGHT, RowsModel
from workbench.surveys import SCORES, SIX_DRIVERS
from workbench.texts import t

if TYPE_CHECKING:
    from workbench.survey_results import ItemResult
    from workbench.surveys import RoundRecord

COUNTS_ROLE = Qt.ItemDataRole.UserRole + 1  # how many chose each score, 1 to 5
CHANGE_SHOWN_FROM = 0.005  # smaller changes round to 0.00 and show as no change


def change_text(change: float | None) -> str:
    if change is None:
        return "—"
    if abs(change) < CHANGE_SHOWN_FROM:
        return "→ 0.00"
    return f"↑ {change:.2f}" if change > 0 else f"↓ {-change:.2f}"


def _figure(value: float | None) -> str:
    return "—" if value is None else f"{value:.2f}"


class RoundsModel(RowsModel):
    TEAM, RESPONSES = 3, 5

    def __init__(self, parent=None):
        super().__init__(
            [
                self.tr("Date"),
                self.tr("Round"),
                self.tr("Questionnaire"),
                self.tr("Team"),
                self.tr("Anonymous"),
                self.tr("Responses"),
            ],
            parent,
        )

    def text(self, row: RoundRecord, column: int) -> str:
        return (
            row.held_on.isoformat(),
            row.name,
            t(f"survey.kind.short.{row.kind}"),
            row.scope_label,
            self.tr("Anonymous") if row.anonymous else "",
            str(row.responses),
        )[column]

    def cell(self, row: RoundRecord, column: int, role):
        return RIGHT if role == Qt.ItemDataRole.TextAlignmentRole and column == self.RESPONSES else None


class ItemResultsModel(RowsModel):
    ITEM, TEXT, IMPORTANCE, AVERAGE, CHANGE, SPREAD, ANSWERS = range(7)
    FIGURES = (IMPORTANCE, AVERAGE, CHANGE, ANSWERS)  # aligned right

    def __init__(self, parent=None):
        super().__init__(
            [
                self.tr("Item"),
                self.tr("Wording"),
                self.tr("Importance"),
                self.tr("Average"),
                self.tr("Since last round"),
                self.tr("Scores 1–5"),
                self.tr("Answers"),
            ],
            parent,
        )

    def show_items(self, kind: str, rows: list[ItemResult]) -> None:
        self.headers[self.AVERAGE] = self.tr("Satisfaction") if kind == SIX_DRIVERS else self.tr("Average")
        self.set_rows(rows)
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.headers) - 1)

    def text(self, row: ItemResult, column: int) -> str:
        return (
            row.item.label,
            row.item.text,
            _figure(row.importance),
            _figure(row.average),
            change_text(row.change),
            "",  # the spread is drawn
            str(row.answers),
        )[column]

    def cell(self, row: ItemResult, column: int, role):
        if role == COUNTS_ROLE:
            return row.counts
        if role == Qt.ItemDataRole.ToolTipRole and column == self.SPREAD:
            return "  ".join(
                self.tr("%1 points: %2").replace("%1", str(score)).replace("%2", str(count))
                for score, count in zip(SCORES, row.counts, strict=True)
            )
        if role == Qt.ItemDataRole.ToolTipRole and column == self.TEXT:
            return row.item.text
        if role == Qt.ItemDataRole.ForegroundRole and column == self.CHANGE and row.change:
            if abs(row.change) >= CHANGE_SHOWN_FROM:
                return QBrush(DONE_COLOR if row.change > 0 else OVERDUE_COLOR)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in self.FIGURES:
            return RIGHT
        return None
