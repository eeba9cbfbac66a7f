"""The growth diary (员工成长日记): each employee's month of QA score, customer satisfaction
and weekly test scores, the growth plan, and the leader's evaluation and advice; the
team's month with who improved and who slipped; the figures and detail sheet of the
monthly review; finding records by what was written in them.

Scores are on a 0–100 scale (satisfaction as a percent). Growth records are not private
notes: whoever may open the team's data may read them."""

import unicodedata
from dataclasses import dataclass, field, fields, replace
from datetime import date

from sqlalchemy import func, or_, select

from workbench.conflicts import check_version
from workbench.db.engine import Database
from workbench.db.models import Employee, Team
from workbench.db.practice_models import GrowthRecord
from workbench.errors import UserError
from workbench.people import ACTIVE, LEADER_ROLES, QUALITY_INSPECTOR
from workbench.periods import Period, month_of, month_period, shift_month
from workbench.team_history import members_of, team_name_on
from workbench.texts import t

WEEK_FIELDS = ("week_1", "week_2", "week_3", "week_4", "week_5")
SCORE_FIELDS = ("qa_score", "satisfaction", *WEEK_FIELDS)
TEXT_FIELDS = ("growth_plan", "evaluation", "advice")
TEXT_LIMIT = 2000
# The measures compared month on month; the weekly tests count as their average.
MEASURES = ("qa_score", "satisfaction", "weekly_average")
# Improved or slipped: the measures' average change since last month is at least this many points.
CHANGE_POINTS = 3.0
IMPROVED, SLIPPED, STEADY = "improved", "slipped", "steady"
# The diary is kept for agents; leaders and quality inspectors are scored in other ways.
NOT_IN_DIARY = (*LEADER_ROLES, QUALITY_INSPECTOR)
STREAM_BATCH = 2000
# Cells that mean "no score this time" on the sheets QA and training keep.
NO_SCORE_WORDS = ("-", "—", "–", "/", "无", "缺考", "请假", "免考", "未考", "n/a", "na")


@dataclass(frozen=True)
class GrowthEntry:
    """One employee's month in the diary."""

    employee_id: int
    month: str  # YYYY-MM
    qa_score: float | None = None
    satisfaction: float | None = None
    week_1: float | None = None
    week_2: float | None = None
    week_3: float | None = None
    week_4: float | None = None
    week_5: float | None = None
    growth_plan: str = ""
    evaluation: str = ""
    advice: str = ""
    author_id: int | None = None
    id: int | None = None
    version: int | None = None  # as read, UNSTORED for a month not yet written; None: not checked

    @property
    def weeks(self) -> tuple[float | None, ...]:
        return tuple(getattr(self, name) for name in WEEK_FIELDS)

    @property
    def weekly_average(self) -> float | None:
        taken = [score for score in self.weeks if score is not None]
        return round(sum(taken) / len(taken), 1) if taken else None

    @property
    def has_scores(self) -> bool:
        return any(getattr(self, name) is not None for name in SCORE_FIELDS)

    @property
    def is_empty(self) -> bool:
        return not self.has_scores and not any(getattr(self, name) for name in TEXT_FIELDS)


ENTRY_FIELDS = tuple(f.name for f in fields(GrowthEntry))
RECORD_COLUMNS = tuple(getattr(GrowthRecord, name) for name in ENTRY_FIELDS)


def entry_of_row(row) -> GrowthEntry:
    """From a row of RECORD_COLUMNS, which are in the fields' order."""
    return GrowthEntry(*row)


def change_since(entry: GrowthEntry | None, previous: GrowthEntry | None) -> float | None:
    """The average change, in points, of the measures both months have; None if none."""
    if entry is None or previous is None:
        return None
    pairs = [(getattr(entry, name), getattr(previous, name)) for name in MEASURES]
    changes = [now - before for now, before in pairs if now is not None and before is not None]
    return round(sum(changes) / len(changes), 1) if changes else None


def trend_of(change: float | None) -> str | None:
    if change is None:
        return None
    if change >= CHANGE_POINTS:
        return IMPROVED
    if change <= -CHANGE_POINTS:
        return SLIPPED
    return STEADY


def trend_label(trend: str | None) -> str:
    return t(f"growth.trend.{trend}") if trend else ""


def trend_rule() -> str:
    """The rule for improved and slipped, in words, for the page and the sheet."""
    return t("growth.trend.rule", points=f"{CHANGE_POINTS:g}")


