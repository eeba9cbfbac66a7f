"""A hostile login with plain SQL: each way past the row policies that has been tried, on a
center set up as README says (an ordinary owner with CREATEROLE). Every attack must be
refused or read nothing. Add to this file whenever a policy changes.

The center (tests/centers.py): 经理甲 (jia, manager), 助理乙 (yi, assistant manager over
服务一组), 组长丙 (bing) and 坐席丁 in 服务一组, 组长己 (ji) and 坐席庚 in 服务二组; a talk
in each team, 服务一组's with bing's private note 家里老人住院."""

import json
import logging
import queue
from datetime import date, timedelta

import psycopg
import pytest
from sqlalchemy import text

from tests.centers import DAY, PASSWORD, names, open_as, sql_as
from workbench import center, checklists, liaisons, trash
from workbench.changes import ChangeListener
from workbench.db.engine import open_database
from workbench.drafts import Drafts
from workbench.errors import UserError
from workbench.moving_in import move_in
from workbench.people import EmployeeRecord
from workbench.roster import save_employee

pytestmark = pytest.mark.postgres

EVERYONE = {"经理甲", "助理乙", "组长丙", "坐席丁", "组长己", "坐席庚"}
NOTE = "家里老人住院"


def owner(url: str):
    return psycopg.connect(url.replace("+psycopg", ""), autocommit=True)


def login_names(url: str) -> dict[str, bool]:
    """Each login and whether it is disabled, as the owner lists them."""
    database = open_database(url)
    try:
        return {login.login: login.disabled for login in center.logins(database)}
    finally:
        database.close()


def person(url: str, name: str) -> int:
    with owner(url) as connection:
        return connection.execute("SELECT id FROM employees WHERE name = %s", (name,)).fetchone()[0]


def team(url: str, name: str) -> int:
    with owner(url) as connection:
        return connection.execute("SELECT id FROM teams WHERE name = %s", (name,)).fetchone()[0]


def talk_of(url: str, name: str) -> int:
    with owner(url) as connection:
        return connection.execute(
            "SELECT t.id FROM talks t JOIN employees e ON e.id = t.employee_id WHERE e.name = %s", (name,)
        ).fetchone()[0]


def refused(connection, statement: str, params=None) -> None:
    """The server says no: a privilege or a row policy."""
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        connection.execute(statement, params)


# 1. Shadowing what the policies' functions read ------------------------------------


def test_no_temporary_table_or_object_of_ones_own_can_stand_in_for_the_logins(center_url):
    with sql_as(center_url, "bing") as bing:
        refused(bing, "CREATE TEMP TABLE center_logins (login text, employee_id int, access text, disabled bool)")
        refused(bing, "CREATE TABLE public.center_logins_copy (login text)")
        refused(bing, "CREATE FUNCTION public.workbench_me() RETURNS integer LANGUAGE sql AS 'SELECT 1'")
        refused(bing, "CREATE SCHEMA mine")
        assert names(bing, "SELECT name FROM employees") == {"组长丙", "坐席丁"}


def test_even_with_temporary_tables_allowed_a_lookalike_logins_table_is_not_read(center_url):
    """Should an administrator give temporary tables back, the functions still read the
    center's own logins: their search path ends with pg_temp and their names are qualified."""
    with owner(center_url) as connection:
        connection.execute(f"GRANT TEMPORARY ON DATABASE {connection.info.dbname} TO workbench_user")
    jia = person(center_url, "经理甲")
    with sql_as(center_url, "bing") as bing:
        bing.execute("CREATE TEMP TABLE center_logins (login text, employee_id int, access text, disabled bool)")
        bing.execute("INSERT INTO center_logins VALUES (session_user, %s, 'manager', false)", (jia,))
        bing.execute("CREATE TEMP TABLE employees (id int, team_id int, name text)")
        bing.execute("SET search_path = pg_temp, public")
        assert names(bing, "SELECT name FROM public.employees") == {"组长丙", "坐席丁"}
        assert names(bing, "SELECT note FROM public.talk_private_notes") == {NOTE}
        assert names(bing, "SELECT problems FROM public.talks WHERE problems <> ''") == set()


# 2. Pairing oneself with anyone ------------------------------------------------------


