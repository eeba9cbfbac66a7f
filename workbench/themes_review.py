"""The monthly review's part of themes (话题, workbench.themes): the scope's most raised
themes of the month with their talks and people, in 概览 and `_meta`; a sheet of every
recurring theme against the center; and, in the roll-up, each team's top themes with the
center's (the teams' counts added up) in the total row."""

from collections.abc import Iterator, Sequence

from workbench import themes
from workbench.db.engine import Database
from workbench.found import FoundRecord
from workbench.periods import month_period
from workbench.practices import RollupColumn
from workbench.texts import t

ADDITIVE_FIGURES: tuple[str, ...] = ()  # a team's top themes are not added up column by column
TOP = 5  # themes in 概览 and `_meta`
ROLLUP_TOP = 3  # themes in a team's roll-up cell
PREFIX = "theme_"
TALKS, PEOPLE = "_talks", "_people"


def month_figures(database: Database, scope) -> dict[str, object]:
    """theme_1 … theme_5 (the theme), with theme_N_talks and theme_N_people: the month's most raised."""
    period = month_period(scope.month)
    report = themes.themes(database, scope.team, period.start, period.end, limit=TOP, compare=False)
    figures: dict[str, object] = {}
    for number, theme in enumerate(report.themes, start=1):
        figures[f"{PREFIX}{number}"] = theme.theme
        figures[f"{PREFIX}{number}{TALKS}"] = theme.talks
        figures[f"{PREFIX}{number}{PEOPLE}"] = theme.people
    return figures


def figure_label(key: str) -> str:
    if not key.startswith(PREFIX):
        raise KeyError(key)
    number = key.removeprefix(PREFIX).split("_")[0]
    column = "talks" if key.endswith(TALKS) else "people" if key.endswith(PEOPLE) else "theme"
    return f"{t('themes.figure.themes')} {number} · {t(f'themes.review.{column}')}"


def _themes_in(figures: dict[str, object]) -> list[tuple[str, int, int]]:
    found, number = [], 1
    while f"{PREFIX}{number}" in figures:
        base = f"{PREFIX}{number}"
        found.append((str(figures[base]), int(figures.get(base + TALKS) or 0), int(figures.get(base + PEOPLE) or 0)))
        number += 1
    return found


def summary_table(figures: dict[str, object]) -> tuple[str, list[str], list[list], set[str]]:
    """概览's table of the month's top themes; a month with none says so."""
    found = _themes_in(figures)
    title = t("themes.review.title", count=TOP)
    shown = {key for key in figures if key.startswith(PREFIX)}
    if not found:
        return title, [], [[t("themes.none")]], shown
    headers = [t("themes.review.theme"), t("themes.review.talks"), t("themes.review.people")]
    return title, headers, [list(row) for row in found], shown


_SHEET_COLUMNS = (("theme", 16), ("talks", 10), ("people", 10), ("share", 10), ("ratio", 12))


def month_sheet(database: Database, scope) -> tuple[str, list[str], list[int], Iterator[tuple]]:
    """The sheet 话题: every theme raised more than once in the month, most raised first,
    with its share of the scope's talks and (for a team) how often against the center."""
    headers = [t(f"themes.column.{name}") for name, _ in _SHEET_COLUMNS]
    widths = [width for _, width in _SHEET_COLUMNS]
    return t("themes.review.sheet"), headers, widths, _sheet_rows(database, scope)


def _sheet_rows(database: Database, scope) -> Iterator[tuple]:
    period = month_period(scope.month)
    report = themes.themes(database, scope.team, period.start, period.end, limit=100)
    for theme in report.themes:
        ratio = round(theme.ratio, 2) if theme.ratio is not None else None
        yield theme.theme, theme.talks, theme.people, round(theme.share, 4), ratio


def rollup_columns(reviews: Sequence[dict[str, object]]) -> list[RollupColumn]:
    """Each team's top themes as "排班调整 5、夜班 3"; in the total row, the center's: the
    teams' counts of the themes they reported, added up."""
    if not any(_themes_in(figures) for figures in reviews):
        return []
    cells = [_listed(_themes_in(figures)[:ROLLUP_TOP]) for figures in reviews]
    center = themes.counts_by_theme((name, talks) for figures in reviews for name, talks, _ in _themes_in(figures))
    top = sorted(center.items(), key=lambda item: (-item[1], item[0]))[:TOP]
    return [RollupColumn(t("themes.review.rollup_column"), 36, cells, _listed(top))]


def _listed(found) -> str:
    return "、".join(f"{row[0]} {row[1]}" for row in found)


def search(database: Database, text: str, viewer_id: int | None, limit: int = 100) -> list[FoundRecord]:
    return []  # the talks themselves are searched as talks
