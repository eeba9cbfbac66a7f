"""Care and recognition (关怀与表彰) and the three accounts (三个账户).

The month of a team (or the whole center): birthdays and work anniversaries coming up,
customer praise (客户表扬), service stars (服务明星) and festival activities; per employee,
the log the leader keeps of stress relieved (压力账户, subtract), growth added (成长账户,
add) and feeling built (情感账户, multiply), often filled from a talk or an event.

Teams are as the roster has them now. A team-wide event keeps its team; a person's event
belongs to whichever team the person is in. Stress entries are sensitive (they speak of
pressure, health, family): only their author and the line above team leaders read them,
and exports leave them out unless the author asks for their own."""

from dataclasses import dataclass
from datetime import date

from sqlalchemy import Select, extract, func, or_, select
from sqlalchemy.orm import aliased

from workbench.conflicts import check_version
from workbench.db.engine import Database
from workbench.db.models import Employee, Talk, Team
from workbench.db.practice_models import ACCOUNTS, CARE_KINDS, AccountEntry, CareEvent
from workbench.errors import UserError
from workbench.liaisons import talk_kind_label
from workbench.people import ACTIVE, ASSISTANT_MANAGER, MANAGER, TEAM_LEADER
from workbench.periods import Period, month_period
from workbench.team_history import team_members, team_name_on
from workbench.texts import t

FESTIVAL, PRAISE, SERVICE_STAR, OTHER = CARE_KINDS
STRESS, GROWTH, FEELING = ACCOUNTS
RECOGNITIONS = (PRAISE, SERVICE_STAR)  # always one person's
KINDS_SHOWN = (*RECOGNITIONS, FESTIVAL, OTHER)  # as a leader reads them: recognitions first
BIRTHDAY, ANNIVERSARY = "birthday", "anniversary"
TITLE_LIMIT, DETAIL_LIMIT, DESCRIPTION_LIMIT = 200, 2000, 1000
# Who may read a stress entry someone else wrote: the line above team leaders.
LINE_MANAGER_ROLES = (ASSISTANT_MANAGER, MANAGER)


def kind_label(kind: str) -> str:
    return t(f"care.kind.{kind}")


def account_label(account: str) -> str:
    return t(f"care.account.{account}")


# scope -------------------------------------------------------------------------------


def team_id_of(session, team: str | None) -> int | None:
    if team is None:
        return None
    team_id = session.scalar(select(Team.id).where(Team.name == team))
    if team_id is None:
        raise UserError(t("care.unknown_team", team=team))
    return team_id


def members_of(team_id: int | None, day: date) -> Select:
    """The team's employees on `day` (all of them when None), as a query of ids."""
    return select(Employee.id) if team_id is None else team_members(team_id, day)


def default_team(database: Database, viewer_id: int | None) -> str | None:
    """What a viewer sees first: a team leader their own team, anyone else the whole center."""
    if viewer_id is None:
        return None
    with database.sessions() as session:
        row = session.execute(
            select(Employee.role, Team.name)
            .outerjoin(Team, Team.id == Employee.team_id)
            .where(Employee.id == viewer_id)
        ).first()
    return row.name if row is not None and row.role == TEAM_LEADER else None


@dataclass(frozen=True)
class Person:
    id: int
    employee_no: str
    name: str
    team: str | None


def people_of(database: Database, team: str | None) -> list[Person]:
    """The active employees of the team (every team when None), by 工号."""
    with database.sessions() as session:
        query = (
            select(Employee.id, Employee.employee_no, Employee.name, Team.name)
            .outerjoin(Team, Team.id == Employee.team_id)
            .where(Employee.status == ACTIVE)
        )
        team_id = team_id_of(session, team)
        if team_id is not None:
            query = query.where(Employee.team_id == team_id)
        return [Person(*row) for row in session.execute(query.order_by(Employee.employee_no))]


# birthdays and work anniversaries ---------------------------------------------------


