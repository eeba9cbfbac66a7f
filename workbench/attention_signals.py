"""The attention list's signals: each a function of the day's context (the people, the
thresholds, a session) returning (employee id, Reason) pairs, independent of the others and
listed in SIGNALS, so a new one is one function added there. A reason says why in plain
words with the evidence, weighs how much it matters, dates its evidence and links to where
it is acted on ("talks/record/12", "talks/follow-up/7", "cards/appeals")."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from workbench.db.card_models import Appeal
from workbench.db.indicator_models import IndicatorMonth
from workbench.db.models import FollowUp, Talk
from workbench.db.practice_models import ACCOUNTS, AccountEntry, GrowthRecord
from workbench.growth import RECORD_COLUMNS, SLIPPED, change_since, entry_of_row, trend_of
from workbench.indicator_targets import targets_in
from workbench.indicator_values import figures_of_days, read_days
from workbench.indicators import COUNT, HIGHER, RATE, SUM, catalogue_in, format_value
from workbench.liaisons import CLOSED_STATUSES, COUNTING_KINDS
from workbench.periods import month_of, month_period, shift_month
from workbench.reminders import APPEALS_LINK
from workbench.texts import t

if TYPE_CHECKING:
    from workbench.attention import Thresholds


BASELINE_MONTHS = 3  # a person's own level: the mean of their three months before this one
# Kinds of reasons, in the order the review counts them.
INDICATOR_FELL, BELOW_TARGET = "indicator_fell", "below_target"
TALK_OVERDUE, STRESS, FOLLOW_UPS_OVERDUE = "talk_overdue", "stress", "follow_ups_overdue"
NEW_HIRE, GROWTH_SLIPPED, APPEAL_WAITING = "new_hire", "growth_slipped", "appeal_waiting"
STRESS_ACCOUNT = ACCOUNTS[0]  # 压力账户
KINDS = (
    INDICATOR_FELL, BELOW_TARGET, TALK_OVERDUE, STRESS, FOLLOW_UPS_OVERDUE, NEW_HIRE, GROWTH_SLIPPED, APPEAL_WAITING,
)  # fmt: skip


@dataclass(frozen=True)
class Reason:
    kind: str
    text: str  # in plain words, with the evidence
    weight: float  # how much it matters
    day: date  # when its evidence is from (ranking: the more recent, the more it counts)
    link: str  # where it is acted on


@dataclass(frozen=True)
class Person:
    id: int
    employee_no: str
    name: str
    team: str | None
    team_id: int | None
    hire_date: date | None


@dataclass(frozen=True)
class Context:
    session: Session
    on: date
    people: dict[int, Person]
    thresholds: Thresholds


Signal = Callable[[Context], Iterable[tuple[int, Reason]]]


def person_link(employee_id: int) -> str:
    return f"talks/person/{employee_id}"


def record_link(employee_id: int) -> str:
    return f"talks/record/{employee_id}"


def _day(day: date) -> str:
    return t("attention.day", month=day.month, day=day.day)


# the signals ----------------------------------------------------------------------------


def indicator_signal(context: Context) -> Iterable[tuple[int, Reason]]:
    """A figure of the last days worse than the person's own three-month level by the
    threshold's share of it; else, short of the team's target. Totals (接通量) say neither:
    a few days' calls are no month's."""
    limits, session, on = context.thresholds, context.session, context.on
    indicators = [
        record
        for record in catalogue_in(session, include_retired=True)
        if record.aggregation != SUM and record.unit != COUNT
    ]
    if not indicators or not context.people:
        return
    ids = list(context.people)
    days = [on - timedelta(days=back) for back in range(limits.window_days - 1, -1, -1)]
    stored = read_days(session, ids, days)
    if not stored:
        return
    last_day: dict[int, date] = {}
    counted: dict[tuple[int, int], int] = defaultdict(int)
    for (employee_id, day), values in stored.items():
        last_day[employee_id] = max(day, last_day.get(employee_id, day))
        for indicator_id in values:
            counted[employee_id, indicator_id] += 1
    recent = figures_of_days(indicators, stored, lambda _day: "window")
    this_month = month_of(on)
    months = [shift_month(this_month, -back) for back in range(BASELINE_MONTHS, 0, -1)]
    baseline: dict[tuple[int, int], list[float]] = defaultdict(list)
    for employee_id, indicator_id, value in session.execute(
        select(IndicatorMonth.employee_id, IndicatorMonth.indicator_id, IndicatorMonth.value).where(
            IndicatorMonth.employee_id.in_(ids), IndicatorMonth.month.in_(months)
        )
    ):
        baseline[employee_id, indicator_id].append(value)
    targets = targets_in(session, this_month)
    by_id = {record.id: record for record in indicators}
    for (employee_id, _window), figures in recent.items():
        person = context.people[employee_id]
        team_targets = targets.of(person.team_id)
        for indicator_id, (value, _count) in figures.items():
            record = by_id.get(indicator_id)
            if record is None or counted[employee_id, indicator_id] < limits.min_days:
                continue
            shown = {"indicator": record.label, "days": limits.window_days, "value": format_value(record.unit, value)}
            day = last_day[employee_id]
            before = baseline.get((employee_id, indicator_id))
            if before:
                level = sum(before) / len(before)
                how_much = _worse_by(record, value, level, limits)
                if how_much >= 1:
                    side = t("attention.side.below" if record.direction == HIGHER else "attention.side.above")
                    text = t("attention.fell", side=side, baseline=format_value(record.unit, level), **shown)
                    weight = 1.5 + 0.5 * min(how_much, 4.0)
                    yield employee_id, Reason(INDICATOR_FELL, text, weight, day, "indicators")
                    continue
            target = team_targets.get(indicator_id)
            if target is not None and _worse_by(record, value, target.value, limits) >= 1:
                text = t("attention.below_target", target=format_value(record.unit, target.value), **shown)
                yield employee_id, Reason(BELOW_TARGET, text, 1.0, day, "indicators")


def _worse_by(record, value: float, reference: float, limits: Thresholds) -> float:
    """How much worse than the reference (the person's level, the target) the value is, in
    thresholds: 1 is just enough to say so. A rate in percentage points, others in shares."""
    worse = (reference - value) if record.direction == HIGHER else (value - reference)
    if record.unit == RATE:
        return worse * 100 / limits.fall_points
    return (worse / abs(reference) * 100 / limits.fall_percent) if reference else 0.0


def talk_signal(context: Context) -> Iterable[tuple[int, Reason]]:
    """No talk (a monthly talk or the half-year survey, with anyone) for longer than the
    threshold since the last one, or since joining."""
    on, limit = context.on, context.thresholds.talk_days
    last = dict(
        context.session.execute(
            select(Talk.employee_id, func.max(Talk.talk_date))
            .where(Talk.employee_id.in_(list(context.people)), Talk.kind.in_(COUNTING_KINDS), Talk.talk_date <= on)
            .group_by(Talk.employee_id)
        ).all()
    )
    month_start = month_period(month_of(on)).start
    for employee_id, person in context.people.items():
        talked = last.get(employee_id)
        since = talked or person.hire_date
        if since is not None and (on - since).days <= limit:
            continue
        if talked is None:
            text, gap = t("attention.never_talked"), limit * 2
        else:
            gap = (on - talked).days
            key = "attention.no_talk_month" if talked < month_start else "attention.no_talk_days"
            text = t(key, day=_day(talked), days=gap)
        weight = 2.0 + min((gap - limit) / 30, 2.0)
        yield employee_id, Reason(TALK_OVERDUE, text, weight, on, record_link(employee_id))


def stress_signal(context: Context) -> Iterable[tuple[int, Reason]]:
    """A stress-account entry in the last days (its date only: what it says stays with its
    readers)."""
    on = context.on
    since = on - timedelta(days=context.thresholds.stress_days - 1)
    latest = context.session.execute(
        select(AccountEntry.employee_id, func.max(AccountEntry.entry_date))
        .where(
            AccountEntry.employee_id.in_(list(context.people)),
            AccountEntry.account == STRESS_ACCOUNT,
            AccountEntry.entry_date.between(since, on),
        )
        .group_by(AccountEntry.employee_id)
    )
    for employee_id, day in latest:
        ago = (on - day).days
        text = t("attention.stress", days=ago) if ago else t("attention.stress_today")
        yield employee_id, Reason(STRESS, text, 3.0, day, record_link(employee_id))


def follow_up_signal(context: Context) -> Iterable[tuple[int, Reason]]:
    """Open follow-ups past their due day; the link opens the oldest."""
    rows = context.session.execute(
        select(FollowUp.employee_id, FollowUp.id, FollowUp.due_date)
        .where(
            FollowUp.employee_id.in_(list(context.people)),
            FollowUp.status.not_in(CLOSED_STATUSES),
            FollowUp.due_date < context.on,
        )
        .order_by(FollowUp.due_date, FollowUp.id)
    )
    overdue: dict[int, list[int]] = defaultdict(list)
    for employee_id, follow_up_id, _due in rows:
        overdue[employee_id].append(follow_up_id)
    for employee_id, items in overdue.items():
        text = t("attention.follow_ups", count=len(items))
        weight = 1.0 + 0.5 * min(len(items), 4)
        yield employee_id, Reason(FOLLOW_UPS_OVERDUE, text, weight, context.on, f"talks/follow-up/{items[0]}")


def tenure_signal(context: Context) -> Iterable[tuple[int, Reason]]:
    """The first weeks after joining: the first two weigh more."""
    on, weeks = context.on, context.thresholds.new_hire_weeks
    for employee_id, person in context.people.items():
        hired = person.hire_date
        if hired is None or hired > on or (on - hired).days >= weeks * 7:
            continue
        week = (on - hired).days // 7 + 1
        weight = 1.5 if week <= 2 else 1.0
        yield employee_id, Reason(NEW_HIRE, t("attention.new_hire", week=week), weight, on, person_link(employee_id))


def growth_signal(context: Context) -> Iterable[tuple[int, Reason]]:
    """The growth diary's latest month (this one or the one before) slipped against the
    month before it, by the diary's own rule (workbench.growth.trend_of)."""
    this_month = month_of(context.on)
    months = [shift_month(this_month, -back) for back in range(2, -1, -1)]
    entries: dict[int, dict] = defaultdict(dict)
    for row in context.session.execute(
        select(*RECORD_COLUMNS).where(
            GrowthRecord.employee_id.in_(list(context.people)), GrowthRecord.month.in_(months)
        )
    ):
        entry = entry_of_row(row)
        entries[entry.employee_id][entry.month] = entry
    for employee_id, by_month in entries.items():
        latest = max((month for month in by_month if by_month[month].has_scores), default=None)
        if latest is None:
            continue
        change = change_since(by_month[latest], by_month.get(shift_month(latest, -1)))
        if trend_of(change) != SLIPPED:
            continue
        year, number = (int(part) for part in latest.split("-"))
        text = t("attention.growth_slipped", month=t("attention.month", year=year, month=number), points=f"{-change:g}")
        day = min(month_period(latest).end, context.on)
        yield employee_id, Reason(GROWTH_SLIPPED, text, 1.5, day, "growth")


def appeal_signal(context: Context) -> Iterable[tuple[int, Reason]]:
    """An appeal (复议) raised for the person and not answered yet: the agent is waiting to
    hear; past its reply day it weighs more. The link opens the 绩效沟通 page's appeals."""
    on = context.on
    rows = context.session.execute(
        select(Appeal.employee_id, func.min(Appeal.raised_on), func.min(Appeal.due_on), func.count())
        .where(Appeal.employee_id.in_(list(context.people)), Appeal.outcome.is_(None), Appeal.raised_on <= on)
        .group_by(Appeal.employee_id)
    )
    for employee_id, raised, due, count in rows:
        overdue = due is not None and due < on
        key = "attention.appeal_overdue" if overdue else "attention.appeal_waiting"
        text = t(key, count=count, day=_day(raised), due=_day(due) if due else "")
        yield employee_id, Reason(APPEAL_WAITING, text, 2.5 if overdue else 1.5, raised, APPEALS_LINK)


# Every signal, each on its own: a new one is one function added here.
SIGNALS: tuple[Signal, ...] = (
    indicator_signal,
    talk_signal,
    stress_signal,
    follow_up_signal,
    tenure_signal,
    growth_signal,
    appeal_signal,
)
