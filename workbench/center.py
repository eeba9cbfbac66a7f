"""A whole center on one PostgreSQL server: the logins, what each may read and write, and
the notices that tell the other PCs something changed.

Who may see what is decided by the server, not by this program: every person logs in as
their own PostgreSQL role, a member of `workbench_user`, and row-level security policies
give a team leader their own team, an assistant manager the teams they oversee, a manager
the whole center, and a private talk note its author alone. `init_center` lays them over
the schema (run again after an upgrade); the functions they use read `center_logins`.
"""

import base64
import hashlib
import hmac
import os
import re
from dataclasses import dataclass

from sqlalchemy import Connection, select, text

from workbench.db.engine import Database, open_database
from workbench.db.models import CenterLogin, Employee, Team, TeamSupervisor
from workbench.errors import UserError
from workbench.people import ACTIVE, ASSISTANT_MANAGER, MANAGER, TEAM_LEADER
from workbench.texts import t

USER_ROLE = "workbench_user"
CHANGES_CHANNEL = "workbench_changes"
LEADER, ASSISTANT, CENTER_MANAGER = "leader", "assistant_manager", "manager"
ACCESS_LEVELS = (LEADER, ASSISTANT, CENTER_MANAGER)
ACCESS_OF_ROLE = {TEAM_LEADER: LEADER, ASSISTANT_MANAGER: ASSISTANT, MANAGER: CENTER_MANAGER}
_LOGIN_NAME = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")

# SECURITY DEFINER: they read the logins and the roster as the center's owner, so a policy
# that calls them does not run into the policies of the tables they read.
_FUNCTIONS = (
    """
CREATE OR REPLACE FUNCTION workbench_me() RETURNS integer
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT employee_id FROM center_logins WHERE login = session_user AND NOT disabled
$$;
CREATE OR REPLACE FUNCTION workbench_access() RETURNS text
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT access FROM center_logins WHERE login = session_user AND NOT disabled
$$;
CREATE OR REPLACE FUNCTION workbench_teams() RETURNS SETOF integer
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT id FROM teams WHERE workbench_access() = 'manager'
  UNION SELECT team_id FROM employees WHERE id = workbench_me() AND team_id IS NOT NULL
  UNION SELECT team_id FROM team_supervisors
        WHERE supervisor_id = workbench_me() AND workbench_access() = 'assistant_manager'
$$;
CREATE OR REPLACE FUNCTION workbench_people() RETURNS SETOF integer
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT id FROM employees WHERE workbench_access() = 'manager'
  UNION SELECT id FROM employees WHERE team_id IN (SELECT workbench_teams())
  UNION SELECT employee_id FROM pairings WHERE liaison_id = workbench_me()
  UNION SELECT workbench_me() WHERE workbench_me() IS NOT NULL
$$;
-- The follow-ups of the people one sees, as the follow_ups policy gives them, found through
-- the employee index: a policy reading `SELECT id FROM follow_ups` scans the whole table.
CREATE OR REPLACE FUNCTION workbench_follow_ups() RETURNS SETOF integer
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT id FROM follow_ups WHERE employee_id = ANY (ARRAY(SELECT workbench_people()))
$$;
-- The same for suggestions' histories, through the author index.
CREATE OR REPLACE FUNCTION workbench_suggestions() RETURNS SETOF integer
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT id FROM suggestions WHERE author_id = ANY (ARRAY(SELECT workbench_people()))
$$;
CREATE OR REPLACE FUNCTION workbench_notify_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('"""
    + CHANGES_CHANNEL
    + """', TG_TABLE_NAME);
  RETURN NULL;
END
$$;
"""
)

# Written once per query: PostgreSQL runs a sub-select without outer references once.
_PEOPLE = "IN (SELECT workbench_people())"
_TEAMS = "IN (SELECT workbench_teams())"
_MANAGER = "(SELECT workbench_access()) = 'manager'"
_ME = "(SELECT workbench_me())"

# table -> (who reads a row, who writes one); None for writing: as for reading.
POLICIES: dict[str, tuple[str, str | None]] = {
    "employees": (f"id {_PEOPLE}", f"{_MANAGER} OR team_id {_TEAMS}"),
    # Read as the people are; written like them: a spell in one's own teams, of one's own people.
    "team_spells": (
        f"employee_id {_PEOPLE}",
        f"{_MANAGER} OR (team_id {_TEAMS} AND employee_id IN (SELECT id FROM employees WHERE team_id {_TEAMS}))",
    ),
    "teams": ("true", _MANAGER),
    "team_supervisors": ("true", _MANAGER),
    "preferences": ("true", _MANAGER),
    "checklist_templates": ("true", _MANAGER),
    "template_items": ("true", _MANAGER),
    "checklist_items": (f"owner_id {_PEOPLE}", None),
    "checklist_occurrences": (f"owner_id {_PEOPLE}", None),
    "pairings": (f"employee_id {_PEOPLE} OR liaison_id = {_ME}", None),
    "talks": (f"employee_id {_PEOPLE} OR liaison_id = {_ME}", None),
    "talk_private_notes": (f"author_id = {_ME}", None),
    "follow_ups": (f"employee_id {_PEOPLE}", None),
    # The manager first: they see every follow-up, and the id list is never made for them.
    "follow_up_events": (f"{_MANAGER} OR follow_up_id IN (SELECT workbench_follow_ups())", None),
    "trash": (f"removed_by = {_ME}", None),
    "three_ones": (f"leader_id {_PEOPLE}", None),
    "suggestions": (f"author_id {_PEOPLE}", None),
    "suggestion_events": (f"{_MANAGER} OR suggestion_id IN (SELECT workbench_suggestions())", None),
    "growth_records": (f"employee_id {_PEOPLE}", None),
    "survey_templates": ("true", _MANAGER),
    "survey_items": ("true", _MANAGER),
    "survey_rounds": (f"team_id IS NULL OR team_id {_TEAMS}", f"{_MANAGER} OR team_id {_TEAMS}"),
    "survey_responses": (f"{_MANAGER} OR employee_id {_PEOPLE} OR team_id {_TEAMS}", None),
    "survey_answers": ("response_id IN (SELECT id FROM survey_responses)", None),
    "care_events": (f"{_MANAGER} OR employee_id {_PEOPLE} OR team_id {_TEAMS}", None),
    # A stress entry is for its author and the manager; the line in between sees the rest.
    "account_entries": (f"employee_id {_PEOPLE} AND (account <> 'stress' OR author_id = {_ME} OR {_MANAGER})", None),
    "center_logins": (f"login = session_user OR {_MANAGER}", "false"),
    # Written by the owner's `workbench server import-local` alone; no one's window reads it.
    "moved_records": ("false", None),
}
READ_ONLY = ("alembic_version",)