@dataclass(frozen=True)
class CareDate:
    day: date  # this year's day; a 29 February falls on 28 February in a common year
    kind: str  # birthday / anniversary
    employee_id: int
    employee_no: str
    name: str
    team: str | None
    years: int | None = None  # of service, for an anniversary; an age is never given

    def days_until(self, today: date) -> int:
        return (self.day - today).days

    @property
    def label(self) -> str:
        return t("care.date.birthday") if self.kind == BIRTHDAY else t("care.date.anniversary", years=self.years)


def day_in_year(day: date, year: int) -> date:
    try:
        return day.replace(year=year)
    except ValueError:  # 29 February in a common year
        return date(year, 2, 28)


def care_dates(database: Database, month: str, team: str | None = None) -> list[CareDate]:
    """The month's birthdays and work anniversaries (a whole year of service or more) of
    the team's active employees, by day."""
    period = month_period(month)
    year, number = period.start.year, period.start.month
    then = team_name_on(Employee.id, period.end)
    with database.sessions() as session:
        query = select(
            Employee.id, Employee.employee_no, Employee.name, then, Employee.birthday, Employee.hire_date
        ).where(
            Employee.status == ACTIVE,
            or_(extract("month", Employee.birthday) == number, extract("month", Employee.hire_date) == number),
            Employee.id.in_(members_of(team_id_of(session, team), period.end)),
        )
        rows = session.execute(query).all()
    found = []
    for employee_id, number_text, name, team_name, birthday, hired in rows:
        person = (employee_id, number_text, name, team_name)
        if birthday is not None and birthday.month == number:
            found.append(CareDate(day_in_year(birthday, year), BIRTHDAY, *person))
        if hired is not None and hired.month == number and year - hired.year >= 1:
            found.append(CareDate(day_in_year(hired, year), ANNIVERSARY, *person, years=year - hired.year))
    return sorted(found, key=lambda found_date: (found_date.day, found_date.kind, found_date.employee_no))


# care events ------------------------------------------------------------------------


@dataclass(frozen=True)
class CareEventRecord:
    kind: str
    event_date: date
    title: str
    detail: str = ""
    employee_id: int | None = None  # one person's event
    team: str | None = None  # a team-wide event's team (as read: also a person's team)
    author_id: int | None = None
    id: int | None = None
    employee_no: str = ""  # as read
    employee_name: str = ""
    version: int | None = None  # as read; None: not checked (workbench.conflicts)

    @property
    def team_wide(self) -> bool:
        return self.employee_id is None

    @property
    def whom(self) -> str:
        return self.employee_name if not self.team_wide else f"{self.team or ''}{t('care.whole_team')}"


def _check_text(value: str, field: str, limit: int, required: str | None = None) -> str:
    value = value.strip()
    if required and not value:
        raise UserError(t(required))
    if len(value) > limit:
        raise UserError(t("care.too_long", field=t(field), limit=limit))
    return value


def _check_date(day: date, today: date | None) -> None:
    if day > (today or date.today()):
        raise UserError(t("care.future_date", value=day.isoformat()))


def event_query() -> Select:
    person_team = aliased(Team)
    return (
        select(CareEvent, Employee.employee_no, Employee.name, func.coalesce(Team.name, person_team.name))
        .outerjoin(Employee, Employee.id == CareEvent.employee_id)
        .outerjoin(Team, Team.id == CareEvent.team_id)
        .outerjoin(person_team, person_team.id == Employee.team_id)
    )


def event_record(row) -> CareEventRecord:
    event, number, name, team = row
    return CareEventRecord(
        kind=event.kind,
        event_date=event.event_date,
        title=event.title,
        detail=event.detail,
        employee_id=event.employee_id,
        team=team,
        author_id=event.author_id,
        id=event.id,
        employee_no=number or "",
        employee_name=name or "",
        version=event.version,
    )


