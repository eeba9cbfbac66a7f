"""The days the roster's pairings start: when the two people came together in a team as
far as the roster knows, rather than the day the workbench learnt of it.
"""

from collections.abc import Mapping
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from workbench.db.models import Pairing
from workbench.team_history import ONE_DAY, open_spell_starts


def start_days(session: Session, pairs, people, joined: Mapping[int, date], today: date) -> dict:
    """The day each new pairing starts: `today`, or with someone who just joined their
    team, the later of the days the two joined theirs."""
    starts = dict.fromkeys(pairs, today)
    pairs = [pair for pair in pairs if joined.keys() & set(pair)]
    if not pairs:
        return starts
    since = {p.id: p.hire_date or today for p in people} | open_spell_starts(session) | dict(joined)
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