def test_a_leader_cannot_pair_themself_with_another_teams_people(center_url):
    bing, geng = person(center_url, "组长丙"), person(center_url, "坐席庚")
    with sql_as(center_url, "bing") as connection:
        for employee in (geng, person(center_url, "组长己"), person(center_url, "经理甲")):
            refused(
                connection,
                "INSERT INTO pairings (liaison_id, employee_id, start_date, manual) VALUES (%s, %s, %s, true)",
                (bing, employee, DAY),
            )
        # Nor by turning a pairing of their own to someone else.
        refused(connection, "UPDATE pairings SET employee_id = %s WHERE liaison_id = %s", (geng, bing))
        assert names(connection, "SELECT name FROM employees") == {"组长丙", "坐席丁"}
        assert names(connection, "SELECT problems FROM talks WHERE problems <> ''") == set()


def test_a_leader_pairs_within_their_own_team_only(center_url):
    ding, geng = person(center_url, "坐席丁"), person(center_url, "坐席庚")
    with sql_as(center_url, "bing") as bing:
        bing.execute(
            "INSERT INTO pairings (liaison_id, employee_id, start_date, manual) VALUES (%s, %s, %s, true)",
            (person(center_url, "组长丙"), ding, DAY),
        )
        # Two people of one team paired by their leader: fine. Someone of another team: no.
        refused(
            bing,
            "INSERT INTO pairings (liaison_id, employee_id, start_date, manual) VALUES (%s, %s, %s, true)",
            (ding, geng, DAY),
        )


def test_only_someone_over_both_teams_pairs_across_them_and_only_a_running_pairing_opens_a_person(center_url):
    bing, geng = person(center_url, "组长丙"), person(center_url, "坐席庚")
    insert = (
        "INSERT INTO pairings (liaison_id, employee_id, start_date, end_date, manual) VALUES (%s, %s, %s, %s, true)"
    )
    with sql_as(center_url, "yi") as yi:  # over 服务一组 only
        refused(yi, insert, (bing, geng, DAY, None))
    with sql_as(center_url, "jia") as jia:  # over the whole center
        jia.execute(insert, (bing, geng, DAY - timedelta(days=60), date.today() - timedelta(days=1)))
    with sql_as(center_url, "bing") as connection:
        assert "坐席庚" not in names(connection, "SELECT name FROM employees"), "an ended pairing opens nothing"
    with sql_as(center_url, "jia") as jia:
        jia.execute(insert, (bing, geng, DAY, None))
    with sql_as(center_url, "bing") as connection:
        assert names(connection, "SELECT name FROM employees") == {"组长丙", "坐席丁", "坐席庚"}
        # Paired with 庚, bing reads and writes about 庚, not about 庚's team or its leader.
        assert names(connection, "SELECT name FROM employees WHERE name = '组长己'") == set()
        assert connection.execute("UPDATE employees SET phone = '1' WHERE id = %s", (geng,)).rowcount == 0


def test_moving_in_a_file_with_a_hand_pairing_across_teams_leaves_it_behind(center_url, tmp_path):
    local = open_database(tmp_path / "组长丙.sqlite3")
    leader = save_employee(local, EmployeeRecord("10", "组长丙", role="组长", team="服务一组")).id
    stranger = save_employee(local, EmployeeRecord("21", "坐席庚", team="服务二组")).id
    checklists.set_me(local, leader, today=DAY)
    liaisons.pair_by_hand(local, leader, stranger, DAY)
    local.close()
    report = move_in(tmp_path / "组长丙.sqlite3", center_url, today=DAY)
    assert report.pairings_left_out == [("组长丙", "坐席庚")]
    with sql_as(center_url, "bing") as bing:
        assert names(bing, "SELECT name FROM employees") == {"组长丙", "坐席丁"}


def test_moving_in_refuses_a_private_note_in_someone_elses_name(center_url, tmp_path):
    local = open_database(tmp_path / "组长丙.sqlite3")
    leader = save_employee(local, EmployeeRecord("10", "组长丙", role="组长", team="服务一组")).id
    agent = save_employee(local, EmployeeRecord("11", "坐席丁", team="服务一组")).id
    other = save_employee(local, EmployeeRecord("20", "组长己", role="组长", team="服务二组")).id
    talk = liaisons.save_talk(
        local, liaisons.TalkRecord(agent, leader, DAY, "monthly", problems="排班", private_note="给己看")
    )
    with local.sessions.begin() as session:  # as a hand-edited file would say
        session.execute(
            text("UPDATE talk_private_notes SET author_id = :other WHERE talk_id = :talk"),
            {"other": other, "talk": talk.id},
        )
    local.close()
    with pytest.raises(UserError, match="作者"):
        move_in(tmp_path / "组长丙.sqlite3", center_url, today=DAY)
    with sql_as(center_url, "ji") as ji:
        assert names(ji, "SELECT note FROM talk_private_notes") == set()


