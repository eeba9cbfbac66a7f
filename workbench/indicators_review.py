"""The team's numbers in the monthly review (概览's table of indicators against target, the
`_meta` figures, the 指标 sheet of each agent's month) and in the center roll-up (the
teams side by side). Numbers are not text: search finds nothing here.

`_meta` keys: indicator_<key> (the team's figure), indicator_<key>_target and
indicator_<key>_met (true or false; absent without a target). Values as a workbook shows
them: rates in percent points, durations in seconds."""

from collections.abc import Iterator, Sequence

from workbench.catalog.indicators import TEXTS
from workbench.db.engine import Database
from workbench.found import FoundRecord
from workbench.indicator_figures import TeamPeriod, team_period
from workbench.indicators import RATE, SECONDS, SHIPPED, figure_number
from workbench.texts import language, t

PREFIX = "indicator_"
TARGET, MET = "_target", "_met"
ADDITIVE_FIGURES: tuple[str, ...] = ()  # rates are not added up: the roll-up's own sheet shows them
# The shipped indicators' units, for labels read without the database (a roll-up's).
_SHIPPED_UNITS = {"satisfaction": RATE, "first_contact_resolution": RATE, "transfer_rate": RATE, "handle_time": SECONDS}


def _month(database: Database, scope) -> TeamPeriod:
    return team_period(database, scope.month, scope.team)


def month_figures(database: Database, scope) -> dict[str, object]:
    """Each indicator with numbers in the scope's month: the team's figure, its target and
    whether it is met (`scope` is a workbench.monthly.Scope)."""
    figures: dict[str, object] = {}
    for key, figure in _month(database, scope).figures.items():
        unit = figure.indicator.unit
        figures[f"{PREFIX}{key}"] = figure_number(unit, figure.value)
        if figure.target is not None:
            figures[f"{PREFIX}{key}{TARGET}"] = figure_number(unit, figure.target.value)
            figures[f"{PREFIX}{key}{MET}"] = figure.met
    return figures


def _name(key: str) -> str:
    """An indicator's name from its key: the shipped ones in the user's language, a
    center's own by the key it was given (its name when it was added)."""
    if key in SHIPPED:
        zh, en = TEXTS[f"indicator.name.{key}"]
        name = zh if language() == "zh_CN" else en
        unit = _SHIPPED_UNITS.get(key)
        return t(f"indicators.figure.unit_{unit}", name=name) if unit else name
    return key


def figure_label(key: str) -> str:
    if not key.startswith(PREFIX):
        raise KeyError(key)
    key = key.removeprefix(PREFIX)
    if key.endswith(TARGET):
        return t("indicators.figure.target", name=_name(key.removesuffix(TARGET)))
    if key.endswith(MET):
        return t("indicators.figure.met", name=_name(key.removesuffix(MET)))
    return _name(key)


def summary_table(figures: dict[str, object]) -> tuple[str, list[str], list[list], set[str]] | None:
    """概览's table: each indicator's figure, target and whether it is met, one row each;
    with the figures it shows, which the list of figures then leaves out."""
    keys = [key for key in figures if key.startswith(PREFIX) and not key.endswith((TARGET, MET))]
    if not keys:
        return None
    rows = []
    for key in keys:
        met = figures.get(f"{key}{MET}")
        verdict = "" if met is None else t("indicators.figure.yes" if met else "indicators.figure.no")
        rows.append([figure_label(key), figures[key], figures.get(f"{key}{TARGET}"), verdict])
    headers = [t(f"indicators.figure.column_{name}") for name in ("indicator", "value", "target", "met")]
    shown = {key for key in figures if key.startswith(PREFIX)}
    return t("indicators.figure.section"), headers, rows, shown


def month_sheet(database: Database, scope) -> tuple[str, list[str], list[int], Iterator[tuple]]:
    """The sheet 指标: each agent's month of each indicator and its change against their
    own previous three months."""
    month = _month(database, scope)
    headers = [t("field.employee_no"), t("field.name"), t("field.team")]
    for record in month.indicators:
        name = _name(record.key) if record.key in SHIPPED else record.label
        headers += [name, t("indicators.figure.change", name=record.label)]
    widths = [10, 10, 12] + [10, 10] * len(month.indicators)
    return t("indicators.sheet"), headers, widths, _sheet_rows(month)


def _sheet_rows(month: TeamPeriod) -> Iterator[tuple]:
    for agent in month.agents:
        cells = [agent.employee_no, agent.name, agent.team or ""]
        for record in month.indicators:
            change = agent.changes.get(record.key)
            cells += [
                figure_number(record.unit, agent.values.get(record.key)),
                None if change is None else figure_number(record.unit, change),
            ]
        yield tuple(cells)


def rollup_sheet(reviews: Sequence[dict[str, object]], month: str) -> tuple[str, list[str], list[int], list[list], str]:
    """The roll-up's 指标 sheet: a row per team, each indicator's figure side by side, and
    how many of its targets the team met."""
    keys = list(
        dict.fromkeys(
            key for figures in reviews for key in figures if key.startswith(PREFIX) and not key.endswith((TARGET, MET))
        )
    )
    headers = [t("rollup.column.team"), *(figure_label(key) for key in keys), t("indicators.figure.targets_met")]
    rows = []
    for figures in reviews:
        verdicts = [figures[key] for key in figures if key.startswith(PREFIX) and key.endswith(MET)]
        met = f"{sum(map(bool, verdicts))}/{len(verdicts)}" if verdicts else ""
        rows.append([figures.get("team"), *(figures.get(key) for key in keys), met])
    widths = [14] + [12] * len(keys) + [10]
    return t("indicators.sheet"), headers, widths, rows, t("indicators.rollup_title", month=month)


def search(database: Database, text: str, viewer_id: int | None, limit: int = 100) -> list[FoundRecord]:
    return []
