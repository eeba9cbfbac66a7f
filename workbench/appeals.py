"""Appeals (复议): an agent who thinks a KPI figure or a QA score is wrong has their leader
raise an appeal on their behalf: what is disputed (an indicator, a month or a day, the
figure) and why, routed to a person (a QA staff member; nobody named: the manager) and
owed a reply within the center's limit (three working days by default, a preference).
The reply upholds the figure (维持), changes it (改判: old and new value, the new value
written into the numbers) or the appeal is withdrawn (撤回).

The month's figures (raised, answered in time, changed) go into the monthly review, with
how many of each QA evaluator's scores were changed on appeal."""

from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session, aliased

from workbench.cards import team_id_on
from workbench.conflicts import check_version
from workbench.db.card_models import OUTCOMES, SUBJECTS, Appeal
from workbench.db.engine import Database
from workbench.db.indicator_models import Indicator, IndicatorDay, IndicatorMonth
from workbench.db.models import Employee, Preference, Team
from workbench.errors import NotAllowed, UserError
from workbench.indicator_values import month_days, read_days, update_months, write_days, write_months
from workbench.indicators import catalogue_in, format_value
from workbench.people import MANAGER
from workbench.periods import month_of, month_period
from workbench.texts import t

KPI, QA = SUBJECTS
UPHELD, CHANGED, WITHDRAWN = OUTCOMES
REPLY_DAYS_KEY = "appeals.reply_days"
REPLY_DAYS = 3  # working days, unless the center sets its own


def subject_label(subject: str) -> str:
    return t(f"appeals.subject.{subject}")


def outcome_label(outcome: str | None) -> str:
    return t(f"appeals.outcome.{outcome or 'open'}")


def add_working_days(day: date, count: int) -> date:
    """The `count`th working day (Monday to Friday) after `day`."""
    while count > 0:
        day += timedelta(days=1)
        if day.weekday() < 5:
            count -= 1
    return day


def _reply_days(session: Session) -> int:
    row = session.get(Preference, REPLY_DAYS_KEY)
    try:
        return int(row.value) if row is not None else REPLY_DAYS
    except ValueError:
        return REPLY_DAYS


def reply_days(database: Database) -> int:
    with database.sessions() as session:
        return _reply_days(session)


def set_reply_days(database: Database, days: int) -> None:
    if not 1 <= days <= 30:
        raise UserError(t("appeals.bad_reply_days"))
    with database.sessions.begin() as session:
        session.merge(Preference(key=REPLY_DAYS_KEY, value=str(days)))


@dataclass(frozen=True)
class AppealRecord:
    employee_id: int
    subject: str
    month: str
    reason: str
    indicator_key: str | None = None
    day: date | None = None
    disputed_value: float | None = None
    routed_to_id: int | None = None  # None: the manager
    evaluator: str = ""  # the QA evaluator whose score is disputed, as typed
    card_id: int | None = None
    raised_on: date | None = None
    raised_by: int | None = None
    due_on: date | None = None
    outcome: str | None = None
    answered_on: date | None = None
    answer: str = ""
    old_value: float | None = None
    new_value: float | None = None
    id: int | None = None
    version: int | None = None
    # as read, for showing
    employee_no: str = ""
    employee_name: str = ""
    team: str | None = None
    routed_to_name: str = ""
    indicator_name: str = ""
    unit: str | None = None

    @property
    def answered(self) -> bool:
        return self.outcome is not None

    def overdue_on(self, today: date) -> bool:
        return self.outcome is None and self.due_on is not None and today > self.due_on

    @property
    def in_time(self) -> bool:
        return self.answered_on is not None and self.due_on is not None and self.answered_on <= self.due_on

    def status_text(self, today: date) -> str:
        return outcome_label("overdue" if self.overdue_on(today) else self.outcome)

    def value_text(self, value: float | None) -> str:
        if value is None:
            return ""
        return format_value(self.unit, value) if self.unit else f"{value:g}"

    @property
    def what(self) -> str:
        """满意度 2026-10 92.0%: the figure disputed."""
        when = self.day.isoformat() if self.day else self.month
        return " ".join(part for part in (self.indicator_name, when, self.value_text(self.disputed_value)) if part)


