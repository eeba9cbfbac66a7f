"""Work checklists (工作清单化): each leader's duties and the occurrences that are ticked
off period by period (role templates are in workbench.templates).

A leader's checklist starts as a copy of their role's template. Occurrences are made
when their period starts (daily duties on working days only) and keep their own copy of
what the duty said, so editing or retiring a duty never rewrites a past period.
"""

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import and_, delete, func, insert, or_, select, update
from sqlalchemy.orm import Session

from workbench import center, preferences
from workbench.db.engine import Database
from workbench.db.models import ChecklistItem, ChecklistTemplate, Employee, Occurrence, Preference
from workbench.duties import CATEGORIES, DUTY_FIELDS, Duty, check_duty, duty_of, reorder
from workbench.errors import UserError
from workbench.people import ACTIVE, LEADER_ROLES, EmployeeRecord
from workbench.periods import Frequency, Period, month_of, month_period, period_of, periods_between, shift_month
from workbench.templates import ensure_templates
from workbench.texts import t

OPEN, DONE, SKIPPED = "open", "done", "skipped"
# A duty left open when its period ended is missed. Monthly and rarer ones can still be
# caught up during the next period of their frequency (October's summary in November) and
# are listed until then; daily and weekly ones are history at once, counted, never listed.
CATCH_UP = (Frequency.MONTHLY, Frequency.QUARTERLY, Frequency.HALF_YEARLY)
ME = "me"  # preference key: the employee id of the person using this database


@dataclass(frozen=True)
class OccurrenceRecord:
    id: int
    item_id: int
    category: str
    frequency: str
    work: str
    requirement: str
    deliverable: str
    period_start: date
    period_end: date
    due_date: date
    status: str
    done_on: date | None
    note: str
    skip_reason: str

    def overdue_on(self, day: date) -> bool:
        return self.status == OPEN and day > self.due_date

    def missed_on(self, day: date) -> bool:
        """Left open when its period ended, and too long ago to catch up (see CATCH_UP)."""
        if self.status != OPEN or self.period_end >= day:
            return False
        frequency = Frequency(self.frequency)
        return frequency not in CATCH_UP or day > period_of(frequency, self.period_end + timedelta(days=1)).end

    @property
    def late(self) -> bool:
        return self.status == DONE and self.done_on is not None and self.done_on > self.due_date


@dataclass(frozen=True)
class OccurrenceState:
    """What ticking, skipping or undoing changes; the UI keeps the old one to undo."""

    status: str
    done_on: date | None = None
    note: str = ""
    skip_reason: str = ""


@dataclass
class ChecklistDay:
    """A leader's checklist as of one day: the duties of each period containing it, and
    those of the period just before that can still be caught up (see CATCH_UP)."""

    owner_id: int
    day: date
    sections: dict[str, list[OccurrenceRecord]] = field(default_factory=dict)
    overdue: list[OccurrenceRecord] = field(default_factory=list)


@dataclass(frozen=True)
class Completion:
    done: int = 0
    late: int = 0
    skipped: int = 0
    missed: int = 0  # left open when their period ended
    total: int = 0

    @property
    def counted(self) -> int:
        """Skipped duties (with a reason) do not count against the leader."""
        return self.total - self.skipped

    @property
    def rate(self) -> float | None:
        return self.done / self.counted if self.counted else None


# who is using the workbench --------------------------------------------------


def leaders(database: Database) -> list[EmployeeRecord]:
    """Active employees whose role has a checklist, leaders first by rank."""
    rank = {role: index for index, role in enumerate(reversed(LEADER_ROLES))}
    with database.sessions() as session:
        rows = session.execute(
            select(Employee.id, Employee.employee_no, Employee.name, Employee.role).where(
                Employee.status == ACTIVE, Employee.role.in_(LEADER_ROLES)
            )
        ).all()
    people = [EmployeeRecord(id=row.id, employee_no=row.employee_no, name=row.name, role=row.role) for row in rows]
    return sorted(people, key=lambda person: (rank[person.role], person.employee_no))


def others(database: Database) -> list[EmployeeRecord]:
    """Active employees whose role has no checklist, by 工号: someone titled otherwise picks
    themself among them and says their role."""
    with database.sessions() as session:
        rows = session.execute(
            select(Employee.id, Employee.employee_no, Employee.name, Employee.role)
            .where(Employee.status == ACTIVE, Employee.role.is_(None) | Employee.role.not_in(LEADER_ROLES))
            .order_by(Employee.employee_no)
        ).all()
    return [EmployeeRecord(id=row.id, employee_no=row.employee_no, name=row.name, role=row.role) for row in rows]


