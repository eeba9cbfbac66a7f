"""The days the roster's pairings start: when the two people came together in a team as
far as the roster and the talk ledgers know, rather than the day the workbench learnt of it.
"""

from collections.abc import Iterable, Mapping
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from workbench.db.models import Pairing, Talk
from workbench.team_history import ONE_DAY, open_spell_starts, reach_back, spells_of


def start_days(session: Session, pairs, people, joined: Mapping[int, date], today: date) -> dict:
    """The day each new pairing starts: `today`, or with someone who just joined their
    team, the later of the days the two joined theirs."""
    starts = dict.fromkeys(pairs, today)
    pairs = [pair for pair in pairs if joined.keys() & set(pair)]
    if not pairs:
        return starts
    since = {p.id: p.hire_date or today for p in people}  # updated in place: a center holds thousands
    since.update(open_spell_starts(session))
    since.update(joined)
    ended = {
        (liaison, employee): last
        for liaison, employee, last in session.execute(
            select(Pairing.liaison_id, Pairing.employee_id, func.max(Pairing.end_date)).group_by(
                Pairing.liaison_id, Pairing.employee_id
            )
        )
    }
    for pair in pairs:
        start = max(since[pair[0]], since[pair[1]])
        if ended.get(pair):  # paired before: this is a new spell together
            start = max(start, ended[pair] + ONE_DAY)
        starts[pair] = start
    return starts


def start_at_first_talks(session: Session, employee_ids: Iterable[int]) -> int:
    """Move the start of the roster's first pairing of each liaison with these employees
    back to their first talk when that came earlier (a ledger older than the roster's
    arrival), though not before either of the two joined the team they were in then.
    People without a hire date are taken to have been in their first team since the
    first talk either way. Returns how many pairings moved."""
    ids = list(set(employee_ids))
    first_talks = {
        (liaison, employee): day
        for liaison, employee, day in session.execute(
            select(Talk.liaison_id, Talk.employee_id, func.min(Talk.talk_date))
            .where(Talk.employee_id.in_(ids))
            .group_by(Talk.liaison_id, Talk.employee_id)
        )
    }
    earliest: dict[int, date] = {}
    for pair, day in first_talks.items():
        for person in pair:
            earliest[person] = min(day, earliest.get(person, day))
    reach_back(session, earliest)
    firsts: dict[tuple[int, int], Pairing] = {}
    for pairing in session.scalars(select(Pairing).where(Pairing.employee_id.in_(ids)).order_by(Pairing.start_date)):
        firsts.setdefault((pairing.liaison_id, pairing.employee_id), pairing)
    spells = spells_of(session, earliest)
    moved = 0
    for pair, pairing in firsts.items():
        talked = first_talks.get(pair)
        if pairing.manual or talked is None or talked >= pairing.start_date:
            continue
        joined = [_spell_start(spells.get(person, []), pairing.start_date) for person in pair]
        start = max([talked, *(day for day in joined if day is not None)])
        if start < pairing.start_date:
            pairing.start_date = start
            moved += 1
    return moved


def _spell_start(spells: list[tuple[date, date | None]], day: date) -> date | None:
    """The first day of the team spell that holds `day`; None outside any."""
    return next((start for start, end in spells if start <= day and (end is None or end >= day)), None)
