""" "Three ones" (三个一): each quarter every leader (组长 and above) listens to ten customer
calls, complaint recordings among them, and makes one service-improvement suggestion;
writes up one grassroots problem with its fix; and one industry problem with a plan.

The suggestion is a Suggestion of the leader filed in the quarter (workbench.suggestions);
the rest is one ThreeOnes row per leader and quarter. The calls count as done at ten, at
least one of them a complaint recording; a problem counts once both it and its answer are
written. When the leader has logged calls in the quarter (workbench.listening), the calls
and complaint recordings are the log's counts (`calls_from_log`); a leader who logs nothing
keeps the counts they typed. The monthly review and the search see them through workbench.three_ones_review.
"""

from collections import defaultdict
from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import and_, or_, select

from workbench.conflicts import UNSTORED, check_version
from workbench.db.engine import Database
from workbench.db.models import Employee, Team
from workbench.db.practice_models import Suggestion, ThreeOnes
from workbench.errors import UserError
from workbench.listening import log_counts
from workbench.people import ACTIVE, LEADER_ROLES
from workbench.periods import Period
from workbench.suggestions import (
    SuggestionRecord,
    quarter_label,
    quarter_period,
    record_of,
    suggestions_of,
    suggestions_query,
)
from workbench.team_history import members_of, team_name_on
from workbench.texts import t

TARGET_CALLS = 10
MIN_COMPLAINT_CALLS = 1
MAX_CALLS = 999
TEXT_LIMIT = 2000
PARTS = ("calls", "suggestion", "grassroots", "industry")
TEXT_FIELDS = ("grassroots_problem", "grassroots_fix", "industry_problem", "industry_plan")


@dataclass(frozen=True)
class ThreeOnesRecord:
    leader_id: int
    quarter: str
    calls_listened: int = 0
    complaint_calls: int = 0
    grassroots_problem: str = ""
    grassroots_fix: str = ""
    industry_problem: str = ""
    industry_plan: str = ""
    id: int | None = None
    version: int | None = None  # as read, UNSTORED before the first save; None: not checked
    calls_from_log: bool = False  # the counts are the listening log's, not typed

    @property
    def calls_done(self) -> bool:
        return self.calls_listened >= TARGET_CALLS and self.complaint_calls >= MIN_COMPLAINT_CALLS

    @property
    def grassroots_done(self) -> bool:
        return bool(self.grassroots_problem and self.grassroots_fix)

    @property
    def industry_done(self) -> bool:
        return bool(self.industry_problem and self.industry_plan)


@dataclass(frozen=True)
class LeaderQuarter:
    """A leader's quarter: their three ones and the suggestions they filed in it."""

    record: ThreeOnesRecord
    suggestions: tuple[SuggestionRecord, ...]

    @property
    def parts(self) -> dict[str, bool]:
        record = self.record
        return {
            "calls": record.calls_done,
            "suggestion": bool(self.suggestions),
            "grassroots": record.grassroots_done,
            "industry": record.industry_done,
        }

    @property
    def missing(self) -> list[str]:
        return [part for part, done in self.parts.items() if not done]

    @property
    def complete(self) -> bool:
        return not self.missing


def _record(row: ThreeOnes) -> ThreeOnesRecord:
    return ThreeOnesRecord(
        id=row.id,
        leader_id=row.leader_id,
        quarter=row.quarter,
        calls_listened=row.calls_listened,
        complaint_calls=row.complaint_calls,
        version=row.version,
        **{name: getattr(row, name) for name in TEXT_FIELDS},
    )


def _with_log(record: ThreeOnesRecord, counts: dict[int, tuple[int, int]]) -> ThreeOnesRecord:
    """The record with the calls the leader logged in the quarter, when they logged any."""
    logged = counts.get(record.leader_id)
    if logged is None:
        return record
    return replace(record, calls_listened=logged[0], complaint_calls=logged[1], calls_from_log=True)


def leader_quarter(database: Database, leader_id: int, quarter: str) -> LeaderQuarter:
    """The leader's three ones of the quarter; an empty record if nothing is written yet."""
    quarter_period(quarter)
    with database.sessions() as session:
        row = session.scalar(select(ThreeOnes).where(ThreeOnes.leader_id == leader_id, ThreeOnes.quarter == quarter))
        record = (
            _record(row) if row is not None else ThreeOnesRecord(leader_id=leader_id, quarter=quarter, version=UNSTORED)
        )
        record = _with_log(record, log_counts(session, (leader_id,), quarter))
    return LeaderQuarter(record, tuple(suggestions_of(database, leader_id, quarter)))


def _check(record: ThreeOnesRecord, today: date) -> ThreeOnesRecord:
    record = replace(record, **{name: getattr(record, name).strip() for name in TEXT_FIELDS})
    period = quarter_period(record.quarter)
    if period.start > today:
        raise UserError(t("three_ones.future_quarter", quarter=quarter_label(record.quarter)))
    for name in ("calls_listened", "complaint_calls"):
        value = getattr(record, name)
        if not isinstance(value, int) or not 0 <= value <= MAX_CALLS:
            raise UserError(t("three_ones.bad_count", field=t(f"three_ones.field.{name}"), limit=MAX_CALLS))
    if record.complaint_calls > record.calls_listened:
        raise UserError(
            t("three_ones.complaints_over_calls", complaints=record.complaint_calls, calls=record.calls_listened)
        )
    for name in TEXT_FIELDS:
        if len(getattr(record, name)) > TEXT_LIMIT:
            raise UserError(t("three_ones.too_long", field=t(f"three_ones.field.{name}"), limit=TEXT_LIMIT))
    for problem, answer in (("grassroots_problem", "grassroots_fix"), ("industry_problem", "industry_plan")):
        if getattr(record, answer) and not getattr(record, problem):
            raise UserError(
                t(
                    "three_ones.answer_without_problem",
                    answer=t(f"three_ones.field.{answer}"),
                    problem=t(f"three_ones.field.{problem}"),
                )
            )
    return record


