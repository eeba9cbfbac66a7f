"""What the 成长日记 page reads in a worker (Qt-free): the team's month, a person's months,
and the month of a person to type in."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from workbench import growth, team_view
from workbench.conflicts import UNSTORED
from workbench.periods import month_of

if TYPE_CHECKING:
    from workbench.db.engine import Database


def load(database: Database, team: str | None, team_chosen: bool, month: str | None, today: date):
    """The viewer, the team shown (the one chosen, or the viewer's own until they choose),
    the month (None: the team's latest with scores, else this month) and its rows."""
    viewer = team_view.viewer(database)
    team = team if team_chosen else viewer.team
    month = month or growth.latest_month(database, team) or month_of(today)
    return viewer, team, month, growth.team_month(database, month, team)


def person(database: Database, employee_id: int) -> growth.EmployeeGrowth:
    return growth.employee_growth(database, employee_id)


def entry_to_edit(database: Database, employee_id: int, month: str) -> growth.GrowthEntry:
    """The month as stored, or a blank one that someone else's first save meanwhile does
    not overwrite."""
    return growth.entry_of(database, employee_id, month) or growth.GrowthEntry(employee_id, month, version=UNSTORED)
