"""The practices beyond checklists and talks — "three ones", growth diaries, engagement
surveys, care, the team's numbers — as the monthly review, the roll-up and the search see
them. Each practice's `<practice>_review` module gives `month_figures`, `month_sheet` (none:
its figures alone), `figure_label`, `ADDITIVE_FIGURES` and `search` (and `HOLDS_PRIVATE_TEXT`
when its sheet can carry the viewer's private text; `summary_table` when its figures read
better as a table of their own in 概览, and `rollup_columns` when the roll-up's team rows
carry them);
this module puts them side by side. Cells may be workbench.cells' figures and total rows."""

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from importlib import import_module
from types import ModuleType

from workbench.found import FoundRecord

PRACTICE_MODULES = (
    "workbench.three_ones_review",
    "workbench.growth_review",
    "workbench.surveys_review",
    "workbench.care_review",
    "workbench.indicators_review",
    "workbench.themes_review",
    "workbench.attention_review",
    "workbench.cards_review",
)


def practices() -> list[ModuleType]:
    # Imported when asked for: the window's start-up needs none of them.
    return [import_module(name) for name in PRACTICE_MODULES]


def month_figures(database, scope) -> dict[str, object]:
    figures: dict[str, object] = {}
    for practice in practices():
        figures.update(practice.month_figures(database, scope))
    return figures


def additive_figures() -> list[str]:
    """The figures a center roll-up adds up across teams, in review order."""
    return [key for practice in practices() for key in practice.ADDITIVE_FIGURES]


def figure_label(key: str) -> str:
    for practice in practices():
        try:
            return practice.figure_label(key)
        except KeyError:  # another practice's figure
            continue
    raise KeyError(key)


def summary_tables(figures: dict[str, object]) -> list[tuple[str, list[str], list[list], set[str]]]:
    """(title, headers, rows, the figures it shows) of each practice's own table in 概览."""
    tables = (getattr(practice, "summary_table", lambda _figures: None)(figures) for practice in practices())
    return [table for table in tables if table is not None]


@dataclass(frozen=True)
class RollupColumn:
    """A column of the roll-up's team rows: a cell for each review, in their order, and the
    total row's (None: left empty)."""

    header: str
    width: int
    cells: list  # values or workbench.cells.FigureCell
    total: object = None


def rollup_columns(reviews: Sequence[dict[str, object]]) -> list[RollupColumn]:
    """The practices' own columns in the roll-up, from the reviews' `_meta` figures."""
    return [
        column
        for practice in practices()
        if hasattr(practice, "rollup_columns")
        for column in practice.rollup_columns(reviews)
    ]


def month_sheets(
    database, scope, viewer_id: int | None, include_private: bool
) -> Iterator[tuple[str, list[str], list[int], Iterator[tuple]]]:
    for practice in practices():
        if not hasattr(practice, "month_sheet"):  # figures in 概览 only (the attention list)
            continue
        if getattr(practice, "HOLDS_PRIVATE_TEXT", False):
            yield practice.month_sheet(database, scope, viewer_id, include_private)
        else:
            yield practice.month_sheet(database, scope)


def search(database, text: str, viewer_id: int | None, limit: int = 100) -> list[FoundRecord]:
    """What the talks and every other practice hold containing `text`, newest first.
    Private notes are never searched."""
    from workbench.liaisons import TALK_TEXT_FIELDS
    from workbench.talk_search import search_talks

    text = text.strip()
    if not text:
        return []
    hits = [
        FoundRecord(
            "talk",
            found.talk.id,
            found.talk.talk_date,
            found.employee_name,
            _matching_field([getattr(found.talk, name) for name in TALK_TEXT_FIELDS], text),
            found.talk.employee_id,
        )
        for found in search_talks(database, text, viewer_id)[:limit]
    ]
    hits += [hit for practice in practices() for hit in practice.search(database, text, viewer_id, limit)]
    return sorted(hits, key=lambda hit: hit.day, reverse=True)[:limit]


def _matching_field(said: list[str], text: str) -> str:
    """The field that holds the text (the index ignores case; so does this), else the first said."""
    folded = text.casefold()
    return next((field for field in said if folded in field.casefold()), next(filter(None, said), ""))
