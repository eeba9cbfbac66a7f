"""Reading the liaison records: the month's cadence for a liaison (who has had their talk,
who is due or overdue, the half-year survey) and an employee's timeline."""

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from workbench import appeals, cards
from workbench.db.engine import Database
from workbench.db.models import Employee, FollowUp, FollowUpEvent, Pairing, Talk
from workbench.errors import UserError
from workbench.liaisons import (
    ACTIVITY,
    CLOSED_STATUSES,
    CONTACT_KINDS,
    HALF_YEAR,
    aware,
    overlapping,
    talk_kind_label,
    talk_record,
)
from workbench.listening import agent_calls_in, listened_text
from workbench.people import LEADER_ROLES
from workbench.periods import Frequency, Period, month_period, period_of
from workbench.team_history import team_name_on
from workbench.texts import t

# cadence ---------------------------------------------------------------------------

TALKED, JOINED_ACTIVITY, DUE, OVERDUE, MISSED = "talked", "joined_activity", "due", "overdue", "missed"
# Joining a team activity with someone is the month's contact with them, though not a talk.
CONTACTED = (TALKED, JOINED_ACTIVITY)


@dataclass(frozen=True)
class CadenceRow:
    employee_id: int
    employee_no: str
    name: str
    team: str | None
    status: str  # talked / joined_activity / due / overdue (no talk for over a month) / missed (a past month)
    last_talk: date | None
    talks_this_month: int
    survey_done: bool  # the half-year survey of the half-year the month is in
    open_follow_ups: int
    activity_day: date | None = None  # the month's team activity joined together, when no talk was had


@dataclass
class Cadence:
    liaison_id: int
    month: str
    rows: list[CadenceRow]

    @property
    def talked(self) -> int:
        """Those contacted this month: a talk, or a team activity joined together."""
        return sum(row.status in CONTACTED for row in self.rows)

    def coverage_by_team(self) -> dict[str | None, tuple[int, int]]:
        """team -> (talked, paired)."""
        teams: dict[str | None, list[int]] = defaultdict(lambda: [0, 0])
        for row in self.rows:
            teams[row.team][0] += row.status in CONTACTED
            teams[row.team][1] += 1
        return {team: (talked, paired) for team, (talked, paired) in teams.items()}


def cadence(database: Database, liaison_id: int, month: str, today: date | None = None) -> Cadence:
    """For the liaison and month: each paired employee, talked or due or overdue."""
    today = today or date.today()
    period = month_period(month)
    half_year = period_of(Frequency.HALF_YEARLY, period.start)
    then = team_name_on(Employee.id, period.end).label("team")  # a past month's teams as they were
    with database.sessions() as session:
        paired = session.execute(
            overlapping(
                select(Employee.id, Employee.employee_no, Employee.name, then, Pairing.start_date)
                .join(Employee, Employee.id == Pairing.employee_id)
                .where(Pairing.liaison_id == liaison_id),
                period,
            )
        ).all()
        ids = [row.id for row in paired]
        talks = session.execute(
            select(Talk.employee_id, Talk.talk_date, Talk.kind).where(
                Talk.liaison_id == liaison_id,
                Talk.employee_id.in_(ids),
                Talk.kind.in_(CONTACT_KINDS),
                Talk.talk_date <= period.end,
            )
        ).all()
        open_counts = defaultdict(int)
        for employee_id in session.scalars(
            select(FollowUp.employee_id).where(FollowUp.employee_id.in_(ids), FollowUp.status.not_in(CLOSED_STATUSES))
        ):
            open_counts[employee_id] += 1
    by_employee: dict[int, list] = defaultdict(list)
    for talk in talks:
        by_employee[talk.employee_id].append(talk)
    rows, seen = [], set()
    for person in sorted(paired, key=lambda row: row.employee_no):
        if person.id in seen:  # paired twice in one month (ended and started again)
            continue
        seen.add(person.id)
        theirs = [talk for talk in by_employee[person.id] if talk.kind != ACTIVITY]
        this_month = [talk for talk in theirs if talk.talk_date >= period.start]
        last = max((talk.talk_date for talk in theirs), default=None)
        activities = [
            talk.talk_date
            for talk in by_employee[person.id]
            if talk.kind == ACTIVITY and talk.talk_date >= period.start
        ]
        activity_day = None if this_month else min(activities, default=None)
        rows.append(
            CadenceRow(
                employee_id=person.id,
                employee_no=person.employee_no,
                name=person.name,
                team=person.team,
                status=JOINED_ACTIVITY if activity_day else _status(this_month, last, person.start_date, period, today),
                last_talk=last,
                talks_this_month=len(this_month),
                survey_done=any(
                    talk.kind == HALF_YEAR and half_year.start <= talk.talk_date <= half_year.end for talk in theirs
                ),
                open_follow_ups=open_counts[person.id],
                activity_day=activity_day,
            )
        )
    return Cadence(liaison_id=liaison_id, month=month, rows=rows)


