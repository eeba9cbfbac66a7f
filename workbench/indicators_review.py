"""The team's numbers in the monthly review (概览's 班组指标 table, the `_meta` figures, the
指标 sheet of each agent's month) and in the center roll-up (the teams' figures on their
rows). A whole-center review carries the center's figures. Numbers are not text: search
finds nothing here.

`_meta` keys, for each indicator with numbers in the month: indicator_<key> (the team's
figure, in the unit the workbench stores: a rate as a fraction, a duration in seconds),
indicator_<key>_name, _unit and _aggregation (so a roll-up needs no database to label,
format and total it), _target and _met (1 or 0; both absent without a target), and
_change (against the month before; absent without one, and for a total such as 接通量
while the month still runs). The first reviews with numbers carried only the figure,
_target and _met, with rates in percent points: the roll-up still reads them."""

from collections.abc import Iterator, Sequence
from datetime import date

from workbench.catalog.indicators import TEXTS
from workbench.cells import FigureCell, TotalRow
from workbench.db.engine import Database
from workbench.found import FoundRecord
from workbench.indicator_figures import TeamFigure, TeamPeriod, team_period, team_trend
from workbench.indicators import RATE, SECONDS, SHIPPED, SUM
from workbench.periods import month_period
from workbench.practices import RollupColumn
from workbench.texts import language, t

PREFIX = "indicator_"
NAME, UNIT, AGGREGATION = "_name", "_unit", "_aggregation"
TARGET, MET, CHANGE = "_target", "_met", "_change"
SUFFIXES = (NAME, UNIT, AGGREGATION, TARGET, MET, CHANGE)
ADDITIVE_FIGURES: tuple[str, ...] = ()  # rates are not added up: the roll-up's own columns show them
# The shipped rates and durations, for reviews that did not carry their unit.
_SHIPPED_UNITS = {"satisfaction": RATE, "first_contact_resolution": RATE, "transfer_rate": RATE, "handle_time": SECONDS}


def _number(value: float | None) -> float | int | None:
    """A figure as `_meta` keeps it: whole where it is, else to nine places (no float dust)."""
    if value is None:
        return None
    return int(value) if float(value).is_integer() else round(value, 9)


def month_figures(database: Database, scope) -> dict[str, object]:
    """Each indicator with numbers in the scope's month (`scope` is a
    workbench.monthly.Scope): the team's figure, its target and whether it is met, and the
    change against the month before (the team as it was then)."""
    trend = team_trend(database, scope.month, scope.team, count=2)
    running = month_period(scope.month).end >= date.today()
    shown = [(figures[1], figures[0]) for figures in trend.figures.values() if figures[1] is not None]
    shown.sort(key=lambda pair: (pair[0].indicator.position, pair[0].indicator.id or 0))  # the catalogue's order
    figures: dict[str, object] = {}
    for figure, before in shown:
        record, base = figure.indicator, f"{PREFIX}{figure.indicator.key}"
        figures[base] = _number(figure.value)
        figures[base + NAME], figures[base + UNIT] = record.name, record.unit
        figures[base + AGGREGATION] = record.aggregation
        if figure.target is not None:
            figures[base + TARGET] = _number(figure.target.value)
            figures[base + MET] = int(bool(figure.met))
        if _has_change(figure, before, running):
            figures[base + CHANGE] = _number(figure.value - before.value)
    return figures


def _has_change(figure: TeamFigure, before: TeamFigure | None, running: bool) -> bool:
    """A running month's total (接通量 of a few days) against a whole month would read as a collapse."""
    if before is None or before.value is None or figure.value is None:
        return False
    return not (running and figure.indicator.aggregation == SUM)


def indicator_keys(figures: dict[str, object]) -> list[str]:
    """The indicators a review's figures hold, in its order: those with a unit, or in the
    first reviews with numbers, every figure without a suffix."""
    found = [key[len(PREFIX) : -len(UNIT)] for key in figures if key.startswith(PREFIX) and key.endswith(UNIT)]
    if found:
        return found
    return [key.removeprefix(PREFIX) for key in figures if key.startswith(PREFIX) and not key.endswith(SUFFIXES)]


def display_name(key: str, name: str | None = None) -> str:
    """An indicator's name as the review shows it: a shipped one the center has not renamed
    in the user's language, the others as the center named them (or by their key)."""
    if key in SHIPPED:
        zh, en = TEXTS[f"indicator.name.{key}"]
        if name is None or name == zh:
            return zh if language() == "zh_CN" else en
    return name or key


def column_label(key: str, name: str | None, unit: str | None) -> str:
    """A column's header: the name, and for a duration its unit (a rate shows its own %)."""
    shown = display_name(key, name)
    return t("indicators.figure.unit_seconds", name=shown) if unit == SECONDS else shown


def _parts(key: str) -> tuple[str, str]:
    """(indicator key, suffix) of a figure's key."""
    key = key.removeprefix(PREFIX)
    for suffix in SUFFIXES:
        if key.endswith(suffix):
            return key.removesuffix(suffix), suffix
    return key, ""


def figure_label(key: str) -> str:
    if not key.startswith(PREFIX):
        raise KeyError(key)
    indicator, suffix = _parts(key)
    name = display_name(indicator)
    if not suffix:
        return column_label(indicator, None, _SHIPPED_UNITS.get(indicator))
    return t(f"indicators.figure.{suffix.removeprefix('_')}", name=name)


