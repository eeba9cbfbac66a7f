""" "Three ones" (三个一): each quarter every leader (组长 and above) listens to ten customer
calls, complaint recordings among them, and makes one service-improvement suggestion;
writes up one grassroots problem with its fix; and one industry problem with a plan.

The suggestion is a Suggestion of the leader filed in the quarter (workbench.suggestions);
the rest is one ThreeOnes row per leader and quarter. The calls count as done at ten, at
least one of them a complaint recording; a problem counts once both it and its answer are
written. This module also gives the monthly review its figures and detail sheet, and the
cross-practice search its hits.
"""

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import and_, func, or_, select

from workbench.conflicts import UNSTORED, check_version
from workbench.db.engine import Database
from workbench.db.models import Employee, Team
from workbench.db.practice_models import Suggestion, SuggestionEvent, ThreeOnes
from workbench.errors import UserError
from workbench.found import FoundRecord
from workbench.liaisons import aware
from workbench.people import ACTIVE, LEADER_ROLES
from workbench.periods import Period, month_period
from workbench.suggestions import (
    CLOSED_STATUSES,
    DECLINED,
    IMPLEMENTED,
    SUBMITTED,
    SuggestionRecord,
    quarter_label,
    quarter_of_month,
    quarter_period,
    record_of,
    status_label,
    suggestions_of,
    suggestions_query,
    type_label,
)
from workbench.team_history import members_of, team_name_on
from workbench.texts import t

if TYPE_CHECKING:
    from workbench.monthly import Scope


TARGET_CALLS = 10
MIN_COMPLAINT_CALLS = 1
MAX_CALLS = 999
TEXT_LIMIT = 2000
PARTS = ("calls", "suggestion", "grassroots", "industry")
TEXT_FIELDS = ("grassroots_problem", "grassroots_fix", "industry_problem", "industry_plan")
STREAM_BATCH = 2000


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


def leader_quarter(database: Database, leader_id: int, quarter: str) -> LeaderQuarter:
    """The leader's three ones of the quarter; an empty record if nothing is written yet."""
    quarter_period(quarter)
    with database.sessions() as session:
        row = session.scalar(select(ThreeOnes).where(ThreeOnes.leader_id == leader_id, ThreeOnes.quarter == quarter))
        record = (
            _record(row) if row is not None else ThreeOnesRecord(leader_id=leader_id, quarter=quarter, version=UNSTORED)
        )
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
        for name in ("calls_listened", "complaint_calls", *TEXT_FIELDS):
            setattr(row, name, getattr(record, name))
        session.flush()
        return _record(row)


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
            LeaderQuarter(records.get(person.id) or ThreeOnesRecord(person.id, quarter), tuple(filed[person.id])),
        )
        for person in people
    ]
    return sorted(rows, key=lambda row: (rank[row.role], row.employee_no))


# the monthly review --------------------------------------------------------------

ADDITIVE_FIGURES: tuple[str, ...] = (
    "three_ones_suggestions_submitted",
    "three_ones_suggestions_implemented",
    "three_ones_suggestions_declined",
    "three_ones_suggestions_open",
    "three_ones_leaders",
    "three_ones_complete",
    "three_ones_calls_listened",
)


def figure_label(key: str) -> str:
    """The figure's name in the user's language; KeyError for another practice's figure."""
    if not key.startswith("three_ones_"):
        raise KeyError(key)
    return t(f"three_ones.figure.{key.removeprefix('three_ones_')}")


def _start_of(day: date) -> datetime:
    return datetime.combine(day, time(0), tzinfo=UTC)


def _scoped(query, team: str | None, period: Period):
    """Only the suggestions of the team's people at the period's end (None: everyone's)."""
    return query if team is None else query.where(Suggestion.author_id.in_(members_of(team, period.end)))


