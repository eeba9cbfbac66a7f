"""Importing the daily and monthly exports of the call-center (ACD) and QA systems: a row per
agent (per day when the sheet has a date column, else for the month the sheet or the
caller gives), a column per indicator of the center's catalogue, known by its name or any
of its other headers.

Rules, as the roster's: title rows and a total row (合计, 总计, 全组平均 …) are skipped;
agents are found by 工号 (1234 is the roster's 001234 when the name agrees) or by a name
only one person has; every cell that cannot be read is named by its row and column, and
then nothing is written; a blank cell leaves the stored value as it is; the same file a
second time adds nothing, and a corrected one changes what it corrects."""

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sqlalchemy import select

from workbench.db.engine import Database
from workbench.db.models import Team
from workbench.errors import UserError
from workbench.growth import check_month
from workbench.importing.cleaning import clean_name, clean_text, parse_date, parse_employee_no
from workbench.importing.growth import parse_month
from workbench.importing.indicator_cells import IndicatorCells, header_of
from workbench.importing.people_lookup import RosterLookup
from workbench.importing.problems import ProblemList, RowProblem, SheetReport, describe_problems
from workbench.importing.sheet import Column, SheetTable, read_table
from workbench.indicator_values import month_days, read_days, read_months, update_months, write_days, write_months
from workbench.indicators import IndicatorRecord, catalogue_in
from workbench.periods import month_of
from workbench.texts import t

Progress = Callable[[int, int], None]

PERSON_COLUMNS = (
    Column(
        "employee_no",
        (
            "工号",
            "员工工号",
            "坐席工号",
            "座席工号",
            "话务员工号",
            "员工编号",
            "人员编号",
            "职工号",
            "坐席号",
            "agent id",
            "employee id",
            "employee no",
            "staff id",
        ),
        keeps_zeros=True,
    ),
    Column("name", ("姓名", "员工姓名", "坐席姓名", "座席姓名", "坐席名称", "话务员", "name", "agent", "agent name")),
    Column("team", ("班组", "组别", "所属班组", "班组名称", "小组", "团队", "team", "group")),
)
PERIOD_COLUMNS = (
    Column("day", ("日期", "统计日期", "业务日期", "话务日期", "工作日期", "date", "day")),
    Column("month", ("月份", "统计月份", "考核月份", "年月", "month")),
)
# A row of no one: the sheet's total or a team's (the reader already skips rows that start so).
TOTAL_WORDS = ("合计", "总计", "小计", "汇总", "平均", "全组", "全中心")
TOTAL = "\x00total"  # a total row's 工号 cell, told apart from any 工号


class MonthNeeded(UserError):
    """A monthly sheet without a month column, read without a month: the caller asks for one."""


@dataclass(frozen=True, slots=True)
class ValueRow:
    row: int
    employee_no: str | None
    name: str | None
    team: str | None
    period: date | str  # a day, or a month (YYYY-MM)
    values: list[float | None]  # one per indicator read, in the stored unit


@dataclass
class ParsedIndicators:
    table: SheetTable
    indicators: list[IndicatorRecord]  # those the sheet has a column of, in its column order
    rows: list[ValueRow]
    problems: ProblemList
    daily: bool
    totals_skipped: list[int] = field(default_factory=list)  # Excel rows


@dataclass
class IndicatorImportReport(SheetReport):
    """Counts are of values: an agent's day (or month) of one indicator."""

    daily: bool = True
    indicators: list[str] = field(default_factory=list)
    people: int = 0
    first: str = ""  # the first and last day (or month) the sheet holds
    last: str = ""
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    totals_skipped: list[int] = field(default_factory=list)

    def summary(self) -> str:
        span = self.first if self.first == self.last else f"{self.first} – {self.last}"
        return t(
            "indicator_import.summary_daily" if self.daily else "indicator_import.summary_monthly",
            people=self.people,
            span=span or "—",
            indicators="、".join(self.indicators),
            added=self.added,
            updated=self.updated,
            unchanged=self.unchanged,
        )

    def to_json(self) -> dict:
        return super().to_json(added=self.added, updated=self.updated, unchanged=self.unchanged)


def _is_total(name) -> bool:
    text = clean_text(name) if isinstance(name, str) else None
    return text is not None and any(word in text for word in TOTAL_WORDS)