def me(database: Database) -> int | None:
    """Who uses the database: on a center's server the person the login is, on a PC's
    own file the person chosen once (a preference)."""
    login = center.login_employee(database)
    if login is not None:
        return login
    value = preferences.read(database, ME)
    return int(value) if value else None


def set_me(database: Database, employee_id: int, today: date | None = None, role: str | None = None) -> None:
    """Remember who uses this database and give them their role's checklist if they have
    none; `role`: the leader's role they say they have, when the roster titles them otherwise."""
    login = center.login_employee(database)
    if login is not None and login != employee_id:
        raise UserError(t("center.not_your_login"))
    with database.sessions.begin() as session:
        person = session.get(Employee, employee_id)
        if person is not None and role in LEADER_ROLES:
            person.role = role
        if person is None or person.role not in LEADER_ROLES:
            raise UserError(t("checklist.not_a_leader"))
        if login is None:
            session.merge(Preference(key=ME, value=str(employee_id)))
        start_checklist(session, person, today or date.today())


def start_checklist(session: Session, person: Employee, active_from: date) -> list[ChecklistItem]:
    """Copy the person's role template onto their checklist, unless they have one."""
    if session.scalar(select(func.count()).where(ChecklistItem.owner_id == person.id)):
        return []
    ensure_templates(session)
    template = session.scalar(select(ChecklistTemplate).where(ChecklistTemplate.role == person.role))
    items = [
        ChecklistItem(
            owner_id=person.id,
            template_item_id=item.id,
            position=item.position,
            active_from=active_from,
            **{name: getattr(item, name) for name in DUTY_FIELDS},
        )
        for item in template.items
        if item.retired_on is None
    ]
    session.add_all(items)
    session.flush()
    return items


# a leader's own duties -------------------------------------------------------


def checklist_duties(database: Database, owner_id: int) -> list[Duty]:
    with database.sessions() as session:
        items = session.scalars(
            select(ChecklistItem)
            .where(ChecklistItem.owner_id == owner_id, ChecklistItem.retired_on.is_(None))
            .order_by(ChecklistItem.position, ChecklistItem.id)
        )
        return [duty_of(item) for item in items]


def save_duty(database: Database, owner_id: int, duty: Duty, today: date | None = None) -> Duty:
    """Add a duty to a leader's checklist, or change one. Open occurrences of periods not
    yet over take the new wording; done, skipped and past ones keep what they said."""
    today = today or date.today()
    check_duty(duty)
    with database.sessions.begin() as session:
        if duty.id is None:
            last = session.scalar(select(func.max(ChecklistItem.position)).where(ChecklistItem.owner_id == owner_id))
            item = ChecklistItem(owner_id=owner_id, active_from=today, position=(last or 0) + 1)
            session.add(item)
        else:
            item = _own_item(session, owner_id, duty.id)
            if item.frequency != duty.frequency:
                raise UserError(t("checklist.frequency_fixed"))
        for name in DUTY_FIELDS:
            setattr(item, name, getattr(duty, name))
        session.flush()
        session.execute(
            update(Occurrence)
            .where(Occurrence.item_id == item.id, Occurrence.status == OPEN, Occurrence.period_end >= today)
            .values(category=item.category, work=item.work, requirement=item.requirement, deliverable=item.deliverable)
        )
        return duty_of(item)


def retire_duty(database: Database, owner_id: int, item_id: int, today: date | None = None) -> None:
    """Take a duty off the checklist from today. What was done stays; the open occurrence
    of the running period goes, since the duty no longer applies."""
    today = today or date.today()
    with database.sessions.begin() as session:
        item = _own_item(session, owner_id, item_id)
        item.retired_on = today
        session.execute(
            delete(Occurrence).where(
                Occurrence.item_id == item.id, Occurrence.status == OPEN, Occurrence.period_end >= today
            )
        )


def reinstate_duty(database: Database, owner_id: int, item_id: int) -> None:
    """Undo retiring: the duty is back, and so is the running period's occurrence."""
    with database.sessions.begin() as session:
        item = _own_item(session, owner_id, item_id)
        item.retired_on = None
        if item.generated_until is None:
            return
        running = periods_between(Frequency(item.frequency), item.generated_until, item.generated_until)[0]
        exists = session.scalar(
            select(func.count()).where(Occurrence.item_id == item.id, Occurrence.period_start == running.start)
        )
        if not exists:  # retiring removed it: let it be made again
            item.generated_until = running.start - timedelta(days=1)