def summary_table(figures: dict[str, object]) -> tuple[str, list[str], list[list], set[str]]:
    """概览's table: each indicator's figure in its unit, its target (or 未设目标), met or
    missed in green or red, and the change against the month before; with the figures it
    shows, which the list of figures then leaves out. A month without numbers says so."""
    keys = indicator_keys(figures)
    if not keys:
        return t("indicators.figure.section"), [], [[t("indicators.none_this_month")]], set()
    rows = []
    for key in keys:
        base = f"{PREFIX}{key}"
        unit, met, target = figures.get(base + UNIT), figures.get(base + MET), figures.get(base + TARGET)
        verdict = None if met is None else bool(met)
        rows.append(
            [
                column_label(key, figures.get(base + NAME), unit),
                FigureCell(figures.get(base), unit, verdict),
                t("indicators.figure.no_target") if target is None else FigureCell(target, unit),
                None if verdict is None else FigureCell(t(f"indicators.figure.{'yes' if met else 'no'}"), met=verdict),
                FigureCell(figures.get(base + CHANGE), unit, change=True),
            ]
        )
    headers = [t(f"indicators.figure.column_{name}") for name in ("indicator", "value", "target", "met", "change")]
    shown = {key for key in figures if key.startswith(PREFIX)}
    return t("indicators.figure.section"), headers, rows, shown


def month_sheet(database: Database, scope) -> tuple[str, list[str], list[int], Iterator[tuple]]:
    """The sheet 指标: each agent's month of each indicator and its change against their
    own previous three months, then the team's line and the targets; each figure green or
    red against the target. The team column only for the whole center."""
    month = team_period(database, scope.month, scope.team)
    center = scope.team is None
    headers = [t("field.employee_no"), t("field.name"), *([t("field.team")] if center else [])]
    for record in month.indicators:
        name = display_name(record.key, record.name)
        headers += [column_label(record.key, record.name, record.unit), t("indicators.figure.agent_change", name=name)]
    widths = [10, 10, *([12] if center else [])] + [11, 11] * len(month.indicators)
    return t("indicators.sheet"), headers, widths, _sheet_rows(month, center)


def _sheet_rows(month: TeamPeriod, center: bool) -> Iterator[tuple]:
    if not month.indicators:
        yield (t("indicators.none_this_month"),)  # a bare header would read as a sheet left empty
        return
    targets = {key: figure.target.value if figure.target is not None else None for key, figure in month.figures.items()}
    for agent in month.agents:
        cells: list = [agent.employee_no, agent.name, *([agent.team or ""] if center else [])]
        for record in month.indicators:
            value, change = agent.values.get(record.key), agent.changes.get(record.key)
            cells += [
                None if value is None else FigureCell(value, record.unit, record.is_met(value, targets[record.key])),
                None if change is None else FigureCell(change, record.unit, change=True),
            ]
        yield tuple(cells)
    padding = [""] if center else []
    team = t("monthly.whole_center") if center else t("indicators.row.team")
    team_row: list = ["", team, *padding]
    target_row: list = ["", t("indicators.row.target"), *padding]
    for record in month.indicators:
        figure = month.figures[record.key]
        team_row += [FigureCell(figure.value, record.unit, figure.met), None]
        target_row += [None if targets[record.key] is None else FigureCell(targets[record.key], record.unit), None]
    yield TotalRow(team_row)
    yield TotalRow(target_row)


def _first(reviews: Sequence[dict[str, object]], key: str):
    return next((figures[key] for figures in reviews if figures.get(key) is not None), None)


def rollup_columns(reviews: Sequence[dict[str, object]]) -> list[RollupColumn]:
    """A column for each indicator found in any review, each team's figure green or red
    against its target, then how many of its targets each team met. A review made before
    the numbers were carried leaves its cells empty."""
    keys = list(dict.fromkeys(key for figures in reviews for key in indicator_keys(figures)))
    if not keys:
        return []
    columns = []
    for key in keys:
        base = f"{PREFIX}{key}"
        unit = _first(reviews, base + UNIT) or _SHIPPED_UNITS.get(key)
        cells = [_rollup_cell(figures, key, unit) for figures in reviews]
        # Only a total (接通量, 投诉量) adds up across teams. A rate or a mean is left
        # empty: the mean of the teams' figures would weigh a team of five like one of
        # fifty, and weighting it properly needs each team's weights (its calls behind its
        # satisfaction, its agents behind a mean), which `_meta` does not carry.
        total = None
        if _first(reviews, base + AGGREGATION) == SUM:
            values = [cell.value for cell in cells if cell is not None and cell.value is not None]
            total = FigureCell(sum(values), unit) if values else None
        columns.append(RollupColumn(column_label(key, _first(reviews, base + NAME), unit), 11, cells, total))
    met = [[figures[key] for key in figures if key.startswith(PREFIX) and key.endswith(MET)] for figures in reviews]
    counts = [f"{sum(map(bool, verdicts))}/{len(verdicts)}" if verdicts else "" for verdicts in met]
    everyone = [verdict for verdicts in met for verdict in verdicts]
    total = f"{sum(map(bool, everyone))}/{len(everyone)}" if everyone else ""
    return [*columns, RollupColumn(t("indicators.figure.targets_met"), 10, counts, total)]


def _rollup_cell(figures: dict[str, object], key: str, unit: str | None) -> FigureCell | None:
    base = f"{PREFIX}{key}"
    value = figures.get(base)
    if value is None:
        return None
    if base + UNIT not in figures and unit == RATE and isinstance(value, int | float):
        value = value / 100  # the first reviews with numbers wrote rates in percent points
    met = figures.get(base + MET)
    return FigureCell(value, unit, None if met is None else bool(met))


def search(database: Database, text: str, viewer_id: int | None, limit: int = 100) -> list[FoundRecord]:
    return []
