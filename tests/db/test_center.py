"""A center's server decides who reads and writes what: each person logs in as their own
PostgreSQL role and the row policies hold whatever SQL they send."""

import psycopg
import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url

from tests.centers import DAY, PASSWORD, login_url, names, open_as, sql_as
from workbench import center, checklists, liaisons
from workbench.db.engine import open_database
from workbench.db.models import Talk
from workbench.errors import ConnectionLost, LoginRefused, UserError
from workbench.people import EmployeeRecord
from workbench.roster import list_employees, save_employee

pytestmark = pytest.mark.postgres  # the center_url fixture: tests/conftest.py, tests/centers.py


def all_logins(url: str) -> list:
    database = open_database(url)
    try:
        return center.logins(database)
    finally:
        database.close()


def test_a_team_leader_reads_their_own_team_alone(center_url):
    with sql_as(center_url, "bing") as bing:
        assert names(bing, "SELECT name FROM employees") == {"组长丙", "坐席丁"}
        assert names(bing, "SELECT problems || pain_points FROM talks") == {"夜班后睡不好"}
        assert names(bing, "SELECT note FROM talk_private_notes") == {"家里老人住院"}
        # Naming the other team's rows outright finds nothing either.
        assert names(bing, "SELECT id FROM employees WHERE employee_no = '21'") == set()


def test_the_server_refuses_writing_outside_ones_team(center_url):
    with sql_as(center_url, "bing") as bing:
        assert bing.execute("UPDATE talks SET guidance = '改' WHERE problems = '系统卡顿'").rowcount == 0
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="permission denied"):
            bing.execute("DELETE FROM employees WHERE employee_no = '21'")  # people are never deleted
        assert bing.execute("DELETE FROM talks WHERE problems = '系统卡顿'").rowcount == 0
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="row-level security"):
            bing.execute("UPDATE employees SET team_id = (SELECT id FROM teams WHERE name = '服务二组')")
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="row-level security"):
            bing.execute("INSERT INTO teams (name, created_at) VALUES ('服务三组', now())")
    with sql_as(center_url, "ji") as ji:
        assert names(ji, "SELECT problems FROM talks") == {"系统卡顿"}


def test_team_history_is_read_and_written_as_the_people_are(center_url):
    with sql_as(center_url, "jia") as jia:
        geng = jia.execute("SELECT id FROM employees WHERE employee_no = '21'").fetchone()[0]
        ding = jia.execute("SELECT id FROM employees WHERE employee_no = '11'").fetchone()[0]
        assert jia.execute("SELECT count(*) FROM team_spells").fetchone()[0] == 4
    with sql_as(center_url, "bing") as bing:
        assert bing.execute("SELECT count(*) FROM team_spells").fetchone()[0] == 2  # 组长丙, 坐席丁
        assert names(bing, f"SELECT team_id FROM team_spells WHERE employee_id = {geng}") == set()
        assert bing.execute(f"UPDATE team_spells SET end_date = start_date WHERE employee_id = {geng}").rowcount == 0
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="row-level security"):
            bing.execute(  # another team's person, written into one's own team
                "INSERT INTO team_spells (employee_id, team_id, start_date, created_at) "
                f"SELECT {geng}, team_id, '2020-01-01', now() FROM employees WHERE employee_no = '10'"
            )
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="row-level security"):
            bing.execute(  # one's own person, written into another team
                "INSERT INTO team_spells (employee_id, team_id, start_date, created_at) "
                f"SELECT {ding}, id, '2020-01-01', now() FROM teams WHERE name = '服务二组'"
            )
    as_bing = open_as(center_url, "bing")
    try:  # a leader adding someone to their own team gives them their first spell
        save_employee(as_bing, EmployeeRecord("12", "坐席戊", team="服务一组", hire_date=DAY))
    finally:
        as_bing.close()
    with sql_as(center_url, "bing") as bing:
        assert bing.execute("SELECT count(*) FROM team_spells").fetchone()[0] == 3


def test_an_assistant_manager_reads_the_teams_they_oversee_but_no_private_note(center_url):
    with sql_as(center_url, "yi") as yi:
        assert names(yi, "SELECT name FROM employees") == {"助理乙", "组长丙", "坐席丁"}
        assert names(yi, "SELECT pain_points FROM talks") == {"夜班后睡不好"}
        assert names(yi, "SELECT note FROM talk_private_notes") == set()
        # The stress account is for its author and the manager.
        assert names(yi, "SELECT description FROM account_entries") == set()
    center.set_role(center_url, "yi", "assistant_manager", ["服务二组"])
    with sql_as(center_url, "yi") as yi:
        assert names(yi, "SELECT problems FROM talks") == {"系统卡顿"}