_ROUTED = aliased(Employee)


def _records(session: Session, query) -> list[AppealRecord]:
    rows = session.execute(
        query.add_columns(Employee.employee_no, Employee.name, Team.name, _ROUTED.name, Indicator.key, Indicator.name)
        .add_columns(Indicator.unit)
        .outerjoin(Employee, Employee.id == Appeal.employee_id)  # QA staff may not read another team's roster
        .outerjoin(Team, Team.id == Appeal.team_id)
        .outerjoin(_ROUTED, _ROUTED.id == Appeal.routed_to_id)
        .outerjoin(Indicator, Indicator.id == Appeal.indicator_id)
    ).all()
    return [
        _record(row, number, name, team, routed or t("appeals.manager"), key, indicator, unit)
        for row, number, name, team, routed, key, indicator, unit in rows
    ]


def _record(row: Appeal, number="", name="", team=None, routed="", key=None, indicator="", unit=None) -> AppealRecord:
    return AppealRecord(
        id=row.id,
        employee_id=row.employee_id,
        subject=row.subject,
        month=row.month,
        reason=row.reason,
        indicator_key=key,
        day=row.day,
        disputed_value=row.disputed_value,
        routed_to_id=row.routed_to_id,
        evaluator=row.evaluator,
        card_id=row.card_id,
        raised_on=row.raised_on,
        raised_by=row.raised_by,
        due_on=row.due_on,
        outcome=row.outcome,
        answered_on=row.answered_on,
        answer=row.answer,
        old_value=row.old_value,
        new_value=row.new_value,
        version=row.version,
        employee_no=number,
        employee_name=name,
        team=team,
        routed_to_name=routed,
        indicator_name=indicator or "",
        unit=unit,
    )


def _indicator_id(session: Session, key: str | None) -> int | None:
    if key is None:
        return None
    found = session.scalar(select(Indicator.id).where(Indicator.key == key))
    if found is None:
        raise UserError(t("indicators.unknown", key=key))
    return found


def stored_value(session: Session, employee_id: int, indicator_id: int, month: str, day: date | None) -> float | None:
    """The figure as the numbers hold it now: the agent's day, or month."""
    if day is not None:
        return session.scalar(
            select(IndicatorDay.value).where(
                IndicatorDay.day == day,
                IndicatorDay.employee_id == employee_id,
                IndicatorDay.indicator_id == indicator_id,
            )
        )
    return session.scalar(
        select(IndicatorMonth.value).where(
            IndicatorMonth.month == month,
            IndicatorMonth.employee_id == employee_id,
            IndicatorMonth.indicator_id == indicator_id,
        )
    )


def raise_appeal(database: Database, record: AppealRecord, raised_by: int | None, today: date) -> AppealRecord:
    """Record an appeal, due the center's limit of working days after it is raised. The
    disputed figure, when not given, is the one the numbers hold."""
    if record.subject not in SUBJECTS:
        raise UserError(t("appeals.bad_subject"))
    if not record.reason.strip():
        raise UserError(t("appeals.reason_required"))
    from workbench.cards import check_month

    check_month(record.month)
    if record.day is not None and month_of(record.day) != record.month:
        raise UserError(t("appeals.day_outside_month", day=record.day.isoformat(), month=record.month))
    raised_on = record.raised_on or today
    with database.sessions.begin() as session:
        if session.get(Employee, record.employee_id) is None:
            raise UserError(t("cards.unknown_person"))
        # The person it is routed to is not checked here: on a center's server a leader may not
        # read QA staff's roster rows (the foreign key still refuses someone who does not exist).
        indicator_id = _indicator_id(session, record.indicator_key)
        disputed = record.disputed_value
        if disputed is None and indicator_id is not None:
            disputed = stored_value(session, record.employee_id, indicator_id, record.month, record.day)
        row = Appeal(
            employee_id=record.employee_id,
            team_id=team_id_on(session, record.employee_id, raised_on),
            raised_by=raised_by,
            raised_on=raised_on,
            subject=record.subject,
            indicator_id=indicator_id,
            month=record.month,
            day=record.day,
            disputed_value=disputed,
            reason=record.reason.strip(),
            evaluator=record.evaluator.strip(),
            routed_to_id=record.routed_to_id,
            due_on=add_working_days(raised_on, _reply_days(session)),
            card_id=record.card_id,
            answer="",
        )
        session.add(row)
        session.flush()
        return _records(session, select(Appeal).where(Appeal.id == row.id))[0]


