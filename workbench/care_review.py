"""The monthly review's part of care and recognition (see workbench.care): the month's
figures, the detail sheet 关怀与表彰, and finding records by what was written in them."""

import heapq
from collections.abc import Iterator

from sqlalchemy import func, or_, select
from sqlalchemy.orm import aliased

from workbench.care import (
    ANNIVERSARY,
    BIRTHDAY,
    FESTIVAL,
    OTHER,
    PRAISE,
    RECOGNITIONS,
    SERVICE_STAR,
    SOURCE_COLUMNS,
    STRESS,
    account_label,
    care_dates,
    event_query,
    event_record,
    kind_label,
    month_entries,
    month_events,
    reads_every_stress_entry,
    source_label,
    team_id_of,
)
from workbench.db.engine import Database
from workbench.db.models import Employee, Talk, Team
from workbench.db.practice_models import ACCOUNTS, AccountEntry, CareEvent
from workbench.found import FoundRecord
from workbench.periods import month_period
from workbench.team_history import team_name_on
from workbench.text_index import like_pattern
from workbench.texts import t

STREAM_BATCH = 2000
SNIPPET = 40  # characters of a search hit's text either side of the match

# the monthly review -----------------------------------------------------------------

HOLDS_PRIVATE_TEXT = True  # stress-account entries: the viewer's own, when asked for
ADDITIVE_FIGURES: tuple[str, ...] = (
    "care_birthdays",
    "care_anniversaries",
    "care_praise",
    "care_service_stars",
    "care_festival_activities",
    "care_other_events",
    "care_people_recognized",
    "care_stress_entries",
    "care_growth_entries",
    "care_feeling_entries",
    "care_people_with_entries",
)
_KIND_FIGURES = {
    PRAISE: "care_praise",
    SERVICE_STAR: "care_service_stars",
    FESTIVAL: "care_festival_activities",
    OTHER: "care_other_events",
}


def month_figures(database: Database, scope) -> dict[str, object]:
    """The month's care in figures for a `workbench.monthly.Scope`: every one a count."""
    period = month_period(scope.month)
    dates = care_dates(database, scope.month, scope.team)
    figures: dict[str, object] = {
        "care_birthdays": sum(found.kind == BIRTHDAY for found in dates),
        "care_anniversaries": sum(found.kind == ANNIVERSARY for found in dates),
    }
    with database.sessions() as session:
        team_id = team_id_of(session, scope.team)
        by_kind = dict(
            session.execute(
                month_events(team_id, period, select(CareEvent.kind, func.count()).group_by(CareEvent.kind))
            ).all()
        )
        recognized = select(func.count(CareEvent.employee_id.distinct())).where(CareEvent.kind.in_(RECOGNITIONS))
        figures["care_people_recognized"] = session.scalar(month_events(team_id, period, recognized))
        by_account = dict(
            session.execute(
                month_entries(
                    team_id, period, select(AccountEntry.account, func.count()).group_by(AccountEntry.account)
                )
            ).all()
        )
        people = select(func.count(AccountEntry.employee_id.distinct()))
        figures["care_people_with_entries"] = session.scalar(month_entries(team_id, period, people))
    figures.update({key: by_kind.get(kind, 0) for kind, key in _KIND_FIGURES.items()})
    figures.update({f"care_{account}_entries": by_account.get(account, 0) for account in ACCOUNTS})
    return {key: figures[key] for key in ADDITIVE_FIGURES}


def figure_label(key: str) -> str:
    return t(f"care.figure.{key.removeprefix('care_')}")


_SHEET_COLUMNS = (
    ("date", 12),
    ("kind", 12),
    ("employee_no", 12),
    ("name", 10),
    ("team", 14),
    ("title", 36),
    ("detail", 40),
    ("source", 24),
    ("author", 10),
)


def month_sheet(
    database: Database, scope, viewer_id: int | None = None, include_private: bool = False
) -> tuple[str, list[str], list[int], Iterator[tuple]]:
    """The detail sheet 关怀与表彰: the month's events and account entries, by date. No
    birthdays or phone numbers; stress entries without their text, unless asked for and
    then only the viewer's own."""
    headers = [t(f"care.column.{name}") for name, _ in _SHEET_COLUMNS]
    widths = [width for _, width in _SHEET_COLUMNS]
    own = viewer_id if include_private else None
    return t("care.sheet"), headers, widths, _sheet_rows(database, scope, own)


