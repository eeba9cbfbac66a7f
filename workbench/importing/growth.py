"""Importing the score sheets QA and training already produce into the growth diary:
质检成绩, 满意度 and the weekly tests (周考), per employee and month.

Rules: the employee is found by 工号 (checked against the name when the sheet has one), or
by name when exactly one person has it; the month is the row's 月份, else the one the
caller gives; only the score columns the sheet has are changed, and a blank cell leaves
its score as it is (a QA sheet never wipes the weekly tests); importing the same sheet
again updates the same entries; any bad row means nothing is written.
"""

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import insert, select

from workbench.db.engine import Database
from workbench.db.models import utc_now
from workbench.db.practice_models import GrowthRecord
from workbench.errors import UserError
from workbench.growth import SCORE_FIELDS, check_month, parse_score
from workbench.importing.cleaning import clean_name, clean_text, parse_date, parse_employee_no
from workbench.importing.numbers import RosterPeople
from workbench.importing.problems import ProblemList, RowProblem, SheetReport, describe_problems
from workbench.importing.roster import FieldChange
from workbench.importing.sheet import Column, SheetTable, read_table
from workbench.periods import month_of
from workbench.texts import t

Progress = Callable[[int, int], None]

_WEEK_NUMERALS = "一二三四五"


def _week_aliases(number: int) -> tuple[str, ...]:
    numeral = _WEEK_NUMERALS[number - 1]
    forms = []
    for week in (f"第{number}周", f"第{numeral}周"):
        forms += [week, f"{week}周考", f"{week}成绩", f"{week}周考成绩", f"{week}考试"]
    forms += [
        f"周考{number}",
        f"周考{numeral}",
        f"周考第{number}周",
        f"第{number}次周考",
        f"week {number}",
        f"w{number}",
    ]
    return tuple(forms)


SCORE_COLUMNS = (
    Column(
        "employee_no",
        (
            "工号",
            "员工工号",
            "员工编号",
            "员工号",
            "坐席工号",
            "人员编号",
            "职工号",
            "employee id",
            "employee no",
            "staff id",
        ),
        keeps_zeros=True,
    ),
    Column("name", ("姓名", "员工姓名", "坐席姓名", "名字", "name", "employee name"), required=True),
    Column("month", ("月份", "考核月份", "统计月份", "月度", "年月", "month")),
    Column(
        "qa_score",
        ("质检成绩", "质检得分", "质检分数", "质检分", "质检", "质检平均分", "qa", "qa score", "quality score"),
    ),
    Column("satisfaction", ("满意度", "客户满意度", "满意率", "客户满意率", "满意度得分", "satisfaction", "csat")),
    *(Column(f"week_{number}", _week_aliases(number)) for number in range(1, 6)),
)

_MONTH_PATTERNS = (
    re.compile(r"^(\d{4})[-/.年](\d{1,2})(?:月|[-/.](\d{1,2})日?)?(?:[ T].*)?$"),  # 2026-10, 2026年10月, 2026/10/31
    re.compile(r"^(\d{4})(\d{2})$"),  # 202610
)


def parse_month(value) -> str | None:
    """A month as sheets give it: 2026-10, 2026/10, 2026年10月, 202610, or any date in it."""
    if value is None:
        return None
    if isinstance(value, (date, datetime)):
        return month_of(value if isinstance(value, date) else value.date())
    if isinstance(value, (int, float)) and not isinstance(value, bool) and float(value).is_integer():
        if 190001 <= value <= 299912:
            value = str(int(value))
        else:
            try:
                return month_of(parse_date(value))
            except ValueError:
                raise ValueError(t("growth_import.bad_month", value=value)) from None
    text = clean_text(value)
    if text is None:
        return None
    for pattern in _MONTH_PATTERNS:
        match = pattern.match(text)
        if match and 1 <= int(match.group(2)) <= 12:
            return f"{int(match.group(1)):04d}-{int(match.group(2)):02d}"
    raise ValueError(t("growth_import.bad_month", value=value))


_PARSERS: dict[str, Callable] = {
    "employee_no": parse_employee_no,
    "name": clean_name,
    "month": parse_month,
    "satisfaction": lambda value: parse_score(value, percent=True),
    **{name: parse_score for name in SCORE_FIELDS if name != "satisfaction"},
}


@dataclass(frozen=True)
class ScoreRow:
    row: int
    values: dict[str, object]  # only the fields that had a value


@dataclass
class ParsedScores:
    table: SheetTable
    rows: list[ScoreRow]
    problems: list[RowProblem]
    month: str | None  # for rows without a 月份 of their own

    @property
    def score_fields(self) -> list[str]:
        return [name for name in SCORE_FIELDS if name in self.table.column_of]


@dataclass(frozen=True)
class ScoreChange:
    row: int
    employee_no: str
    name: str
    month: str
    changes: tuple[FieldChange, ...]  # old → new of each score the row sets


@dataclass
class ScoreImportReport(SheetReport):
    added: list[ScoreChange] = field(default_factory=list)
    updated: list[ScoreChange] = field(default_factory=list)
    unchanged: int = 0
    months: list[str] = field(default_factory=list)

    def summary(self) -> str:
        return t(
            "growth_import.summary",
            added=len(self.added),
            updated=len(self.updated),
            unchanged=self.unchanged,
            months="、".join(self.months) or "—",
        )

    def to_json(self) -> dict:
        return super().to_json(added=len(self.added), updated=len(self.updated), unchanged=self.unchanged)


