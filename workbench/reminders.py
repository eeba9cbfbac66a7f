"""What needs the user today: duties due today and overdue, people not yet talked with
this month, follow-ups past their due date, employee requests unanswered after 24 hours. Read
while the workbench runs; nothing runs in the background when it is closed."""

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select

from workbench import appeals, cadence, checklists, liaisons
from workbench.db.engine import Database
from workbench.db.models import FollowUp, Talk
from workbench.liaisons import CLOSED_STATUSES
from workbench.periods import month_of, month_period

# The month's talks are pressed for in its last week.
LAST_WEEK_DAYS = 7
REPLY_LINK = "talks/follow-up/"  # + the follow-up's id
APPEALS_LINK = "cards/appeals"  # the 绩效沟通 page's appeals


@dataclass(frozen=True)
class Reminders:
    duties_due_today: int
    duties_overdue: int
    talks_not_yet: int  # people paired with the user not yet talked with this month
    month_ends_in: int  # days left in the month, today included
    follow_ups_overdue: int
    replies_overdue: int
    oldest_reply: int | None = None  # the follow-up the replies' link opens on
    appeals_overdue: int = 0  # appeals (复议) past their reply limit, raised by or routed to the user

    @property
    def replies_link(self) -> str:
        """Where the unanswered requests' link leads: the oldest one, on the talks page."""
        return "talks" if self.oldest_reply is None else f"{REPLY_LINK}{self.oldest_reply}"

    @property
    def appeals_link(self) -> str:
        return APPEALS_LINK

    @property
    def talks_pressing(self) -> bool:
        return self.talks_not_yet > 0 and self.month_ends_in <= LAST_WEEK_DAYS

    @property
    def anything(self) -> bool:
        return any(
            (
                self.duties_due_today,
                self.duties_overdue,
                self.talks_pressing,
                self.follow_ups_overdue,
                self.replies_overdue,
                self.appeals_overdue,
            )
        )


def reminders_for(database: Database, person_id: int, today: date, now: datetime) -> Reminders:
    day = checklists.checklist_day(database, person_id, today, today)
    due_today = sum(
        record.status == checklists.OPEN and record.due_date == today
        for records in day.sections.values()
        for record in records
    )
    overdue = len(day.overdue) + sum(
        record.overdue_on(today) for records in day.sections.values() for record in records
    )
    month = cadence.cadence(database, person_id, month_of(today), today)
    with database.sessions() as session:
        follow_ups_overdue = session.scalar(
            select(func.count())
            .select_from(FollowUp)
            .join(Talk, Talk.id == FollowUp.talk_id)
            .where(Talk.liaison_id == person_id, FollowUp.status.not_in(CLOSED_STATUSES), FollowUp.due_date < today)
        )
    replies = liaisons.overdue_replies(database, person_id, now)
    late_appeals = appeals.overdue_appeals(database, person_id, today)
    return Reminders(
        duties_due_today=due_today,
        duties_overdue=overdue,
        talks_not_yet=sum(row.status in (cadence.DUE, cadence.OVERDUE) for row in month.rows),
        month_ends_in=(month_period(month_of(today)).end - today).days + 1,
        follow_ups_overdue=follow_ups_overdue,
        replies_overdue=len(replies),
        oldest_reply=replies[0].id if replies else None,
        appeals_overdue=len(late_appeals),
    )
