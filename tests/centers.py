"""A small center on the test server: a manager, an assistant manager over 服务一组, two
teams with a leader and an agent each, their logins, a talk in each team (服务一组's with
a private note) and a stress-account entry. The `center_url` fixture (tests/conftest.py)."""

from datetime import date

import psycopg
from sqlalchemy.engine import make_url

from workbench import care, center, center_setup, liaisons
from workbench.db.engine import open_database
from workbench.people import EmployeeRecord
from workbench.roster import save_employee

PASSWORD = "秘密-password-1"
DAY = date(2026, 11, 2)


def make_center(postgres_url: str) -> str:
    """A center at the schema head with its policies: a manager, an assistant manager over
    服务一组, two teams with a leader and agents each, their logins, and a talk each."""
    center_setup.init_center(postgres_url)
    database = open_database(postgres_url)
    ids = {}
    for number, name, role, team in (
        ("1", "经理甲", "经理", None),
        ("2", "助理乙", "助理经理", None),
        ("10", "组长丙", "组长", "服务一组"),
        ("11", "坐席丁", "客户代表", "服务一组"),
        ("20", "组长己", "组长", "服务二组"),
        ("21", "坐席庚", "客户代表", "服务二组"),
    ):
        ids[name] = save_employee(database, EmployeeRecord(employee_no=number, name=name, role=role, team=team)).id
    liaisons.sync_default_pairings(database, DAY)
    database.close()
    for login, number in (("jia", "1"), ("yi", "2"), ("bing", "10"), ("ji", "20")):
        center.add_user(postgres_url, login, number, PASSWORD)
    center.set_role(postgres_url, "yi", "assistant_manager", ["服务一组"])
    as_bing = open_as(postgres_url, "bing")
    liaisons.save_talk(
        as_bing,
        liaisons.TalkRecord(
            employee_id=ids["坐席丁"], liaison_id=ids["组长丙"], talk_date=DAY, kind="monthly",
            pain_points="夜班后睡不好", private_note="家里老人住院",
        ),
    )  # fmt: skip
    care.save_account_entry(
        as_bing, care.AccountEntryRecord(ids["坐席丁"], care.STRESS, DAY, "调开连续夜班", author_id=ids["组长丙"])
    )
    as_bing.close()
    as_ji = open_as(postgres_url, "ji")
    liaisons.save_talk(
        as_ji,
        liaisons.TalkRecord(
            employee_id=ids["坐席庚"], liaison_id=ids["组长己"], talk_date=DAY, kind="monthly", problems="系统卡顿"
        ),
    )
    as_ji.close()
    return postgres_url


def login_url(url: str, login: str, password: str = PASSWORD) -> str:
    return make_url(url).set(username=login, password=password).render_as_string(hide_password=False)


def open_as(url: str, login: str):
    return open_database(login_url(url, login), create=False)


def sql_as(url: str, login: str):
    """A plain psycopg connection as that person: SQL straight to the server."""
    return psycopg.connect(login_url(url, login).replace("+psycopg", ""), autocommit=True)


def names(connection, query: str, params=None) -> set:
    return {row[0] for row in connection.execute(query, params)}
