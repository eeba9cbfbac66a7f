from datetime import date

import pytest

from workbench.periods import Frequency, Period, month_period, period_of, periods_between, shift_month, shift_week


@pytest.mark.parametrize(
    ("day", "start", "end"),
    [
        (date(2026, 11, 22), date(2026, 11, 16), date(2026, 11, 22)),  # a Sunday ends its week
        (date(2026, 11, 23), date(2026, 11, 23), date(2026, 11, 29)),
        (date(2026, 1, 1), date(2025, 12, 29), date(2026, 1, 4)),  # the week across New Year
        (date(2027, 1, 3), date(2026, 12, 28), date(2027, 1, 3)),
    ],
)
def test_weeks_run_monday_to_sunday_across_years(day, start, end):
    assert period_of(Frequency.WEEKLY, day) == Period(start, end)


@pytest.mark.parametrize(
    ("day", "end"),
    [
        (date(2024, 2, 10), date(2024, 2, 29)),  # leap year
        (date(2026, 2, 10), date(2026, 2, 28)),
        (date(2026, 4, 30), date(2026, 4, 30)),
        (date(2026, 12, 31), date(2026, 12, 31)),
    ],
)
def test_months_end_on_their_last_day(day, end):
    assert period_of(Frequency.MONTHLY, day) == Period(day.replace(day=1), end)


@pytest.mark.parametrize(
    ("day", "start", "end"),
    [
        (date(2026, 1, 1), date(2026, 1, 1), date(2026, 3, 31)),
        (date(2026, 6, 30), date(2026, 4, 1), date(2026, 6, 30)),
        (date(2026, 8, 15), date(2026, 7, 1), date(2026, 9, 30)),
        (date(2026, 12, 31), date(2026, 10, 1), date(2026, 12, 31)),
    ],
)
def test_quarters(day, start, end):
    assert period_of(Frequency.QUARTERLY, day) == Period(start, end)


def test_half_years():
    assert period_of(Frequency.HALF_YEARLY, date(2026, 6, 30)) == Period(date(2026, 1, 1), date(2026, 6, 30))
    assert period_of(Frequency.HALF_YEARLY, date(2026, 7, 1)) == Period(date(2026, 7, 1), date(2026, 12, 31))


def test_a_day_is_its_own_period():
    assert period_of(Frequency.DAILY, date(2026, 3, 5)) == Period(date(2026, 3, 5), date(2026, 3, 5))


def test_periods_between_cover_the_range_without_gaps():
    weeks = periods_between(Frequency.WEEKLY, date(2025, 12, 20), date(2026, 1, 10))
    assert [w.start for w in weeks] == [date(2025, 12, 15), date(2025, 12, 22), date(2025, 12, 29), date(2026, 1, 5)]
    months = periods_between(Frequency.MONTHLY, date(2026, 1, 31), date(2026, 3, 1))
    assert [m.end for m in months] == [date(2026, 1, 31), date(2026, 2, 28), date(2026, 3, 31)]
    assert len(periods_between(Frequency.DAILY, date(2024, 1, 1), date(2024, 12, 31))) == 366


def test_a_due_day_past_a_short_month_falls_on_its_last_day():
    february = month_period("2026-02")
    assert february.due_on(Frequency.MONTHLY, 5) == date(2026, 2, 5)
    assert february.due_on(Frequency.MONTHLY, 31) == date(2026, 2, 28)
    assert february.due_on(Frequency.MONTHLY, None) == date(2026, 2, 28)
    assert february.days == 28


def test_due_days_name_a_weekday_or_a_month_within_the_period_and_its_day():
    week = period_of(Frequency.WEEKLY, date(2026, 11, 18))
    assert week.due_on(Frequency.WEEKLY, 5) == date(2026, 11, 20)  # Friday
    third_quarter = period_of(Frequency.QUARTERLY, date(2026, 8, 1))
    assert third_quarter.due_on(Frequency.QUARTERLY, 2 * 31 + 15) == date(2026, 9, 15)
    assert third_quarter.due_on(Frequency.QUARTERLY, 1 * 31 + 31) == date(2026, 8, 31)
    first_half = period_of(Frequency.HALF_YEARLY, date(2026, 3, 1))
    assert first_half.due_on(Frequency.HALF_YEARLY, 5 * 31 + 17) == date(2026, 6, 17)
    assert first_half.due_on(Frequency.HALF_YEARLY, 1 * 31 + 30) == date(2026, 2, 28)


def test_month_arithmetic():
    assert shift_month("2026-11", 2) == "2027-01"
    assert shift_month("2026-01", -1) == "2025-12"
    assert shift_month("2026-03", -15) == "2024-12"


def test_weeks_move_across_the_year():
    assert shift_week("2026-W52", 1) == "2026-W53" and shift_week("2026-W53", 1) == "2027-W01"
    assert shift_week("2027-W01", -1) == "2026-W53" and shift_week("2026-W44", 0) == "2026-W44"
