"""The QA listening log (听音记录): the calls a leader listened to, whose they were, what
kind (普通, 投诉, 表扬), the points they lost, what was good and the advice given.

The "three ones" count their ten calls from here (workbench.three_ones): when a leader has
logged calls in a quarter, the quarter's counts are the log's; a leader who logs nothing
keeps the counts they typed. The agent's timeline shows the calls (workbench.cadence)."""

import math
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session, aliased

from workbench.conflicts import UNSTORED, check_version
from workbench.db.engine import Database
from workbench.db.models import Employee
from workbench.db.quality_models import CALL_KINDS, ListenedCall
from workbench.errors import UserError
from workbench.suggestions import quarter_period
from workbench.texts import t

TEXT_LIMIT = 2000
REF_LIMIT = 64
MAX_POINTS = 100
TEXT_FIELDS = ("highlights", "advice")


@dataclass(frozen=True)
class ListenedCallRecord:
    leader_id: int
    agent_id: int
    listened_on: date
    call_ref: str = ""
    kind: str = "ordinary"
    points_lost: float = 0
    highlights: str = ""
    advice: str = ""
    id: int | None = None
    version: int | None = None  # as read, UNSTORED before the first save; None: not checked
    agent_name: str = ""  # as read, for showing
    agent_no: str = ""
    leader_name: str = ""


def kind_label(kind: str) -> str:
    return t(f"listening.kind.{kind}")


def _record(row: ListenedCall, agent: tuple[str, str] = ("", ""), leader_name: str = "") -> ListenedCallRecord:
    return ListenedCallRecord(
        id=row.id,
        version=row.version,
        leader_id=row.leader_id,
        agent_id=row.agent_id,
        listened_on=row.listened_on,
        call_ref=row.call_ref,
        kind=row.kind,
        points_lost=row.points_lost,
        highlights=row.highlights,
        advice=row.advice,
        agent_no=agent[0],
        agent_name=agent[1],
        leader_name=leader_name,
    )


def _check(record: ListenedCallRecord, today: date) -> ListenedCallRecord:
    record = replace(
        record, call_ref=record.call_ref.strip(), **{name: getattr(record, name).strip() for name in TEXT_FIELDS}
    )
    if record.listened_on > today:
        raise UserError(t("listening.future_day", day=record.listened_on.isoformat()))
    if record.kind not in CALL_KINDS:
        raise UserError(t("listening.bad_kind", kind=record.kind))
    points = record.points_lost
    if not isinstance(points, int | float) or not math.isfinite(points) or not 0 <= points <= MAX_POINTS:
        raise UserError(t("listening.bad_points", limit=MAX_POINTS))
    if len(record.call_ref) > REF_LIMIT:
        raise UserError(t("listening.ref_too_long", limit=REF_LIMIT))
    for name in TEXT_FIELDS:
        if len(getattr(record, name)) > TEXT_LIMIT:
            raise UserError(t("listening.too_long", field=t(f"listening.field.{name}"), limit=TEXT_LIMIT))
    return record


def save_listened_call(database: Database, record: ListenedCallRecord, today: date | None = None) -> ListenedCallRecord:
    """Add a call to the log (no id) or change one; refused (EditConflict) when someone
    else has changed it since `record` was read."""
    record = _check(record, today or date.today())
    with database.sessions.begin() as session:
        people = {
            row.id: row
            for row in session.execute(
                select(Employee.id, Employee.employee_no, Employee.name).where(
                    Employee.id.in_((record.leader_id, record.agent_id))
                )
            )
        }
        if record.leader_id not in people or record.agent_id not in people:
            raise UserError(t("listening.unknown_person"))
        if record.id is None:
            row = ListenedCall(leader_id=record.leader_id)
            session.add(row)
        else:
            row = session.get(ListenedCall, record.id)
            if row is None:
                raise UserError(t("listening.missing"))
            check_version(ListenedCall, row, record.version, lambda: _record(row))
        for name in ("leader_id", "agent_id", "listened_on", "call_ref", "kind", "points_lost", *TEXT_FIELDS):
            setattr(row, name, getattr(record, name))
        session.flush()
        agent = people[record.agent_id]
        return _record(row, (agent.employee_no, agent.name), people[record.leader_id].name)


