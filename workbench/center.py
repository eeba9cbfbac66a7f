"""A whole center on one PostgreSQL server: the logins, what each may read and write, and
the notices that tell the other PCs something changed.

Who may see what is decided by the server, not by this program: every person logs in as
their own PostgreSQL role, a member of `workbench_user`, and row-level security policies
give a team leader their own team, an assistant manager the teams they oversee, a manager
the whole center, and a private talk note its author alone (workbench.center_rules).
`workbench.center_setup.init_center` lays them over the schema (run again after an
upgrade); the functions they use read `center_logins`.
"""

import base64
import hashlib
import hmac
import os
import re
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select, text

from workbench import liaisons
from workbench.center_rules import USER_ROLE, limit_login
from workbench.db.engine import Database, open_database
from workbench.db.models import CenterLogin, Employee, Team, TeamSupervisor
from workbench.errors import UserError
from workbench.people import ACTIVE, ASSISTANT_MANAGER, MANAGER, TEAM_LEADER
from workbench.texts import t

LEADER, ASSISTANT, CENTER_MANAGER = "leader", "assistant_manager", "manager"
ACCESS_LEVELS = (LEADER, ASSISTANT, CENTER_MANAGER)
ACCESS_OF_ROLE = {TEAM_LEADER: LEADER, ASSISTANT_MANAGER: ASSISTANT, MANAGER: CENTER_MANAGER}
_LOGIN_NAME = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")


def scram_verifier(password: str, iterations: int = 4096) -> str:
    """The SCRAM-SHA-256 verifier PostgreSQL stores for a password (RFC 5802, 7677). Sent
    in its place, the password itself never reaches the server or its logs; psycopg has no
    helper for it, and libpq's PQencryptPasswordConn needs a connection of its own."""
    salt = os.urandom(16)
    salted = hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt, iterations)
    client_key = hmac.digest(salted, b"Client Key", "sha256")
    stored_key = hashlib.sha256(client_key).digest()
    server_key = hmac.digest(salted, b"Server Key", "sha256")
    encode = lambda raw: base64.b64encode(raw).decode("ascii")  # noqa: E731
    return f"SCRAM-SHA-256${iterations}:{encode(salt)}${encode(stored_key)}:{encode(server_key)}"


@dataclass(frozen=True)
class Login:
    login: str
    employee_no: str
    name: str
    access: str
    disabled: bool
    teams: tuple[str, ...] = ()  # an assistant manager's


def _check_login_name(login: str) -> str:
    if not _LOGIN_NAME.match(login):
        raise UserError(t("center.bad_login", login=login))
    return login


def _check_password(password: str) -> str:
    if len(password) < 8:
        raise UserError(t("center.short_password"))
    return password


def _employee(session, employee_no: str) -> Employee:
    person = session.scalar(select(Employee).where(Employee.employee_no == employee_no.strip()))
    if person is None:
        raise UserError(t("center.no_such_employee", employee_no=employee_no))
    if person.status != ACTIVE:
        raise UserError(t("center.employee_left", employee_no=employee_no, name=person.name))
    return person


def _login_row(session, login: str) -> CenterLogin:
    row = session.get(CenterLogin, login)
    if row is None:
        raise UserError(t("center.no_such_login", login=login))
    return row


def add_user(url: str, login: str, employee_no: str, password: str, access: str | None = None) -> Login:
    """Let someone log in: a PostgreSQL role of their own, tied to their place in the
    roster. Their access follows their role there unless `access` says otherwise."""
    _check_login_name(login)
    _check_password(password)
    database = open_database(url, create=False)
    try:
        with database.sessions.begin() as session:
            person = _employee(session, employee_no)
            access = access or ACCESS_OF_ROLE.get(person.role or "")
            if access not in ACCESS_LEVELS:
                raise UserError(t("center.access_needed", name=person.name, role=person.role or "—"))
            if session.get(CenterLogin, login) is not None:
                raise UserError(t("center.login_taken", login=login))
            taken = session.scalar(select(CenterLogin.login).where(CenterLogin.employee_id == person.id))
            if taken:
                raise UserError(t("center.employee_has_login", name=person.name, login=taken))
            session.add(CenterLogin(login=login, employee_id=person.id, access=access))
            session.flush()
            exists = _existing_role(session, login)
            verb = "ALTER" if exists else "CREATE"
            # Names and the verifier are checked above and cannot carry quotes.
            # As the driver's own SQL: a verifier holds colons, which text() would read as parameters.
            session.connection().exec_driver_sql(f"{verb} ROLE \"{login}\" LOGIN PASSWORD '{scram_verifier(password)}'")
            session.execute(text(f'GRANT {USER_ROLE} TO "{login}"'))
            limit_login(session.connection(), login)
        return _describe(database, login)
    finally:
        database.close()


