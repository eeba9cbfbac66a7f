"""How a core module asks a workbook to show a figure, without knowing the workbook: a
value in its indicator's unit (a rate as a percent, seconds whole), green when it meets
its target and red when it misses it, a change with its sign; and the rows that close a
table (the team's line, the targets), set in bold and left out of its filter.
workbench.export.sheets turns them into styled cells."""

from dataclasses import dataclass


@dataclass(frozen=True)
class FigureCell:
    value: object
    unit: str | None = None  # one of workbench.indicators' units; None: shown as it is
    met: bool | None = None  # against its target: green when met, red when missed
    change: bool = False  # a change: written with its sign


class TotalRow(tuple):
    """A row after a table's ordinary rows: the team's line or the targets."""

    __slots__ = ()
