"""What a center's server lets each login do: the functions the row policies call, a read
and a write rule for every table, the grants, and each login's session limits. Laid over
the schema by `workbench.center_setup.init_center`; `tests/db/test_center_attacks.py` tries to
get past them with plain SQL.
"""

from sqlalchemy import Connection, text

from workbench.errors import UserError
from workbench.texts import t

USER_ROLE = "workbench_user"
CHANGES_CHANNEL = "workbench_changes"

# SECURITY DEFINER: they read the logins and the roster as the center's owner, so a policy
# that calls them does not run into the policies of the tables they read. Their search path
# ends with pg_temp and every name inside is schema-qualified: otherwise a login's own
# temporary table named center_logins would be read first, with the owner's rights.
_DEFINER = "LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp"
FUNCTIONS = f"""
CREATE OR REPLACE FUNCTION public.workbench_me() RETURNS integer {_DEFINER} AS $$
  SELECT employee_id FROM public.center_logins WHERE login = session_user AND NOT disabled
$$;
CREATE OR REPLACE FUNCTION public.workbench_access() RETURNS text {_DEFINER} AS $$
  SELECT access FROM public.center_logins WHERE login = session_user AND NOT disabled
$$;
CREATE OR REPLACE FUNCTION public.workbench_teams() RETURNS SETOF integer {_DEFINER} AS $$
  SELECT id FROM public.teams WHERE public.workbench_access() = 'manager'
  UNION SELECT team_id FROM public.employees WHERE id = public.workbench_me() AND team_id IS NOT NULL
  UNION SELECT team_id FROM public.team_supervisors
        WHERE supervisor_id = public.workbench_me() AND public.workbench_access() = 'assistant_manager'
$$;
-- Whose records one may write: oneself and the people of one's teams (all for a manager).
CREATE OR REPLACE FUNCTION public.workbench_team_people() RETURNS SETOF integer {_DEFINER} AS $$
  SELECT id FROM public.employees WHERE public.workbench_access() = 'manager'
  UNION SELECT id FROM public.employees WHERE team_id IN (SELECT public.workbench_teams())
  UNION SELECT public.workbench_me() WHERE public.workbench_me() IS NOT NULL
$$;
-- Whose records one reads: the same, and anyone paired with one today (only someone over
-- both teams makes such a pairing: the pairings' write rule).
CREATE OR REPLACE FUNCTION public.workbench_people() RETURNS SETOF integer {_DEFINER} AS $$
  SELECT public.workbench_team_people()
  UNION SELECT employee_id FROM public.pairings
        WHERE liaison_id = public.workbench_me() AND start_date <= current_date
          AND (end_date IS NULL OR end_date >= current_date)
$$;
-- The follow-ups of the people one sees, as the follow_ups policy gives them, found through
-- the employee index: a policy reading `SELECT id FROM follow_ups` scans the whole table.
CREATE OR REPLACE FUNCTION public.workbench_follow_ups() RETURNS SETOF integer {_DEFINER} AS $$
  SELECT id FROM public.follow_ups WHERE employee_id = ANY (ARRAY(SELECT public.workbench_people()))
$$;
-- The same for suggestions' histories, through the author index.
CREATE OR REPLACE FUNCTION public.workbench_suggestions() RETURNS SETOF integer {_DEFINER} AS $$
  SELECT id FROM public.suggestions WHERE author_id = ANY (ARRAY(SELECT public.workbench_people()))
$$;
-- The calibration sessions one scores in (QA staff, leaders, agents alike).
CREATE OR REPLACE FUNCTION public.workbench_calibrations() RETURNS SETOF integer {_DEFINER} AS $$
  SELECT session_id FROM public.calibration_evaluators WHERE employee_id = public.workbench_me()
$$;
-- The agent an appeal is about, as stored: the person it is routed to may answer it, never
-- move it onto someone else (nor add one: a new appeal has no stored agent).
CREATE OR REPLACE FUNCTION public.workbench_appeal_employee(appeal integer) RETURNS integer {_DEFINER} AS $$
  SELECT employee_id FROM public.appeals WHERE id = appeal
$$;
-- A talk removed by someone other than its private note's author: the note goes to the
-- author's bin (the remover cannot read it), and comes back when the talk is put back.
CREATE OR REPLACE FUNCTION public.workbench_bin_private_note() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
  IF NOT EXISTS (SELECT FROM public.talk_private_notes WHERE talk_id = OLD.id) THEN
    RETURN OLD;  -- no statement on the bin: no change notice about it either
  END IF;
  INSERT INTO public.trash (kind, label, removed_at, rows, removed_by, talk_id)
  SELECT 'private_note', OLD.talk_date || ' ' || e.name, now(),
         json_build_object('talk_private_notes', json_build_array(
           json_build_object('talk_id', n.talk_id, 'author_id', n.author_id, 'note', n.note)))::text,
         n.author_id, OLD.id
  FROM public.talk_private_notes n JOIN public.employees e ON e.id = OLD.employee_id
  WHERE n.talk_id = OLD.id;
  RETURN OLD;
END
$$;
CREATE OR REPLACE FUNCTION public.workbench_restore_private_note() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
  IF NOT EXISTS (SELECT FROM public.trash WHERE kind = 'private_note' AND talk_id = NEW.id) THEN
    RETURN NULL;
  END IF;
  WITH back AS (
    DELETE FROM public.trash WHERE kind = 'private_note' AND talk_id = NEW.id RETURNING rows
  )
  INSERT INTO public.talk_private_notes (talk_id, author_id, note)
  SELECT NEW.id, (note ->> 'author_id')::integer, note ->> 'note'
  FROM back, json_array_elements(back.rows::json -> 'talk_private_notes') AS note
  ON CONFLICT (talk_id) DO NOTHING;
  RETURN NULL;
END
$$;
CREATE OR REPLACE FUNCTION public.workbench_notify_change() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
  PERFORM pg_notify('{CHANGES_CHANNEL}', TG_TABLE_NAME);
  RETURN NULL;
END
$$;
"""

