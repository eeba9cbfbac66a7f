"""Table models of the 指标 page: the team's agents × indicators for a month or week, and
one agent's months or days × indicators."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush

from ui.models.checklist_model import DONE_COLOR, OVERDUE_COLOR
from ui.models.rows_model import RIGHT, RowsModel
from workbench.indicators import format_change, format_value
from workbench.texts import t

if TYPE_CHECKING:
    from workbench.indicator_figures import AgentFigures, AgentPeriods, TeamFigure, TeamPeriod
    from workbench.indicators import IndicatorRecord

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
MET_BRUSH, MISSED_BRUSH = QBrush(DONE_COLOR), QBrush(OVERDUE_COLOR)


def verdict_brush(met: bool | None) -> QBrush | None:
    return None if met is None else MET_BRUSH if met else MISSED_BRUSH


def target_text(figure: TeamFigure) -> str:
    if figure.target is None:
        return QCoreApplication.translate("IndicatorModels", "No target set")
    return QCoreApplication.translate("IndicatorModels", "Target %1").replace(
        "%1", format_value(figure.indicator.unit, figure.target.value)
    )


class TeamNumbersModel(RowsModel):
    """A row per agent: 工号, 姓名, 班组, then each indicator's figure with its change against
    the agent's own previous three periods; green where it meets the team's target, red
    where it misses it."""

    FIXED = 3
    TEAM_COLUMN = 2

    def __init__(self, parent=None):
        super().__init__(self._fixed_headers(), parent)
        self.indicators: list[IndicatorRecord] = []
        self.figures: dict[str, TeamFigure] = {}
        self.weekly = False

    @staticmethod
    def _fixed_headers() -> list[str]:
        return [t("field.employee_no"), t("field.name"), t("field.team")]

    def set_period(self, period: TeamPeriod) -> None:
        self.beginResetModel()
        self.indicators, self.figures = period.indicators, period.figures
        self.weekly = "W" in period.period
        self.headers = [*self._fixed_headers(), *(record.label for record in period.indicators)]
        self.rows = list(period.agents)
        self.endResetModel()

    def indicator_at(self, column: int) -> IndicatorRecord | None:
        return self.indicators[column - self.FIXED] if column >= self.FIXED else None

    def column_of(self, key: str) -> int | None:
        return next((self.FIXED + i for i, record in enumerate(self.indicators) if record.key == key), None)

    def text(self, agent: AgentFigures, column: int) -> str:
        record = self.indicator_at(column)
        if record is None:
            return (agent.employee_no, agent.name, agent.team or "")[column]
        value = agent.values.get(record.key)
        if value is None:
            return ""
        change = format_change(record.unit, agent.changes.get(record.key))
        return f"{format_value(record.unit, value)}  {change}" if change else format_value(record.unit, value)

    def _met(self, agent: AgentFigures, record: IndicatorRecord) -> bool | None:
        target = self.figures[record.key].target
        return record.is_met(agent.values.get(record.key), target.value if target else None)

    def cell(self, agent: AgentFigures, column: int, role):
        record = self.indicator_at(column)
        if role == SORT_ROLE:
            if record is None:  # 工号 by length first: 999 before 1000
                return agent.employee_no.rjust(32) if column == 0 else self.text(agent, column)
            return agent.values.get(record.key)
        if record is None:
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT
        if role == Qt.ItemDataRole.ForegroundRole:
            return verdict_brush(self._met(agent, record))
        if role == Qt.ItemDataRole.ToolTipRole and record.key in agent.values:
            return self._explained(agent, record)
        return None

    def _explained(self, agent: AgentFigures, record: IndicatorRecord) -> str:
        lines = [f"{agent.name} · {record.label}: {format_value(record.unit, agent.values[record.key])}"]
        change = agent.changes.get(record.key)
        if change is not None:
            better = record.is_better(change)
            said = {
                True: QCoreApplication.translate("IndicatorModels", "better"),
                False: QCoreApplication.translate("IndicatorModels", "worse"),
                None: QCoreApplication.translate("IndicatorModels", "the same"),
            }[better]
            against = (
                QCoreApplication.translate("IndicatorModels", "Against their own last three weeks: %1 (%2)")
                if self.weekly
                else QCoreApplication.translate("IndicatorModels", "Against their own last three months: %1 (%2)")
            )
            lines.append(against.replace("%1", format_change(record.unit, change) or "±0").replace("%2", said))
        lines.append(target_text(self.figures[record.key]))
        return "\n".join(lines)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        record = self.indicator_at(section) if orientation == Qt.Orientation.Horizontal else None
        if record is not None and role == Qt.ItemDataRole.ToolTipRole:
            figure = self.figures[record.key]
            team = QCoreApplication.translate("IndicatorModels", "Team: %1")
            return "\n".join(
                (record.label, team.replace("%1", format_value(record.unit, figure.value) or "—"), target_text(figure))
            )
        return super().headerData(section, orientation, role)


class NumbersSortProxy(QSortFilterProxyModel):
    """Sorts by SORT_ROLE; an agent without the figure stays below the others whichever
    way the column is sorted."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)

    def lessThan(self, left, right) -> bool:
        mine, theirs = left.data(SORT_ROLE), right.data(SORT_ROLE)
        if mine is None and theirs is None:
            return False
        if mine is None or theirs is None:
            # Ascending: the missing one counts as the largest; descending: as the smallest.
            return (mine is None) != (self.sortOrder() == Qt.SortOrder.AscendingOrder)
        return mine < theirs


class AgentPeriodsModel(RowsModel):
    """One agent's months (or a month's days), a row each, newest first, × indicators."""

    def __init__(self, first_header: str, parent=None):
        super().__init__([first_header], parent)
        self.first_header = first_header
        self.periods: AgentPeriods | None = None

    def set_periods(self, periods: AgentPeriods, labels: dict[str, str]) -> None:
        """`labels`: how each period is said (2026年10月, 10月8日 周四)."""
        self.beginResetModel()
        self.periods, self.labels = periods, labels
        self.headers = [self.first_header, *(record.label for record in periods.indicators)]
        self.rows = [period for period in reversed(periods.periods) if period in periods.values]
        self.endResetModel()

    def text(self, period: str, column: int) -> str:
        if column == 0:
            return self.labels.get(period, period)
        record = self.periods.indicators[column - 1]
        return format_value(record.unit, self.periods.values[period].get(record.key))

    def cell(self, period: str, column: int, role):
        if column and role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT
        return None
