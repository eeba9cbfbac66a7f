"""What the 指标 page reads in a worker (Qt-free): the team's month or week with its trend,
and one agent's months and days."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from workbench import team_view
from workbench.indicator_figures import (
    AgentPeriods,
    TeamPeriod,
    TeamTrend,
    agent_days,
    agent_months,
    latest_month,
    team_period,
    team_trend,
)
from workbench.periods import month_of, month_period, week_of

if TYPE_CHECKING:
    from workbench.db.engine import Database
    from workbench.team_view import Viewer


@dataclass(frozen=True)
class NumbersShown:
    viewer: Viewer
    team: str | None  # None: the whole center
    period: TeamPeriod
    trend: TeamTrend  # the twelve months up to the period's


def week_in(month: str, today: date) -> str:
    """The week a month turns into when the page switches to weeks: its last one begun
    by today."""
    return week_of(min(month_period(month).end, today))


def load(
    database: Database, team: str | None, team_chosen: bool, period: str | None, weekly: bool, today: date
) -> NumbersShown:
    """`period`: the month or week chosen; None until the user chooses, when the page opens
    on the team's latest month with numbers (this month while there are none)."""
    viewer = team_view.viewer(database)
    team = team if team_chosen else viewer.team
    if period is None:
        month = latest_month(database, team, today) or month_of(today)
        period = week_in(month, today) if weekly else month
    figures = team_period(database, period, team, today)
    return NumbersShown(viewer, team, figures, team_trend(database, month_of(figures.span.end), team))


def person(database: Database, employee_id: int, month: str) -> tuple[AgentPeriods, AgentPeriods]:
    """The agent's twelve months up to `month`, and that month's days."""
    return agent_months(database, employee_id, month), agent_days(database, employee_id, month)
