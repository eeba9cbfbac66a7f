"""Agents' values written and read in bulk: a center's month of daily exports is some
800,000 values, so rows go past the ORM (SQLite's executemany; PostgreSQL's unnest, one
statement a batch), and each agent's month is worked out again from their days whenever
those change.

An agent's month from days follows the indicator's aggregation: 接通量 added up, 满意度
weighted by each day's 接通量 (a plain mean on days without it), 质检得分 a plain mean."""

from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import date
from itertools import islice

from sqlalchemy import Connection, select
from sqlalchemy.orm import Session

from workbench.db.indicator_models import IndicatorDay, IndicatorMonth
from workbench.indicators import MEAN, SUM, WEIGHTED, IndicatorRecord
from workbench.periods import month_of, month_period

BATCH = 20_000  # rows a statement: memory stays flat, and PostgreSQL's arrays stay small
READ_CHUNK = 500  # agents a query when reading their days: well within any bind limit
# Above this many agents, reading the days of everyone and keeping theirs is quicker than
# seeking each agent's.
WHOLE_CENTER = 1000

DayValues = dict[tuple[int, date], dict[int, float]]  # (employee, day) -> indicator id -> value
MonthValues = dict[tuple[int, str], dict[int, tuple[float, int | None]]]  # -> (value, days it came from)

_DAYS_SQLITE = (
    "INSERT INTO indicator_days (day, employee_id, indicator_id, value) VALUES (?, ?, ?, ?) "
    "ON CONFLICT (day, employee_id, indicator_id) DO UPDATE SET value = excluded.value"
)
_DAYS_POSTGRES = (
    "INSERT INTO indicator_days (day, employee_id, indicator_id, value) "
    "SELECT * FROM unnest(%s::date[], %s::integer[], %s::integer[], %s::float8[]) "
    "ON CONFLICT (day, employee_id, indicator_id) DO UPDATE SET value = excluded.value"
)
_MONTHS_SQLITE = (
    "INSERT INTO indicator_months (month, employee_id, indicator_id, value, day_count) VALUES (?, ?, ?, ?, ?) "
    "ON CONFLICT (month, employee_id, indicator_id) DO UPDATE SET value = excluded.value, day_count = excluded.day_count"
)
_MONTHS_POSTGRES = (
    "INSERT INTO indicator_months (month, employee_id, indicator_id, value, day_count) "
    "SELECT * FROM unnest(%s::varchar[], %s::integer[], %s::integer[], %s::float8[], %s::smallint[]) "
    "ON CONFLICT (month, employee_id, indicator_id) DO UPDATE SET value = excluded.value, day_count = excluded.day_count"
)


def _write(connection: Connection, sqlite: str, postgres: str, rows: Iterable[tuple]) -> None:
    rows = iter(rows)
    on_sqlite = connection.dialect.name == "sqlite"
    while batch := list(islice(rows, BATCH)):
        if on_sqlite:
            connection.exec_driver_sql(sqlite, batch)
        else:
            connection.exec_driver_sql(postgres, tuple(map(list, zip(*batch, strict=True))))


def write_days(session: Session, days: Iterable[tuple[int, date, Mapping[int, float]]]) -> None:
    """Each agent-day's values (employee, day, indicator id -> value), each added or put
    in place of the one stored."""
    connection = session.connection()
    on_sqlite = connection.dialect.name == "sqlite"

    def rows():
        for employee_id, day, values in days:
            when = day.isoformat() if on_sqlite else day  # as SQLAlchemy's Date stores it
            for indicator_id, value in values.items():
                # float: psycopg sends a column as one typed array, and refuses ints among floats
                yield when, employee_id, indicator_id, float(value)

    _write(connection, _DAYS_SQLITE, _DAYS_POSTGRES, rows())


def write_months(session: Session, rows: Iterable[tuple[str, int, int, float, int | None]]) -> None:
    """(month, employee id, indicator id, value, day count or None for a month given whole)."""
    typed = (
        (month, employee_id, indicator_id, float(value), days) for month, employee_id, indicator_id, value, days in rows
    )
    _write(session.connection(), _MONTHS_SQLITE, _MONTHS_POSTGRES, typed)


def _chunks(ids: Sequence[int]):
    for start in range(0, len(ids), READ_CHUNK):
        yield ids[start : start + READ_CHUNK]