def _status(this_month, last: date | None, paired_since: date, period: Period, today: date) -> str:
    if this_month:
        return TALKED
    if period.end < today:
        return MISSED
    since = last or paired_since
    return OVERDUE if (today - since).days > 31 else DUE


# timeline ------------------------------------------------------------------------------


@dataclass(frozen=True)
class TimelineEvent:
    day: date
    kind: str  # hired, left, talk, raised, status, listened
    text: str
    talk_id: int | None = None  # the talk the event is, or raised a follow-up in


def timeline(database: Database, employee_id: int, viewer_id: int | None) -> list[TimelineEvent]:
    """Everything about one employee in date order: joining, talks, follow-ups raised and
    moved on, calls of theirs a leader listened to, leaving. Private notes stay out unless
    the viewer wrote them."""
    with database.sessions() as session:
        person = session.get(Employee, employee_id)
        if person is None:
            raise UserError(t("roster.not_found"))
        names = dict(session.execute(select(Employee.id, Employee.name).where(Employee.role.in_(LEADER_ROLES))).all())
        talk_rows = session.scalars(select(Talk).where(Talk.employee_id == employee_id)).all()
        follow_rows = session.scalars(select(FollowUp).where(FollowUp.employee_id == employee_id)).all()
        event_rows = session.execute(
            select(FollowUpEvent, FollowUp.description)
            .join(FollowUp, FollowUp.id == FollowUpEvent.follow_up_id)
            .where(FollowUp.employee_id == employee_id, FollowUpEvent.status != "open")
        ).all()
        events = []
        if person.hire_date:
            events.append(TimelineEvent(person.hire_date, "hired", t("timeline.hired")))
        for talk in talk_rows:
            record = talk_record(talk, viewer_id)
            summary = "；".join(text for text in (record.pain_points, record.problems, record.guidance) if text)
            if record.private_note:
                summary += t("timeline.private", note=record.private_note)
            text = t(
                "timeline.talk",
                kind=talk_kind_label(talk.kind),
                liaison=names.get(talk.liaison_id, ""),
                summary=summary,
            )
            events.append(TimelineEvent(talk.talk_date, "talk", text, talk.id))
        for item in follow_rows:
            raised = t(f"follow_up.kind.{item.kind}")
            events.append(TimelineEvent(aware(item.raised_at).date(), "raised", f"{raised}：{item.description}"))
        for event, description in event_rows:
            status = t(f"follow_up.status.{event.status}")
            events.append(TimelineEvent(aware(event.at).date(), "status", f"{description} → {status}"))
        events.extend(
            TimelineEvent(call.listened_on, "listened", listened_text(call))
            for call in agent_calls_in(session, employee_id)
        )
        # Performance cards and appeals (workbench.cards, workbench.appeals)
        for source in (cards.timeline_events, appeals.timeline_events):
            events += [TimelineEvent(day, kind, text) for day, kind, text in source(session, employee_id)]
        if person.left_date:
            events.append(TimelineEvent(person.left_date, "left", t("timeline.left")))
    order = {"hired": 0, "talk": 1, "listened": 2, "card": 3, "appeal": 4, "raised": 5, "status": 6, "left": 7}
    return sorted(events, key=lambda event: (event.day, order[event.kind]))