# 3. Writing outside one's scope ------------------------------------------------------


def test_writes_about_another_teams_people_are_refused(center_url):
    bing, ding, geng = person(center_url, "组长丙"), person(center_url, "坐席丁"), person(center_url, "坐席庚")
    other_team = team(center_url, "服务二组")
    with sql_as(center_url, "bing") as connection:
        refused(
            connection,
            "INSERT INTO talks (employee_id, liaison_id, talk_date, kind, pain_points, work_status, problems, guidance,"
            " created_at, updated_at) VALUES (%s, %s, %s, 'monthly', '', '', '', '', now(), now())",
            (geng, bing, DAY),
        )
        # An employee of one's own beside another team: every scope a row names must be one's own.
        refused(
            connection,
            "INSERT INTO care_events (kind, event_date, employee_id, team_id, title, detail, created_at) "
            "VALUES ('praise', %s, %s, %s, '表扬', '', now())",
            (DAY, ding, other_team),
        )
        refused(
            connection,
            "INSERT INTO care_events (kind, event_date, title, detail, created_at) "
            "VALUES ('festival', %s, '全中心', '', now())",
            (DAY,),
        )
        refused(connection, "INSERT INTO three_ones (leader_id, quarter) VALUES (%s, '2026-Q4')", (geng,))
        refused(
            connection,
            "INSERT INTO account_entries (employee_id, account, entry_date, description, author_id, created_at) "
            "VALUES (%s, 'stress', %s, '冒名', %s, now())",
            (ding, DAY, person(center_url, "组长己")),
        )
        refused(
            connection,
            "INSERT INTO trash (kind, label, removed_at, rows, removed_by) VALUES ('talk', 'x', now(), '{}', %s)",
            (person(center_url, "组长己"),),
        )
        assert connection.execute("UPDATE employees SET team_id = team_id WHERE id = %s", (geng,)).rowcount == 0


def test_a_survey_response_for_another_team_is_refused(center_url):
    with owner(center_url) as connection:
        template = connection.execute("SELECT id FROM survey_templates ORDER BY id LIMIT 1").fetchone()[0]
        round_id = connection.execute(
            "INSERT INTO survey_rounds (template_id, name, held_on, anonymous, created_at) "
            "VALUES (%s, '全中心调研', %s, true, now()) RETURNING id",
            (template, DAY),
        ).fetchone()[0]
    with sql_as(center_url, "bing") as bing:
        bing.execute(
            "INSERT INTO survey_responses (round_id, team_id, created_at) VALUES (%s, %s, now())",
            (round_id, team(center_url, "服务一组")),
        )
        refused(
            bing,
            "INSERT INTO survey_responses (round_id, employee_id, team_id, created_at) VALUES (%s, %s, %s, now())",
            (round_id, person(center_url, "坐席丁"), team(center_url, "服务二组")),
        )


def test_a_private_note_is_written_by_its_talks_liaison_alone(center_url):
    ji_talk = talk_of(center_url, "坐席庚")
    with sql_as(center_url, "bing") as bing:
        # On a talk bing cannot see, in bing's own name: refused before the key is checked,
        # so bing learns nothing of whether a note is there.
        refused(
            bing,
            "INSERT INTO talk_private_notes (talk_id, author_id, note) VALUES (%s, %s, '占位')",
            (ji_talk, person(center_url, "组长丙")),
        )
    with sql_as(center_url, "jia") as jia:  # the manager sees the talk, but did not have it
        refused(
            jia,
            "INSERT INTO talk_private_notes (talk_id, author_id, note) VALUES (%s, %s, '经理看过')",
            (ji_talk, person(center_url, "经理甲")),
        )
    ji = open_as(center_url, "ji")
    try:
        talk = liaisons.talks_with(ji, person(center_url, "坐席庚"), checklists.me(ji))[0]
        from dataclasses import replace

        liaisons.save_talk(ji, replace(talk, private_note="只有己知道"))
    finally:
        ji.close()
    with sql_as(center_url, "ji") as connection:
        assert names(connection, "SELECT note FROM talk_private_notes") == {"只有己知道"}
    for login in ("bing", "yi", "jia"):
        with sql_as(center_url, login) as connection:
            assert "只有己知道" not in names(connection, "SELECT note FROM talk_private_notes"), login