def move_duty(database: Database, owner_id: int, item_id: int, steps: int) -> None:
    """Move a duty up (steps < 0) or down the list."""
    with database.sessions.begin() as session:
        reorder(
            session.scalars(
                select(ChecklistItem)
                .where(ChecklistItem.owner_id == owner_id, ChecklistItem.retired_on.is_(None))
                .order_by(ChecklistItem.position, ChecklistItem.id)
            ),
            item_id,
            steps,
        )


def _own_item(session: Session, owner_id: int, item_id: int) -> ChecklistItem:
    item = session.get(ChecklistItem, item_id)
    if item is None or item.owner_id != owner_id:
        raise UserError(t("checklist.item_missing"))
    return item


# occurrences -----------------------------------------------------------------


def _working_day(period: Period) -> bool:
    # Monday to Friday; a leader's own shifts and public holidays are not known here.
    return period.start.weekday() < 5


def ensure_occurrences(session: Session, owner_id: int, until: date) -> int:
    """Make the occurrences of every period that has started by `until`; returns how many."""
    rows = []
    for item in session.scalars(select(ChecklistItem).where(ChecklistItem.owner_id == owner_id)):
        rows += new_occurrence_rows(item, until)
    if rows:
        session.execute(insert(Occurrence), rows)
    return len(rows)


def new_occurrence_rows(item: ChecklistItem, until: date) -> list[dict]:
    """Rows for the item's periods started by `until` that have none yet (daily duties on
    working days only); marks them as made on the item."""
    last_day = min(until, item.retired_on - timedelta(days=1)) if item.retired_on else until
    first_day = item.generated_until + timedelta(days=1) if item.generated_until else item.active_from
    if first_day > last_day:
        return []
    frequency = Frequency(item.frequency)
    periods = periods_between(frequency, first_day, last_day)
    item.generated_until = periods[-1].end
    return [_occurrence_row(item, period) for period in periods if frequency != Frequency.DAILY or _working_day(period)]


def _occurrence_row(item: ChecklistItem, period: Period) -> dict:
    return {
        "item_id": item.id,
        "owner_id": item.owner_id,
        "period_start": period.start,
        "period_end": period.end,
        "due_date": period.due_on(Frequency(item.frequency), item.due_day),
        "category": item.category,
        "frequency": item.frequency,
        "work": item.work,
        "requirement": item.requirement,
        "deliverable": item.deliverable,
        "status": OPEN,
        "note": "",
        "skip_reason": "",
    }


def _record(row: Occurrence) -> OccurrenceRecord:
    return OccurrenceRecord(
        id=row.id,
        item_id=row.item_id,
        category=row.category,
        frequency=row.frequency,
        work=row.work,
        requirement=row.requirement,
        deliverable=row.deliverable,
        period_start=row.period_start,
        period_end=row.period_end,
        due_date=row.due_date,
        status=row.status,
        done_on=row.done_on,
        note=row.note,
        skip_reason=row.skip_reason,
    )


def _previous_period(frequency: Frequency, day: date) -> Period:
    return period_of(frequency, period_of(frequency, day).start - timedelta(days=1))


def checklist_day(database: Database, owner_id: int, day: date, today: date | None = None) -> ChecklistDay:
    """The leader's duties for the periods containing `day`, plus those of the period just
    before that are still open past their due date and can be caught up (see CATCH_UP).
    Periods that have not started yet (after today) show nothing."""
    today = today or date.today()
    with database.sessions.begin() as session:
        ensure_occurrences(session, owner_id, today)
        rows = session.scalars(
            select(Occurrence)
            .join(ChecklistItem, ChecklistItem.id == Occurrence.item_id)
            .where(Occurrence.owner_id == owner_id, Occurrence.period_end >= day, Occurrence.period_start <= day)
            .order_by(ChecklistItem.position, Occurrence.id)
        ).all()
        overdue = session.scalars(
            select(Occurrence)
            .where(
                Occurrence.owner_id == owner_id,
                Occurrence.status == OPEN,
                Occurrence.due_date < min(day, today),
                or_(
                    *(
                        and_(
                            Occurrence.frequency == frequency.value,
                            Occurrence.period_start == _previous_period(frequency, day).start,
                        )
                        for frequency in CATCH_UP
                    )
                ),
            )
            .order_by(Occurrence.due_date, Occurrence.id)
        ).all()
    view = ChecklistDay(owner_id=owner_id, day=day, sections={frequency.value: [] for frequency in Frequency})
    for row in rows:
        view.sections[row.frequency].append(_record(row))
    view.overdue = [_record(row) for row in overdue]
    return view