def answer_appeal(
    database: Database,
    appeal_id: int,
    outcome: str,
    answered_on: date,
    answer: str = "",
    new_value: float | None = None,
    version: int | None = None,
) -> AppealRecord:
    """Settle an appeal. Changed (改判): the new value goes into the numbers, the agent's
    day (their month worked out again from their days) or their month (kept as given)."""
    if outcome not in OUTCOMES:
        raise UserError(t("appeals.bad_outcome"))
    with database.sessions.begin() as session:
        row = session.get(Appeal, appeal_id)
        if row is None:
            raise UserError(t("appeals.missing"))
        check_version(Appeal, row, version)
        if row.outcome is not None:
            raise UserError(t("appeals.answered_already"))
        if outcome == CHANGED:
            if row.indicator_id is None or new_value is None:
                raise UserError(t("appeals.change_needs_value"))
            old = stored_value(session, row.employee_id, row.indicator_id, row.month, row.day)
            row.old_value = old if old is not None else row.disputed_value
            row.new_value = float(new_value)
            try:
                _apply(session, row)
            except NotAllowed:  # on a center's server: QA staff may not write another team's numbers
                raise UserError(t("appeals.change_not_allowed")) from None
        row.outcome = outcome
        row.answered_on = answered_on
        row.answer = answer.strip()
        session.flush()
        return _records(session, select(Appeal).where(Appeal.id == row.id))[0]


def _apply(session: Session, row: Appeal) -> None:
    if row.day is not None:
        write_days(session, [(row.employee_id, row.day, {row.indicator_id: row.new_value})])
        indicators = catalogue_in(session, include_retired=True)
        update_months(session, indicators, read_days(session, [row.employee_id], month_days([row.month])))
    else:  # a month given whole: days arriving later do not replace it
        write_months(session, [(row.month, row.employee_id, row.indicator_id, row.new_value, None)])


def appeal(database: Database, appeal_id: int) -> AppealRecord:
    with database.sessions() as session:
        found = _records(session, select(Appeal).where(Appeal.id == appeal_id))
    if not found:
        raise UserError(t("appeals.missing"))
    return found[0]


def _team_filter(query, team: str | None):
    if team is None:
        return query
    return query.where(Appeal.team_id == select(Team.id).where(Team.name == team).scalar_subquery())


def appeals_in(database: Database, month: str, team: str | None = None) -> list[AppealRecord]:
    """The appeals about the month's figures or raised in the month (the team's, or
    everyone's), with those raised earlier and still open; oldest first."""
    span = month_period(month)
    query = select(Appeal).where(
        or_(
            Appeal.month == month,
            and_(Appeal.raised_on >= span.start, Appeal.raised_on <= span.end),
            and_(Appeal.outcome.is_(None), Appeal.raised_on < span.start),
        )
    )
    query = _team_filter(query, team).order_by(Appeal.raised_on, Appeal.id)
    with database.sessions() as session:
        return _records(session, query)


def appeals_raised_in(database: Database, month: str, team: str | None = None) -> list[AppealRecord]:
    """The appeals raised in the month (the team's, or everyone's), oldest first: the
    monthly review's."""
    span = month_period(month)
    query = select(Appeal).where(Appeal.raised_on >= span.start, Appeal.raised_on <= span.end)
    query = _team_filter(query, team).order_by(Appeal.raised_on, Appeal.id)
    with database.sessions() as session:
        return _records(session, query)


def appeals_of(database: Database, employee_id: int) -> list[AppealRecord]:
    """An agent's appeals, newest first."""
    query = select(Appeal).where(Appeal.employee_id == employee_id).order_by(Appeal.raised_on.desc(), Appeal.id)
    with database.sessions() as session:
        return _records(session, query)


def routed_to(database: Database, person_id: int, open_only: bool = True) -> list[AppealRecord]:
    """The appeals routed to a person (a QA staff member), oldest first."""
    query = select(Appeal).where(Appeal.routed_to_id == person_id)
    if open_only:
        query = query.where(Appeal.outcome.is_(None))
    with database.sessions() as session:
        return _records(session, query.order_by(Appeal.due_on, Appeal.id))


