"""What the 关怀与表彰 page reads in a worker (Qt-free): the month of a team or the whole
center, a person's three accounts, the search, and the talks and events an account entry
can be filled from."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from workbench.care import CareDate, CareEventRecord, Person
    from workbench.db.engine import Database


@dataclass(frozen=True)
class CareMonth:
    me: int | None
    can_choose_team: bool  # managers and assistant managers; a team leader keeps to their own team
    teams: list[str]
    team: str | None  # None: the whole center
    dates: list[CareDate]
    events: list[CareEventRecord]
    account_counts: dict[str, int]
    people: list[Person]


def load(database: Database, team: str | None, chosen: bool, month: str) -> CareMonth:
    from workbench import care, checklists, roster
    from workbench.sorting import numbered_name_key

    me = checklists.me(database)
    own = care.default_team(database, me)
    can_choose = own is None
    team = team if chosen and can_choose else own
    return CareMonth(
        me=me,
        can_choose_team=can_choose,
        teams=sorted(roster.list_teams(database), key=numbered_name_key),
        team=team,
        dates=care.care_dates(database, month, team),
        events=care.events_of_month(database, month, team),
        account_counts=care.account_counts(database, month, team),
        people=care.people_of(database, team),
    )


def person_log(database: Database, employee_id: int, viewer_id: int | None):
    from workbench import care

    return employee_id, care.account_log(database, employee_id, viewer_id)


def search(database: Database, text: str, viewer_id: int | None):
    from workbench import care_review

    return text, care_review.search(database, text, viewer_id)


def entry_sources(database: Database, employee_id: int, viewer_id: int | None):
    """The person's talks (those the viewer may read) and care events, to fill an entry from."""
    from workbench import care, liaisons

    return liaisons.talks_with(database, employee_id, viewer_id), care.events_of_employee(database, employee_id)
