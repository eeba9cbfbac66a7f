"""Calendar periods a duty recurs in: days, ISO weeks, months, quarters, half-years.

A period is the closed date range [start, end]. Weeks start on Monday (ISO 8601, as
Chinese work calendars do), so a week can begin in one year and end in the next.
"""

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum


class Frequency(StrEnum):
    DAILY = "daily"
    WEEKLY = "weekly"
    MONTHLY = "monthly"
    QUARTERLY = "quarterly"
    HALF_YEARLY = "half_yearly"


FREQUENCIES = tuple(Frequency)
# A due day in a month-based period names a month within it and a day of that month, as
# people say it ("每季度末月15日"): (month within the period - 1) * MONTH_SLOT + day.
MONTH_SLOT = 31


@dataclass(frozen=True, order=True)
class Period:
    start: date
    end: date

    def __contains__(self, day: date) -> bool:
        return self.start <= day <= self.end

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def due_on(self, frequency: Frequency, due_day: int | None) -> date:
        """The date a duty of this frequency is due in the period. None: the period's last
        day; weekly: the day of the week (1 = Monday); monthly and longer: a month within
        the period and a day of it (see MONTH_SLOT), its last day if the month is shorter."""
        if due_day is None or frequency == Frequency.DAILY:
            return self.end
        if frequency == Frequency.WEEKLY:
            return min(self.start + timedelta(days=max(due_day, 1) - 1), self.end)
        month_index, day = divmod(max(due_day, 1) - 1, MONTH_SLOT)
        month = min(self.start.month + month_index, self.end.month)
        return min(date(self.start.year, month, 1) + timedelta(days=day), _month_end(self.start.year, month))


def _month_end(year: int, month: int) -> date:
    if month == 12:
        return date(year, 12, 31)
    return date(year, month + 1, 1) - timedelta(days=1)


def _months(year: int, first_month: int, count: int) -> Period:
    last_month = first_month + count - 1
    return Period(date(year, first_month, 1), _month_end(year, last_month))


def period_of(frequency: Frequency, day: date) -> Period:
    """The period of this frequency that contains the day."""
    if frequency == Frequency.DAILY:
        return Period(day, day)
    if frequency == Frequency.WEEKLY:
        monday = day - timedelta(days=day.weekday())
        return Period(monday, monday + timedelta(days=6))
    if frequency == Frequency.MONTHLY:
        return _months(day.year, day.month, 1)
    if frequency == Frequency.QUARTERLY:
        return _months(day.year, (day.month - 1) // 3 * 3 + 1, 3)
    if frequency == Frequency.HALF_YEARLY:
        return _months(day.year, 1 if day.month <= 6 else 7, 6)
    raise ValueError(frequency)


def periods_between(frequency: Frequency, first: date, last: date) -> list[Period]:
    """Every period of the frequency that overlaps [first, last], in order."""
    periods = []
    period = period_of(frequency, first)
    while period.start <= last:
        periods.append(period)
        period = period_of(frequency, period.end + timedelta(days=1))
    return periods


def month_period(month: str) -> Period:
    """'2026-11' -> November 2026."""
    year, number = (int(part) for part in month.split("-"))
    return _months(year, number, 1)


def month_of(day: date) -> str:
    return f"{day.year:04d}-{day.month:02d}"


def shift_month(month: str, count: int) -> str:
    year, number = (int(part) for part in month.split("-"))
    index = year * 12 + number - 1 + count
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def week_period(week: str) -> Period:
    """'2026-W44' (ISO 8601) -> that week, Monday to Sunday."""
    year, number = week.upper().split("-W")
    monday = date.fromisocalendar(int(year), int(number), 1)
    return Period(monday, monday + timedelta(days=6))


def week_of(day: date) -> str:
    year, number, _ = day.isocalendar()
    return f"{year:04d}-W{number:02d}"


def shift_week(week: str, count: int) -> str:
    """'2026-W52' moved by `count` weeks (across the year as ISO weeks run: 2026-W53, 2027-W01)."""
    return week_of(week_period(week).start + timedelta(days=7 * count))
