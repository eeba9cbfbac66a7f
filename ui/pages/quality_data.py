"""What the 质检 page reads in a worker (Qt-free): the leaders, whose listening log is
shown and its quarter with the count toward the three ones' ten calls, the roster to pick
agents and evaluators from, the calibration sessions with the one chosen, and the trend of
the evaluators' deviations over sessions."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from workbench.calibration import SessionView, Trend
    from workbench.db.engine import Database
    from workbench.listening import ListenedCallRecord
    from workbench.people import EmployeeRecord


@dataclass
class PageData:
    leaders: list[EmployeeRecord]
    me: int | None
    person_id: int | None  # whose log is shown
    calls: list[ListenedCallRecord]  # theirs in the quarter, newest first
    counts: tuple[int, int]  # (calls, complaints) in the quarter
    people: list[EmployeeRecord]  # the active roster, to pick agents and evaluators
    sessions: list[SessionView]  # oldest first
    trend: Trend


def load_page(database: Database, person_id: int | None, quarter: str) -> PageData:
    from workbench import calibration, checklists, listening, roster

    leaders = checklists.leaders(database)
    me = checklists.me(database)
    person_id = person_id or me or (leaders[0].id if leaders else None)
    calls = listening.leader_calls(database, person_id, quarter) if person_id else []
    sessions = calibration.sessions(database)
    return PageData(
        leaders=leaders,
        me=me,
        person_id=person_id,
        calls=calls,
        counts=(len(calls), sum(call.kind == "complaint" for call in calls)),
        people=[person for person in roster.list_employees(database) if person.is_active],
        sessions=sessions,
        trend=calibration.trend(sessions),
    )