# Written once per query: PostgreSQL runs a sub-select without outer references once.
_PEOPLE = "IN (SELECT workbench_people())"
_TEAM_PEOPLE = "IN (SELECT workbench_team_people())"
_TEAMS = "IN (SELECT workbench_teams())"
_MANAGER = "(SELECT workbench_access()) = 'manager'"
_ME = "(SELECT workbench_me())"


def _scoped(*conditions: str) -> str:
    """A row written for a person or a team: every scope it names is the writer's, and it
    names at least one (a center-wide row is the manager's)."""
    columns = [condition.split()[0] for condition in conditions]
    named = " OR ".join(f"{column} IS NOT NULL" for column in columns)
    each = " AND ".join(
        f"({column} IS NULL OR {condition})" for column, condition in zip(columns, conditions, strict=True)
    )
    return f"{_MANAGER} OR (({named}) AND {each})"


# table -> (who reads a row, who writes one). Writing asks that the person or team a row is
# about be the writer's own; reading alone is never enough to write.
POLICIES: dict[str, tuple[str, str]] = {
    # The team clause adds no one (people() holds the teams' members) but a row being added:
    # people() is worked out as the statement starts, and INSERT … RETURNING must read it.
    "employees": (f"id {_PEOPLE} OR team_id {_TEAMS}", f"{_MANAGER} OR team_id {_TEAMS}"),
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
    "checklist_items": (f"owner_id {_PEOPLE}", f"owner_id {_TEAM_PEOPLE}"),
    "checklist_occurrences": (f"owner_id {_PEOPLE}", f"owner_id {_TEAM_PEOPLE}"),
    # A pairing is made by someone over both people (a leader within their own team).
    "pairings": (
        f"employee_id {_PEOPLE} OR liaison_id = {_ME}",
        f"employee_id {_TEAM_PEOPLE} AND liaison_id {_TEAM_PEOPLE}",
    ),
    "talks": (
        f"employee_id {_PEOPLE} OR liaison_id = {_ME}",
        f"employee_id {_PEOPLE} AND (liaison_id = {_ME} OR liaison_id {_TEAM_PEOPLE})",
    ),
    # Its author alone, on a talk they had; the talk's own policy hides the others' talks.
    "talk_private_notes": (
        f"author_id = {_ME}",
        f"author_id = {_ME} AND talk_id IN (SELECT id FROM talks WHERE liaison_id = {_ME})",
    ),
    # What a talk raises (话题), copied from the talk: read as the talk is; written for a talk
    # one may write, about one's own people (the index kept by saving the talk).
    "talk_themes": (
        f"employee_id {_PEOPLE} OR liaison_id = {_ME}",
        f"employee_id {_PEOPLE} AND talk_id IN (SELECT id FROM talks WHERE employee_id {_PEOPLE} "
        f"AND (liaison_id = {_ME} OR liaison_id {_TEAM_PEOPLE}))",
    ),
    "follow_ups": (
        f"employee_id {_PEOPLE}",
        f"employee_id {_PEOPLE} AND (talk_id IS NULL OR talk_id IN (SELECT id FROM talks))",
    ),
    # The manager first: they see every follow-up, and the id list is never made for them.
    "follow_up_events": ((read := f"{_MANAGER} OR follow_up_id IN (SELECT workbench_follow_ups())"), read),
    "trash": (f"removed_by = {_ME}", f"removed_by = {_ME}"),
    "drafts": (f"author_id = {_ME}", f"author_id = {_ME}"),
    "three_ones": (f"leader_id {_PEOPLE}", f"leader_id {_TEAM_PEOPLE}"),
    "suggestions": (f"author_id {_PEOPLE}", f"author_id {_TEAM_PEOPLE}"),
    "suggestion_events": ((read := f"{_MANAGER} OR suggestion_id IN (SELECT workbench_suggestions())"), read),
    "growth_records": (f"employee_id {_PEOPLE}", f"employee_id {_PEOPLE}"),
    "survey_templates": ("true", _MANAGER),
    "survey_items": ("true", _MANAGER),
    "survey_rounds": (f"team_id IS NULL OR team_id {_TEAMS}", f"{_MANAGER} OR team_id {_TEAMS}"),
    "survey_responses": (
        f"{_MANAGER} OR employee_id {_PEOPLE} OR team_id {_TEAMS}",
        f"({_scoped(f'employee_id {_PEOPLE}', f'team_id {_TEAMS}')}) AND round_id IN (SELECT id FROM survey_rounds)",
    ),
    "survey_answers": ((read := "response_id IN (SELECT id FROM survey_responses)"), read),
    "care_events": (
        f"{_MANAGER} OR employee_id {_PEOPLE} OR team_id {_TEAMS}",
        _scoped(f"employee_id {_PEOPLE}", f"team_id {_TEAMS}"),
    ),
    # A stress entry is for its author and the manager; the line in between sees the rest.
    "account_entries": (
        f"employee_id {_PEOPLE} AND (account <> 'stress' OR author_id = {_ME} OR {_MANAGER})",
        f"employee_id {_PEOPLE} AND (author_id = {_ME} OR {_MANAGER})",
    ),
    # The team's numbers: the catalogue is the center's; an agent's values are read and
    # written by their own line (never by a liaison from another team); a target is the
    # center's default (the manager's) or a team's own.
    "indicators": ("true", _MANAGER),
    "indicator_days": (f"employee_id {_TEAM_PEOPLE}", f"employee_id {_TEAM_PEOPLE}"),
    "indicator_months": (f"employee_id {_TEAM_PEOPLE}", f"employee_id {_TEAM_PEOPLE}"),
    "indicator_targets": (f"team_id IS NULL OR team_id {_TEAMS}", _scoped(f"team_id {_TEAMS}")),
    # Quality work: a leader reads the calls they listened to and their team's agents' calls
    # (listened to by anyone), and logs calls they listened to themselves, of people they see.
    "listened_calls": (
        f"leader_id = {_ME} OR leader_id {_TEAM_PEOPLE} OR agent_id {_TEAM_PEOPLE}",
        f"{_MANAGER} OR (leader_id = {_ME} AND agent_id {_PEOPLE})",
    ),
    # A calibration session is read by whoever organized it or scores in it (and the
    # manager); it and all it holds are written by its organizer (and the manager).
    "calibration_sessions": (
        f"{_MANAGER} OR organizer_id = {_ME} OR id IN (SELECT workbench_calibrations())",
        f"{_MANAGER} OR organizer_id = {_ME}",
    ),
    **{
        table: (
            "session_id IN (SELECT id FROM calibration_sessions)",
            f"session_id IN (SELECT id FROM calibration_sessions WHERE {_MANAGER} OR organizer_id = {_ME})",
        )
        for table in ("calibration_calls", "calibration_evaluators", "calibration_scores")
    },
    # 已关注: its note has a talk's privacy (the person's line reads it); its author alone
    # writes or lifts it, about someone they see.
    "attention_marks": (f"employee_id {_PEOPLE}", f"employee_id {_PEOPLE} AND author_id = {_ME}"),
    # Performance cards are read and written by the agent's line (the team the card was
    # for reads it after the agent moves on); an appeal also by the person it is routed to
    # (QA staff), who answers it but cannot add one or move it onto another agent.
    "performance_cards": (f"employee_id {_TEAM_PEOPLE} OR team_id {_TEAMS}", f"employee_id {_TEAM_PEOPLE}"),
    "card_actions": (
        "card_id IN (SELECT id FROM performance_cards)",
        f"card_id IN (SELECT id FROM performance_cards WHERE employee_id {_TEAM_PEOPLE}) "
        "AND follow_up_id IN (SELECT id FROM follow_ups)",
    ),
    "appeals": (
        f"employee_id {_TEAM_PEOPLE} OR team_id {_TEAMS} OR routed_to_id = {_ME}",
        f"(employee_id {_TEAM_PEOPLE} AND coalesce(workbench_appeal_employee(id), employee_id) {_TEAM_PEOPLE}) "
        f"OR (routed_to_id = {_ME} AND employee_id = workbench_appeal_employee(id))",
    ),
    "center_logins": (f"login = session_user OR {_MANAGER}", "false"),
    # Written by the owner's `workbench server import-local` alone; no one's window reads it.
    "moved_records": ("false", "false"),
}
READ_ONLY = ("alembic_version", "center_logins", "moved_records")
# The tables the workbench deletes rows from (the bin, drafts, a retired duty's open
# occurrence, a cleared private note, a team move corrected the same day, a cleared
# target). Only they get DELETE: a table-wide lock needs
# UPDATE, DELETE or TRUNCATE on the whole table, and UPDATE is granted column by column,
# so no login can lock the roster or the logins that every policy reads.
DELETABLE = (
    "checklist_occurrences", "talks", "talk_themes", "talk_private_notes", "follow_ups", "follow_up_events", "trash", "drafts",
    "suggestions", "suggestion_events", "care_events", "account_entries", "template_items", "survey_items",
    "survey_answers", "team_spells", "indicator_targets", "listened_calls", "calibration_sessions",
    "calibration_calls", "calibration_evaluators", "calibration_scores", "attention_marks",
)  # fmt: skip
# Kept from the other PCs' change notices: a draft is saved at every pause in typing.
UNANNOUNCED = ("drafts",)
# What a login's session may hold, so that no one keeps the others waiting for long (a
# login can loosen its own: README says what the server then still guarantees).
SESSION_LIMITS = {"lock_timeout": "10s", "statement_timeout": "5min", "idle_in_transaction_session_timeout": "1min"}
CONNECTION_LIMIT = 20  # a window's pool and its change listener need well under this