# 4. Removing a talk with someone else's private note --------------------------------


def test_a_talk_removed_by_someone_else_sends_its_private_note_to_its_authors_bin(center_url):
    talk_id = talk_of(center_url, "坐席丁")
    yi = open_as(center_url, "yi")
    try:
        entry = trash.remove_talk(yi, talk_id)  # the assistant manager over 服务一组
        assert [removed.kind for removed in trash.in_bin(yi)] == ["talk"]
    finally:
        yi.close()
    with sql_as(center_url, "yi") as connection:
        assert NOTE not in " ".join(names(connection, "SELECT rows FROM trash"))
    bing = open_as(center_url, "bing")
    try:
        (note_entry,) = trash.in_bin(bing)
        assert note_entry.kind == trash.PRIVATE_NOTE and "坐席丁" in note_entry.label
        with pytest.raises(UserError, match="放回"):
            trash.put_back(bing, note_entry.id)  # its talk is still in yi's bin
    finally:
        bing.close()
    yi = open_as(center_url, "yi")
    try:
        trash.put_back(yi, entry)
    finally:
        yi.close()
    with sql_as(center_url, "bing") as connection:
        assert names(connection, "SELECT note FROM talk_private_notes") == {NOTE}
        assert names(connection, "SELECT kind FROM trash") == set()


def test_a_talk_removed_by_its_author_keeps_the_note_in_the_talks_own_entry(center_url):
    bing = open_as(center_url, "bing")
    try:
        entry = trash.remove_talk(bing, talk_of(center_url, "坐席丁"))
        assert [removed.kind for removed in trash.in_bin(bing)] == ["talk"]
        trash.put_back(bing, entry)
    finally:
        bing.close()
    with sql_as(center_url, "bing") as connection:
        assert names(connection, "SELECT note FROM talk_private_notes") == {NOTE}


# 5. Logins ---------------------------------------------------------------------------


def test_add_user_never_takes_over_a_role_that_is_not_a_workbench_login(center_url, postgres_server):
    postgres_server.admin("DO $$ BEGIN CREATE ROLE reporting LOGIN; EXCEPTION WHEN duplicate_object THEN END $$")
    for login in ("postgres", "center_admin", "reporting", "workbench_user"):
        with pytest.raises(UserError, match=login):
            center.add_user(center_url, login, "11", PASSWORD, access="leader")
    with psycopg.connect(postgres_server.url("postgres").replace("+psycopg", "")) as superuser:
        assert superuser.execute("SELECT rolpassword FROM pg_authid WHERE rolname = 'postgres'").fetchone()[0]
    assert sorted(login_names(center_url)) == ["bing", "ji", "jia", "yi"]


def test_disable_user_changes_nothing_when_it_could_not_end_the_sessions(center_url, postgres_server):
    session = sql_as(center_url, "ji")
    postgres_server.admin("REVOKE pg_signal_backend FROM center_admin")
    try:
        with pytest.raises(UserError, match="pg_signal_backend"):
            center.disable_user(center_url, "ji")
    finally:
        postgres_server.admin("GRANT pg_signal_backend TO center_admin")
    try:
        assert session.execute("SELECT 1").fetchone() == (1,)
        assert login_names(center_url)["ji"] is False
        center.disable_user(center_url, "ji")
        with pytest.raises(psycopg.OperationalError):
            session.execute("SELECT 1")
    finally:
        session.close()


def test_init_refuses_a_superuser_owner_unless_told(postgres_url, postgres_server):
    with pytest.raises(UserError, match="--allow-superuser-owner"):
        center.init_center(postgres_url)
    postgres_server.admin(
        "DO $$ BEGIN CREATE ROLE plain_owner LOGIN PASSWORD 'plain-owner-pw'; "
        "EXCEPTION WHEN duplicate_object THEN END $$"
    )
    postgres_server.admin("CREATE DATABASE plain_center OWNER plain_owner")
    try:
        with pytest.raises(UserError, match="CREATEROLE"):
            center.init_center(postgres_server.url("plain_center", "plain_owner", "plain-owner-pw"))
    finally:
        postgres_server.admin("DROP DATABASE plain_center WITH (FORCE)")