def _existing_role(session, login: str) -> bool:
    """Whether the server already has a role of that name; one that is not a plain
    workbench login (the owner, a superuser, a role with rights of its own) is refused:
    taking it over would hand its rights to whoever gets the password."""
    role = session.execute(
        text(
            "SELECT rolsuper OR rolcreaterole OR rolcreatedb OR rolreplication OR rolbypassrls AS powerful, "
            "  (SELECT array_agg(g.rolname::text) FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
            "   WHERE m.member = r.oid) AS member_of "
            "FROM pg_roles r WHERE rolname = :name"
        ),
        {"name": login},
    ).one_or_none()
    if role is None:
        return False
    if role.powerful or (role.member_of or []) != [USER_ROLE]:
        raise UserError(t("center.role_not_a_login", login=login))
    return True


def set_role(url: str, login: str, access: str, teams: list[str] | None = None) -> Login:
    """Change what a login may see; for an assistant manager `teams` are the teams they
    oversee (replacing those they had)."""
    if access not in ACCESS_LEVELS:
        raise UserError(t("center.bad_access", access=access, choices=", ".join(ACCESS_LEVELS)))
    database = open_database(url, create=False)
    try:
        with database.sessions.begin() as session:
            row = _login_row(session, login)
            row.access = access
            if teams is not None:
                found = {
                    name: id for id, name in session.execute(select(Team.id, Team.name).where(Team.name.in_(teams)))
                }
                missing = [name for name in teams if name not in found]
                if missing:
                    raise UserError(t("center.no_such_team", teams="、".join(missing)))
                session.query(TeamSupervisor).filter(TeamSupervisor.supervisor_id == row.employee_id).delete()
                session.query(TeamSupervisor).filter(TeamSupervisor.team_id.in_(found.values())).delete()
                session.add_all(TeamSupervisor(team_id=id, supervisor_id=row.employee_id) for id in found.values())
                session.flush()
                # The assistant manager is paired with the leaders of the teams they now oversee.
                liaisons.sync_pairings(session, date.today())
        return _describe(database, login)
    finally:
        database.close()


def disable_user(url: str, login: str) -> Login:
    """No more logins for this person, at once: their open sessions are ended too. What
    they wrote stays; `add_user` with the same login lets them in again. Refused, with
    nothing changed, when the owner may not end other sessions (pg_signal_backend)."""
    _check_login_name(login)
    database = open_database(url, create=False)
    try:
        with database.sessions.begin() as session:
            row = _login_row(session, login)
            may_end = session.execute(
                text("SELECT rolsuper OR pg_has_role(current_user, 'pg_signal_backend', 'MEMBER') "
                     "FROM pg_roles WHERE rolname = current_user")
            ).scalar()  # fmt: skip
            if not may_end:
                raise UserError(t("center.cannot_end_sessions", login=login))
            row.disabled = True
            session.execute(text(f'ALTER ROLE "{login}" NOLOGIN'))
        # After the commit: a session started meanwhile is ended as well.
        with database.engine.connect() as connection:
            connection.execute(
                text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = :login"), {"login": login}
            )
        return _describe(database, login)
    finally:
        database.close()


def logins(database: Database) -> list[Login]:
    with database.sessions() as session:
        rows = session.execute(
            select(CenterLogin, Employee.employee_no, Employee.name)
            .join(Employee, Employee.id == CenterLogin.employee_id)
            .order_by(CenterLogin.login)
        ).all()
        overseen = session.execute(
            select(TeamSupervisor.supervisor_id, Team.name).join(Team, Team.id == TeamSupervisor.team_id)
        ).all()
    teams: dict[int, list[str]] = {}
    for supervisor_id, name in overseen:
        teams.setdefault(supervisor_id, []).append(name)
    return [
        Login(row.login, number, name, row.access, row.disabled, tuple(sorted(teams.get(row.employee_id, []))))
        for row, number, name in rows
    ]


def _describe(database: Database, login: str) -> Login:
    return next(item for item in logins(database) if item.login == login)


def login_employee(database: Database) -> int | None:
    """On a center's server, the roster's person the current login is; None on a local
    file or for the center's owner, who has no place in the roster."""
    if database.engine.dialect.name != "postgresql":
        return None
    with database.engine.connect() as connection:
        return connection.execute(
            text("SELECT employee_id FROM center_logins WHERE login = session_user AND NOT disabled")
        ).scalar()
