"""What the 谈心谈话 page's 话题 view reads in a worker (Qt-free): the themes of the
liaison's team (the center's for someone over no team) over a period, and the talks
behind one theme."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from workbench.db.engine import Database


def load_themes(database: Database, liaison_id: int | None, start: date, end: date):
    """(team name or None, ThemeReport)."""
    from workbench import themes

    team = themes.team_of(database, liaison_id)
    return team, themes.themes(database, team, start, end)


def theme_talks(database: Database, team: str | None, start: date, end: date, theme: str):
    from workbench import themes

    return theme, themes.theme_talks(database, team, start, end, theme)
