"""Each person's team over time (team spells), and the teams of a past month.

A spell runs from the day a person joined a team to the last day before they moved on;
`employees.team_id` is the team of their open spell. Leaving the center ends no spell: a
leaver is counted as leaving the team they were last in.

A month reads the teams as they were on its last day (`members_of`, `team_name_on`):
someone who moved during a month counts in the team they ended it in, so each person is
in one team a month and the teams' figures add up to the center's. Before a person's first
spell (a roster that gave no date) they count in that first team: nothing says they were
anywhere else.
"""

from collections.abc import Iterable, Mapping
from datetime import date, timedelta

from sqlalchemy import and_, exists, or_, select
from sqlalchemy.orm import Session, aliased

from workbench.db.bulk import insert_in_batches
from workbench.db.models import Employee, Team, TeamSpell, utc_now

ONE_DAY = timedelta(days=1)
# Made once: building an alias costs more than a team's month of queries takes to run.
_EARLIER = aliased(TeamSpell)
_FIRST = ~exists().where(_EARLIER.employee_id == TeamSpell.employee_id, _EARLIER.start_date < TeamSpell.start_date)


def _covering(day: date):
    """The spell a person is counted in on `day`."""
    return and_(or_(TeamSpell.start_date <= day, _FIRST), or_(TeamSpell.end_date.is_(None), TeamSpell.end_date >= day))


def members_of(team: str | None, day: date):
    """The ids of the team's people on `day` (everyone's when `team` is None), as a query."""
    if team is None:
        return select(Employee.id)
    return team_members(select(Team.id).where(Team.name == team).scalar_subquery(), day)


def team_members(team_id, day: date):
    """The ids of the people in the team with this id (or id query) on `day`, as a query."""
    return select(TeamSpell.employee_id).where(TeamSpell.team_id == team_id, _covering(day))


def teams_on(day: date):
    """(employee id, team id) of everyone in a team on `day`, as a query: the whole
    center's teams at once."""
    return select(TeamSpell.employee_id, TeamSpell.team_id).where(_covering(day))


def team_name_on(employee_id, day: date):
    """The name of the person's team on `day`, as a column for a query that has their id:
    looked up per row, which a team's few rows want rather than the whole center's map."""
    return (
        select(Team.name)
        .join(TeamSpell, TeamSpell.team_id == Team.id)
        .where(TeamSpell.employee_id == employee_id, _covering(day))
        .scalar_subquery()
    )


# writing ------------------------------------------------------------------------------


def add_first_spells(session: Session, joined: Iterable[tuple[int, int, date]]) -> None:
    """(employee_id, team_id, day joined) of people new to the roster, written past the ORM
    a batch at a time: a first import brings in a whole center."""
    now = utc_now()
    rows = (
        {"employee_id": person, "team_id": team, "start_date": day, "created_at": now} for person, team, day in joined
    )
    insert_in_batches(session, TeamSpell.__table__, rows)


def move(session: Session, employee_id: int, team_id: int | None, day: date) -> date | None:
    """Record that the person is in `team_id` (None: in no team) from `day` on, ending the
    spell they were in the day before. Returns the day it took effect; None if nothing
    changed. A move dated before the last one takes effect on that one's day, and a move
    on the first day of a spell corrects that spell: what came before stays as it was."""
    latest = session.scalar(
        select(TeamSpell).where(TeamSpell.employee_id == employee_id).order_by(TeamSpell.start_date.desc()).limit(1)
    )
    if latest is not None and latest.end_date is not None:  # in no team since it ended
        day = max(day, latest.end_date + ONE_DAY)
        latest = None
    if latest is None:
        if team_id is None:
            return None
        session.add(TeamSpell(employee_id=employee_id, team_id=team_id, start_date=day))
        return day
    if latest.team_id == team_id:
        return None
    day = max(day, latest.start_date)
    if day > latest.start_date:
        latest.end_date = day - ONE_DAY
        if team_id is not None:
            session.add(TeamSpell(employee_id=employee_id, team_id=team_id, start_date=day))
        return day
    before = session.scalar(
        select(TeamSpell).where(TeamSpell.employee_id == employee_id, TeamSpell.end_date == day - ONE_DAY)
    )
    if before is not None and before.team_id == team_id:  # moved back the same day: one spell again
        session.delete(latest)
        before.end_date = None
    elif team_id is None:
        session.delete(latest)
    else:
        latest.team_id = team_id
    return day


def reach_back(session: Session, earliest: Mapping[int, date]) -> None:
    """Start the first spell of people without a hire date no later than the earliest
    record about them (`earliest`: person -> day), such as a talk from before the roster
    reached the workbench."""
    if not earliest:
        return
    firsts = session.scalars(
        select(TeamSpell)
        .join(Employee, Employee.id == TeamSpell.employee_id)
        .where(TeamSpell.employee_id.in_(list(earliest)), Employee.hire_date.is_(None), _FIRST)
    )
    for spell in firsts:
        spell.start_date = min(spell.start_date, earliest[spell.employee_id])


def spells_of(session: Session, employee_ids: Iterable[int]) -> dict[int, list[tuple[date, date | None]]]:
    """Each person's spells as (start, end), earliest first."""
    found: dict[int, list[tuple[date, date | None]]] = {}
    query = (
        select(TeamSpell.employee_id, TeamSpell.start_date, TeamSpell.end_date)
        .where(TeamSpell.employee_id.in_(list(employee_ids)))
        .order_by(TeamSpell.start_date)
    )
    for person, start, end in session.execute(query):
        found.setdefault(person, []).append((start, end))
    return found


def open_spell_starts(session: Session) -> dict[int, date]:
    """person -> the day they joined the team they are in now."""
    query = select(TeamSpell.employee_id, TeamSpell.start_date).where(TeamSpell.end_date.is_(None))
    return {person: day for person, day in session.execute(query)}