def parse_indicators(
    database: Database,
    path: Path,
    month: str | None = None,
    progress: Progress | None = None,
    column_map: Mapping[str, str] | None = None,
) -> ParsedIndicators:
    """Read an export. `month` is for a sheet without dates or months of its own; with a
    date column every day must fall in it."""
    path = Path(path)
    if month is not None:
        check_month(month)
    with database.sessions() as session:
        known = catalogue_in(session)
    columns = (*PERSON_COLUMNS, *PERIOD_COLUMNS, *(Column(record.key, record.headers) for record in known))
    needs = (("employee_no", "name"), tuple(record.key for record in known))
    table = read_table(path, columns, progress, column_map, needs)
    read = sorted((record for record in known if record.key in table.column_of), key=lambda r: table.column_of[r.key])
    daily = "day" in table.column_of
    if not daily and month is None and "month" not in table.column_of:
        raise MonthNeeded(t("indicator_import.no_period", path=path.name))
    problems = ProblemList()
    rows: list[ValueRow] = []
    totals: list[int] = []
    indicator_cells = IndicatorCells(table, read)
    # A sheet names each agent and day on many rows: each is cleaned once.
    periods: dict[object, date | str] = {}
    names: dict[object, str | None] = {}
    teams: dict[object, str | None] = {}
    numbers: dict[object, tuple[str | None, str | None]] = {}  # raw -> (工号, what is wrong with it)

    def problem(row: int, name: str, message: str) -> None:
        problems.append(RowProblem(row, table.column_letter(name), header_of(table, name), message))

    for sheet_row in table.rows:
        cells, number = sheet_row.values, sheet_row.number
        values = indicator_cells.read(number, cells, problems)
        raw_no, raw_name = cells.get("employee_no"), cells.get("name")
        name = names[raw_name] if raw_name in names else names.setdefault(raw_name, clean_name(raw_name))
        if raw_no not in numbers:
            numbers[raw_no] = _employee_no(raw_no)
        employee_no, trouble = numbers[raw_no]
        if employee_no == TOTAL or (raw_no is None and _is_total(name)):
            totals.append(number)
            continue
        if trouble is not None:
            problem(number, "employee_no", trouble)
            continue
        if values.count(None) == len(values):
            continue  # nothing to import for this agent
        period, trouble = _period(cells, daily, month, periods)
        if trouble is not None:
            problem(number, *trouble)
            continue
        raw_team = cells.get("team")
        team = teams[raw_team] if raw_team in teams else teams.setdefault(raw_team, clean_text(raw_team))
        rows.append(ValueRow(number, employee_no, name, team, period, values))
    indicator_cells.finish([row.values for row in rows])
    return ParsedIndicators(table, read, rows, problems, daily, totals)


def _employee_no(raw) -> tuple[str | None, str | None]:
    """(工号, None), (TOTAL, None) for a total row's label in the 工号 column, or (None, what is wrong)."""
    if _is_total(raw):
        return TOTAL, None
    try:
        return parse_employee_no(raw), None
    except ValueError as error:
        return None, str(error)


def _period(cells, daily: bool, month: str | None, seen: dict) -> tuple[date | str | None, tuple[str, str] | None]:
    """The row's day (daily sheets) or month, or (field, what is wrong with it)."""
    name = "day" if daily else "month"
    raw = cells.get(name)
    if raw is None:
        if daily or month is None:
            return None, (name, t("indicator_import.no_day" if daily else "growth_import.no_month"))
        return month, None
    if raw in seen:
        period = seen[raw]
    else:
        try:
            period = parse_date(raw, allow_future=False) if daily else parse_month(raw)
        except ValueError as error:
            return None, (name, str(error))
        seen[raw] = period
    if month is not None and (month_of(period) if daily else period) != month:
        return None, (name, t("indicator_import.other_month", value=period, month=month))
    return period, None


# comparing with the database and writing ---------------------------------------------


@dataclass
class _Plan:
    """What the import would write: for a daily sheet the agents' days as they will be
    (stored, with the sheet's on top: their months are worked out again from them) and
    which of them change; for a monthly sheet the months' values."""

    days: dict = field(default_factory=dict)  # (employee, day) -> indicator id -> value
    changed: list = field(default_factory=list)  # (employee, day)
    months: list = field(default_factory=list)  # (month, employee, indicator id, value, None)


