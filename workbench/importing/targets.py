"""Importing targets from a sheet: a row per team (班组; blank or 全中心 for the center's
default), a column per indicator as the exports name them, the month from a 月份 column or
given by the caller. Values are read as the indicator imports read them; a blank cell
leaves that target as it is; any bad cell means nothing is written."""

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select

from workbench.db.engine import Database
from workbench.db.models import Team
from workbench.errors import UserError
from workbench.importing.cleaning import clean_text
from workbench.importing.growth import parse_month
from workbench.importing.indicator_cells import IndicatorCells, header_of
from workbench.importing.problems import ProblemList, RowProblem, SheetReport, describe_problems
from workbench.importing.sheet import Column, SheetTable, read_table
from workbench.indicator_targets import TargetRow, check_target_month, count_changes, write_targets
from workbench.indicators import IndicatorRecord, catalogue_in
from workbench.texts import t

Progress = Callable[[int, int], None]

TARGET_COLUMNS = (
    Column("team", ("班组", "组别", "所属班组", "班组名称", "小组", "团队", "team", "group")),
    Column("month", ("月份", "目标月份", "考核月份", "统计月份", "年月", "month")),
)
# A row for the whole center: its targets are the defaults of every team.
CENTER_WORDS = ("全中心", "中心", "默认", "全部班组", "所有班组", "center", "default", "all teams")


@dataclass(frozen=True, slots=True)
class TargetSheetRow:
    row: int
    team: str | None  # None: the center's default
    month: str
    values: list[float | None]


@dataclass
class ParsedTargets:
    table: SheetTable
    indicators: list[IndicatorRecord]
    rows: list[TargetSheetRow]
    problems: ProblemList


@dataclass
class TargetImportReport(SheetReport):
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    months: list[str] = field(default_factory=list)

    def summary(self) -> str:
        return t(
            "indicator_targets.summary",
            added=self.added,
            updated=self.updated,
            unchanged=self.unchanged,
            months="、".join(self.months) or "—",
        )

    def to_json(self) -> dict:
        return super().to_json(added=self.added, updated=self.updated, unchanged=self.unchanged)


def parse_targets(
    database: Database,
    path: Path,
    month: str | None = None,
    progress: Progress | None = None,
    column_map: Mapping[str, str] | None = None,
) -> ParsedTargets:
    path = Path(path)
    if month is not None:
        check_target_month(month)
    with database.sessions() as session:
        known = catalogue_in(session)
    columns = (*TARGET_COLUMNS, *(Column(record.key, record.headers) for record in known))
    table = read_table(path, columns, progress, column_map, needs=(tuple(record.key for record in known),))
    if month is None and "month" not in table.column_of:
        raise UserError(f"{path.name}：{t('growth_import.no_month')}")
    read = sorted((record for record in known if record.key in table.column_of), key=lambda r: table.column_of[r.key])
    cells = IndicatorCells(table, read)
    problems = ProblemList()
    rows = []
    for sheet_row in table.rows:
        values = cells.read(sheet_row.number, sheet_row.values, problems)
        row_month = month
        if sheet_row.values.get("month") is not None:
            try:
                row_month = check_target_month(parse_month(sheet_row.values["month"]))
            except (ValueError, UserError) as error:
                problems.append(
                    RowProblem(sheet_row.number, table.column_letter("month"), header_of(table, "month"), str(error))
                )
                continue
        if row_month is None:
            problems.append(
                RowProblem(
                    sheet_row.number,
                    table.column_letter("month"),
                    header_of(table, "month"),
                    t("growth_import.no_month"),
                )
            )
            continue
        team = clean_text(sheet_row.values.get("team"))
        team = None if team is None or team.lower() in CENTER_WORDS else team
        rows.append(TargetSheetRow(sheet_row.number, team, row_month, values))
    cells.finish([row.values for row in rows])
    return ParsedTargets(table, read, rows, problems)


def _place(session, parsed: ParsedTargets, report: TargetImportReport) -> list[TargetRow]:
    table = parsed.table
    teams = dict(session.execute(select(Team.name, Team.id)).all())
    first_row: dict[tuple, int] = {}
    targets: list[TargetRow] = []
    column = "team" if "team" in table.column_of else parsed.indicators[0].key
    for row in parsed.rows:
        if row.team is not None and row.team not in teams:
            message = t("indicator_targets.unknown_team", team=row.team)
            report.problems.append(RowProblem(row.row, table.column_letter(column), header_of(table, column), message))
            continue
        key = (row.team, row.month)
        if key in first_row:
            message = t(
                "indicator_targets.duplicate",
                team=row.team or t("monthly.whole_center"),
                month=row.month,
                first=first_row[key],
            )
            report.problems.append(RowProblem(row.row, table.column_letter(column), header_of(table, column), message))
            continue
        first_row[key] = row.row
        team_id = teams.get(row.team) if row.team is not None else None
        for record, value in zip(parsed.indicators, row.values, strict=True):
            if value is not None:
                targets.append((record.id, team_id, row.month, value))
    report.months = sorted({month for _, _, month, _ in targets})
    report.added, report.updated, report.unchanged = count_changes(session, targets)
    report.sort_problems()
    return targets


def preview_target_import(database: Database, parsed: ParsedTargets) -> TargetImportReport:
    report = TargetImportReport.of(parsed.table, parsed.problems)
    with database.sessions() as session:
        _place(session, parsed, report)
    return report


def apply_target_import(database: Database, parsed: ParsedTargets, set_by: int | None = None) -> TargetImportReport:
    """Set the targets in one transaction; all or nothing."""
    report = TargetImportReport.of(parsed.table, parsed.problems)
    with database.sessions.begin() as session:
        targets = _place(session, parsed, report)
        if not report.ok:
            raise UserError(describe_problems(report.file, report.problems))
        write_targets(session, targets, set_by)
    report.applied = True
    return report