def save_event(database: Database, event: CareEventRecord, today: date | None = None) -> CareEventRecord:
    """Record a praise, a service star, a festival activity or other care: for one
    employee, or (festival activities and other care) for a whole team. With an id, the
    event is changed, unless someone else changed it since it was read (EditConflict)."""
    if event.kind not in CARE_KINDS:
        raise UserError(t("care.bad_kind"))
    title = _check_text(event.title, "care.field.title", TITLE_LIMIT, "care.title_required")
    detail = _check_text(event.detail, "care.field.detail", DETAIL_LIMIT)
    _check_date(event.event_date, today)
    if event.employee_id is None:
        if event.kind in RECOGNITIONS:
            raise UserError(t("care.person_only"))
        if event.team is None:
            raise UserError(t("care.whom_required"))
    with database.sessions.begin() as session:
        team_id = None
        if event.employee_id is None:
            team_id = team_id_of(session, event.team)
        elif session.get(Employee, event.employee_id) is None:
            raise UserError(t("care.unknown_employee"))
        if event.id is None:
            row = CareEvent(author_id=event.author_id)
            session.add(row)
        else:
            row = session.get(CareEvent, event.id)
            if row is None:
                raise UserError(t("care.event_missing"))
            check_version(CareEvent, row, event.version, lambda: _read_event(session, row.id))
        row.kind, row.event_date, row.title, row.detail = event.kind, event.event_date, title, detail
        row.employee_id, row.team_id = event.employee_id, team_id
        session.flush()
        return _read_event(session, row.id)


def _read_event(session, event_id: int) -> CareEventRecord:
    return event_record(session.execute(event_query().where(CareEvent.id == event_id)).one())


def month_events(team_id: int | None, period: Period, query: Select) -> Select:
    query = query.where(CareEvent.event_date.between(period.start, period.end))
    if team_id is None:
        return query
    return query.where(or_(CareEvent.team_id == team_id, CareEvent.employee_id.in_(members_of(team_id, period.end))))


def events_of_month(database: Database, month: str, team: str | None = None) -> list[CareEventRecord]:
    """The month's praise, service stars, festival activities and other care, by date."""
    period = month_period(month)
    with database.sessions() as session:
        query = month_events(team_id_of(session, team), period, event_query())
        return [event_record(row) for row in session.execute(query.order_by(CareEvent.event_date, CareEvent.id))]


def events_of_employee(database: Database, employee_id: int, limit: int = 50) -> list[CareEventRecord]:
    """The employee's own events and their team's team-wide ones, newest first."""
    with database.sessions() as session:
        team_id = session.scalar(select(Employee.team_id).where(Employee.id == employee_id))
        whose = CareEvent.employee_id == employee_id
        if team_id is not None:
            whose = or_(whose, CareEvent.team_id == team_id)
        query = event_query().where(whose).order_by(CareEvent.event_date.desc(), CareEvent.id.desc()).limit(limit)
        return [event_record(row) for row in session.execute(query)]


# the three accounts -------------------------------------------------------------------


@dataclass(frozen=True)
class AccountEntryRecord:
    employee_id: int
    account: str
    entry_date: date
    description: str
    talk_id: int | None = None
    care_event_id: int | None = None
    author_id: int | None = None
    id: int | None = None
    source: str = ""  # as read: what it was filled from (a talk's kind and date, an event's title)
    withheld: bool = False  # a stress entry the viewer may not read: no description
    version: int | None = None  # as read; None: not checked (workbench.conflicts)


@dataclass(frozen=True)
class AccountLog:
    employee_id: int
    entries: tuple[AccountEntryRecord, ...]  # newest first

    def of(self, account: str) -> list[AccountEntryRecord]:
        return [entry for entry in self.entries if entry.account == account]

    def counts(self) -> dict[str, int]:
        return {account: len(self.of(account)) for account in ACCOUNTS}


def reads_every_stress_entry(session, viewer_id: int | None) -> bool:
    if viewer_id is None:
        return False
    return session.scalar(select(Employee.role).where(Employee.id == viewer_id)) in LINE_MANAGER_ROLES


