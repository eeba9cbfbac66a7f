"""Table models of the growth diary: the team's month (a row per person) and one person's
months side by side (a row per measure, a column per month)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush

from ui.models.checklist_model import DONE_COLOR, OVERDUE_COLOR, SKIPPED_COLOR
from ui.models.rows_model import RIGHT, RowsModel
from workbench.growth import change_since, trend_of
from workbench.texts import t

if TYPE_CHECKING:
    from workbench.growth import EmployeeGrowth, GrowthEntry, MonthRow

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
CENTER = int(Qt.AlignmentFlag.AlignCenter)
TREND_COLORS = {"improved": DONE_COLOR, "slipped": OVERDUE_COLOR}
FROM_NUMBERS_BRUSH = QBrush(SKIPPED_COLOR)  # grey: offered, not written in the diary
WEEKS = ("week_1", "week_2", "week_3", "week_4", "week_5")


def score_text(value: float | None, percent: bool = False) -> str:
    if value is None:
        return ""
    return f"{value:g}%" if percent else f"{value:g}"


def change_text(change: float | None, trend: str | None) -> str:
    """'↑ +4.1' for improved, '↓ -3.2' for slipped, '+1.0' when steady: the arrow says it without color."""
    if change is None:
        return ""
    arrow = {"improved": "↑ ", "slipped": "↓ "}.get(trend, "")
    return f"{arrow}{change:+.1f}"


def _measure_labels(qa: str, satisfaction: str, weekly: str, week: str, change: str) -> list[str]:
    """The measures' names in their order (WEEKS after the weekly average); `week` has %1
    for the week's number."""
    return [qa, satisfaction, weekly, *(week.replace("%1", str(number)) for number in range(1, 6)), change]


def _trend_brush(trend: str | None) -> QBrush | None:
    return QBrush(TREND_COLORS[trend]) if trend in TREND_COLORS else None


class GrowthMonthModel(RowsModel):
    """The team's month: scores, the change since last month, plan and evaluation written."""

    COLUMNS = ("employee_no", "name", "team", "qa_score", "satisfaction", "weekly_average", *WEEKS, "change")
    PLAN, EVALUATION = len(COLUMNS), len(COLUMNS) + 1
    FIRST_SCORE = 3

    def __init__(self, parent=None):
        super().__init__(
            [
                t("field.employee_no"),
                t("field.name"),
                t("field.team"),
                *_measure_labels(
                    QCoreApplication.translate("GrowthModels", "QA"),
                    QCoreApplication.translate("GrowthModels", "Satisfaction"),
                    QCoreApplication.translate("GrowthModels", "Weekly avg"),
                    QCoreApplication.translate("GrowthModels", "Wk %1"),
                    QCoreApplication.translate("GrowthModels", "Since last month"),
                ),
                QCoreApplication.translate("GrowthModels", "Plan"),
                QCoreApplication.translate("GrowthModels", "Evaluation"),
            ],
            parent,
        )

    def _value(self, row: MonthRow, column: int):
        """The cell's value for sorting: numbers as numbers, a missing score below any."""
        if column == self.PLAN:
            return bool(row.entry and row.entry.growth_plan)
        if column == self.EVALUATION:
            return bool(row.entry and row.entry.evaluation)
        name = self.COLUMNS[column]
        if name in ("employee_no", "name", "team"):
            return getattr(row, name) or ""
        if name == "change":
            return row.change
        stored = getattr(row.entry, name) if row.entry else None
        return row.imported.get(name) if stored is None else stored

    def _from_numbers(self, row: MonthRow, column: int) -> bool:
        name = self._name(column)
        return name in row.imported and (row.entry is None or getattr(row.entry, name) is None)

    def _name(self, column: int) -> str:
        return self.COLUMNS[column] if column < len(self.COLUMNS) else ""

    def text(self, row: MonthRow, column: int) -> str:
        value = self._value(row, column)
        if column in (self.PLAN, self.EVALUATION):
            return QCoreApplication.translate("GrowthModels", "✓ Written") if value else "—"
        if column < self.FIRST_SCORE:
            return value
        if self._name(column) == "change":
            return change_text(value, row.trend)
        return score_text(value, percent=self._name(column) == "satisfaction")

    def cell(self, row: MonthRow, column: int, role):
        name = self._name(column)
        if role == SORT_ROLE:
            value = self._value(row, column)
            if isinstance(value, str):
                return value.rjust(32) if column == 0 else value  # 工号 by length first: 999 before 1000
            return -1000.0 if value is None else float(value)
        if role == Qt.ItemDataRole.ForegroundRole and name == "change":
            return _trend_brush(row.trend)
        if role == Qt.ItemDataRole.ForegroundRole and self._from_numbers(row, column):
            return FROM_NUMBERS_BRUSH
        if role == Qt.ItemDataRole.ToolTipRole and self._from_numbers(row, column):
            return QCoreApplication.translate("GrowthModels", "From the imported numbers; the diary has none yet")
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= self.FIRST_SCORE:
            return RIGHT if name else CENTER
        if role == Qt.ItemDataRole.ToolTipRole and column in (self.PLAN, self.EVALUATION) and row.entry:
            return row.entry.growth_plan if column == self.PLAN else row.entry.evaluation
        if role == Qt.ItemDataRole.ToolTipRole and name == "change" and row.previous:
            return (
                QCoreApplication.translate("GrowthModels", "Last month: QA %1, satisfaction %2, weekly avg %3")
                .replace("%1", score_text(row.previous.qa_score) or "—")
                .replace("%2", score_text(row.previous.satisfaction, True) or "—")
                .replace("%3", score_text(row.previous.weekly_average) or "—")
            )
        return None


class GrowthHistoryModel(RowsModel):
    """One person's months side by side: a row per measure (its label down the side), a
    column per month (its header), oldest first."""

    MEASURES = ("qa_score", "satisfaction", "weekly_average", *WEEKS, "change")

    def __init__(self, parent=None):
        super().__init__([], parent)
        self.entries: dict[str, GrowthEntry] = {}
        self.labels = _measure_labels(
            QCoreApplication.translate("GrowthModels", "QA score"),
            QCoreApplication.translate("GrowthModels", "Satisfaction"),
            QCoreApplication.translate("GrowthModels", "Weekly test average"),
            QCoreApplication.translate("GrowthModels", "Week %1 test"),
            QCoreApplication.translate("GrowthModels", "Since last month"),
        )

    @property
    def months(self) -> list[str]:
        return self.headers

    def set_growth(self, growth: EmployeeGrowth, months: list[str]) -> None:
        self.beginResetModel()
        self.headers, self.entries, self.rows = months, growth.by_month(), list(self.MEASURES)
        self.endResetModel()

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return self.labels[section]
        return super().headerData(section, orientation, role)

    def value(self, measure: str, month: str) -> float | None:
        entry = self.entries.get(month)
        if measure == "change":
            index = self.months.index(month)
            before = self.entries.get(self.months[index - 1]) if index else None
            return change_since(entry, before)
        return getattr(entry, measure) if entry else None

    def text(self, measure: str, column: int) -> str:
        value = self.value(measure, self.months[column])
        if measure == "change":
            return change_text(value, trend_of(value))
        return score_text(value, percent=measure == "satisfaction")

    def cell(self, measure: str, column: int, role):
        if role == Qt.ItemDataRole.ForegroundRole and measure == "change":
            return _trend_brush(trend_of(self.value(measure, self.months[column])))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT
        return None