def read_days(session: Session, employee_ids: Iterable[int], days: Iterable[date]) -> DayValues:
    """Every stored value of these agents on these days. Days are named one by one: with
    the day first in the key, each (day, agent) is a seek, where a range of days would
    read the whole center's."""
    employee_ids, days = sorted(set(employee_ids)), sorted(set(days))
    found: DayValues = defaultdict(dict)
    if not employee_ids or not days:
        return found
    columns = (IndicatorDay.employee_id, IndicatorDay.day, IndicatorDay.indicator_id, IndicatorDay.value)
    wanted = set(employee_ids)
    whole = len(employee_ids) > WHOLE_CENTER
    for chunk in [None] if whole else _chunks(employee_ids):
        query = select(*columns).where(IndicatorDay.day.in_(days))
        if chunk is not None:
            query = query.where(IndicatorDay.employee_id.in_(chunk))
        for employee_id, day, indicator_id, value in session.execute(query):
            if employee_id in wanted:
                found[employee_id, day][indicator_id] = value
    return found


def read_months(session: Session, employee_ids: Iterable[int], months: Iterable[str]) -> MonthValues:
    employee_ids, months = sorted(set(employee_ids)), sorted(set(months))
    found: MonthValues = defaultdict(dict)
    columns = (IndicatorMonth.employee_id, IndicatorMonth.month, IndicatorMonth.indicator_id)
    columns += (IndicatorMonth.value, IndicatorMonth.day_count)
    wanted = set(employee_ids)
    whole = len(employee_ids) > WHOLE_CENTER
    for chunk in [None] if whole else _chunks(employee_ids):
        query = select(*columns).where(IndicatorMonth.month.in_(months))
        if chunk is not None:
            query = query.where(IndicatorMonth.employee_id.in_(chunk))
        for employee_id, month, indicator_id, value, day_count in session.execute(query):
            if employee_id in wanted:
                found[employee_id, month][indicator_id] = (value, day_count)
    return found


def month_days(months: Iterable[str]) -> list[date]:
    """Every day of the months."""
    days = []
    for month in months:
        period = month_period(month)
        days += [date.fromordinal(ordinal) for ordinal in range(period.start.toordinal(), period.end.toordinal() + 1)]
    return days


def _figure(aggregation: str, total: float, count: int, weighed: float, weights: float) -> float:
    if aggregation == SUM:
        return total
    if aggregation == WEIGHTED and weights:
        return weighed / weights
    return total / count


def figures_of_days(
    indicators: Sequence[IndicatorRecord],
    days: Mapping[tuple[int, date], Mapping[int, float]],
    period_of: Callable[[date], str] = month_of,
) -> MonthValues:
    """Each agent's figure of each indicator over a period (a month, or a week with
    `period_of` = week_of) from their days: (employee, period) -> indicator id ->
    (value, days counted)."""
    aggregation = {record.id: record.aggregation for record in indicators}
    ids = {record.key: record.id for record in indicators}
    weight_of = {record.id: ids.get(record.weight_key) for record in indicators if record.aggregation == WEIGHTED}
    period_names: dict[date, str] = {}
    # (employee, period) -> indicator id -> [total, days, weighted total, weights]: lists,
    # not objects, for the three quarters of a million values of a center's month.
    sums: dict[tuple[int, str], dict[int, list]] = {}
    for (employee_id, day), values in days.items():
        period = period_names.get(day) or period_names.setdefault(day, period_of(day))
        group = sums.get((employee_id, period))
        if group is None:
            group = sums[employee_id, period] = {}
        for indicator_id, value in values.items():
            figure = group.get(indicator_id)
            if figure is None:
                figure = group[indicator_id] = [0.0, 0, 0.0, 0.0]
            figure[0] += value
            figure[1] += 1
            weight_id = weight_of.get(indicator_id)
            if weight_id is not None:
                weight = values.get(weight_id)
                if weight:
                    figure[2] += value * weight
                    figure[3] += weight
    return {
        key: {
            indicator_id: (_figure(aggregation.get(indicator_id, MEAN), *figure), figure[1])
            for indicator_id, figure in group.items()
        }
        for key, group in sums.items()
    }


def update_months(session: Session, indicators: Sequence[IndicatorRecord], days: DayValues) -> int:
    """Work out again the months of the agents and months `days` holds (every stored day
    of them, as they now are) and write those that changed; a month a sheet gave as a
    whole stands. Returns how many were written."""
    worked_out = figures_of_days(indicators, days)
    stored = read_months(session, (key[0] for key in worked_out), (key[1] for key in worked_out))
    changed = []
    for (employee_id, month), figures in worked_out.items():
        before = stored.get((employee_id, month), {})
        for indicator_id, (value, count) in figures.items():
            old = before.get(indicator_id)
            if old is not None and (old[1] is None or old == (value, count)):
                continue
            changed.append((month, employee_id, indicator_id, value, count))
    write_months(session, changed)
    return len(changed)