def overdue_appeals(database: Database, person_id: int, today: date) -> list[AppealRecord]:
    """Unanswered appeals past their due day that are the person's to chase or to answer:
    raised by them, routed to them, or (for the manager) routed to nobody in particular."""
    with database.sessions() as session:
        role = session.scalar(select(Employee.role).where(Employee.id == person_id))
        mine = [Appeal.raised_by == person_id, Appeal.routed_to_id == person_id]
        if role == MANAGER:
            mine.append(Appeal.routed_to_id.is_(None))
        query = (
            select(Appeal)
            .where(Appeal.outcome.is_(None), Appeal.due_on < today, or_(*mine))
            .order_by(Appeal.due_on, Appeal.id)
        )
        return _records(session, query)


@dataclass(frozen=True)
class EvaluatorFigures:
    evaluator: str
    appealed: int
    changed: int


@dataclass(frozen=True)
class AppealFigures:
    """The appeals raised in a month: how many, answered within the limit, changed."""

    month: str
    raised: int = 0
    answered: int = 0
    in_time: int = 0
    changed: int = 0
    upheld: int = 0
    withdrawn: int = 0
    open: int = 0
    evaluators: list[EvaluatorFigures] = field(default_factory=list)

    @property
    def in_time_rate(self) -> float | None:
        return self.in_time / self.answered if self.answered else None


def month_figures(database: Database, month: str, team: str | None = None) -> AppealFigures:
    span = month_period(month)
    query = select(
        Appeal.outcome,
        Appeal.answered_on <= Appeal.due_on,
        Appeal.subject,
        Appeal.evaluator,
        func.count(),
    ).where(Appeal.raised_on >= span.start, Appeal.raised_on <= span.end)
    query = _team_filter(query, team).group_by(
        Appeal.outcome, Appeal.answered_on <= Appeal.due_on, Appeal.subject, Appeal.evaluator
    )
    counts: Counter = Counter()
    appealed: Counter = Counter()
    changed: Counter = Counter()
    with database.sessions() as session:
        for outcome, in_time, subject, evaluator, count in session.execute(query):
            counts["raised"] += count
            counts[outcome or "open"] += count
            if outcome is not None:
                counts["answered"] += count
                counts["in_time"] += count if in_time else 0
            if subject == QA and evaluator:
                appealed[evaluator] += count
                changed[evaluator] += count if outcome == CHANGED else 0
    evaluators = [EvaluatorFigures(name, appealed[name], changed[name]) for name in appealed]
    evaluators.sort(key=lambda figures: (-figures.changed, -figures.appealed, figures.evaluator))
    return AppealFigures(
        month,
        raised=counts["raised"],
        answered=counts["answered"],
        in_time=counts["in_time"],
        changed=counts[CHANGED],
        upheld=counts[UPHELD],
        withdrawn=counts[WITHDRAWN],
        open=counts["open"],
        evaluators=evaluators,
    )


def timeline_events(session: Session, employee_id: int) -> list[tuple[date, str, str]]:
    """(day, kind, text) of the person's appeals for their timeline (workbench.cadence)."""
    events = []
    for record in _records(session, select(Appeal).where(Appeal.employee_id == employee_id)):
        what = t("appeals.timeline", subject=subject_label(record.subject), what=record.what)
        events.append((record.raised_on, "appeal", what))
        if record.answered_on is not None:
            events.append(
                (record.answered_on, "appeal", t("appeals.timeline_answered", outcome=outcome_label(record.outcome)))
            )
    return events


def routing_choices(database: Database) -> list[tuple[int, str]]:
    """Whom an appeal can be routed to besides the manager: the QA staff (质检员) in the
    roster the user can read, by name."""
    from workbench.people import ACTIVE, QUALITY_INSPECTOR

    with database.sessions() as session:
        rows = session.execute(
            select(Employee.id, Employee.name)
            .where(Employee.role == QUALITY_INSPECTOR, Employee.status == ACTIVE)
            .order_by(Employee.name)
        ).all()
    return [(row.id, row.name) for row in rows]
