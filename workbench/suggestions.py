"""Improvement suggestions (改进建议) made by leaders, most of them as one of their quarter's
"three ones" (see workbench.three_ones), and the quarters they are filed in.

Each suggestion has one of six types, an owner who carries it out, and a status with a
history of changes. An open suggestion only moves forward — submitted → accepted → in
progress → implemented — or is declined with a reason. A closed one is reopened first,
with a reason: implemented goes back to in progress (the fix did not hold), declined back
to submitted (it is considered again). Reopening clears the date or the reason it closed
with; the history keeps both.

Not to be mixed up with a follow-up of kind "suggestion" (workbench.liaisons): that is an
employee's suggestion owed a reply within 24 hours.
"""

from collections import Counter
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from workbench.conflicts import check_version
from workbench.db.engine import Database
from workbench.db.models import Employee, Team
from workbench.db.practice_models import SUGGESTION_STATUSES, SUGGESTION_TYPES, Suggestion, SuggestionEvent
from workbench.errors import UserError
from workbench.liaisons import aware
from workbench.periods import Frequency, Period, period_of
from workbench.texts import t

SUBMITTED, ACCEPTED, IN_PROGRESS, IMPLEMENTED, DECLINED = SUGGESTION_STATUSES
OPEN_STATUSES = (SUBMITTED, ACCEPTED, IN_PROGRESS)
CLOSED_STATUSES = (IMPLEMENTED, DECLINED)
FORWARD = (SUBMITTED, ACCEPTED, IN_PROGRESS, IMPLEMENTED)
REOPENED_TO = {IMPLEMENTED: IN_PROGRESS, DECLINED: SUBMITTED}
TITLE_LIMIT, CONTENT_LIMIT, OWNER_LIMIT, NOTE_LIMIT = 200, 4000, 64, 1000


# quarters ------------------------------------------------------------------------


def quarter_of(day: date) -> str:
    """2026-11-05 -> '2026-Q4'."""
    return f"{day.year:04d}-Q{(day.month - 1) // 3 + 1}"


def quarter_period(quarter: str) -> Period:
    """'2026-Q4' -> 2026-10-01 … 2026-12-31; anything else is refused."""
    year, _, number = quarter.partition("-Q")
    if not (year.isdigit() and len(year) == 4 and number in ("1", "2", "3", "4")):
        raise UserError(t("three_ones.bad_quarter", value=quarter))
    return period_of(Frequency.QUARTERLY, date(int(year), int(number) * 3, 1))


def shift_quarter(quarter: str, count: int) -> str:
    start = quarter_period(quarter).start
    index = start.year * 4 + (start.month - 1) // 3 + count
    return f"{index // 4:04d}-Q{index % 4 + 1}"


def quarter_of_month(month: str) -> str:
    """'2026-11' -> '2026-Q4'."""
    year, number = (int(part) for part in month.split("-"))
    return quarter_of(date(year, number, 1))


