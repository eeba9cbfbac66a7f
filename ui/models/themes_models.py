"""The 话题 view's tables: the themes a team keeps raising (talks, people, a small monthly
trend, against the center) and the talks behind one theme."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont

from ui.models.checklist_model import short_date
from ui.models.rows_model import RIGHT, RowsModel

if TYPE_CHECKING:
    from workbench.themes import Theme, ThemeTalk

BARS = "▁▂▃▄▅▆▇█"
TALKS, PEOPLE, SHARE, TREND, RATIO = 1, 2, 3, 4, 5
NOTABLE = 1.5  # a team raising a theme this many times as often as the center is worth saying so


def sparkline(counts: tuple[int, ...]) -> str:
    """A month a character, as high as its count against the highest month."""
    top = max(counts, default=0)
    if not top:
        return BARS[0] * len(counts)
    return " ".join(BARS[round(count / top * (len(BARS) - 1))] if count else "·" for count in counts)


def _trend_font() -> QFont:
    font = QFont()
    font.setPointSizeF(font.pointSizeF() * 1.3)  # the bars readable at a glance
    return font


class ThemesModel(RowsModel):
    def __init__(self, parent=None):
        super().__init__(
            [
                self.tr("Theme"),
                self.tr("Talks"),
                self.tr("People"),
                self.tr("Of talks"),
                self.tr("By month"),
                self.tr("Vs center"),
            ],
            parent,
        )
        self.months: tuple[str, ...] = ()

    def set_report(self, report) -> None:
        self.months = report.months
        self.set_rows(report.themes)

    def ratio_text(self, theme: Theme) -> str:
        if theme.ratio is None:
            return "—"
        return self.tr("%1×").replace("%1", f"{theme.ratio:.1f}")

    def text(self, theme: Theme, column: int) -> str:
        return (
            theme.theme,
            str(theme.talks),
            str(theme.people),
            f"{theme.share:.0%}",
            sparkline(theme.trend),
            self.ratio_text(theme),
        )[column]

    def cell(self, theme: Theme, column: int, role):
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (TALKS, PEOPLE, SHARE, RATIO):
            return RIGHT
        if role == Qt.ItemDataRole.ToolTipRole and column == TREND:
            return "\n".join(f"{month}: {count}" for month, count in zip(self.months, theme.trend, strict=True))
        if role == Qt.ItemDataRole.ToolTipRole and column == RATIO and theme.ratio is not None:
            return (
                self.tr("Raised in %1 of the team's talks, %2 of the center's")
                .replace("%1", f"{theme.share:.0%}")
                .replace("%2", f"{theme.center_share or 0:.0%}")
            )
        if role == Qt.ItemDataRole.FontRole and column == TREND:
            return _trend_font()
        if role == Qt.ItemDataRole.FontRole and column == RATIO and (theme.ratio or 0) >= NOTABLE:
            font = QFont()
            font.setBold(True)
            return font
        return None


class ThemeTalksModel(RowsModel):
    def __init__(self, parent=None):
        super().__init__([self.tr("Date"), self.tr("Employee"), self.tr("Liaison"), self.tr("What was said")], parent)

    def text(self, talk: ThemeTalk, column: int) -> str:
        return (short_date(talk.talk_date), talk.employee_name, talk.liaison_name, talk.said)[column]