def delete_listened_call(database: Database, record_id: int) -> None:
    with database.sessions.begin() as session:
        row = session.get(ListenedCall, record_id)
        if row is None:
            raise UserError(t("listening.missing"))
        session.delete(row)


def _calls_query():
    agent, leader = aliased(Employee), aliased(Employee)
    return (
        select(ListenedCall, agent.employee_no, agent.name, leader.name)
        .join(agent, agent.id == ListenedCall.agent_id)
        .join(leader, leader.id == ListenedCall.leader_id)
    )


def leader_calls(database: Database, leader_id: int, quarter: str) -> list[ListenedCallRecord]:
    """The calls the leader listened to in the quarter, newest first."""
    period = quarter_period(quarter)
    query = _calls_query().where(
        ListenedCall.leader_id == leader_id,
        ListenedCall.listened_on >= period.start,
        ListenedCall.listened_on <= period.end,
    )
    with database.sessions() as session:
        rows = session.execute(query.order_by(ListenedCall.listened_on.desc(), ListenedCall.id.desc())).all()
        return [_record(row[0], (row[1], row[2]), row[3]) for row in rows]


def agent_calls(database: Database, agent_id: int) -> list[ListenedCallRecord]:
    """Every call of the agent's that a leader listened to, oldest first."""
    with database.sessions() as session:
        return agent_calls_in(session, agent_id)


def agent_calls_in(session: Session, agent_id: int) -> list[ListenedCallRecord]:
    query = _calls_query().where(ListenedCall.agent_id == agent_id)
    rows = session.execute(query.order_by(ListenedCall.listened_on, ListenedCall.id)).all()
    return [_record(row[0], (row[1], row[2]), row[3]) for row in rows]


def log_counts(session: Session, leader_ids: Iterable[int] | None, quarter: str) -> dict[int, tuple[int, int]]:
    """Per leader with calls logged in the quarter: (calls listened, of which complaints).
    `leader_ids` None: every leader; else those ids or a select of them."""
    period = quarter_period(quarter)
    query = select(
        ListenedCall.leader_id,
        func.count(),
        func.sum(case((ListenedCall.kind == "complaint", 1), else_=0)),
    ).where(ListenedCall.listened_on >= period.start, ListenedCall.listened_on <= period.end)
    if leader_ids is not None:
        query = query.where(ListenedCall.leader_id.in_(leader_ids))
    return {
        leader: (int(calls), int(complaints or 0))
        for leader, calls, complaints in session.execute(query.group_by(ListenedCall.leader_id))
    }


def quarter_counts(database: Database, leader_id: int, quarter: str) -> tuple[int, int] | None:
    """(calls, complaints) the leader logged in the quarter; None when they logged none."""
    with database.sessions() as session:
        return log_counts(session, (leader_id,), quarter).get(leader_id)


def month_count(database: Database, leader_id: int, month: str) -> int:
    """How many calls the leader logged in the month (YYYY-MM), for the monthly review."""
    year, number = (int(part) for part in month.split("-"))
    start = date(year, number, 1)
    end = date(year + number // 12, number % 12 + 1, 1)
    with database.sessions() as session:
        return session.scalar(
            select(func.count()).where(
                ListenedCall.leader_id == leader_id, ListenedCall.listened_on >= start, ListenedCall.listened_on < end
            )
        )


def listened_text(call: ListenedCallRecord) -> str:
    """The call as the agent's timeline tells it."""
    points = f"{call.points_lost:g}"
    return t(
        "timeline.listened",
        leader=call.leader_name,
        kind=kind_label(call.kind),
        ref=t("timeline.listened.ref", ref=call.call_ref) if call.call_ref else "",
        points=t("timeline.listened.points", points=points) if call.points_lost else "",
        advice=t("timeline.listened.advice", advice=call.advice) if call.advice else "",
    )


def blank(leader_id: int, agent_id: int, day: date) -> ListenedCallRecord:
    return ListenedCallRecord(leader_id=leader_id, agent_id=agent_id, listened_on=day, version=UNSTORED)
