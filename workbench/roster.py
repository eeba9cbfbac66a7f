"""Teams and employees: what the roster page shows and how one employee is edited."""

from dataclasses import dataclass, fields, replace
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from workbench.db.engine import Database
from workbench.db.models import ACTIVE, LEFT, Employee, Team
from workbench.errors import UserError
from workbench.importing.cleaning import clean_text
from workbench.texts import t

AGENT = "客户代表"
QUALITY_INSPECTOR = "质检员"
TEAM_LEADER = "组长"
ASSISTANT_MANAGER = "助理经理"
MANAGER = "经理"
LEADER_ROLES = (TEAM_LEADER, ASSISTANT_MANAGER, MANAGER)
STANDARD_ROLES = (AGENT, QUALITY_INSPECTOR, TEAM_LEADER, ASSISTANT_MANAGER, MANAGER)

# How the same role is written on different centers' sheets; unknown roles are kept as written.
_ROLE_SYNONYMS = {
    AGENT: ("客户代表", "客服代表", "坐席", "座席", "坐席员", "话务员", "客服专员", "agent", "csr"),
    QUALITY_INSPECTOR: ("质检员", "质检", "质检专员", "qa", "quality inspector"),
    TEAM_LEADER: ("组长", "班组长", "班长", "team leader", "teamleader", "tl"),
    ASSISTANT_MANAGER: ("助理经理", "经理助理", "assistant manager"),
    MANAGER: ("经理", "部门经理", "manager"),
}
_CANONICAL_ROLE = {alias: role for role, aliases in _ROLE_SYNONYMS.items() for alias in aliases}


def canonical_role(text: str | None) -> str | None:
    cleaned = clean_text(text)
    if cleaned is None:
        return None
    return _CANONICAL_ROLE.get(cleaned.lower(), cleaned)


@dataclass(frozen=True)
class EmployeeRecord:
    """One employee as the UI and reports see them: plain values, no database session."""

    employee_no: str
    name: str
    gender: str | None = None
    team: str | None = None
    role: str | None = None
    hire_date: date | None = None
    phone: str | None = None
    birthday: date | None = None
    status: str = ACTIVE
    left_date: date | None = None
    id: int | None = None

    @property
    def is_active(self) -> bool:
        return self.status == ACTIVE


EDITABLE_FIELDS = tuple(f.name for f in fields(EmployeeRecord) if f.name != "id")


def record_of(employee: Employee, team_name: str | None) -> EmployeeRecord:
    return EmployeeRecord(
        id=employee.id,
        employee_no=employee.employee_no,
        name=employee.name,
        gender=employee.gender,
        team=team_name,
        role=employee.role,
        hire_date=employee.hire_date,
        phone=employee.phone,
        birthday=employee.birthday,
        status=employee.status,
        left_date=employee.left_date,
    )


def _employee_rows(session: Session):
    return session.execute(
        select(Employee, Team.name).outerjoin(Team, Employee.team_id == Team.id).order_by(Employee.employee_no)
    )


def list_employees(database: Database) -> list[EmployeeRecord]:
    with database.sessions() as session:
        return [record_of(employee, team_name) for employee, team_name in _employee_rows(session)]


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
    cleaned = replace(
        record,
        employee_no=(clean_text(record.employee_no) or "").replace(" ", ""),
        name=clean_text(record.name) or "",
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


def save_employee(database: Database, record: EmployeeRecord) -> EmployeeRecord:
    """Add (record.id is None) or update one employee in one transaction."""
    record = validate(record)
    with database.sessions.begin() as session:
        holder = session.scalar(select(Employee).where(Employee.employee_no == record.employee_no))
        if holder is not None and holder.id != record.id:
            raise UserError(t("roster.duplicate_no", employee_no=record.employee_no, name=holder.name))
        if record.id is None:
            employee = Employee()
            session.add(employee)
        else:
            employee = session.get(Employee, record.id)
            if employee is None:
                raise UserError(t("roster.not_found"))
        for name in EDITABLE_FIELDS:
            if name != "team":
                setattr(employee, name, getattr(record, name))
        employee.team_id = team_id_for(session, record.team)
        session.flush()
        return replace(record, id=employee.id)