def _relevant(period: Period):
    """Suggestions made by the month's end and either made in it, open, or touched since it
    began: those closed earlier and untouched since stay out, however many years there are."""
    return and_(
        Suggestion.submitted_on <= period.end,
        or_(
            Suggestion.submitted_on >= period.start,
            Suggestion.status.not_in(CLOSED_STATUSES),
            Suggestion.updated_at >= _start_of(period.start),
        ),
    )


def _month_suggestions(session, team: str | None, period: Period) -> dict[int, tuple[str, list]]:
    """The scope's relevant suggestions by id: (status at the month's end, the status
    changes made during the month as (moment, status, note))."""
    start, end = _start_of(period.start), _start_of(period.end + timedelta(days=1))
    relevant = _relevant(period)
    events = _scoped(
        select(SuggestionEvent.suggestion_id, SuggestionEvent.at, SuggestionEvent.status, SuggestionEvent.note)
        .join(Suggestion, Suggestion.id == SuggestionEvent.suggestion_id)
        .where(relevant, SuggestionEvent.at < end)
        .order_by(SuggestionEvent.at, SuggestionEvent.id),
        team,
        period,
    )
    ids = session.scalars(_scoped(select(Suggestion.id), team, period).where(relevant))
    found: dict[int, tuple[str, list]] = {suggestion_id: (SUBMITTED, []) for suggestion_id in ids}
    for suggestion_id, at, status, note in session.execute(events):
        at = aware(at)
        changes = found[suggestion_id][1]
        if at >= start:
            changes.append((at, status, note))
        found[suggestion_id] = (status, changes)
    return found


def month_figures(database: Database, scope: "Scope") -> dict[str, object]:
    """The scope's suggestions in the month, and the three ones of the quarter it is in:
    leaders in the scope (the team's, or all) who have done all of them."""
    period = month_period(scope.month)
    quarter = quarter_of_month(scope.month)
    with database.sessions() as session:
        found = _month_suggestions(session, scope.team, period)
        counted = _scoped(select(func.count()).select_from(Suggestion), scope.team, period)
        submitted = session.scalar(counted.where(Suggestion.submitted_on.between(period.start, period.end)))
        implemented = session.scalar(
            counted.where(Suggestion.status == IMPLEMENTED, Suggestion.implemented_on.between(period.start, period.end))
        )
    leaders = quarter_across_leaders(database, quarter, scope.team)
    complete = sum(row.quarter.complete for row in leaders)
    return {
        "three_ones_suggestions_submitted": submitted,
        "three_ones_suggestions_implemented": implemented,
        "three_ones_suggestions_declined": sum(
            status == DECLINED and any(change[1] == DECLINED for change in changes)
            for status, changes in found.values()
        ),
        "three_ones_suggestions_open": sum(status not in CLOSED_STATUSES for status, _changes in found.values()),
        "three_ones_quarter": quarter,
        "three_ones_leaders": len(leaders),
        "three_ones_complete": complete,
        "three_ones_completion": complete / len(leaders) if leaders else None,
        "three_ones_calls_listened": sum(row.quarter.record.calls_listened for row in leaders),
    }


SHEET_COLUMNS = (
    "submitted_on",
    "quarter",
    "author",
    "team",
    "type",
    "title",
    "content",
    "owner",
    "status_at_end",
    "implemented_on",
    "decline_reason",
    "changes",
)
SHEET_WIDTHS = [12, 14, 10, 14, 18, 30, 40, 10, 10, 12, 24, 36]


def month_sheet(database: Database, scope: "Scope") -> tuple[str, list[str], list[int], Iterator[tuple]]:
    """改进建议: the scope's suggestions made, moved on or still open in the month."""
    headers = [t(f"three_ones.column.{name}") for name in SHEET_COLUMNS]
    return t("three_ones.sheet"), headers, list(SHEET_WIDTHS), _sheet_rows(database, scope)


def _change_text(at: datetime, status: str, note: str) -> str:
    day = at.date().strftime("%m-%d")
    if note:
        return t("three_ones.change_with_note", day=day, status=status_label(status), note=note)
    return t("three_ones.change", day=day, status=status_label(status))