def save_three_ones(database: Database, record: ThreeOnesRecord, today: date | None = None) -> ThreeOnesRecord:
    """Write the leader's quarter as given (one row per leader and quarter), all at once;
    refused (EditConflict) when someone else has saved it since `record` was read."""
    record = _check(record, today or date.today())
    with database.sessions.begin() as session:
        leader = session.get(Employee, record.leader_id)
        if leader is None:
            raise UserError(t("three_ones.unknown_person"))
        if leader.role not in LEADER_ROLES:
            raise UserError(t("three_ones.not_a_leader"))
        row = session.scalar(
            select(ThreeOnes).where(ThreeOnes.leader_id == record.leader_id, ThreeOnes.quarter == record.quarter)
        )
        check_version(ThreeOnes, row, record.version, lambda: _record(row))
        if row is None:
            row = ThreeOnes(leader_id=record.leader_id, quarter=record.quarter)
            session.add(row)
        counts = log_counts(session, (record.leader_id,), record.quarter)
        # The log's counts are shown, not stored: the typed ones stay for a quarter without a log.
        typed = () if record.leader_id in counts else ("calls_listened", "complaint_calls")
        if row.calls_listened is None:
            row.calls_listened, row.complaint_calls = 0, 0
        for name in (*typed, *TEXT_FIELDS):
            setattr(row, name, getattr(record, name))
        session.flush()
        return _with_log(_record(row), counts)


# the quarter across leaders --------------------------------------------------------


@dataclass(frozen=True)
class LeaderRow:
    """One line of the quarter across leaders."""

    leader_id: int
    employee_no: str
    name: str
    role: str
    team: str
    quarter: LeaderQuarter


def _leaders_during(period: Period, team: str | None):
    """The leaders (of the team at the period's end, or all) employed on some day of the period."""
    query = select(Employee.id).where(
        Employee.role.in_(LEADER_ROLES),
        or_(Employee.hire_date.is_(None), Employee.hire_date <= period.end),
        or_(Employee.left_date >= period.start, and_(Employee.left_date.is_(None), Employee.status == ACTIVE)),
    )
    return query if team is None else query.where(Employee.id.in_(members_of(team, period.end)))


def quarter_across_leaders(database: Database, quarter: str, team: str | None = None) -> list[LeaderRow]:
    """Every leader of the team (or of the center) in the quarter, by rank then 工号,
    with what they have done of their three ones."""
    period = quarter_period(quarter)
    leaders = _leaders_during(period, team)
    rank = {role: index for index, role in enumerate(reversed(LEADER_ROLES))}
    then = team_name_on(Employee.id, period.end).label("team")
    with database.sessions() as session:
        people = session.execute(
            select(Employee.id, Employee.employee_no, Employee.name, Employee.role, then).where(
                Employee.id.in_(leaders)
            )
        ).all()
        records = {
            row.leader_id: _record(row)
            for row in session.scalars(
                select(ThreeOnes).where(ThreeOnes.quarter == quarter, ThreeOnes.leader_id.in_(leaders))
            )
        }
        counts = log_counts(session, leaders, quarter)
        filed: dict[int, list[SuggestionRecord]] = defaultdict(list)
        query = suggestions_query().where(Suggestion.quarter == quarter, Suggestion.author_id.in_(leaders))
        for row in session.execute(query.order_by(Suggestion.submitted_on, Suggestion.id)):
            filed[row.author_id].append(record_of(row))
    rows = [
        LeaderRow(
            person.id,
            person.employee_no,
            person.name,
            person.role,
            person.team or "",
            LeaderQuarter(
                _with_log(records.get(person.id) or ThreeOnesRecord(person.id, quarter), counts),
                tuple(filed[person.id]),
            ),
        )
        for person in people
    ]
    return sorted(rows, key=lambda row: (rank[row.role], row.employee_no))


# for the page ----------------------------------------------------------------------


def three_ones_record(database: Database, record_id: int) -> ThreeOnesRecord:
    """A write-up by its id (a search hit opens it)."""
    with database.sessions() as session:
        row = session.get(ThreeOnes, record_id)
        if row is None:
            raise UserError(t("three_ones.record_missing"))
        return _record(row)


def role_and_team(database: Database, employee_id: int | None) -> tuple[str | None, str | None]:
    """The person's role and team name, (None, None) for nobody."""
    if employee_id is None:
        return None, None
    with database.sessions() as session:
        row = session.execute(
            select(Employee.role, Team.name)
            .outerjoin(Team, Team.id == Employee.team_id)
            .where(Employee.id == employee_id)
        ).first()
    return (row[0], row[1]) if row else (None, None)
