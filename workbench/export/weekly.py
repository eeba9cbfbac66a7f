"""The weekly 通报: one sheet ranking a team's agents on the chosen indicators against target,
ready to post in the team's chat. Agents are ranked by the first indicator (best first by
its direction); each figure is green when it meets the target, red when it misses it, with
the change against the agent's own previous three weeks; the team's line and the targets
close the table."""

from collections.abc import Sequence
from pathlib import Path

from openpyxl import Workbook

from workbench.db.engine import Database
from workbench.errors import UserError
from workbench.export.sheets import (
    MET_FONT,
    MISSED_FONT,
    PERCENT_FORMAT,
    SECONDS_FORMAT,
    make_folder_for,
    save_atomically,
    set_properties,
    write_table,
)
from workbench.indicator_figures import AgentFigures, TeamPeriod, team_period
from workbench.indicators import HIGHER, RATE, SECONDS, IndicatorRecord
from workbench.texts import t


def suggested_name(team: str, week: str) -> str:
    """服务一组_2026-W44_周通报.xlsx"""
    return t("weekly.file_name", team=team, week=week)


def _chosen(week: TeamPeriod, keys: Sequence[str] | None) -> list[IndicatorRecord]:
    if not keys:
        return week.indicators
    known = {record.key: record for record in week.indicators}
    missing = [key for key in keys if key not in known]
    if missing:
        raise UserError(t("weekly.no_numbers", indicators="、".join(missing), week=week.period))
    return [known[key] for key in keys]


def _ranked(agents: list[AgentFigures], first: IndicatorRecord) -> list[AgentFigures]:
    """Best first by the first indicator; those without it last."""
    having = [agent for agent in agents if first.key in agent.values]
    having.sort(key=lambda agent: agent.values[first.key], reverse=first.direction == HIGHER)
    return having + [agent for agent in agents if first.key not in agent.values]


def export_weekly(
    database: Database,
    week: str,
    team: str,
    path: Path,
    keys: Sequence[str] | None = None,
    ranked_by: str | None = None,
) -> TeamPeriod:
    """Write the team's week (2026-W44) to `path`; `keys` picks and orders the indicators
    (default: every one with numbers that week); `ranked_by` moves one of them first, to
    rank by (the one the 指标 page is sorted by; left as it is when the week has none)."""
    make_folder_for(path)
    figures = team_period(database, week, team)
    chosen = sorted(_chosen(figures, keys), key=lambda record: record.key != ranked_by)  # stable
    if not chosen:
        raise UserError(t("weekly.no_days", week=figures.period))
    headers = [t("weekly.column.rank"), t("field.employee_no"), t("field.name")]
    for record in chosen:
        headers += [record.label, t("weekly.column.change")]
    rows, verdicts = [], []
    for rank, agent in enumerate(_ranked(figures.agents, chosen[0]), start=1):
        row = [rank if chosen[0].key in agent.values else None, agent.employee_no, agent.name]
        for record in chosen:
            value = agent.values.get(record.key)
            target = figures.figures[record.key].target
            verdicts.append(record.is_met(value, target.value if target else None))
            row += [value, agent.changes.get(record.key)]
        rows.append(row)
    team_row = [None, None, t("weekly.team")]
    target_row = [None, None, t("weekly.target")]
    for record in chosen:
        figure = figures.figures[record.key]
        verdicts.append(figure.met)
        team_row += [figure.value, None]
        target_row += [figure.target.value if figure.target else None, None]
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = t("weekly.sheet")
    span = f"{figures.span.start:%m-%d}–{figures.span.end:%m-%d}"
    title = t("weekly.title", team=team, week=figures.period, span=span)
    header_row = write_table(sheet, headers, [*rows, team_row, target_row], [6, 10, 10] + [11, 9] * len(chosen), title)
    _format(sheet, header_row, chosen, verdicts, len(rows) + 2)
    set_properties(workbook, title, subject=t("weekly.subject"))
    save_atomically(workbook, path)
    return figures


def _format(sheet, header_row: int, chosen: list[IndicatorRecord], verdicts: list, count: int) -> None:
    """Number formats by unit; each figure green or red against its target."""
    verdicts = iter(verdicts)
    for line in range(count):
        cells = sheet[header_row + 1 + line]
        for index, record in enumerate(chosen):
            value_cell, change_cell = cells[3 + 2 * index], cells[4 + 2 * index]
            value_cell.number_format = change_cell.number_format = (
                PERCENT_FORMAT if record.unit == RATE else SECONDS_FORMAT if record.unit == SECONDS else "General"
            )
            if line < count - 1:  # the targets' own line is not measured against itself
                met = next(verdicts)
                if met is not None:
                    value_cell.font = MET_FONT if met else MISSED_FONT