def test_a_manager_reads_the_whole_center_but_no_one_elses_private_note(center_url):
    with sql_as(center_url, "jia") as jia:
        assert len(names(jia, "SELECT name FROM employees")) == 6
        assert names(jia, "SELECT problems || pain_points FROM talks") == {"夜班后睡不好", "系统卡顿"}
        assert names(jia, "SELECT note FROM talk_private_notes") == set()
        assert names(jia, "SELECT description FROM account_entries") == {"调开连续夜班"}
        assert jia.execute("UPDATE talk_private_notes SET note = ''").rowcount == 0
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="row-level security"):
            jia.execute("INSERT INTO talk_private_notes (talk_id, author_id, note) SELECT id, 3, '看' FROM talks")


def test_no_one_changes_the_logins_but_the_owner(center_url):
    with sql_as(center_url, "bing") as bing:
        assert names(bing, "SELECT login FROM center_logins") == {"bing"}
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            bing.execute("UPDATE center_logins SET access = 'manager' WHERE login = 'bing'")
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            bing.execute("DROP POLICY workbench_update ON talks")


def test_a_disabled_login_is_turned_away_and_its_session_ended(center_url):
    open_session = sql_as(center_url, "ji")
    center.disable_user(center_url, "ji")
    with pytest.raises(psycopg.OperationalError):
        open_session.execute("SELECT 1")
    open_session.close()
    with pytest.raises(psycopg.OperationalError):
        sql_as(center_url, "ji")
    assert [login.disabled for login in all_logins(center_url) if login.login == "ji"] == [True]


def test_a_wrong_password_is_refused(center_url):
    with pytest.raises(psycopg.OperationalError, match="password authentication failed"):
        psycopg.connect(login_url(center_url, "bing", "wrong-password").replace("+psycopg", ""))


def test_the_workbench_itself_runs_as_a_login(center_url):
    database = open_as(center_url, "bing")
    try:
        me = checklists.me(database)
        assert me is not None
        talks = liaisons.talks_with(database, next(p.id for p in list_employees(database) if p.name == "坐席丁"), me)
        assert [talk.private_note for talk in talks] == ["家里老人住院"]
        assert {person.name for person in list_employees(database)} == {"组长丙", "坐席丁"}
        # Who one is follows the login, not a choice in the database.
        with pytest.raises(UserError):
            checklists.set_me(database, me + 1)
    finally:
        database.close()
    manager = open_as(center_url, "jia")
    try:
        jia = checklists.me(manager)
        talks = [t for p in list_employees(manager) for t in liaisons.talks_with(manager, p.id, jia)]
        assert sorted(talk.private_note for talk in talks) == ["", ""]
    finally:
        manager.close()


def test_logins_are_checked_before_anything_is_made(center_url):
    with pytest.raises(UserError, match="工号 99"):
        center.add_user(center_url, "nobody", "99", PASSWORD)
    with pytest.raises(UserError, match="Robert"):
        center.add_user(center_url, "Robert'); DROP TABLE talks; --", "11", PASSWORD)
    with pytest.raises(UserError, match="8"):
        center.add_user(center_url, "ding", "11", "short")
    with pytest.raises(UserError, match="leader"):
        center.add_user(center_url, "ding", "11", PASSWORD)  # an agent's role says nothing about access
    with pytest.raises(UserError, match="bing"):
        center.add_user(center_url, "bing2", "10", PASSWORD)
    assert [login.login for login in all_logins(center_url)] == ["bing", "ji", "jia", "yi"]


def test_the_stored_password_is_a_scram_verifier_not_the_password(center_url, postgres_server):
    with psycopg.connect(postgres_server.url("postgres").replace("+psycopg", ""), autocommit=True) as owner:
        stored = owner.execute("SELECT rolpassword FROM pg_authid WHERE rolname = 'bing'").fetchone()[0]
    assert stored.startswith("SCRAM-SHA-256$4096:") and PASSWORD not in stored


def test_a_wrong_or_missing_password_is_a_login_refused(center_url):
    for password in ("wrong-password", None):
        url = make_url(center_url).set(username="bing", password=password).render_as_string(hide_password=False)
        with pytest.raises(LoginRefused, match="bing"):
            open_database(url, create=False)
    without_password = make_url(center_url).set(username="bing", password=None).render_as_string()
    assert "@" in without_password and PASSWORD not in without_password
    database = open_database(without_password, create=False, password=PASSWORD)
    assert checklists.me(database) is not None
    database.close()


def test_a_connection_lost_mid_save_saves_nothing_and_the_next_save_reconnects(center_url):
    database = open_as(center_url, "bing")
    try:
        person = next(p for p in list_employees(database) if p.name == "坐席丁")
        me = checklists.me(database)
        with pytest.raises(ConnectionLost):
            with database.sessions.begin() as session:
                session.add(
                    Talk(employee_id=person.id, liaison_id=me, talk_date=DAY, kind="monthly", guidance="断线中")
                )
                session.flush()
                pid = session.execute(text("SELECT pg_backend_pid()")).scalar()
                with psycopg.connect(center_url.replace("+psycopg", ""), autocommit=True) as owner:
                    owner.execute("SELECT pg_terminate_backend(%s)", (pid,))
                session.execute(text("SELECT 1"))
        talk = liaisons.TalkRecord(
            employee_id=person.id, liaison_id=me, talk_date=DAY, kind="monthly", guidance="重连后"
        )
        liaisons.save_talk(database, talk)  # the pool hands out a fresh connection
        assert {t.guidance for t in liaisons.talks_with(database, person.id, me)} == {"", "重连后"}
    finally:
        database.close()


