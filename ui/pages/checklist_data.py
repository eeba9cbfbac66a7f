"""What the 工作清单 page reads and writes in a worker (Qt-free): whose checklist, the day's
duties, the completion figures beside them; ticks and choosing who "I" am."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from workbench.periods import Frequency, Period, month_of, period_of

if TYPE_CHECKING:
    from workbench.attention import AttentionList
    from workbench.checklists import ChecklistDay, Completion, OccurrenceRecord, OccurrenceState
    from workbench.db.engine import Database
    from workbench.people import EmployeeRecord

TREND_MONTHS = 6
# What a tick, a skip, a note or their undo writes.
OCCURRENCE_TABLES = frozenset({"checklist_occurrences"})


def choosing_me_tables(role: str | None) -> frozenset[str]:
    """What choosing who "I" am writes: the preference, the checklist copied from the
    role's template, and the person's role when they say it."""
    tables = {"preferences", "checklist_items", "checklist_templates", "template_items"}
    return frozenset(tables | {"employees"} if role is not None else tables)


@dataclass(frozen=True)
class Figures:
    period: Period
    completion: dict[str, Completion]
    trend: list
    missed: list[tuple[str, int]] = field(default_factory=list)  # (work, times), most first


@dataclass(frozen=True)
class ChecklistData:
    leaders: list[EmployeeRecord]
    others: list[EmployeeRecord]  # to pick oneself from when nobody is "me" yet
    owner_id: int | None  # whose checklist; None: nobody has said who they are
    day: ChecklistDay | None = None
    figures: Figures | None = None
    attention: AttentionList | None = None  # the 关注名单 panel's: the owner's people today


def load(database: Database, owner_id: int | None, day: date, today: date, scope: str) -> ChecklistData:
    """Everything the page shows."""
    from workbench import checklists

    leaders = checklists.leaders(database)
    owner_id = owner_id or checklists.me(database)
    if owner_id is None:
        return ChecklistData(leaders, checklists.others(database), None)
    return ChecklistData(
        leaders,
        [],
        owner_id,
        checklists.checklist_day(database, owner_id, day, today),
        figures(database, owner_id, day, today, scope),
        attention_of(database, owner_id, today),
    )


def attention_of(database: Database, owner_id: int, today: date) -> AttentionList:
    from workbench import attention

    return attention.attention_list(database, today, leader_id=owner_id)


def figures(database: Database, owner_id: int, day: date, today: date, scope: str) -> Figures:
    """Completion in the week, month or quarter containing the day, what was missed in it
    by duty, and the monthly trend."""
    from workbench import checklists

    period = period_of(Frequency(scope), day)
    return Figures(
        period,
        checklists.completion(database, owner_id, period, today),
        checklists.completion_trend(database, owner_id, month_of(day), TREND_MONTHS, today),
        checklists.missed_duties(database, owner_id, period, today),
    )


def set_states(database: Database, states: dict[int, OccurrenceState]) -> list[OccurrenceRecord]:
    from workbench import checklists

    return checklists.set_states(database, states)


def set_me(database: Database, employee_id: int, today: date, role: str | None) -> int:
    """Remember who uses the database; their id, whose checklist is shown from now on."""
    from workbench import checklists

    checklists.set_me(database, employee_id, today, role)
    return employee_id
