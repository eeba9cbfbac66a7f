"""The month in figures, for the review (月度复盘) a leader sends up the line: headcount,
checklist completion, talk coverage, half-year surveys, follow-ups and suggestions, and
the detail rows behind them. Figures only; `workbench.export.monthly` writes the workbook.

A scope is one team, or everyone (a manager's or assistant manager's whole center).
Teams are as they were on the month's last day (workbench.team_history), so a month reads
the same after people move on."""

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import and_, case, func, or_, select
from sqlalchemy.orm import aliased

from workbench import checklists, practices
from workbench.checklists import DONE, SKIPPED, Completion
from workbench.db.engine import Database
from workbench.db.models import Employee, FollowUp, FollowUpEvent, Occurrence, Pairing, Talk, Team
from workbench.duties import CATEGORIES
from workbench.errors import UserError
from workbench.liaisons import (
    CARE_SCALES,
    CLOSED_STATUSES,
    CONTACT_KINDS,
    HALF_YEAR,
    REPLY_WITHIN,
    TALK_TEXT_FIELDS,
    FollowUpRecord,
    aware,
    follow_up_record,
    overlapping,
    talk_kind_label,
)
from workbench.people import ACTIVE, LEADER_ROLES, TEAM_LEADER
from workbench.periods import Frequency, Period, month_period, period_of
from workbench.sorting import numbered_name_key
from workbench.team_history import members_of, team_name_on
from workbench.texts import t

TREND_MONTHS = 6
STREAM_BATCH = 2000  # rows fetched at a time for the detail sheets


@dataclass(frozen=True)
class Scope:
    month: str
    team: str | None  # None: every team
    leader_id: int | None  # whose checklist the review reports
    leader_name: str

    @property
    def label(self) -> str:
        return self.team or t("monthly.whole_center")


@dataclass(frozen=True)
class LiaisonCoverage:
    liaison: str
    paired: int
    talked: int
    surveyed: int


@dataclass
class MonthlySummary:
    scope: Scope
    headcount: int  # at month end
    joined: int
    left: int
    completion: dict[str, Completion]  # category and "all"
    trend: list[tuple[str, dict[str, Completion]]]
    coverage: list[LiaisonCoverage]
    follow_ups_opened: int
    follow_ups_closed: int
    follow_ups_open_at_end: int
    follow_ups_overdue_at_end: int
    suggestions_raised: int
    suggestions_answered_in_time: int
    talks: int
    practices: dict[str, object]  # "three ones", growth diary, surveys, care: see workbench.practices

    @property
    def paired(self) -> int:
        return sum(row.paired for row in self.coverage)

    @property
    def talked(self) -> int:
        return sum(row.talked for row in self.coverage)

    @property
    def surveyed(self) -> int:
        return sum(row.surveyed for row in self.coverage)

    def figures(self) -> dict[str, object]:
        """Every figure by a stable key: the `_meta` sheet a roll-up reads."""
        overall = self.completion["all"]
        return {
            "team": self.scope.label,
            "leader": self.scope.leader_name,
            "month": self.scope.month,
            "headcount": self.headcount,
            "joined": self.joined,
            "left": self.left,
            "duties_due": overall.counted,
            "duties_done": overall.done,
            "duties_late": overall.late,
            "duties_skipped": overall.skipped,
            "completion": overall.rate,
            "paired": self.paired,
            "talked": self.talked,
            "coverage": self.talked / self.paired if self.paired else None,
            "surveys_due": self.paired,
            "surveys_done": self.surveyed,
            "talks": self.talks,
            "follow_ups_opened": self.follow_ups_opened,
            "follow_ups_closed": self.follow_ups_closed,
            "follow_ups_open": self.follow_ups_open_at_end,
            "follow_ups_overdue": self.follow_ups_overdue_at_end,
            "suggestions": self.suggestions_raised,
            "suggestions_answered_in_24h": self.suggestions_answered_in_time,
            **self.practices,
        }