def quarter_label(quarter: str, short: bool = False) -> str:
    """'2026-Q4' as people write it: 2026年第4季度, or 2026年Q4 where room is short."""
    start = quarter_period(quarter).start
    key = "three_ones.quarter_short" if short else "three_ones.quarter"
    return t(key, year=start.year, number=(start.month - 1) // 3 + 1)


def type_label(kind: str) -> str:
    return t(f"three_ones.type.{kind}")


def status_label(status: str) -> str:
    return t(f"three_ones.status.{status}")


# records -------------------------------------------------------------------------


@dataclass(frozen=True)
class SuggestionRecord:
    author_id: int
    quarter: str
    submitted_on: date
    type: str
    title: str
    content: str = ""
    owner: str = ""
    status: str = SUBMITTED
    decline_reason: str = ""
    implemented_on: date | None = None
    id: int | None = None
    version: int | None = None  # as read; None: not checked (workbench.conflicts)
    author_name: str = ""  # read only: filled when read
    team: str = ""

    @property
    def is_open(self) -> bool:
        return self.status in OPEN_STATUSES


@dataclass(frozen=True)
class SuggestionEventRecord:
    at: datetime
    status: str
    note: str


_COLUMNS = (  # in the order of SuggestionRecord's fields
    Suggestion.author_id,
    Suggestion.quarter,
    Suggestion.submitted_on,
    Suggestion.type,
    Suggestion.title,
    Suggestion.content,
    Suggestion.owner,
    Suggestion.status,
    Suggestion.decline_reason,
    Suggestion.implemented_on,
    Suggestion.id,
    Suggestion.version,
    Employee.name.label("author_name"),
    Team.name.label("team"),
)


def _with_authors(query):
    return query.join(Employee, Employee.id == Suggestion.author_id).outerjoin(Team, Team.id == Employee.team_id)


def record_of(row) -> SuggestionRecord:
    """A row of `_COLUMNS` as a record (positional: a board has thousands)."""
    return SuggestionRecord(*row[:-1], row[-1] or "")


def suggestions_query():
    """Every suggestion with its author's name and team, as rows for `record_of`."""
    return _with_authors(select(*_COLUMNS))


def suggestion(database: Database, suggestion_id: int) -> SuggestionRecord:
    with database.sessions() as session:
        row = session.execute(suggestions_query().where(Suggestion.id == suggestion_id)).first()
    if row is None:
        raise UserError(t("three_ones.suggestion.missing"))
    return record_of(row)


def suggestions_of(database: Database, author_id: int, quarter: str) -> list[SuggestionRecord]:
    """The author's suggestions filed in the quarter, oldest first."""
    query = suggestions_query().where(Suggestion.author_id == author_id, Suggestion.quarter == quarter)
    with database.sessions() as session:
        return [record_of(row) for row in session.execute(query.order_by(Suggestion.submitted_on, Suggestion.id))]


def history(database: Database, suggestion_id: int) -> list[SuggestionEventRecord]:
    """Every status change of the suggestion, oldest first."""
    with database.sessions() as session:
        rows = session.execute(
            select(SuggestionEvent.at, SuggestionEvent.status, SuggestionEvent.note)
            .where(SuggestionEvent.suggestion_id == suggestion_id)
            .order_by(SuggestionEvent.at, SuggestionEvent.id)
        )
        return [SuggestionEventRecord(aware(at), status, note) for at, status, note in rows]


# saving --------------------------------------------------------------------------


def _check_length(value: str, key: str, limit: int) -> None:
    if len(value) > limit:
        raise UserError(t("three_ones.too_long", field=t(key), limit=limit))


def _check(record: SuggestionRecord, today: date) -> SuggestionRecord:
    record = replace(record, title=record.title.strip(), content=record.content.strip(), owner=record.owner.strip())
    if record.type not in SUGGESTION_TYPES:
        raise UserError(t("three_ones.suggestion.bad_type"))
    if not record.title:
        raise UserError(t("three_ones.suggestion.no_title"))
    _check_length(record.title, "three_ones.suggestion.title", TITLE_LIMIT)
    _check_length(record.content, "three_ones.suggestion.content", CONTENT_LIMIT)
    _check_length(record.owner, "three_ones.suggestion.owner", OWNER_LIMIT)
    if record.submitted_on > today:
        raise UserError(t("three_ones.suggestion.future", day=record.submitted_on.isoformat()))
    # A quarter's suggestion may be handed in after the quarter, never before it began.
    if record.submitted_on < quarter_period(record.quarter).start:
        raise UserError(
            t(
                "three_ones.suggestion.before_quarter",
                day=record.submitted_on.isoformat(),
                quarter=quarter_label(record.quarter),
            )
        )
    return record


def save_suggestion(
    database: Database, record: SuggestionRecord, today: date | None = None, now: datetime | None = None
) -> SuggestionRecord:
    """Add a suggestion (status submitted, the first event of its history) or change what
    it says; its status changes only through `change_status`. Changed by someone else
    since `record` was read, it is refused (EditConflict)."""
    record = _check(record, today or date.today())
    now = now or datetime.now(UTC)
    with database.sessions.begin() as session:
        if session.get(Employee, record.author_id) is None:
            raise UserError(t("three_ones.unknown_person"))
        if record.id is None:
            row = Suggestion(author_id=record.author_id, status=SUBMITTED)
            session.add(row)
        else:
            row = session.get(Suggestion, record.id)
            if row is None:
                raise UserError(t("three_ones.suggestion.missing"))
            check_version(Suggestion, row, record.version, lambda: _read(session, row.id))
        for name in ("author_id", "quarter", "submitted_on", "type", "title", "content", "owner"):
            setattr(row, name, getattr(record, name))
        session.flush()
        if record.id is None:
            session.add(SuggestionEvent(suggestion_id=row.id, at=now, status=SUBMITTED))
        return _read(session, row.id)


def allowed_moves(status: str) -> tuple[str, ...]:
    """Where a suggestion in this status may go next (see the module's note)."""
    if status in REOPENED_TO:
        return (REOPENED_TO[status],)
    return (*FORWARD[FORWARD.index(status) + 1 :], DECLINED)


def change_status(
    database: Database,
    suggestion_id: int,
    status: str,
    note: str = "",
    implemented_on: date | None = None,
    today: date | None = None,
    now: datetime | None = None,
    version: int | None = None,
) -> SuggestionRecord:
    """Move the suggestion on and record the change. Declining and reopening need a note
    (the reason); implementing records the day (today unless given). `version` is the one
    the mover saw: changed by someone else since, the move is refused (EditConflict)."""
    if status not in SUGGESTION_STATUSES:
        raise UserError(t("three_ones.status.bad"))
    today = today or date.today()
    now = now or datetime.now(UTC)
    note = note.strip()
    _check_length(note, "three_ones.suggestion.note", NOTE_LIMIT)
    with database.sessions.begin() as session:
        row = session.get(Suggestion, suggestion_id)
        if row is None:
            raise UserError(t("three_ones.suggestion.missing"))
        check_version(Suggestion, row, version, lambda: _read(session, row.id))
        if status == row.status:
            raise UserError(t("three_ones.status.same", status=status_label(status)))
        if status not in allowed_moves(row.status):
            hint = t(
                "three_ones.status.hint_closed" if row.status in CLOSED_STATUSES else "three_ones.status.hint_open"
            )
            raise UserError(
                t("three_ones.status.not_allowed", old=status_label(row.status), new=status_label(status), hint=hint)
            )
        if status == DECLINED and not note:
            raise UserError(t("three_ones.status.reason_required"))
        if row.status in CLOSED_STATUSES and not note:
            raise UserError(t("three_ones.status.reopen_reason_required"))
        if status == IMPLEMENTED:
            implemented_on = implemented_on or today
            if implemented_on > today:
                raise UserError(t("three_ones.status.implemented_future", day=implemented_on.isoformat()))
            if implemented_on < row.submitted_on:
                raise UserError(
                    t(
                        "three_ones.status.implemented_early",
                        day=implemented_on.isoformat(),
                        submitted=row.submitted_on.isoformat(),
                    )
                )
        row.status = status
        row.implemented_on = implemented_on if status == IMPLEMENTED else None
        row.decline_reason = note if status == DECLINED else ""
        session.add(SuggestionEvent(suggestion_id=row.id, at=now, status=status, note=note))
        session.flush()
        return _read(session, row.id)


def _read(session: Session, suggestion_id: int) -> SuggestionRecord:
    return record_of(session.execute(suggestions_query().where(Suggestion.id == suggestion_id)).one())


# the board -----------------------------------------------------------------------


@dataclass(frozen=True)
class BoardFilter:
    team: str | None = None  # the suggestions of this team's people; None: everyone's
    type: str | None = None
    status: str | None = None
    year: int | None = None  # made in this year


@dataclass(frozen=True)
class Board:
    rows: list[SuggestionRecord]  # newest first
    status_counts: dict[str, int]  # of the rows the other filters leave, whatever their status
    type_counts: dict[str, int]  # of the rows the other filters leave, whatever their type


def _filtered(query, chosen: BoardFilter, skip: str = ""):
    if chosen.team is not None:
        team_ids = select(Team.id).where(Team.name == chosen.team)
        authors = select(Employee.id).where(Employee.team_id.in_(team_ids))
        query = query.where(Suggestion.author_id.in_(authors))
    if chosen.type is not None and skip != "type":
        query = query.where(Suggestion.type == chosen.type)
    if chosen.status is not None and skip != "status":
        query = query.where(Suggestion.status == chosen.status)
    if chosen.year is not None:
        query = query.where(Suggestion.submitted_on.between(date(chosen.year, 1, 1), date(chosen.year, 12, 31)))
    return query


def board(database: Database, chosen: BoardFilter = BoardFilter()) -> Board:
    """The suggestions the filter picks, newest first, with a count per status and per type."""
    rows = _filtered(suggestions_query(), chosen).order_by(Suggestion.submitted_on.desc(), Suggestion.id.desc())
    with database.sessions() as session:
        records = [record_of(row) for row in session.execute(rows)]
        by_status = _filtered(select(Suggestion.status, func.count()), chosen, skip="status")
        by_type = _filtered(select(Suggestion.type, func.count()), chosen, skip="type")
        status_counts = dict(session.execute(by_status.group_by(Suggestion.status)).all())
        type_counts = dict(session.execute(by_type.group_by(Suggestion.type)).all())
    return Board(
        records,
        {status: status_counts.get(status, 0) for status in SUGGESTION_STATUSES},
        {kind: type_counts.get(kind, 0) for kind in SUGGESTION_TYPES},
    )


def suggestion_years(database: Database) -> list[int]:
    """The years suggestions were made in, latest first."""
    with database.sessions() as session:
        first, last = session.execute(
            select(func.min(Suggestion.submitted_on), func.max(Suggestion.submitted_on))
        ).one()
    return list(range(last.year, first.year - 1, -1)) if first else []


@dataclass(frozen=True)
class ImplementedCounts:
    by_quarter: list[tuple[str, int]]  # every quarter from the first implemented to the last, oldest first
    by_year: list[tuple[int, int]]  # every year likewise

    @property
    def total(self) -> int:
        return sum(count for _year, count in self.by_year)


def implemented_counts(database: Database, team: str | None = None) -> ImplementedCounts:
    """How many suggestions were implemented in each quarter and year (those that stand:
    one reopened since is counted again when it is implemented again)."""
    query = _filtered(
        select(Suggestion.implemented_on, func.count()).where(Suggestion.status == IMPLEMENTED), BoardFilter(team=team)
    ).group_by(Suggestion.implemented_on)
    quarters: Counter[str] = Counter()
    with database.sessions() as session:
        for day, count in session.execute(query):
            quarters[quarter_of(day)] += count
    if not quarters:
        return ImplementedCounts([], [])
    by_quarter, quarter = [], min(quarters)
    while quarter <= max(quarters):
        by_quarter.append((quarter, quarters[quarter]))
        quarter = shift_quarter(quarter, 1)
    years: Counter[int] = Counter()
    for quarter, count in by_quarter:
        years[int(quarter[:4])] += count
    return ImplementedCounts(by_quarter, sorted(years.items()))
