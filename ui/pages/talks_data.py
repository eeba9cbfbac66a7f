"""What the 谈心谈话 page loads in the background (Qt-free): the month's cadence, the
person's follow-ups and timeline, the search, whose a follow-up is."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from workbench.db.engine import Database


def load_month(database: Database, liaison_id: int | None, month: str, today: date, progress):
    from workbench import cadence, checklists, liaisons

    liaisons.sync_default_pairings(database, today)
    leaders = checklists.leaders(database)
    liaison_id = liaison_id or checklists.me(database)
    if liaison_id is None:
        return leaders, None, None, []
    now = datetime.now(UTC)
    return (
        leaders,
        liaison_id,
        cadence.cadence(database, liaison_id, month, today),
        liaisons.overdue_replies(database, liaison_id, now),
    )


def search(database: Database, text: str, viewer_id: int, progress):
    from workbench import talk_search

    return text, talk_search.search_talks(database, text, viewer_id=viewer_id, liaison_id=viewer_id)


def whose(database: Database, follow_up_id: int, progress):
    from workbench import liaisons

    return liaisons.follow_up_person(database, follow_up_id)


def person(database: Database, employee_id: int, viewer_id: int, progress):
    from workbench import cadence, liaisons

    return liaisons.open_follow_ups(database, employee_id), cadence.timeline(database, employee_id, viewer_id)