def parse_scores(
    path: Path,
    month: str | None = None,
    progress: Progress | None = None,
    column_map: Mapping[str, str] | None = None,
) -> ParsedScores:
    """Read a score sheet. `month` is for rows without a 月份 (a sheet of one month)."""
    path = Path(path)
    if month is not None:
        check_month(month)
    table = read_table(path, SCORE_COLUMNS, progress, column_map)
    if not any(name in table.column_of for name in SCORE_FIELDS):
        raise UserError(t("growth_import.no_scores", path=path.name))
    if month is None and "month" not in table.column_of:
        raise UserError(f"{path.name}：{t('growth_import.no_month')}")
    rows, problems = [], ProblemList()
    for sheet_row in table.rows:
        values = {}
        for name, raw in sheet_row.values.items():
            try:
                value = _PARSERS[name](raw)
            except ValueError as error:
                problems.append(
                    RowProblem(sheet_row.number, table.column_letter(name), _label(table, name), str(error))
                )
                continue
            if value is not None:
                values[name] = value
        rows.append(ScoreRow(sheet_row.number, values))
    return ParsedScores(table=table, rows=rows, problems=problems, month=month)


def _label(table: SheetTable, name: str) -> str:
    """The column as the sheet's own header names it: what the user will look for."""
    return table.header_keys[name]


def _compare(session, parsed: ParsedScores, report: ScoreImportReport):
    """Yield (existing record or None, employee id, month, scores) for each row that
    changes something; fill the report, its problems included."""
    table = parsed.table
    people = RosterPeople(session)
    placed = []
    first_row: dict[tuple[int, str], int] = {}
    failed_rows = {problem.row for problem in parsed.problems}

    def problem(row: int, name: str, message: str) -> None:
        column = name if name in table.column_of else "name"
        report.problems.append(RowProblem(row, table.column_letter(column), _label(table, column), message))

    for row in parsed.rows:
        values = row.values
        person, trouble = people.find(values.get("employee_no"), values.get("name"))
        if person is None:
            if row.row not in failed_rows:
                problem(row.row, *trouble)
            continue
        month = values.get("month", parsed.month)
        if month is None:
            problem(row.row, "month", t("growth_import.no_month"))
            continue
        try:
            check_month(month)
        except UserError as error:
            problem(row.row, "month", str(error))
            continue
        key = (person.id, month)
        if key in first_row:
            problem(row.row, "name", t("growth_import.duplicate", name=person.name, month=month, first=first_row[key]))
            continue
        first_row[key] = row.row
        scores = {name: values[name] for name in SCORE_FIELDS if name in values}
        if scores:
            placed.append((row.row, person, month, scores))
    if not placed:
        return
    months = sorted({month for _, _, month, _ in placed})
    report.months = months
    ids = {person.id for _, person, _, _ in placed}
    existing = {
        (record.employee_id, record.month): record
        for record in session.scalars(select(GrowthRecord).where(GrowthRecord.month.in_(months)))
        if record.employee_id in ids
    }
    for number, person, month, scores in placed:
        record = existing.get((person.id, month))
        old = {name: getattr(record, name) if record else None for name in scores}
        changes = tuple(FieldChange(name, old[name], new) for name, new in scores.items() if old[name] != new)
        change = ScoreChange(number, person.employee_no, person.name, month, changes)
        if record is None:
            report.added.append(change)
        elif changes:
            report.updated.append(change)
        else:
            report.unchanged += 1
            continue
        yield record, person.id, month, scores


def _sorted(report: ScoreImportReport) -> ScoreImportReport:
    report.sort_problems()
    return report


def preview_score_import(database: Database, parsed: ParsedScores) -> ScoreImportReport:
    """What importing would change, without writing anything."""
    report = ScoreImportReport.of(parsed.table, parsed.problems)
    with database.sessions() as session:
        for _ in _compare(session, parsed, report):
            pass
    return _sorted(report)


def apply_score_import(database: Database, parsed: ParsedScores, author_id: int | None = None) -> ScoreImportReport:
    """Write the scores in one transaction (compared again inside it); all or nothing.
    New entries are credited to `author_id`, the leader importing."""
    report = ScoreImportReport.of(parsed.table, parsed.problems)
    with database.sessions.begin() as session:
        changes = list(_compare(session, parsed, report))
        if not report.ok:
            raise UserError(describe_problems(report.file, _sorted(report).problems))
        new_rows = []
        now = utc_now()
        for record, employee_id, month, scores in changes:
            if record is None:
                row = dict.fromkeys(SCORE_FIELDS) | scores
                new_rows.append(
                    {"employee_id": employee_id, "month": month, "author_id": author_id, "updated_at": now, **row}
                    | {"growth_plan": "", "evaluation": "", "advice": ""}
                )
            else:
                for name, value in scores.items():
                    setattr(record, name, value)
        if new_rows:
            # One multi-row INSERT: QA's sheet for a whole center is thousands of rows.
            session.execute(insert(GrowthRecord), new_rows)
    report.applied = True
    return report