def _sheet_rows(database: Database, scope, own_stress_of: int | None) -> Iterator[tuple]:
    period = month_period(scope.month)
    author = aliased(Employee)
    then = team_name_on(Employee.id, period.end)
    with database.sessions() as session:
        team_id = team_id_of(session, scope.team)
        events = month_events(
            team_id,
            period,
            select(
                CareEvent,
                Employee.employee_no,
                Employee.name,
                func.coalesce(Team.name, then),
                author.name,
            )
            .outerjoin(Employee, Employee.id == CareEvent.employee_id)
            .outerjoin(Team, Team.id == CareEvent.team_id)
            .outerjoin(author, author.id == CareEvent.author_id)
            .order_by(CareEvent.event_date, CareEvent.id),
        )
        entries = month_entries(
            team_id,
            period,
            select(AccountEntry, Employee.employee_no, Employee.name, then, author.name, *SOURCE_COLUMNS)
            .join(Employee, Employee.id == AccountEntry.employee_id)
            .outerjoin(author, author.id == AccountEntry.author_id)
            .outerjoin(Talk, Talk.id == AccountEntry.talk_id)
            .outerjoin(CareEvent, CareEvent.id == AccountEntry.care_event_id)
            .order_by(AccountEntry.entry_date, AccountEntry.id),
        )
        event_rows = (
            (
                event.event_date,
                kind_label(event.kind),
                number or "",
                name or t("care.whole_team"),
                team or "",
                event.title,
                event.detail,
                "",
                author_name or "",
            )
            for event, number, name, team, author_name in session.execute(events).yield_per(STREAM_BATCH)
        )
        entry_rows = (
            (
                entry.entry_date,
                account_label(entry.account),
                number,
                name,
                team or "",
                t("care.withheld")
                if entry.account == STRESS and (own_stress_of is None or entry.author_id != own_stress_of)
                else entry.description,
                "",
                source_label(*source),
                author_name or "",
            )
            for entry, number, name, team, author_name, *source in session.execute(entries).yield_per(STREAM_BATCH)
        )
        yield from heapq.merge(event_rows, entry_rows, key=lambda row: row[0])


# searching ---------------------------------------------------------------------------


def _line(value: str, text: str) -> str:
    """The value cut to a line around the first match."""
    value = " ".join(value.split())
    at = max(value.casefold().find(text.casefold()), 0)
    start = max(at - SNIPPET, 0)
    end = at + len(text) + SNIPPET
    return ("…" if start else "") + value[start:end] + ("…" if end < len(value) else "")


def _scanned(column):
    """The date to sort hits by, as an expression no index serves: SQLite would otherwise
    walk the date index row by row, which for a rare word visits the whole table (94 ms
    against 17 ms for a scan and a sort of what matched, at a center's scale)."""
    return func.coalesce(column, column)


def search(database: Database, text: str, viewer_id: int | None, limit: int = 100) -> list[FoundRecord]:
    """Care events whose title or details, and account entries whose description, hold the
    text, newest first. Events are practice "care", account entries "care_account".
    Stress entries only for those who may read them (see account_log)."""
    text = text.strip()
    if not text:
        return []
    pattern = like_pattern(text)
    with database.sessions() as session:
        events = session.execute(
            event_query()
            .where(or_(CareEvent.title.like(pattern, escape="\\"), CareEvent.detail.like(pattern, escape="\\")))
            .order_by(_scanned(CareEvent.event_date).desc(), CareEvent.id.desc())
            .limit(limit)
        ).all()
        readable = AccountEntry.description.like(pattern, escape="\\")
        if not reads_every_stress_entry(session, viewer_id):
            readable = readable & or_(AccountEntry.account != STRESS, AccountEntry.author_id == viewer_id)
        entries = session.execute(
            select(
                AccountEntry.id,
                AccountEntry.entry_date,
                AccountEntry.account,
                AccountEntry.description,
                Employee.name,
                Employee.id,
            )
            .join(Employee, Employee.id == AccountEntry.employee_id)
            .where(readable)
            .order_by(_scanned(AccountEntry.entry_date).desc(), AccountEntry.id.desc())
            .limit(limit)
        ).all()
    hits = []
    for row in events:
        event = event_record(row)
        said = event.title if text.casefold() in event.title.casefold() else event.detail
        label = kind_label(event.kind) + ("" if event.employee_id else f" · {event.whom}")
        said = f"{label}：{_line(said, text)}"
        hits.append(FoundRecord("care", event.id, event.event_date, event.employee_name, said, event.employee_id))
    for entry_id, day, account, description, name, employee_id in entries:
        said = f"{account_label(account)}：{_line(description, text)}"
        hits.append(FoundRecord("care_account", entry_id, day, name, said, employee_id))
    hits.sort(key=lambda hit: (hit.day, hit.record_id), reverse=True)
    return hits[:limit]