def field_label(name: str) -> str:
    return t(f"growth.field.{name}")


# scores as typed ---------------------------------------------------------------------


def parse_score(value, percent: bool = False) -> float | None:
    """A score as offices type it: 88, '88.5分', full-width digits, '98.5%'. With `percent`
    (satisfaction) a fraction such as 0.985 is read as 98.5%. Raises ValueError."""
    if value is None:
        return None
    if isinstance(value, bool):
        raise ValueError(t("growth_import.bad_score", value=value))
    if isinstance(value, (int, float)):
        number = float(value)
        fraction = True
    else:
        text = unicodedata.normalize("NFKC", str(value)).strip().replace(" ", "")
        if not text or text.lower() in NO_SCORE_WORDS:
            return None
        fraction = not text.endswith("%")
        try:
            number = float(text.removesuffix("%").removesuffix("分"))
        except ValueError:
            raise ValueError(t("growth_import.bad_score", value=value)) from None
    if percent and fraction and 0 < number <= 1:
        number *= 100
    if not 0 <= number <= 100 or number != number:  # NaN is not a score either
        raise ValueError(t("growth_import.bad_score", value=value))
    return round(number, 2)


def score_from_text(name: str, text: str) -> float | None:
    """What the user typed for a score field, or a message naming the field."""
    try:
        return parse_score(text, percent=name == "satisfaction")
    except ValueError:
        raise UserError(t("growth.bad_score", field=field_label(name), value=text)) from None


# saving ---------------------------------------------------------------------------


def check_month(month: str, today: date | None = None) -> str:
    try:
        month_period(month)
    except (ValueError, TypeError):
        raise UserError(t("growth.bad_month", value=month)) from None
    if month > month_of(today or date.today()):
        raise UserError(t("growth.future_month", month=month))
    return month


def _checked(entry: GrowthEntry) -> GrowthEntry:
    for name in SCORE_FIELDS:
        value = getattr(entry, name)
        if value is not None and not 0 <= value <= 100:
            raise UserError(t("growth.bad_score", field=field_label(name), value=f"{value:g}"))
    texts = {name: getattr(entry, name).strip() for name in TEXT_FIELDS}
    for name, text in texts.items():
        if len(text) > TEXT_LIMIT:
            raise UserError(t("growth.too_long", field=field_label(name), limit=TEXT_LIMIT))
    return replace(entry, **texts)


def save_entry(database: Database, entry: GrowthEntry, today: date | None = None) -> GrowthEntry:
    """Record an employee's month (a new one, or change the one there is), in one
    transaction. Every field is written as given: a blank score clears it. Refused
    (EditConflict) when someone else has saved the month since `entry` was read."""
    check_month(entry.month, today)
    entry = _checked(entry)
    with database.sessions.begin() as session:
        if session.get(Employee, entry.employee_id) is None:
            raise UserError(t("growth.unknown_employee"))
        row = session.scalar(
            select(GrowthRecord).where(GrowthRecord.employee_id == entry.employee_id, GrowthRecord.month == entry.month)
        )
        check_version(
            GrowthRecord, row, entry.version, lambda: entry_of_row([getattr(row, name) for name in ENTRY_FIELDS])
        )
        if row is None:
            if entry.is_empty:
                raise UserError(t("growth.empty"))
            row = GrowthRecord(employee_id=entry.employee_id, month=entry.month)
            session.add(row)
        for name in (*SCORE_FIELDS, *TEXT_FIELDS):
            setattr(row, name, getattr(entry, name))
        if entry.author_id is not None:
            row.author_id = entry.author_id
        session.flush()
        return replace(entry, id=row.id, author_id=row.author_id, version=row.version)


# reading -------------------------------------------------------------------------------


def entry_of(database: Database, employee_id: int, month: str) -> GrowthEntry | None:
    with database.sessions() as session:
        row = session.execute(
            select(*RECORD_COLUMNS).where(GrowthRecord.employee_id == employee_id, GrowthRecord.month == month)
        ).first()
    return entry_of_row(row) if row else None