def _policies(connection: Connection) -> None:
    tables = set(connection.execute(text("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")).scalars())
    unknown = tables - set(POLICIES) - set(READ_ONLY)
    if unknown:  # a new table must say who reads it before a center runs it
        raise RuntimeError(f"tables without a row policy: {sorted(unknown)}")
    for table, (read, write) in POLICIES.items():
        connection.execute(text(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY"))
        for name in ("workbench_read", "workbench_write"):  # as they were, replaced by what they are now
            connection.execute(text(f"DROP POLICY IF EXISTS {name} ON {table}"))
        if write is None:
            connection.execute(text(f"CREATE POLICY workbench_write ON {table} TO {USER_ROLE} USING ({read})"))
            continue
        connection.execute(text(f"CREATE POLICY workbench_read ON {table} FOR SELECT TO {USER_ROLE} USING ({read})"))
        connection.execute(
            text(f"CREATE POLICY workbench_write ON {table} TO {USER_ROLE} USING ({write}) WITH CHECK ({write})")
        )
    for table in POLICIES:  # the other PCs refresh what they show (workbench.changes)
        connection.execute(
            text(
                f"CREATE OR REPLACE TRIGGER workbench_changes AFTER INSERT OR UPDATE OR DELETE ON {table} "
                "FOR EACH STATEMENT EXECUTE FUNCTION workbench_notify_change()"
            )
        )


def _roles(connection: Connection) -> None:
    exists = connection.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :name"), {"name": USER_ROLE}).scalar()
    if not exists:
        connection.execute(text(f"CREATE ROLE {USER_ROLE} NOLOGIN"))
    database = connection.execute(text("SELECT current_database()")).scalar()
    connection.execute(text(f'GRANT CONNECT ON DATABASE "{database}" TO {USER_ROLE}'))
    connection.execute(text(f"GRANT USAGE ON SCHEMA public TO {USER_ROLE}"))
    connection.execute(text(f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {USER_ROLE}"))
    for table in (*READ_ONLY, "center_logins"):
        connection.execute(text(f"REVOKE INSERT, UPDATE, DELETE ON {table} FROM {USER_ROLE}"))
    connection.execute(text(f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {USER_ROLE}"))
    # What someone puts in the bin is theirs: the policy shows each person their own.
    connection.execute(text("ALTER TABLE trash ALTER COLUMN removed_by SET DEFAULT workbench_me()"))


def init_center(url: str) -> str:
    """Create or upgrade a center's database on its server, with the roles, policies and
    change notices; safe to run again. `url` logs in as the database's owner. Returns the
    schema revision."""
    from workbench import surveys, templates
    from workbench.db.engine import schema_revision

    database = open_database(url)
    try:
        if database.engine.dialect.name != "postgresql":
            raise UserError(t("center.not_postgres", url=database.display_name))
        with database.engine.begin() as connection:
            connection.execute(text(_FUNCTIONS))
            _roles(connection)
            _policies(connection)
        with database.sessions.begin() as session:  # so that no leader's page has to write them
            templates.ensure_templates(session)
            surveys.ensure_templates(session)
        return schema_revision(database)
    finally:
        database.close()


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
            exists = session.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :name"), {"name": login}).scalar()
            verb = "ALTER" if exists else "CREATE"
            # Names and the verifier are checked above and cannot carry quotes.
            # As the driver's own SQL: a verifier holds colons, which text() would read as parameters.
            session.connection().exec_driver_sql(f"{verb} ROLE \"{login}\" LOGIN PASSWORD '{scram_verifier(password)}'")
            session.execute(text(f'GRANT {USER_ROLE} TO "{login}"'))
        return _describe(database, login)
    finally:
        database.close()


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
        return _describe(database, login)
    finally:
        database.close()


def disable_user(url: str, login: str) -> Login:
    """No more logins for this person, at once: their open sessions are ended too. What
    they wrote stays; `add_user` with the same login lets them in again."""
    database = open_database(url, create=False)
    try:
        with database.sessions.begin() as session:
            _login_row(session, login).disabled = True
            session.execute(text(f'ALTER ROLE "{_check_login_name(login)}" NOLOGIN'))
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
