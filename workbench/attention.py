"""关注名单: for a leader's people on a day, who needs attention and why, in plain words with
the evidence, ranked by how much and how recently.

Each reason comes from one signal: a function of the day's context returning
(employee id, Reason) pairs. The signals are independent and listed in SIGNALS, so a new
one (复议待答复 once appeals exist) is one function added to the list. A reason links to
where it is acted on ("talks/record/12", "talks/follow-up/7", "indicators").

A person marked 已关注 (AttentionMark) is quiet on the list until the mark's last day; the
mark's note is user text with a talk's privacy and never leaves the person's line (nor
the log). Thresholds are the center's to tune (preferences "attention.*")."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, fields
from datetime import date, timedelta

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from workbench.conflicts import check_version
from workbench.db.attention_models import AttentionMark
from workbench.db.card_models import Appeal
from workbench.db.engine import Database
from workbench.db.indicator_models import IndicatorMonth
from workbench.db.models import Employee, FollowUp, Pairing, Preference, Talk, Team, TeamSpell
from workbench.db.practice_models import ACCOUNTS, AccountEntry, GrowthRecord
from workbench.errors import UserError
from workbench.growth import RECORD_COLUMNS, SLIPPED, change_since, entry_of_row, trend_of
from workbench.indicator_targets import targets_in
from workbench.indicator_values import figures_of_days, read_days
from workbench.indicators import COUNT, HIGHER, RATE, SUM, catalogue_in, format_value
from workbench.liaisons import CLOSED_STATUSES, COUNTING_KINDS
from workbench.people import ACTIVE, LEADER_ROLES
from workbench.periods import month_of, month_period, shift_month
from workbench.reminders import APPEALS_LINK
from workbench.sorting import numbered_name_key
from workbench.team_history import team_members, teams_on
from workbench.texts import t

PREFIX = "attention."
NOTE_LIMIT = 1000
BASELINE_MONTHS = 3  # a person's own level: the mean of their three months before this one
TOP = 5  # the first page's panel
# Kinds of reasons, in the order the review counts them.
INDICATOR_FELL, BELOW_TARGET = "indicator_fell", "below_target"
TALK_OVERDUE, STRESS, FOLLOW_UPS_OVERDUE = "talk_overdue", "stress", "follow_ups_overdue"
NEW_HIRE, GROWTH_SLIPPED, APPEAL_WAITING = "new_hire", "growth_slipped", "appeal_waiting"
STRESS_ACCOUNT = ACCOUNTS[0]  # 压力账户
KINDS = (
    INDICATOR_FELL, BELOW_TARGET, TALK_OVERDUE, STRESS, FOLLOW_UPS_OVERDUE, NEW_HIRE, GROWTH_SLIPPED, APPEAL_WAITING,
)  # fmt: skip


@dataclass(frozen=True)
class Thresholds:
    """What flags a person; each stored as preference "attention.<name>" when the center
    changes it. Defaults pinned by tests/core/test_attention.py."""

    fall_points: int = 3  # a rate (满意度) worse than the person's own level by these percentage points
    fall_percent: int = 5  # any other figure (质检得分, 处理时长) worse by this share of it
    window_days: int = 10  # the recent days a figure is made of (近10天)
    min_days: int = 3  # days with numbers in the window before it says anything
    talk_days: int = 31  # days without a talk (since the last one, or joining): as the talks page's overdue
    stress_days: int = 14  # a stress entry this recent
    new_hire_weeks: int = 8  # the first weeks after joining
    quiet_days: int = 14  # how long 已关注 quiets a person


def thresholds_in(session: Session) -> Thresholds:
    stored = dict(
        session.execute(select(Preference.key, Preference.value).where(Preference.key.startswith(PREFIX))).all()
    )
    values = {}
    for name in (f.name for f in fields(Thresholds)):
        text = stored.get(PREFIX + name)
        if text is not None and text.strip().isdigit() and int(text) > 0:
            values[name] = int(text)
    return Thresholds(**values)


def thresholds(database: Database) -> Thresholds:
    with database.sessions() as session:
        return thresholds_in(session)


def set_thresholds(database: Database, **values: int) -> Thresholds:
    """Change some thresholds (by name); the others stay."""
    names = {f.name for f in fields(Thresholds)}
    for name, value in values.items():
        if name not in names or not isinstance(value, int) or value <= 0:
            raise UserError(t("attention.bad_threshold", name=name))
    with database.sessions.begin() as session:
        for name, value in values.items():
            session.merge(Preference(key=PREFIX + name, value=str(value)))
        return thresholds_in(session)


# what the list holds --------------------------------------------------------------------


@dataclass(frozen=True)
class Reason:
    kind: str
    text: str  # in plain words, with the evidence
    weight: float  # how much it matters
    day: date  # when its evidence is from (ranking: the more recent, the more it counts)
    link: str  # where it is acted on


@dataclass(frozen=True)
class Mark:
    id: int
    employee_id: int
    author_id: int | None
    marked_on: date
    quiet_until: date
    note: str
    version: int | None = None


@dataclass(frozen=True)
class AttentionPerson:
    employee_id: int
    employee_no: str
    name: str
    team: str | None
    reasons: tuple[Reason, ...]  # the weightiest first
    score: float
    mark: Mark | None = None  # 已关注 on the day: quiet

    @property
    def link(self) -> str:
        """Where the person is acted on first: their first reason's link."""
        return self.reasons[0].link if self.reasons else person_link(self.employee_id)

    @property
    def kinds(self) -> list[str]:
        return [reason.kind for reason in self.reasons]


