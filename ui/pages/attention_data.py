"""What the 关注名单 page and the first page's panel read and write in a worker (Qt-free):
the list of the user's people on a day, marking a person 已关注 and lifting it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from workbench.attention import AttentionList, Mark
    from workbench.db.engine import Database

# What the list is made of: a change to any of them reloads what shows it.
ATTENTION_TABLES = frozenset(
    {
        "attention_marks",
        "pairings",
        "talks",
        "follow_ups",
        "account_entries",
        "growth_records",
        "indicator_days",
        "indicator_months",
        "indicator_targets",
        "appeals",
        "preferences",
    }
)
MARK_TABLES = frozenset({"attention_marks"})


@dataclass(frozen=True)
class AttentionData:
    leader_id: int | None  # whose people; None: nobody has said who they are
    found: AttentionList | None


def load(database: Database, leader_id: int | None, today: date) -> AttentionData:
    from workbench import attention, checklists

    leader_id = leader_id or checklists.me(database)
    if leader_id is None:
        return AttentionData(None, None)
    return AttentionData(leader_id, attention.attention_list(database, today, leader_id=leader_id))


def mark(database: Database, employee_id: int, author_id: int | None, on: date, note: str, days: int) -> Mark:
    from workbench import attention

    return attention.mark(database, employee_id, author_id, on, note, days)


def lift(database: Database, mark_id: int, version: int | None) -> None:
    from workbench import attention

    attention.lift(database, mark_id, version)


def quiet_days(database: Database) -> int:
    from workbench import attention

    return attention.thresholds(database).quiet_days