@dataclass(frozen=True)
class MonthRow:
    """A person of the team in the month: their entry, and last month's to compare with."""

    employee_id: int
    employee_no: str
    name: str
    team: str | None
    entry: GrowthEntry | None
    previous: GrowthEntry | None
    # The month's imported QA score and satisfaction where the entry has none (the 指标
    # page's numbers), shown beside the diary's own; not counted as the diary kept.
    imported: dict[str, float] = field(default_factory=dict)

    @property
    def change(self) -> float | None:
        return change_since(self.entry, self.previous)

    @property
    def trend(self) -> str | None:
        return trend_of(self.change)


def _people_query(team: str | None, day: date):
    """The team's people on `day` (everyone when `team` is None), with their team then."""
    person = (Employee.id, Employee.employee_no, Employee.name, Employee.role, Employee.hire_date, Employee.left_date)
    query = select(*person, Employee.status, team_name_on(Employee.id, day).label("team"))
    return query.where(Employee.id.in_(members_of(team, day))) if team is not None else query


def _employed_in(person, period: Period) -> bool:
    """On the payroll some day of the month; a leaver without a date is taken as gone."""
    if person.hire_date is not None and person.hire_date > period.end:
        return False
    if person.left_date is not None:
        return person.left_date >= period.start
    return person.status == ACTIVE


def team_month(database: Database, month: str, team: str | None = None) -> list[MonthRow]:
    """The team's people in the month (every team's when `team` is None), by 工号: those
    the diary is kept for (not leaders or quality inspectors) who were employed in the month, and anyone
    with an entry for it. Each with last month's entry, for who improved and who slipped."""
    previous_month = shift_month(month, -1)
    period = month_period(month)
    records = select(*RECORD_COLUMNS).where(GrowthRecord.month.in_((month, previous_month)))
    if team is not None:
        records = records.where(GrowthRecord.employee_id.in_(members_of(team, period.end)))
    with database.sessions() as session:
        # Plain rows, past the ORM: a whole center's month is ten thousand of them.
        connection = session.connection()
        people = connection.execute(_people_query(team, period.end)).all()
        records = connection.execute(records).all()
    this_month, last_month = {}, {}
    for row in records:
        (this_month if row.month == month else last_month)[row.employee_id] = entry_of_row(row)
    rows = [
        MonthRow(
            person.id,
            person.employee_no,
            person.name,
            person.team,
            this_month.get(person.id),
            last_month.get(person.id),
        )
        for person in people
        if person.id in this_month or (person.role not in NOT_IN_DIARY and _employed_in(person, period))
    ]
    return sorted(rows, key=lambda row: (len(row.employee_no), row.employee_no))


def latest_month(database: Database, team: str | None = None) -> str | None:
    """The latest month with scores for the team (every team's when None): where the
    diary opens, since QA's and training's scores arrive some days into the next month."""
    query = select(func.max(GrowthRecord.month)).where(
        or_(*(getattr(GrowthRecord, name).is_not(None) for name in SCORE_FIELDS))
    )
    if team is not None:
        members = select(Employee.id).join(Team, Team.id == Employee.team_id).where(Team.name == team)
        query = query.where(GrowthRecord.employee_id.in_(members))
    with database.sessions() as session:
        return session.scalar(query)


@dataclass(frozen=True)
class EmployeeGrowth:
    employee_id: int
    employee_no: str
    name: str
    team: str | None
    hire_date: date | None
    entries: list[GrowthEntry]  # oldest first

    def by_month(self) -> dict[str, GrowthEntry]:
        return {entry.month: entry for entry in self.entries}

    def months(self, last: str, at_least: int = 12) -> list[str]:
        """The months to show side by side, oldest first: `at_least` up to `last`, and
        back to the first entry when there are older ones."""
        first = shift_month(last, -(at_least - 1))
        if self.entries and self.entries[0].month < first:
            first = self.entries[0].month
        months, month = [], first
        while month <= last:
            months.append(month)
            month = shift_month(month, 1)
        return months


def employee_growth(database: Database, employee_id: int) -> EmployeeGrowth:
    """Every month of one employee's diary."""
    with database.sessions() as session:
        person = session.execute(_people_query(None, date.today()).where(Employee.id == employee_id)).first()
        if person is None:
            raise UserError(t("growth.unknown_employee"))
        rows = session.execute(
            select(*RECORD_COLUMNS).where(GrowthRecord.employee_id == employee_id).order_by(GrowthRecord.month)
        ).all()
    return EmployeeGrowth(
        person.id, person.employee_no, person.name, person.team, person.hire_date, [entry_of_row(row) for row in rows]
    )
