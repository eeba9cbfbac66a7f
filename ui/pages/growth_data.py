"""What the 成长日记 page reads in a worker (Qt-free): the team's month, a person's months,
and the month of a person to type in; where the diary has no QA score or satisfaction
and the imported numbers do, theirs are offered, so nobody types a score twice."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from workbench import growth, team_view
from workbench.conflicts import UNSTORED
from workbench.indicator_figures import diary_scores
from workbench.periods import month_of

if TYPE_CHECKING:
    from workbench.db.engine import Database


def load(database: Database, team: str | None, team_chosen: bool, month: str | None, today: date):
    """The viewer, the team shown (the one chosen, or the viewer's own until they choose),
    the month (None: the team's latest with scores, else this month) and its rows."""
    viewer = team_view.viewer(database)
    team = team if team_chosen else viewer.team
    month = month or growth.latest_month(database, team) or month_of(today)
    rows = growth.team_month(database, month, team)
    scores = diary_scores(database, month, [row.employee_id for row in rows])
    return (
        viewer,
        team,
        month,
        [replace(row, imported=_missing(row.entry, scores.get(row.employee_id))) for row in rows],
    )


def _missing(entry: growth.GrowthEntry | None, imported: dict[str, float] | None) -> dict[str, float]:
    """The imported scores the diary's month lacks."""
    return {name: score for name, score in (imported or {}).items() if entry is None or getattr(entry, name) is None}


def person(database: Database, employee_id: int) -> growth.EmployeeGrowth:
    return growth.employee_growth(database, employee_id)


def entry_to_edit(database: Database, employee_id: int, month: str) -> tuple[growth.GrowthEntry, frozenset[str]]:
    """The month as stored (or a blank one that someone else's first save meanwhile does
    not overwrite) with the imported scores it lacks filled in, and which those are."""
    entry = growth.entry_of(database, employee_id, month) or growth.GrowthEntry(employee_id, month, version=UNSTORED)
    offered = _missing(entry, diary_scores(database, month, [employee_id]).get(employee_id))
    return replace(entry, **offered), frozenset(offered)
