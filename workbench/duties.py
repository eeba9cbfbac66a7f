"""A duty as a template or a leader's checklist writes it, and the rules every duty keeps."""

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from workbench.errors import UserError
from workbench.periods import Frequency
from workbench.texts import t

CATEGORIES = ("people", "business", "self")
DUTY_FIELDS = ("category", "work", "requirement", "deliverable", "frequency", "due_day")


@dataclass(frozen=True)
class Duty:
    category: str
    work: str
    frequency: str
    requirement: str = ""
    deliverable: str = ""
    due_day: int | None = None  # day within the period, 1 = its first; None = its last
    id: int | None = None
    position: int = 0
    retired_on: date | None = None


def duty_of(row) -> Duty:
    """A template item or checklist item as a Duty."""
    return Duty(
        id=row.id,
        position=row.position,
        retired_on=row.retired_on,
        **{name: getattr(row, name) for name in DUTY_FIELDS},
    )


def duty_values(duty: Duty) -> dict:
    return {name: getattr(duty, name) for name in DUTY_FIELDS}


def check_duty(duty: Duty) -> None:
    if not duty.work.strip():
        raise UserError(t("checklist.work_required"))
    if duty.category not in CATEGORIES or duty.frequency not in tuple(Frequency):
        raise UserError(t("checklist.bad_kind"))
    if duty.due_day is not None and duty.due_day < 1:
        raise UserError(t("checklist.bad_due_day"))


def reorder(rows: Iterable, item_id: int, steps: int) -> None:
    """Move one row up (steps < 0) or down among rows in their order; renumber positions."""
    rows = list(rows)
    index = next(i for i, row in enumerate(rows) if row.id == item_id)
    rows.insert(max(0, min(len(rows) - 1, index + steps)), rows.pop(index))
    for position, row in enumerate(rows):
        row.position = position