def set_state(database: Database, occurrence_id: int, state: OccurrenceState) -> OccurrenceRecord:
    """Tick, skip, reopen or restore an occurrence in one transaction."""
    return set_states(database, {occurrence_id: state})[0]


def set_states(database: Database, states: dict[int, OccurrenceState]) -> list[OccurrenceRecord]:
    """Change several occurrences (say, skip all that are overdue) in one transaction."""
    for state in states.values():
        if state.status == DONE and state.done_on is None:
            raise UserError(t("checklist.done_without_date"))
        if state.status == SKIPPED and not state.skip_reason.strip():
            raise UserError(t("checklist.skip_without_reason"))
    records = []
    with database.sessions.begin() as session:
        for occurrence_id, state in states.items():
            row = session.get(Occurrence, occurrence_id)
            if row is None:
                raise UserError(t("checklist.item_missing"))
            row.status = state.status
            row.done_on = state.done_on if state.status == DONE else None
            row.note = state.note
            row.skip_reason = state.skip_reason if state.status == SKIPPED else ""
            session.flush()
            records.append(_record(row))
    return records


def state_of(record: OccurrenceRecord) -> OccurrenceState:
    return OccurrenceState(
        status=record.status, done_on=record.done_on, note=record.note, skip_reason=record.skip_reason
    )


# completion ------------------------------------------------------------------


def _due_rows(database: Database, owner_id: int, period: Period):
    """(due date, category, status, late, period end) of each duty due within the period."""
    with database.sessions() as session:
        return session.execute(
            select(
                Occurrence.due_date,
                Occurrence.category,
                Occurrence.status,
                (Occurrence.done_on > Occurrence.due_date).label("late"),
                Occurrence.period_end,
            ).where(Occurrence.owner_id == owner_id, Occurrence.due_date.between(period.start, period.end))
        ).all()


def _tally(rows, today: date) -> dict[str, Completion]:
    counts: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for _due, category, status, late, period_end in rows:
        for key in (category, "all"):
            counts[key]["total"] += 1
            if status == DONE:
                counts[key]["done"] += 1
                counts[key]["late"] += 1 if late else 0
            elif status == SKIPPED:
                counts[key]["skipped"] += 1
            elif period_end < today:
                counts[key]["missed"] += 1
    return {key: Completion(**counts[key]) for key in (*CATEGORIES, "all")}


def completion(database: Database, owner_id: int, period: Period, today: date | None = None) -> dict[str, Completion]:
    """Per category and 'all': duties due within the period, and how they went."""
    return _tally(_due_rows(database, owner_id, period), today or date.today())


def completion_trend(
    database: Database, owner_id: int, last_month: str, months: int = 6, today: date | None = None
) -> list[tuple[str, dict]]:
    """(month, completion by category) for the `months` months up to `last_month`."""
    names = [shift_month(last_month, -offset) for offset in range(months - 1, -1, -1)]
    by_month = defaultdict(list)
    for row in _due_rows(database, owner_id, Period(month_period(names[0]).start, month_period(names[-1]).end)):
        by_month[month_of(row.due_date)].append(row)
    return [(month, _tally(by_month[month], today or date.today())) for month in names]


def missed_duties(
    database: Database, owner_id: int, period: Period, today: date | None = None
) -> list[tuple[str, int]]:
    """(work, how many times) of each duty due within the period and left open when its own
    period ended, most missed first: the figures' "missed", by duty."""
    today = today or date.today()
    with database.sessions() as session:
        rows = session.execute(
            select(func.max(Occurrence.work), func.count())
            .where(
                Occurrence.owner_id == owner_id,
                Occurrence.due_date.between(period.start, period.end),
                Occurrence.status == OPEN,
                Occurrence.period_end < today,
            )
            .group_by(Occurrence.item_id)
        ).all()
    return sorted(((work, count) for work, count in rows), key=lambda row: -row[1])