def lay_policies(connection: Connection) -> None:
    tables = set(connection.execute(text("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")).scalars())
    unknown = tables - set(POLICIES) - {"alembic_version"}
    if unknown:  # a new table must say who reads it before a center runs it
        raise RuntimeError(f"tables without a row policy: {sorted(unknown)}")
    for table, (read, write) in POLICIES.items():
        connection.execute(text(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY"))
        for name in ("workbench_read", "workbench_write", "workbench_insert", "workbench_update", "workbench_delete"):
            connection.execute(text(f"DROP POLICY IF EXISTS {name} ON {table}"))  # replaced by what they are now
        for name, rule in (
            ("workbench_read", f"FOR SELECT TO {USER_ROLE} USING ({read})"),
            ("workbench_insert", f"FOR INSERT TO {USER_ROLE} WITH CHECK ({write})"),
            ("workbench_update", f"FOR UPDATE TO {USER_ROLE} USING ({write}) WITH CHECK ({write})"),
            ("workbench_delete", f"FOR DELETE TO {USER_ROLE} USING ({write})"),
        ):
            connection.execute(text(f"CREATE POLICY {name} ON {table} AS PERMISSIVE {rule}"))
    for table in POLICIES:  # the other PCs refresh what they show (workbench.changes)
        if table in UNANNOUNCED:
            connection.execute(text(f"DROP TRIGGER IF EXISTS workbench_changes ON {table}"))
            continue
        connection.execute(
            text(
                f"CREATE OR REPLACE TRIGGER workbench_changes AFTER INSERT OR UPDATE OR DELETE ON {table} "
                "FOR EACH STATEMENT EXECUTE FUNCTION workbench_notify_change()"
            )
        )
    for trigger, when, function in (
        ("workbench_bin_private_note", "BEFORE DELETE", "workbench_bin_private_note"),
        ("workbench_restore_private_note", "AFTER INSERT", "workbench_restore_private_note"),
    ):
        connection.execute(
            text(f"CREATE OR REPLACE TRIGGER {trigger} {when} ON talks FOR EACH ROW EXECUTE FUNCTION {function}()")
        )


def grant(connection: Connection) -> None:
    exists = connection.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :name"), {"name": USER_ROLE}).scalar()
    if not exists:
        connection.execute(text(f"CREATE ROLE {USER_ROLE} NOLOGIN"))
    database = connection.execute(text("SELECT current_database()")).scalar()
    connection.execute(text(f'GRANT CONNECT ON DATABASE "{database}" TO {USER_ROLE}'))
    # No temporary tables (the workbench makes none): nothing a login makes can stand in
    # for a table of the center's.
    connection.execute(text(f'REVOKE TEMPORARY ON DATABASE "{database}" FROM PUBLIC'))
    connection.execute(text(f"GRANT USAGE ON SCHEMA public TO {USER_ROLE}"))
    connection.execute(text(f"REVOKE ALL ON ALL TABLES IN SCHEMA public FROM {USER_ROLE}"))
    connection.execute(text(f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {USER_ROLE}"))
    columns: dict[str, list[str]] = {}
    for table, column in connection.execute(
        text("SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'public'")
    ):
        columns.setdefault(table, []).append(f'"{column}"')
    for table in POLICIES:
        if table in READ_ONLY:
            continue
        connection.execute(text(f"GRANT INSERT, UPDATE ({', '.join(columns[table])}) ON {table} TO {USER_ROLE}"))
        if table in DELETABLE:
            connection.execute(text(f"GRANT DELETE ON {table} TO {USER_ROLE}"))
    connection.execute(text(f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {USER_ROLE}"))
    for login in connection.execute(text("SELECT login FROM center_logins")).scalars():
        limit_login(connection, login)


def limit_login(connection: Connection, login: str) -> None:
    # Names are checked (_LOGIN_NAME) before they reach here, and cannot carry quotes.
    connection.execute(text(f'ALTER ROLE "{login}" CONNECTION LIMIT {CONNECTION_LIMIT}'))
    for setting, value in SESSION_LIMITS.items():
        connection.execute(text(f"ALTER ROLE \"{login}\" SET {setting} = '{value}'"))


def check_owner(connection: Connection, allow_superuser: bool) -> None:
    """The center's owner is an ordinary role with CREATEROLE: a superuser's functions
    would lend a superuser's rights to any hole in them."""
    superuser, createrole = connection.execute(
        text("SELECT rolsuper, rolcreaterole FROM pg_roles WHERE rolname = current_user")
    ).one()
    if superuser and not allow_superuser:
        raise UserError(t("center.superuser_owner"))
    if not superuser and not createrole:
        raise UserError(t("center.owner_needs_createrole"))
    public_create = "SELECT has_schema_privilege('public', 'public', 'CREATE')"
    if connection.execute(text(public_create)).scalar():
        connection.execute(text("REVOKE CREATE ON SCHEMA public FROM PUBLIC"))  # a no-op unless it is ours
        if connection.execute(text(public_create)).scalar():
            raise UserError(t("center.public_schema_open"))


def unrestricted_login(connection: Connection) -> str | None:
    """None when the current login passes every row policy (a superuser, BYPASSRLS, the
    tables' owner); else its name."""
    login, unrestricted = connection.execute(
        text(
            "SELECT current_user, rolsuper OR rolbypassrls OR current_user = "
            "(SELECT tableowner FROM pg_tables WHERE schemaname = 'public' AND tablename = 'employees') "
            "FROM pg_roles WHERE rolname = current_user"
        )
    ).one()
    return None if unrestricted else login
