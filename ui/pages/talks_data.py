"""What the 谈心谈话 page reads in a worker (Qt-free): the month's cadence, the person's
follow-ups and timeline, the search, whose a follow-up is, what the talk dialog needs."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from workbench.db.engine import Database


def load_month(database: Database, liaison_id: int | None, month: str, today: date):
    from workbench import cadence, checklists, liaisons

    liaisons.sync_default_pairings(database, today)
    leaders = checklists.leaders(database)
    liaison_id = liaison_id or checklists.me(database)
    if liaison_id is None:
        return leaders, None, None, [], {}
    now = datetime.now(UTC)
    return (
        leaders,
        liaison_id,
        cadence.cadence(database, liaison_id, month, today),
        liaisons.overdue_replies(database, liaison_id, now),
        attention_of(database, liaison_id, today),
    )


def attention_of(database: Database, liaison_id: int, today: date) -> dict:
    """employee -> their place on today's attention list (those not on it: absent)."""
    from workbench import attention

    return {person.employee_id: person for person in attention.attention_list(database, today, liaison_id).people}


def search(database: Database, text: str, viewer_id: int):
    from workbench import talk_search

    return text, talk_search.search_talks(database, text, viewer_id=viewer_id, liaison_id=viewer_id)


def whose(database: Database, follow_up_id: int):
    from workbench import liaisons

    return liaisons.follow_up_person(database, follow_up_id)


def person(database: Database, employee_id: int, viewer_id: int):
    from workbench import cadence, liaisons

    return liaisons.open_follow_ups(database, employee_id), cadence.timeline(database, employee_id, viewer_id)


def talk_setup(database: Database, employee_id: int):
    """For a new talk: the person's open follow-ups and the kinds of talk."""
    from workbench import liaisons

    return liaisons.open_follow_ups(database, employee_id), liaisons.talk_kinds(database)


def talk_to_edit(database: Database, talk_id: int, viewer_id: int):
    """A recorded talk as stored now, its person's open follow-ups and the kinds of talk."""
    from workbench import liaisons

    talk = liaisons.talk(database, talk_id, viewer_id)
    return talk, *talk_setup(database, talk.employee_id)


def name_of(database: Database, employee_id: int) -> str:
    from workbench.roster import employee_name

    return employee_name(database, employee_id)