def _sheet_rows(database: Database, scope: "Scope") -> Iterator[tuple]:
    period = month_period(scope.month)
    with database.sessions() as session:
        found = _month_suggestions(session, scope.team, period)
        query = _scoped(
            select(Suggestion, Employee.name, team_name_on(Employee.id, period.end))
            .join(Employee, Employee.id == Suggestion.author_id)
            .where(_relevant(period))
            .order_by(Suggestion.submitted_on, Suggestion.id),
            scope.team,
            period,
        )
        for row, author, team in session.execute(query).yield_per(STREAM_BATCH):
            status, changes = found.get(row.id, (SUBMITTED, []))
            made_in_month = period.start <= row.submitted_on <= period.end
            if not (made_in_month or changes or status not in CLOSED_STATUSES):
                continue
            yield (
                row.submitted_on,
                quarter_label(row.quarter),
                author,
                team or "",
                type_label(row.type),
                row.title,
                row.content,
                row.owner,
                status_label(status),
                row.implemented_on if status == IMPLEMENTED else None,
                row.decline_reason if status == DECLINED else "",
                "；".join(_change_text(*change) for change in changes),
            )


# search --------------------------------------------------------------------------

SNIPPET = 60  # characters of a hit's line


def _snippet(text: str, word: str) -> str:
    """The line of the text around the word, cut to SNIPPET characters."""
    line = next((line for line in text.splitlines() if word.lower() in line.lower()), text).strip()
    if len(line) <= SNIPPET:
        return line
    at = max(line.lower().find(word.lower()) - SNIPPET // 3, 0)
    return ("…" if at else "") + line[at : at + SNIPPET] + "…"


def _matched(fields: list[str], word: str) -> str:
    """The line of the first field that holds the word."""
    return _snippet(next((f for f in fields if word.lower() in f.lower()), fields[0]), word)


def _like(text: str) -> str:
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def search(database: Database, text: str, viewer_id: int | None, limit: int = 100) -> list[FoundRecord]:
    """Suggestions (practice "suggestion") and three-ones write-ups (practice "three_ones")
    whose text contains the words, newest first. Nothing here is private: every leader
    may read every suggestion and problem, so the viewer changes nothing."""
    text = text.strip()
    if not text:
        return []
    pattern = _like(text)
    suggestion_fields = (Suggestion.title, Suggestion.content, Suggestion.owner, Suggestion.decline_reason)
    three_ones_fields = [getattr(ThreeOnes, name) for name in TEXT_FIELDS]
    with database.sessions() as session:
        suggestions = session.execute(
            select(Suggestion.id, Suggestion.submitted_on, Employee.name, Employee.id, *suggestion_fields)
            .join(Employee, Employee.id == Suggestion.author_id)
            .where(or_(*(column.like(pattern, escape="\\") for column in suggestion_fields)))
            .order_by(Suggestion.submitted_on.desc(), Suggestion.id.desc())
            .limit(limit)
        ).all()
        write_ups = session.execute(
            select(ThreeOnes.id, ThreeOnes.updated_at, Employee.name, Employee.id, *three_ones_fields)
            .join(Employee, Employee.id == ThreeOnes.leader_id)
            .where(or_(*(column.like(pattern, escape="\\") for column in three_ones_fields)))
            .order_by(ThreeOnes.updated_at.desc(), ThreeOnes.id.desc())
            .limit(limit)
        ).all()
    hits = [
        FoundRecord("suggestion", row_id, day, name, _matched(fields, text), author_id)
        for row_id, day, name, author_id, *fields in suggestions
    ]
    hits += [
        FoundRecord("three_ones", row_id, aware(at).date(), name, _matched(fields, text), leader_id)
        for row_id, at, name, leader_id, *fields in write_ups
    ]
    return sorted(hits, key=lambda hit: (hit.day, hit.record_id), reverse=True)[:limit]


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