@dataclass(frozen=True)
class AttentionList:
    on: date
    people: list[AttentionPerson]  # who needs attention, most first
    quiet: list[AttentionPerson] = field(default_factory=list)  # marked 已关注: reasons kept, not pressed


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


# the list -------------------------------------------------------------------------------


def _recency(day: date, on: date) -> float:
    """1 for evidence of the last week, halving every further 30 days, never below a quarter."""
    age = max((on - day).days - 7, 0)
    return max(0.5 ** (age / 30), 0.25)


def _people(session: Session, on: date, leader_id: int | None, team: str | None) -> dict[int, Person]:
    """The leader's people on the day (those paired with them), a team's (its members but
    its leaders), or, with neither, every agent of the center; employed that day."""
    query = select(Employee.id, Employee.employee_no, Employee.name, Employee.hire_date).where(
        or_(Employee.hire_date.is_(None), Employee.hire_date <= on),
        or_(Employee.left_date >= on, (Employee.left_date.is_(None)) & (Employee.status == ACTIVE)),
    )
    if team is not None:
        team_id = session.scalar(select(Team.id).where(Team.name == team))
        if team_id is None:
            raise UserError(t("attention.unknown_team", team=team))
        query = query.where(Employee.id.in_(team_members(team_id, on)), _not_leader())
    elif leader_id is not None:
        paired = select(Pairing.employee_id).where(
            Pairing.liaison_id == leader_id,
            Pairing.start_date <= on,
            or_(Pairing.end_date.is_(None), Pairing.end_date >= on),
        )
        query = query.where(Employee.id.in_(paired))
    else:
        query = query.where(_not_leader())
    rows = session.execute(query).all()
    ids = [row.id for row in rows]
    team_of = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        team_of.update(session.execute(teams_on(on).where(TeamSpell.employee_id.in_(chunk))).all())
    names = dict(session.execute(select(Team.id, Team.name)).all())
    return {
        row.id: Person(
            row.id, row.employee_no, row.name, names.get(team_of.get(row.id)), team_of.get(row.id), row.hire_date
        )
        for row in rows
    }


def _not_leader():
    return or_(Employee.role.is_(None), Employee.role.not_in(LEADER_ROLES))


def _kind_order(kind: str) -> int:
    return KINDS.index(kind) if kind in KINDS else len(KINDS)


