"""The growth diary in the monthly review (its figures and detail sheet) and in search."""

from collections.abc import Iterator

from sqlalchemy import or_, select
from sqlalchemy.orm import aliased

from workbench.db.engine import Database
from workbench.db.models import GROWTH_INDEX, Employee
from workbench.db.practice_models import GrowthRecord
from workbench.found import FoundRecord
from workbench.growth import (
    ENTRY_FIELDS,
    IMPROVED,
    RECORD_COLUMNS,
    SLIPPED,
    STREAM_BATCH,
    TEXT_FIELDS,
    WEEK_FIELDS,
    change_since,
    entry_of_row,
    field_label,
    team_month,
    trend_label,
    trend_of,
)
from workbench.periods import month_period, shift_month
from workbench.team_history import members_of, team_name_on
from workbench.text_index import like_pattern, matching
from workbench.texts import t

# the monthly review ---------------------------------------------------------------------

ADDITIVE_FIGURES: tuple[str, ...] = tuple(
    f"growth_{name}" for name in ("people", "recorded", "improved", "slipped", "plans_written", "evaluations_written")
)


def _average(values) -> float | None:
    present = [value for value in values if value is not None]
    return round(sum(present) / len(present), 1) if present else None


def month_figures(database: Database, scope) -> dict[str, object]:
    """The scope's month in the diary (`scope` is a workbench.monthly.Scope)."""
    rows = team_month(database, scope.month, scope.team)
    entries = [row.entry for row in rows if row.entry is not None and not row.entry.is_empty]
    trends = [row.trend for row in rows]
    return {
        "growth_people": len(rows),
        "growth_recorded": len(entries),
        "growth_average_qa": _average(entry.qa_score for entry in entries),
        "growth_average_satisfaction": _average(entry.satisfaction for entry in entries),
        "growth_average_weekly": _average(entry.weekly_average for entry in entries),
        "growth_improved": trends.count(IMPROVED),
        "growth_slipped": trends.count(SLIPPED),
        "growth_plans_written": sum(bool(entry.growth_plan) for entry in entries),
        "growth_evaluations_written": sum(bool(entry.evaluation) for entry in entries),
    }


def figure_label(key: str) -> str:
    return t(f"growth.figure.{key.removeprefix('growth_')}")


_SHEET_COLUMNS = (
    ("employee_no", 10),
    ("name", 10),
    ("team", 12),
    ("qa_score", 9),
    ("satisfaction", 9),
    *((name, 9) for name in WEEK_FIELDS),
    ("weekly_average", 9),
    ("change", 8),
    ("trend", 8),
    ("growth_plan", 40),
    ("evaluation", 40),
    ("advice", 40),
)


def month_sheet(database: Database, scope) -> tuple[str, list[str], list[int], Iterator[tuple]]:
    """The detail sheet 成长日记: each entry of the scope's people for the month, with
    the change since last month. Plan, evaluation and advice as the leader wrote them."""
    headers = [
        t(f"field.{name}") if name in ("employee_no", "name", "team") else field_label(name)
        for name, _ in _SHEET_COLUMNS
    ]
    widths = [width for _, width in _SHEET_COLUMNS]
    return t("growth.sheet"), headers, widths, _sheet_rows(database, scope)


def _sheet_rows(database: Database, scope) -> Iterator[tuple]:
    previous = aliased(GrowthRecord)
    month_end = month_period(scope.month).end
    then = team_name_on(Employee.id, month_end).label("team")
    query = (
        select(
            Employee.employee_no,
            Employee.name,
            then,
            *RECORD_COLUMNS,
            *(getattr(previous, name) for name in ENTRY_FIELDS),
        )
        .join(Employee, Employee.id == GrowthRecord.employee_id)
        .outerjoin(
            previous,
            (previous.employee_id == GrowthRecord.employee_id) & (previous.month == shift_month(scope.month, -1)),
        )
        .where(GrowthRecord.month == scope.month)
        .order_by(then, Employee.employee_no)
    )
    if scope.team is not None:
        query = query.where(Employee.id.in_(members_of(scope.team, month_end)))
    with database.sessions() as session:
        width = len(ENTRY_FIELDS)
        for number, name, team, *columns in session.execute(query).yield_per(STREAM_BATCH):
            entry, before = entry_of_row(columns[:width]), columns[width:]
            change = change_since(entry, entry_of_row(before) if before[0] is not None else None)
            yield (
                number,
                name,
                team or "",
                *(getattr(entry, name) for name in ("qa_score", "satisfaction", *WEEK_FIELDS)),
                entry.weekly_average,
                change,
                trend_label(trend_of(change)),
                *(getattr(entry, name) for name in TEXT_FIELDS),
            )


# searching --------------------------------------------------------------------------

SNIPPET = 60  # characters of context either side of the match


def _snippet(entry_texts: dict[str, str], text: str) -> str:
    """The first field that holds the text, named, cut to a line around the match."""
    folded = text.casefold()
    for name, value in entry_texts.items():
        at = value.casefold().find(folded)
        if at < 0:
            continue
        start = max(at - SNIPPET, 0)
        piece = value[start : at + len(text) + SNIPPET].replace("\n", " ")
        return (
            f"{field_label(name)}：{'…' if start else ''}{piece}{'…' if at + len(text) + SNIPPET < len(value) else ''}"
        )
    return ""


def search(database: Database, text: str, viewer_id: int | None, limit: int = 100) -> list[FoundRecord]:
    """Entries whose plan, evaluation or advice contain the text, newest first. Growth
    records hold no private notes, so every viewer (`viewer_id`) finds the same."""
    text = text.strip()
    if not text:
        return []
    query = (
        select(
            GrowthRecord.id,
            GrowthRecord.month,
            GrowthRecord.employee_id,
            Employee.name,
            *(getattr(GrowthRecord, n) for n in TEXT_FIELDS),
        )
        .join(Employee, Employee.id == GrowthRecord.employee_id)
        .order_by(GrowthRecord.month.desc(), GrowthRecord.id.desc())
        .limit(limit)
    )
    with database.sessions() as session:
        condition = matching(session, GROWTH_INDEX, GrowthRecord.id, text)
        if condition is None:  # one character, or not SQLite: a scan
            pattern = like_pattern(text)
            condition = or_(*(getattr(GrowthRecord, name).like(pattern, escape="\\") for name in TEXT_FIELDS))
        rows = session.execute(query.where(condition)).all()
    return [
        FoundRecord(
            practice="growth",
            record_id=row.id,
            day=month_period(row.month).start,
            employee=row.name,
            text=_snippet({name: getattr(row, name) for name in TEXT_FIELDS}, text),
            employee_id=row.employee_id,
        )
        for row in rows
    ]
