"""Teams and employees: what the roster page shows and how one employee is edited."""

from dataclasses import dataclass, fields, replace
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from workbench.conflicts import check_version
from workbench.db.engine import Database
from workbench.db.models import Employee, Team
from workbench.errors import UserError
from workbench.importing.cleaning import clean_name, clean_text, parse_employee_no
from workbench.people import ACTIVE, LEFT, EmployeeRecord, canonical_role
from workbench.team_history import move
from workbench.texts import t

EDITABLE_FIELDS = tuple(f.name for f in fields(EmployeeRecord) if f.name not in ("id", "version"))


def _employee_rows(session: Session):
    return session.execute(
        select(Employee, Team.name).outerjoin(Team, Employee.team_id == Team.id).order_by(Employee.employee_no)
    )


def list_employees(database: Database) -> list[EmployeeRecord]:
    # Plain rows rather than ORM objects: the roster page loads a whole center at start-up.
    columns = [getattr(Employee, name) for name in EDITABLE_FIELDS if name != "team"]
    query = select(Employee.id, Employee.version, Team.name, *columns).outerjoin(Team, Employee.team_id == Team.id)
    names = [name for name in EDITABLE_FIELDS if name != "team"]
    with database.sessions() as session:
        return [
            EmployeeRecord(id=row[0], version=row[1], team=row[2], **dict(zip(names, row[3:], strict=True)))
            for row in session.execute(query.order_by(Employee.employee_no))
        ]


def employee_name(database: Database, employee_id: int) -> str:
    with database.sessions() as session:
        name = session.scalar(select(Employee.name).where(Employee.id == employee_id))
    if name is None:
        raise UserError(t("roster.not_found"))
    return name


def employees_by_number(session: Session) -> dict[str, tuple[Employee, str | None]]:
    return {employee.employee_no: (employee, team_name) for employee, team_name in _employee_rows(session)}


def list_teams(database: Database) -> list[str]:
    with database.sessions() as session:
        return list(session.scalars(select(Team.name).order_by(Team.name)))


@dataclass(frozen=True)
class RosterCounts:
    teams: int
    active: int
    total: int


def count_roster(database: Database) -> RosterCounts:
    with database.sessions() as session:
        teams = session.scalar(select(func.count()).select_from(Team))
        total = session.scalar(select(func.count()).select_from(Employee))
        active = session.scalar(select(func.count()).select_from(Employee).where(Employee.status == ACTIVE))
    return RosterCounts(teams=teams, active=active, total=total)


def team_id_for(session: Session, name: str | None, cache: dict[str, int] | None = None) -> int | None:
    """The id of the team with this name, creating the team on first use."""
    if name is None:
        return None
    if cache is not None and name in cache:
        return cache[name]
    team_id = session.scalar(select(Team.id).where(Team.name == name))
    if team_id is None:
        team = Team(name=name)
        session.add(team)
        session.flush()
        team_id = team.id
    if cache is not None:
        cache[name] = team_id
    return team_id


def validate(record: EmployeeRecord) -> EmployeeRecord:
    """Clean the text fields and check the rules a person would expect; raise UserError."""
    try:
        employee_no = parse_employee_no(record.employee_no) or ""
    except ValueError as error:
        raise UserError(str(error)) from None
    cleaned = replace(
        record,
        employee_no=employee_no,
        name=clean_name(record.name) or "",
        team=clean_text(record.team),
        role=canonical_role(record.role),
        phone=clean_text(record.phone),
    )
    if not cleaned.employee_no:
        raise UserError(t("roster.required", field=t("field.employee_no")))
    if not cleaned.name:
        raise UserError(t("roster.required", field=t("field.name")))
    if cleaned.status == LEFT and cleaned.left_date is None:
        raise UserError(t("roster.left_without_date"))
    if cleaned.status == ACTIVE:
        cleaned = replace(cleaned, left_date=None)
    if cleaned.left_date and cleaned.hire_date and cleaned.left_date < cleaned.hire_date:
        raise UserError(t("roster.left_before_hire"))
    return cleaned


def save_employee(database: Database, record: EmployeeRecord, today: date | None = None) -> EmployeeRecord:
    """Add (record.id is None) or update one employee in one transaction; an update from
    an older version than the stored one is refused (EditConflict). A new team is theirs
    from `today` (someone new: from their hire date when it is known)."""
    record = validate(record)
    today = today or date.today()
    with database.sessions.begin() as session:
        holder = session.scalar(select(Employee).where(Employee.employee_no == record.employee_no))
        if holder is not None and holder.id != record.id:
            raise UserError(t("roster.duplicate_no", employee_no=record.employee_no, name=holder.name))
        # Before someone new is in the session: looking the team up flushes them, and a
        # center's server refuses a person written without the team that lets one write them.
        team_id = team_id_for(session, record.team)
        if record.id is None:
            employee = Employee()
            session.add(employee)
        else:
            employee = session.get(Employee, record.id)
            if employee is None:
                raise UserError(t("roster.not_found"))
            check_version(Employee, employee, record.version, lambda: _record(session, employee))
        for name in EDITABLE_FIELDS:
            if name != "team":
                setattr(employee, name, getattr(record, name))
        moved = record.id is None or team_id != employee.team_id
        employee.team_id = team_id
        session.flush()
        if moved:
            move(session, employee.id, team_id, (employee.hire_date or today) if record.id is None else today)
            session.flush()
        return replace(record, id=employee.id, version=employee.version)


def _record(session: Session, employee: Employee) -> EmployeeRecord:
    team = session.get(Team, employee.team_id).name if employee.team_id is not None else None
    return EmployeeRecord(
        id=employee.id,
        version=employee.version,
        team=team,
        **{name: getattr(employee, name) for name in EDITABLE_FIELDS if name != "team"},
    )