def save_account_entry(database: Database, entry: AccountEntryRecord, today: date | None = None) -> AccountEntryRecord:
    """Write one line in an employee's three accounts, perhaps filled from one of their
    talks or care events. With an id, the line is changed, unless someone else changed it
    since it was read (EditConflict)."""
    if entry.account not in ACCOUNTS:
        raise UserError(t("care.bad_account"))
    description = _check_text(
        entry.description, "care.field.description", DESCRIPTION_LIMIT, "care.description_required"
    )
    _check_date(entry.entry_date, today)
    with database.sessions.begin() as session:
        person = session.get(Employee, entry.employee_id)
        if person is None:
            raise UserError(t("care.unknown_employee"))
        if entry.talk_id is not None:
            talk = session.get(Talk, entry.talk_id)
            if talk is None or talk.employee_id != person.id:
                raise UserError(t("care.talk_not_theirs"))
        if entry.care_event_id is not None:
            event = session.get(CareEvent, entry.care_event_id)
            theirs = event is not None and (
                event.employee_id == person.id or (event.employee_id is None and event.team_id == person.team_id)
            )
            if not theirs:
                raise UserError(t("care.event_not_theirs"))
        if entry.id is None:
            row = AccountEntry(author_id=entry.author_id)
            session.add(row)
        else:
            row = session.get(AccountEntry, entry.id)
            if row is None:
                raise UserError(t("care.entry_missing"))
            check_version(
                AccountEntry,
                row,
                entry.version,
                lambda: _log_query(session, AccountEntry.id == row.id, entry.author_id)[0],
            )
        row.employee_id, row.account, row.entry_date = person.id, entry.account, entry.entry_date
        row.description, row.talk_id, row.care_event_id = description, entry.talk_id, entry.care_event_id
        session.flush()
        return _log_query(session, AccountEntry.id == row.id, entry.author_id)[0]


# What an entry was filled from: its talk's date and kind, its event's title (outer joins).
SOURCE_COLUMNS = (Talk.talk_date, Talk.kind, CareEvent.title)


def source_label(talk_date: date | None, talk_kind: str | None, event_title: str | None) -> str:
    if talk_date is not None:
        return t("care.from_talk", kind=talk_kind_label(talk_kind), date=talk_date.isoformat())
    return event_title or ""


def _log_query(session, condition, viewer_id: int | None) -> list[AccountEntryRecord]:
    reads_all = reads_every_stress_entry(session, viewer_id)
    rows = session.execute(
        select(AccountEntry, *SOURCE_COLUMNS)
        .outerjoin(Talk, Talk.id == AccountEntry.talk_id)
        .outerjoin(CareEvent, CareEvent.id == AccountEntry.care_event_id)
        .where(condition)
        .order_by(AccountEntry.entry_date.desc(), AccountEntry.id.desc())
    )
    found = []
    for entry, *source in rows:
        withheld = entry.account == STRESS and not reads_all and entry.author_id != viewer_id
        found.append(
            AccountEntryRecord(
                employee_id=entry.employee_id,
                account=entry.account,
                entry_date=entry.entry_date,
                description="" if withheld else entry.description,
                talk_id=entry.talk_id,
                care_event_id=entry.care_event_id,
                author_id=entry.author_id,
                id=entry.id,
                source=source_label(*source),
                withheld=withheld,
                version=entry.version,
            )
        )
    return found


def account_log(database: Database, employee_id: int, viewer_id: int | None) -> AccountLog:
    """Every entry of the employee's three accounts, newest first. Stress entries are
    withheld (counted, not read) from viewers who neither wrote them nor manage leaders."""
    with database.sessions() as session:
        entries = _log_query(session, AccountEntry.employee_id == employee_id, viewer_id)
    return AccountLog(employee_id, tuple(entries))


def month_entries(team_id: int | None, period: Period, query: Select) -> Select:
    query = query.where(AccountEntry.entry_date.between(period.start, period.end))
    return query if team_id is None else query.where(AccountEntry.employee_id.in_(members_of(team_id, period.end)))


def account_counts(database: Database, month: str, team: str | None = None) -> dict[str, int]:
    """Entries written in the month per account, for the team (every team when None)."""
    period = month_period(month)
    with database.sessions() as session:
        query = select(AccountEntry.account, func.count()).group_by(AccountEntry.account)
        counts = dict(session.execute(month_entries(team_id_of(session, team), period, query)).all())
    return {account: counts.get(account, 0) for account in ACCOUNTS}
