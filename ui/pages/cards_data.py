"""What the 绩效沟通 page reads in a worker (Qt-free): the team's month of cards with each
agent's numbers against target, and the appeals raised in the month (with those still open)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from workbench import appeals, cards, team_view
from workbench.indicators import catalogue
from workbench.periods import month_of, shift_month

if TYPE_CHECKING:
    from workbench.appeals import AppealRecord
    from workbench.cards import CardRow, TeamCards
    from workbench.db.engine import Database
    from workbench.indicators import IndicatorRecord
    from workbench.team_view import Viewer


@dataclass(frozen=True)
class CardsShown:
    viewer: Viewer
    team: str | None
    month: str
    cards: TeamCards
    appeals: list[AppealRecord]
    routes: list[tuple[int, str]]  # QA staff an appeal can be routed to (besides the manager)
    indicators: list[IndicatorRecord]
    reply_days: int  # the center's limit for answering an appeal, in working days


def default_month(today: date) -> str:
    """Cards are about the month just ended: last month until the month is over."""
    return shift_month(month_of(today), -1)


def load(database: Database, team: str | None, team_chosen: bool, month: str | None, today: date) -> CardsShown:
    viewer = team_view.viewer(database)
    team = team if team_chosen else viewer.team
    month = month or default_month(today)
    return CardsShown(
        viewer,
        team,
        month,
        cards.team_cards(database, month, team, today),
        appeals.appeals_in(database, month, team),
        appeals.routing_choices(database),
        catalogue(database),
        appeals.reply_days(database),
    )


def card_row(database: Database, employee_id: int, month: str) -> CardRow:
    return cards.card_row(database, employee_id, month)