def scope_of(database: Database, month: str, team: str | None = None) -> Scope:
    """A named team (its leader's checklist), or without a name the user's own scope: their
    team when they lead one, else every team."""
    month_period(month)  # refuses a month that is not YYYY-MM
    with database.sessions() as session:
        if team is not None:
            if session.scalar(select(Team.id).where(Team.name == team)) is None:
                known = "、".join(sorted(session.scalars(select(Team.name)), key=numbered_name_key))
                raise UserError(t("monthly.unknown_team", team=team, teams=known or "—"))
            period = month_period(month)
            leader = session.execute(  # the team's leader then, who may have moved on or left since
                select(Employee.id, Employee.name)
                .where(
                    Employee.id.in_(members_of(team, period.end)),
                    Employee.role == TEAM_LEADER,
                    or_(
                        Employee.left_date >= period.start,
                        and_(Employee.left_date.is_(None), Employee.status == ACTIVE),
                    ),
                )
                .order_by(Employee.employee_no)
            ).first()
            return Scope(month, team, leader.id if leader else None, leader.name if leader else "")
        me = checklists.me(database)
        person = session.get(Employee, me) if me is not None else None
        if person is None:
            return Scope(month, None, None, "")
        if person.role == TEAM_LEADER and person.team_id is not None:
            return Scope(month, session.get(Team, person.team_id).name, person.id, person.name)
        return Scope(month, None, person.id, person.name)


def center_scope(database: Database, month: str) -> Scope:
    """Every team, with the user's own checklist."""
    month_period(month)
    me = checklists.me(database)
    return Scope(month, None, me, _names(database, [me]).get(me, "") if me is not None else "")


def _members(scope: Scope):
    """The employees of the scope at the month's end, as a query of ids."""
    return members_of(scope.team, month_period(scope.month).end)


def _end_of_day(day: date) -> datetime:
    return datetime.combine(day + timedelta(days=1), time(0), tzinfo=UTC)


def summarize(database: Database, scope: Scope) -> MonthlySummary:
    period = month_period(scope.month)
    members = _members(scope)
    with database.sessions() as session:
        people = session.execute(
            select(Employee.hire_date, Employee.left_date, Employee.status).where(Employee.id.in_(members))
        ).all()
        coverage = _coverage(session, members, period)
        talks = session.scalar(
            select(func.count()).select_from(Talk).where(Talk.employee_id.in_(members), _within(Talk.talk_date, period))
        )
        follow_ups = _follow_up_figures(session, members, period)
    completion = checklists.completion(database, scope.leader_id, period) if scope.leader_id else _no_completion()
    trend = checklists.completion_trend(database, scope.leader_id, scope.month, TREND_MONTHS) if scope.leader_id else []
    return MonthlySummary(
        scope=scope,
        headcount=sum(_employed_on(person, period.end) for person in people),
        joined=sum(person.hire_date is not None and _in_period(person.hire_date, period) for person in people),
        left=sum(person.left_date is not None and _in_period(person.left_date, period) for person in people),
        completion=completion,
        trend=trend,
        coverage=coverage,
        talks=talks or 0,
        practices=practices.month_figures(database, scope),
        **follow_ups,
    )


def _coverage(session, members, period: Period) -> list[LiaisonCoverage]:
    """Per liaison: the scope's people paired with them in the month, those they talked
    with (a monthly talk, the survey or a team activity joined together, as the cadence counts), and the half-year survey."""
    half_year = period_of(Frequency.HALF_YEARLY, period.start)
    pairs = {
        tuple(row)
        for row in session.execute(
            overlapping(select(Pairing.liaison_id, Pairing.employee_id).where(Pairing.employee_id.in_(members)), period)
        )
    }
    talks = select(Talk.liaison_id, Talk.employee_id).where(Talk.employee_id.in_(members)).distinct()
    talked = {
        tuple(row)
        for row in session.execute(talks.where(Talk.kind.in_(CONTACT_KINDS), _within(Talk.talk_date, period)))
    }
    surveyed = {
        tuple(row) for row in session.execute(talks.where(Talk.kind == HALF_YEAR, _within(Talk.talk_date, half_year)))
    }
    names = dict(
        session.execute(select(Employee.id, Employee.name).where(Employee.id.in_({pair[0] for pair in pairs}))).all()
    )
    by_liaison: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for pair in pairs:
        by_liaison[pair[0]].append(pair)
    coverage = [
        LiaisonCoverage(
            liaison=names.get(liaison_id, ""),
            paired=len(theirs),
            talked=sum(pair in talked for pair in theirs),
            surveyed=sum(pair in surveyed for pair in theirs),
        )
        for liaison_id, theirs in by_liaison.items()
    ]
    return sorted(coverage, key=lambda row: row.liaison)


def _within(column, period: Period):
    return column.between(period.start, period.end)


def _in_period(day: date, period: Period) -> bool:
    return period.start <= day <= period.end


def _employed_on(person, day: date) -> bool:
    """On the payroll that day: hired by then and not yet gone (a leaver without a date
    is taken as gone)."""
    if person.hire_date is not None and person.hire_date > day:
        return False
    if person.left_date is not None:
        return person.left_date > day
    return person.status == ACTIVE


def _no_completion() -> dict[str, Completion]:
    return {key: Completion() for key in (*CATEGORIES, "all")}


