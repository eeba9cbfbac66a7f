"""What the 三个一 page reads in a worker (Qt-free): the leaders, whose quarter is shown, the
quarter across leaders for a manager, the suggestion board with its figures, a
suggestion's history and the quarter a write-up belongs to."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from workbench.people import ASSISTANT_MANAGER, MANAGER, TEAM_LEADER
from workbench.suggestions import BoardFilter

if TYPE_CHECKING:
    from workbench.db.engine import Database
    from workbench.people import EmployeeRecord
    from workbench.suggestions import Board, ImplementedCounts, SuggestionEventRecord
    from workbench.three_ones import LeaderQuarter, LeaderRow, ThreeOnesRecord


@dataclass
class BoardData:
    board: Board
    years: list[int]
    counts: ImplementedCounts


@dataclass
class PageData:
    leaders: list[EmployeeRecord]
    me: int | None
    role: str | None  # the user's
    team: str | None  # the user's
    person_id: int | None  # whose quarter is shown
    quarter: LeaderQuarter | None
    across: list[LeaderRow]  # for a manager or assistant manager
    teams: list[str]
    board: BoardData


def load_board(database: Database, chosen: BoardFilter) -> BoardData:
    from workbench import suggestions

    return BoardData(
        suggestions.board(database, chosen),
        suggestions.suggestion_years(database),
        suggestions.implemented_counts(database, chosen.team),
    )


def first_filter(role: str | None, team: str | None, today: date) -> BoardFilter:
    """The board at first look: this year's suggestions of a team leader's own team, or of
    the whole center for a manager (ten years of a center's are a click away)."""
    return BoardFilter(team=team if role == TEAM_LEADER else None, year=today.year)


def load_page(
    database: Database, person_id: int | None, quarter: str, chosen: BoardFilter | None, today: date
) -> PageData:
    from workbench import checklists, roster, three_ones

    leaders = checklists.leaders(database)
    me = checklists.me(database)
    role, team = three_ones.role_and_team(database, me)
    chosen = chosen or first_filter(role, team, today)
    person_id = person_id or me
    return PageData(
        leaders=leaders,
        me=me,
        role=role,
        team=team,
        person_id=person_id,
        quarter=three_ones.leader_quarter(database, person_id, quarter) if person_id else None,
        across=three_ones.quarter_across_leaders(database, quarter) if role in (MANAGER, ASSISTANT_MANAGER) else [],
        teams=roster.list_teams(database),
        board=load_board(database, chosen),
    )


def history(database: Database, suggestion_id: int) -> list[SuggestionEventRecord]:
    from workbench import suggestions

    return suggestions.history(database, suggestion_id)


def write_up(database: Database, record_id: int) -> ThreeOnesRecord:
    """A leader's quarter by the id of its write-up (a search hit)."""
    from workbench import three_ones

    return three_ones.three_ones_record(database, record_id)