def test_an_assistant_managers_sync_keeps_the_pairing_with_a_manager_they_cannot_see(center_url):
    database = open_as(center_url, "yi")
    try:
        assert liaisons.sync_default_pairings(database, DAY) == (0, 0)
    finally:
        database.close()
    owner = open_database(center_url)
    try:
        with owner.sessions() as session:
            ended = session.execute(text("SELECT count(*) FROM pairings WHERE end_date IS NOT NULL")).scalar()
        assert ended == 0
    finally:
        owner.close()


def record_follow_up(url: str, login: str, employee_no: str, note: str) -> int:
    """As the leader: a talk with one of their people, its follow-up moved on with a note."""
    database = open_as(url, login)
    try:
        with database.sessions() as session:
            person = session.execute(text("SELECT id FROM employees WHERE employee_no = :no"), {"no": employee_no})
            talk = liaisons.TalkRecord(
                employee_id=person.scalar(), liaison_id=checklists.me(database), talk_date=DAY, kind="monthly",
                follow_ups=(liaisons.FollowUpRecord("follow_up", "调整排班"),),
            )  # fmt: skip
        follow_up = liaisons.save_talk(database, talk).follow_ups[0]
        return liaisons.set_follow_up_status(database, follow_up.id, "improving", note).id
    finally:
        database.close()


def test_a_follow_ups_history_is_read_and_written_by_whoever_reads_the_follow_up(center_url):
    record_follow_up(center_url, "bing", "11", "丙已约谈")
    ji_follow_up = record_follow_up(center_url, "ji", "21", "己已约谈")
    notes = "SELECT note FROM follow_up_events WHERE note <> ''"
    for login, seen in (
        ("bing", {"丙已约谈"}),
        ("ji", {"己已约谈"}),
        ("yi", {"丙已约谈"}),
        ("jia", {"丙已约谈", "己已约谈"}),
    ):
        with sql_as(center_url, login) as connection:
            assert names(connection, notes) == seen, login
    with sql_as(center_url, "bing") as bing, pytest.raises(psycopg.errors.InsufficientPrivilege):
        bing.execute(
            "INSERT INTO follow_up_events (follow_up_id, at, status, note) VALUES (%s, now(), 'done', '越权')",
            (ji_follow_up,),
        )


def test_a_suggestions_history_is_read_by_whoever_reads_the_suggestion(center_url):
    from workbench import suggestions
    from workbench.suggestions import SuggestionRecord

    for login in ("bing", "ji"):
        database = open_as(center_url, login)
        try:
            record = suggestions.save_suggestion(
                database, SuggestionRecord(checklists.me(database), "2026-Q4", DAY, "process", f"{login}的建议"),
                today=DAY,
            )  # fmt: skip
            suggestions.change_status(database, record.id, "accepted", f"{login}已受理", today=DAY)
        finally:
            database.close()
    notes = "SELECT note FROM suggestion_events WHERE note <> ''"
    with sql_as(center_url, "bing") as bing, sql_as(center_url, "jia") as jia:
        assert names(bing, notes) == {"bing已受理"}
        assert names(jia, notes) == {"bing已受理", "ji已受理"}


def test_a_leaders_column_mapping_serves_the_import_but_only_a_manager_keeps_one(center_url):
    from workbench.importing import column_maps

    headers, mapped = ["工号", "姓名", "谈话主要内容"], {"谈话主要内容": "work_status"}
    for login, kept in (("bing", {}), ("jia", mapped)):
        database = open_as(center_url, login)
        try:
            column_maps.remember(database, "talks", headers, mapped)  # refused for a leader, quietly
            assert column_maps.column_map(database, "talks").remembered(tuple(headers)) == kept, login
        finally:
            database.close()


def test_an_assistant_manager_is_paired_with_the_leaders_of_the_teams_they_oversee(center_url):
    def leaders_paired_with_yi(url: str, login: str) -> set[str]:
        with sql_as(url, login) as session:
            return names(
                session,
                "SELECT e.name FROM pairings p JOIN employees e ON e.id = p.employee_id "
                "JOIN employees l ON l.id = p.liaison_id WHERE l.name = '助理乙' AND p.end_date IS NULL",
            )

    assert leaders_paired_with_yi(center_url, "yi") == {"组长丙"}
    for login in ("yi", "bing"):  # neither sync ends it: the leader does not see the assistant manager
        database = open_as(center_url, login)
        try:
            assert liaisons.sync_default_pairings(database) == (0, 0)
        finally:
            database.close()
    center.set_role(center_url, "yi", "assistant_manager", ["服务二组"])
    assert leaders_paired_with_yi(center_url, "yi") == {"组长己"}
    assert leaders_paired_with_yi(center_url, "jia") == {"组长己"}
