"""The three ones and the suggestions in the monthly review (the figures and the detail
sheet 改进建议) and in the search across practices (see workbench.three_ones)."""

from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import and_, func, or_, select

from workbench.db.engine import Database
from workbench.db.models import Employee
from workbench.db.practice_models import Suggestion, SuggestionEvent, ThreeOnes
from workbench.found import FoundRecord
from workbench.liaisons import aware
from workbench.listening import month_count
from workbench.periods import Period, month_period
from workbench.suggestions import (
    CLOSED_STATUSES,
    DECLINED,
    IMPLEMENTED,
    SUBMITTED,
    quarter_label,
    quarter_of_month,
    status_label,
    type_label,
)
from workbench.team_history import members_of, team_name_on
from workbench.text_index import like_pattern
from workbench.texts import t
from workbench.three_ones import TEXT_FIELDS, quarter_across_leaders

if TYPE_CHECKING:
    from workbench.monthly import Scope

STREAM_BATCH = 2000

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
        # the review's leader's own calls of the month, from the listening log (workbench.listening)
        "three_ones_calls_listened_month": month_count(database, scope.leader_id, scope.month)
        if scope.leader_id is not None
        else None,
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


def search(database: Database, text: str, viewer_id: int | None, limit: int = 100) -> list[FoundRecord]:
    """Suggestions (practice "suggestion") and three-ones write-ups (practice "three_ones")
    whose text contains the words, newest first. Nothing here is private: every leader
    may read every suggestion and problem, so the viewer changes nothing."""
    text = text.strip()
    if not text:
        return []
    pattern = like_pattern(text)
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
