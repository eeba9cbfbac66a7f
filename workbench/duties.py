"""A duty as a template or a leader's checklist writes it, and the rules every duty keeps."""

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from workbench.errors import UserError
from workbench.periods import MONTH_SLOT, Frequency
from workbench.texts import t

CATEGORIES = ("people", "business", "self")
DUTY_FIELDS = ("category", "work", "requirement", "deliverable", "frequency", "due_day")

# The highest due day of each frequency; daily duties are due the same day.
MONTHS_IN = {Frequency.MONTHLY: 1, Frequency.QUARTERLY: 3, Frequency.HALF_YEARLY: 6}
LAST_DUE_DAY = {Frequency.DAILY: 0, Frequency.WEEKLY: 7} | {f: n * MONTH_SLOT for f, n in MONTHS_IN.items()}


@dataclass(frozen=True)
class Duty:
    category: str
    work: str
    frequency: str
    requirement: str = ""
    deliverable: str = ""
    due_day: int | None = None  # see Period.due_on; None = the period's last day
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
    if duty.due_day is not None and not 1 <= duty.due_day <= LAST_DUE_DAY[duty.frequency]:
        raise UserError(t("checklist.bad_due_day"))


def month_and_day(due_day: int) -> tuple[int, int]:
    """A month-based due day as (month within the period from 1, day of that month)."""
    month_index, day = divmod(due_day - 1, MONTH_SLOT)
    return month_index + 1, day + 1


def due_day_of(month: int, day: int) -> int:
    return (month - 1) * MONTH_SLOT + day


def due_day_words(frequency: str, due_day: int | None) -> str:
    """When a duty is due, as people say it: 每周五, 每月25日, 每季度末月15日, 6月/12月17日."""
    frequency = Frequency(frequency)
    if frequency == Frequency.DAILY:
        return t("due.daily")
    if frequency == Frequency.WEEKLY:
        return t("due.weekly", weekday=t("due.weekdays").split(",")[(due_day or 7) - 1])
    months = MONTHS_IN[frequency]
    month, day = month_and_day(due_day) if due_day else (months, MONTH_SLOT)
    day_words = t("due.last_day") if day == MONTH_SLOT else t("due.day", day=day)
    if frequency == Frequency.MONTHLY:
        return t("due.monthly", day=day_words)
    if frequency == Frequency.QUARTERLY:
        return t("due.quarterly", month=t("due.quarter_months").split(",")[month - 1], day=day_words)
    return t("due.half_yearly", months=half_year_months(month), day=day_words)


def half_year_months(month: int) -> str:
    """The month-th month of each half-year: "6月/12月"."""
    names = t("due.month_names").split(",")
    return t(
        "due.half_months", first=month, second=month + 6, first_name=names[month - 1], second_name=names[month + 5]
    )


def reorder(rows: Iterable, item_id: int, steps: int) -> None:
    """Move one row up (steps < 0) or down among rows in their order; renumber positions."""
    rows = list(rows)
    index = next(i for i, row in enumerate(rows) if row.id == item_id)
    rows.insert(max(0, min(len(rows) - 1, index + steps)), rows.pop(index))
    for position, row in enumerate(rows):
        row.position = position