def _compare(session, parsed: ParsedIndicators, report: IndicatorImportReport, planning: bool = True) -> _Plan:
    """Fill the report (people, counts, problems) and, `planning`, say what to write."""
    table = parsed.table
    people = RosterLookup(session)
    team_names = set(session.scalars(select(Team.name)))
    identity = {table.column_letter(name) for name in ("employee_no", "name") if name in table.column_of}
    failed = {problem.row for problem in parsed.problems if problem.column in identity}  # said once is enough
    found: dict[tuple, tuple] = {}  # (工号, 姓名, 班组) as written -> (person, trouble)
    first_row: dict[tuple[int, object], int] = {}
    placed: list[tuple[int, ValueRow]] = []

    def problem(row: int, name: str, message: str) -> None:
        column = name if name in table.column_of else ("employee_no" if "employee_no" in table.column_of else "name")
        report.problems.append(RowProblem(row, table.column_letter(column), header_of(table, column), message))

    for row in parsed.rows:
        if row.employee_no is None and row.name in team_names:
            report.totals_skipped.append(row.row)  # a team's subtotal, named by the team
            continue
        identity = (row.employee_no, row.name, row.team)
        if identity not in found:
            found[identity] = people.find(*identity)
        person, trouble = found[identity]
        if person is None:
            if row.row not in failed:
                problem(row.row, *trouble)
            continue
        key = (person.id, row.period)
        if key in first_row:
            problem(
                row.row,
                "day" if parsed.daily else "name",
                t("indicator_import.duplicate", name=person.name, period=row.period, first=first_row[key]),
            )
            continue
        first_row[key] = row.row
        placed.append((person.id, row))
    report.people = len({person for person, _ in placed})
    periods = sorted({row.period for _, row in placed})
    if periods:
        report.first, report.last = str(periods[0]), str(periods[-1])
    if not report.ok or not placed:
        return _Plan()
    ids = [record.id for record in parsed.indicators]
    employees = {person for person, _ in placed}
    if parsed.daily:
        months = {month_of(day) for day in periods}
        stored = read_days(session, employees, month_days(months))
    else:
        stored = read_months(session, employees, periods)
    plan = _Plan(days=stored if parsed.daily else {})
    for person, row in placed:
        key = (person, row.period)
        before = stored.get(key)
        if before is None and parsed.daily:  # a new day, as a new month's import is throughout
            report.added += len(row.values) - row.values.count(None)
            if planning:
                plan.days[key] = {id: value for id, value in zip(ids, row.values, strict=True) if value is not None}
                plan.changed.append(key)
            continue
        after = plan.days.setdefault(key, {}) if parsed.daily else None
        changed = False
        for indicator_id, value in zip(ids, row.values, strict=True):
            if value is None:
                continue
            old = before.get(indicator_id) if before else None
            if parsed.daily:
                after[indicator_id] = value
                given = True
            elif old is not None:
                old, given = old[0], old[1] is None  # a month worked out from days becomes the sheet's
            if old is None:
                report.added += 1
            elif old != value:
                report.updated += 1
            else:
                report.unchanged += 1
                if given:
                    continue
            changed = True
            if not parsed.daily:
                plan.months.append((row.period, person, indicator_id, value, None))
        if changed and parsed.daily:
            plan.changed.append(key)
    return plan


def _report(parsed: ParsedIndicators) -> IndicatorImportReport:
    report = IndicatorImportReport.of(parsed.table, parsed.problems)
    report.daily = parsed.daily
    report.indicators = [record.label for record in parsed.indicators]
    report.totals_skipped = list(parsed.totals_skipped)
    return report


def preview_indicator_import(database: Database, parsed: ParsedIndicators) -> IndicatorImportReport:
    """What importing would change, without writing anything."""
    report = _report(parsed)
    with database.sessions() as session:
        _compare(session, parsed, report, planning=False)
    report.sort_problems()
    return report


def apply_indicator_import(database: Database, parsed: ParsedIndicators) -> IndicatorImportReport:
    """Write the values in one transaction (compared again inside it), and work out again
    the months of the agents whose days changed; all or nothing."""
    report = _report(parsed)
    with database.sessions.begin() as session:
        plan = _compare(session, parsed, report)
        if not report.ok:
            report.sort_problems()
            raise UserError(describe_problems(report.file, report.problems))
        if parsed.daily:
            write_days(session, ((person, day, plan.days[person, day]) for person, day in plan.changed))
            month = {day: month_of(day) for _, day in plan.days}
            changed = {(person, month[day]) for person, day in plan.changed}
            days = {key: values for key, values in plan.days.items() if (key[0], month[key[1]]) in changed}
            update_months(session, catalogue_in(session, include_retired=True), days)
        else:
            write_months(session, plan.months)
    report.applied = True
    return report