def _names(database: Database, ids) -> dict[int, str]:
    with database.sessions() as session:
        return dict(session.execute(select(Employee.id, Employee.name).where(Employee.id.in_(list(ids)))).all())


@dataclass(frozen=True)
class FollowUpAtEnd:
    """A follow-up as the month's end found it."""

    item: FollowUpRecord  # as it stands today
    status: str  # at the month's end
    closed_at: datetime | None  # when it was closed for good, if it was by then


def _follow_ups_at_end(session, members, period: Period) -> list[FollowUpAtEnd]:
    """The scope's follow-ups raised by the month's end and not closed before it began,
    each with its status then, read from its history of status changes."""
    start, end = _end_of_day(period.start - timedelta(days=1)), _end_of_day(period.end)
    # Closed before the month and not changed since: nothing the month has to say about it.
    # Years of closed follow-ups stay in the database, and out of this query.
    relevant = and_(
        FollowUp.employee_id.in_(members),
        FollowUp.raised_at < end,
        or_(FollowUp.raised_at >= start, FollowUp.status.not_in(CLOSED_STATUSES), FollowUp.updated_at >= start),
    )
    items = [follow_up_record(row) for row in session.scalars(select(FollowUp).where(relevant))]
    history: dict[int, list[tuple[datetime, str]]] = defaultdict(list)
    events = (
        select(FollowUpEvent.follow_up_id, FollowUpEvent.at, FollowUpEvent.status)
        .join(FollowUp, FollowUp.id == FollowUpEvent.follow_up_id)
        .where(relevant, FollowUpEvent.at < end)
        .order_by(FollowUpEvent.at, FollowUpEvent.id)
    )
    for follow_up_id, at, status in session.execute(events):
        history[follow_up_id].append((aware(at), status))
    found = []
    for item in items:
        changes = history.get(item.id) or [(item.raised_at, "open")]
        closed_at = None
        for at, status in reversed(changes):  # the last unbroken run of closed statuses
            if status not in CLOSED_STATUSES:
                break
            closed_at = at
        found.append(FollowUpAtEnd(item, changes[-1][1], closed_at))
    return found


def _follow_up_figures(session, members, period: Period) -> dict[str, int]:
    start = _end_of_day(period.start - timedelta(days=1))
    figures = dict.fromkeys(
        (
            "follow_ups_opened",
            "follow_ups_closed",
            "follow_ups_open_at_end",
            "follow_ups_overdue_at_end",
            "suggestions_raised",
            "suggestions_answered_in_time",
        ),
        0,
    )
    for found in _follow_ups_at_end(session, members, period):
        item = found.item
        if item.raised_at >= start:
            figures["follow_ups_opened"] += 1
            if item.kind == "suggestion":
                figures["suggestions_raised"] += 1
                answered = item.replied_at is not None and item.replied_at - item.raised_at <= REPLY_WITHIN
                figures["suggestions_answered_in_time"] += answered
        if found.closed_at is None:
            figures["follow_ups_open_at_end"] += 1
            figures["follow_ups_overdue_at_end"] += item.due_date is not None and item.due_date < period.end
        elif found.closed_at >= start:
            figures["follow_ups_closed"] += 1
    return figures


# the detail sheets: rows of plain values, streamed ----------------------------------


def _leaders_of(scope: Scope):
    owners = select(Employee.id).where(Employee.role.in_(LEADER_ROLES))
    return owners if scope.team is None else owners.where(Employee.id.in_(_members(scope)))


def checklist_summary_rows(database: Database, scope: Scope) -> Iterator[tuple]:
    """One row a leader's duty with how it went in the month: a daily duty's ticks summed,
    so the sheet reads as a review, not a month of ticks. Due counts as in 概览: without
    the skipped (with their reason they do not count against the leader)."""
    period = month_period(scope.month)
    count_of = lambda condition: func.sum(case((condition, 1), else_=0))  # noqa: E731
    query = (
        select(
            Employee.name,
            func.max(Occurrence.category),
            func.max(Occurrence.frequency),
            func.max(Occurrence.work),
            func.count(),
            count_of(Occurrence.status == DONE),
            count_of((Occurrence.status == DONE) & (Occurrence.done_on > Occurrence.due_date)),
            count_of(Occurrence.status == SKIPPED),
        )
        .join(Employee, Employee.id == Occurrence.owner_id)
        .where(Occurrence.owner_id.in_(_leaders_of(scope)), _within(Occurrence.due_date, period))
        .group_by(Employee.employee_no, Employee.name, Occurrence.item_id)
        .order_by(Employee.employee_no, func.min(Occurrence.due_date), Occurrence.item_id)
    )
    with database.sessions() as session:
        for owner, category, frequency, work, total, done, late, skipped in session.execute(query):
            due = total - skipped
            yield (
                owner,
                t(f"category.{category}"),
                t(f"frequency.{frequency}"),
                work,
                due,
                done,
                late,
                skipped,
                done / due if due else None,
            )