def _marks(session: Session, ids: list[int], on: date) -> dict[int, Mark]:
    """The latest 已关注 covering the day of each of these people."""
    rows = session.scalars(
        select(AttentionMark)
        .where(AttentionMark.employee_id.in_(ids), AttentionMark.marked_on <= on, AttentionMark.quiet_until >= on)
        .order_by(AttentionMark.marked_on, AttentionMark.id)
    )
    return {row.employee_id: _mark(row) for row in rows}  # the latest comes last


def _mark(row: AttentionMark) -> Mark:
    return Mark(row.id, row.employee_id, row.author_id, row.marked_on, row.quiet_until, row.note, row.version)


def attention_in(
    session: Session,
    on: date,
    leader_id: int | None = None,
    team: str | None = None,
    signals: Iterable[Signal] = SIGNALS,
) -> AttentionList:
    people = _people(session, on, leader_id, team)
    if not people:
        return AttentionList(on, [])
    context = Context(session, on, people, thresholds_in(session))
    found: dict[int, list[Reason]] = defaultdict(list)
    for signal in signals:
        for employee_id, reason in signal(context):
            found[employee_id].append(reason)
    marks = _marks(session, list(found), on)
    pressing, quiet = [], []
    for employee_id, reasons in found.items():
        person = people[employee_id]
        counted = sorted(
            reasons, key=lambda reason: (-reason.weight * _recency(reason.day, on), _kind_order(reason.kind))
        )
        score = round(sum(reason.weight * _recency(reason.day, on) for reason in reasons), 3)
        entry = AttentionPerson(
            person.id, person.employee_no, person.name, person.team, tuple(counted), score, marks.get(employee_id)
        )
        (quiet if entry.mark else pressing).append(entry)
    order = lambda entry: (  # noqa: E731
        -entry.score,
        -max(reason.day for reason in entry.reasons).toordinal(),
        numbered_name_key(entry.employee_no),
    )
    return AttentionList(on, sorted(pressing, key=order), sorted(quiet, key=order))


def attention_list(
    database: Database, on: date, leader_id: int | None = None, team: str | None = None
) -> AttentionList:
    """Who needs attention on the day, most first: the leader's people (paired with them),
    a team's, or the whole center's agents with neither. Those marked 已关注 are apart."""
    with database.sessions() as session:
        return attention_in(session, on, leader_id, team)


# 已关注 ---------------------------------------------------------------------------------


def mark(
    database: Database,
    employee_id: int,
    author_id: int | None,
    on: date,
    note: str = "",
    days: int | None = None,
) -> Mark:
    """Mark a person 已关注 from the day: quiet on the list for `days` (the center's
    default when None), the last day included."""
    note = (note or "").strip()
    if len(note) > NOTE_LIMIT:
        raise UserError(t("attention.note_too_long", limit=NOTE_LIMIT))
    with database.sessions.begin() as session:
        if session.get(Employee, employee_id) is None:
            raise UserError(t("attention.unknown_employee"))
        days = days or thresholds_in(session).quiet_days
        row = AttentionMark(
            employee_id=employee_id,
            author_id=author_id,
            marked_on=on,
            quiet_until=on + timedelta(days=days - 1),
            note=note,
        )
        session.add(row)
        session.flush()
        return _mark(row)


def lift(database: Database, mark_id: int, version: int | None = None) -> None:
    """Take a 已关注 back: the person is on the list again."""
    with database.sessions.begin() as session:
        row = session.get(AttentionMark, mark_id)
        if row is None:
            raise UserError(t("attention.mark_missing"))
        check_version(AttentionMark, row, version, lambda: _mark(row))
        session.delete(row)


def marks_of(database: Database, employee_id: int) -> list[Mark]:
    """Every 已关注 of a person, newest first."""
    with database.sessions() as session:
        rows = session.scalars(
            select(AttentionMark)
            .where(AttentionMark.employee_id == employee_id)
            .order_by(AttentionMark.marked_on.desc(), AttentionMark.id.desc())
        )
        return [_mark(row) for row in rows]