# 6. Holding the center ---------------------------------------------------------------


def test_no_login_can_lock_the_roster_or_the_logins(center_url):
    with sql_as(center_url, "jia") as jia:  # not even the manager
        for table in ("employees", "teams", "pairings", "center_logins", "team_supervisors", "checklist_items"):
            with jia.transaction():
                refused(jia, f"LOCK TABLE {table} IN ACCESS EXCLUSIVE MODE")
        assert jia.execute("SHOW idle_in_transaction_session_timeout").fetchone() == ("1min",)
        assert jia.execute("SHOW lock_timeout").fetchone() == ("10s",)


def test_a_table_held_by_one_login_makes_the_others_wait_seconds_not_forever(center_url):
    holder = sql_as(center_url, "bing")
    holder.execute("SET idle_in_transaction_session_timeout = 0")  # a login may loosen its own limits
    holder.execute("BEGIN")
    holder.execute("LOCK TABLE talks IN ACCESS EXCLUSIVE MODE")
    ji = open_as(center_url, "ji")
    try:
        with pytest.raises(UserError, match="正忙"):
            liaisons.talks_with(ji, person(center_url, "坐席庚"), checklists.me(ji))
    finally:
        ji.close()
        holder.close()


# 7. Smaller leaks ----------------------------------------------------------------------


def test_change_notices_name_a_table_and_fake_ones_reload_nothing(center_url):
    reports = queue.Queue()
    listener = ChangeListener(center_url, reports.put)
    try:
        assert listener.listening.wait(10)
        with sql_as(center_url, "ji") as ji:
            ji.execute("SELECT pg_notify('workbench_changes', 'everything; reload now')")
            for _ in range(200):
                ji.execute("NOTIFY workbench_changes, 'talks'")
            ji.execute("UPDATE talks SET guidance = guidance")
        assert reports.get(timeout=10) == {"talks"}
        with pytest.raises(queue.Empty):
            reports.get(timeout=0.6)  # a flood is one report a second at most
    finally:
        listener.stop()


def test_a_private_note_in_a_failed_save_reaches_neither_the_error_nor_the_log(center_url, caplog):
    bing = open_as(center_url, "bing")
    secret = "离婚" * 1001  # longer than a note may be: the server refuses the statement
    try:
        talk = liaisons.TalkRecord(person(center_url, "坐席丁"), checklists.me(bing), DAY, "monthly",
                                   private_note=secret)  # fmt: skip
        with caplog.at_level(logging.DEBUG), pytest.raises(Exception) as failure:
            liaisons.save_talk(bing, talk)
    finally:
        bing.close()
    assert "离婚" not in str(failure.value) and "离婚" not in caplog.text


def test_a_draft_is_read_by_its_author_alone(center_url):
    bing = open_as(center_url, "bing")
    try:
        Drafts(bing).keep("talk:1-2", {"private_note": "正在写的备注"})
    finally:
        bing.close()
    for login in ("ji", "yi", "jia"):
        with sql_as(center_url, login) as connection:
            assert names(connection, "SELECT content FROM drafts") == set(), login
            refused(
                connection,
                "INSERT INTO drafts (author_id, key, content, saved_at) VALUES (%s, 'talk:9', %s, now())",
                (person(center_url, "组长丙"), json.dumps({"private_note": "冒名"})),
            )
    with sql_as(center_url, "bing") as connection:
        assert names(connection, "SELECT content FROM drafts") == {'{"private_note": "正在写的备注"}'}


def test_a_leader_sees_no_more_with_plain_sql_than_the_workbench_shows(center_url):
    database = open_as(center_url, "bing")
    try:
        from workbench.roster import list_employees

        shown = {p.name for p in list_employees(database)}
    finally:
        database.close()
    with sql_as(center_url, "bing") as bing:
        assert names(bing, "SELECT name FROM employees") == shown == {"组长丙", "坐席丁"}
        assert EVERYONE - shown == {"经理甲", "助理乙", "组长己", "坐席庚"}