def checklist_rows(database: Database, scope: Scope) -> Iterator[tuple]:
    """Each duty due in the month of the scope's leaders: the team's leaders, or every leader."""
    period = month_period(scope.month)
    owners = _leaders_of(scope)
    query = (
        select(Employee.name, Occurrence)
        .join(Employee, Employee.id == Occurrence.owner_id)
        .where(Occurrence.owner_id.in_(owners), _within(Occurrence.due_date, period))
        .order_by(Employee.employee_no, Occurrence.due_date, Occurrence.id)
    )
    with database.sessions() as session:
        for owner, row in session.execute(query).yield_per(STREAM_BATCH):
            yield (
                owner,
                t(f"category.{row.category}"),
                t(f"frequency.{row.frequency}"),
                row.work,
                row.requirement,
                row.deliverable,
                row.period_start,
                row.due_date,
                t(f"monthly.duty.{row.status}"),
                row.done_on,
                row.skip_reason or row.note,
            )


def talk_rows(database: Database, scope: Scope, viewer_id: int | None, include_private: bool) -> Iterator[tuple]:
    """Each talk of the month with the scope's people. A private note only when asked for,
    and only the viewer's own: nobody exports another leader's private notes."""
    period = month_period(scope.month)
    liaison = aliased(Employee)
    query = (
        select(Talk, Employee.employee_no, Employee.name, team_name_on(Employee.id, period.end), liaison.name)
        .join(Employee, Employee.id == Talk.employee_id)
        .join(liaison, liaison.id == Talk.liaison_id)
        .where(Talk.employee_id.in_(_members(scope)), _within(Talk.talk_date, period))
        .order_by(Talk.talk_date, Employee.employee_no, Talk.id)
    )
    with database.sessions() as session:
        for talk, number, name, team, liaison_name in session.execute(query).yield_per(STREAM_BATCH):
            row = (
                talk.talk_date,
                number,
                name,
                team or "",
                talk_kind_label(talk.kind),
                liaison_name,
                *(getattr(talk, field_name) for field_name in TALK_TEXT_FIELDS),
                *(getattr(talk, dimension) or "" for dimension in CARE_SCALES),
            )
            if include_private:
                row += (talk.private_note if talk.liaison_id == viewer_id else "",)
            yield row


def follow_up_rows(database: Database, scope: Scope) -> Iterator[tuple]:
    """The follow-ups still open at the month's end and those closed during it."""
    period = month_period(scope.month)
    start = _end_of_day(period.start - timedelta(days=1))
    with database.sessions() as session:
        items = [
            found
            for found in _follow_ups_at_end(session, _members(scope), period)
            if found.closed_at is None or found.closed_at >= start
        ]
        people = dict(
            (row.id, (row.employee_no, row.name))
            for row in session.execute(
                select(Employee.id, Employee.employee_no, Employee.name).where(
                    Employee.id.in_({found.item.employee_id for found in items})
                )
            )
        )
    for found in sorted(items, key=lambda found: (found.item.raised_at, found.item.id)):
        item = found.item
        number, name = people[item.employee_id]
        yield (
            item.raised_at.date(),
            number,
            name,
            t(f"follow_up.kind.{item.kind}"),
            item.description,
            item.owner,
            item.due_date,
            t(f"follow_up.status.{found.status}"),
            found.closed_at.date() if found.closed_at else None,
        )


def roster_rows(database: Database, scope: Scope) -> Iterator[tuple]:
    """Everyone on the payroll at the month's end, and those who left during it."""
    period = month_period(scope.month)
    then = team_name_on(Employee.id, period.end).label("team")
    query = select(Employee, then).where(Employee.id.in_(_members(scope))).order_by(then, Employee.employee_no)
    with database.sessions() as session:
        for person, team in session.execute(query).yield_per(STREAM_BATCH):
            left_this_month = person.left_date is not None and _in_period(person.left_date, period)
            if _employed_on(person, period.end) or left_this_month:
                status = t("status.left") if left_this_month else t("status.active")
                yield (
                    person.employee_no,
                    person.name,
                    person.gender or "",
                    team or "",
                    person.role or "",
                    person.hire_date,
                    status,
                    person.left_date if left_this_month else None,
                )
