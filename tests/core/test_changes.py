"""A center's other PCs hear of a change within about a second: which tables changed, not
their own writes, and again after the server dropped the listener's connection."""

import queue
import time
from datetime import date

import psycopg
import pytest
from sqlalchemy.engine import make_url

from workbench import center_setup, liaisons
from workbench.changes import EVERY_TABLE, ChangeListener
from workbench.db.engine import open_database
from workbench.liaisons import TalkRecord
from workbench.people import EmployeeRecord
from workbench.roster import save_employee

WAIT = 10  # seconds: far more than a report takes


@pytest.fixture
def center_url(center_owner_url):
    center_setup.init_center(center_owner_url)
    return center_owner_url


@pytest.fixture
def other_pc(center_url):
    database = open_database(center_url)
    yield database
    database.close()


@pytest.fixture
def reports():
    return queue.Queue()


@pytest.fixture
def listen(reports):
    started = []

    def listen_(target):
        listener = ChangeListener(target, reports.put)
        started.append(listener)
        assert listener.listening.wait(WAIT)
        return listener

    yield listen_
    for listener in started:
        listener.stop()


def add_talk(database, text="夜班后睡不好"):
    leader = save_employee(database, EmployeeRecord("10", "组长丙", role="组长", team="服务一组")).id
    agent = save_employee(database, EmployeeRecord("11", "坐席丁", team="服务一组")).id
    return liaisons.save_talk(database, TalkRecord(agent, leader, date(2026, 11, 3), "monthly", pain_points=text))


def sql(url: str):
    return psycopg.connect(make_url(url).set(drivername="postgresql").render_as_string(hide_password=False))


@pytest.mark.postgres
def test_a_talk_added_on_another_pc_is_reported(center_url, other_pc, listen, reports):
    listen(center_url)
    add_talk(other_pc)
    changed = set()
    while "talks" not in changed:
        changed |= reports.get(timeout=WAIT)
    assert changed <= {
        "employees",
        "team_spells",
        "pairings",
        "talks",
        "talk_themes",
        "teams",
    }  # nothing it did not write


@pytest.mark.postgres
def test_its_own_writes_are_not_reported(center_url, other_pc, listen, reports):
    mine = open_database(center_url)
    try:
        listen(mine)
        add_talk(mine)
        with sql(center_url) as connection:
            connection.execute("UPDATE teams SET name = '服务二组'")
        assert reports.get(timeout=WAIT) == {"teams"}  # the talk, written before, is not there
    finally:
        mine.close()


@pytest.mark.postgres
def test_stop_is_prompt(center_url, listen):
    listener = listen(center_url)
    began = time.monotonic()
    listener.stop()
    assert time.monotonic() - began < 1
    assert not listener.is_running()


@pytest.mark.postgres
def test_it_connects_again_after_the_server_dropped_it(center_url, postgres_server, other_pc, listen, reports):
    listener = listen(center_url)
    dropped = postgres_server.url("postgres")
    with sql(dropped) as connection:
        ended = connection.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query LIKE 'LISTEN %%' AND datname = %s",
            (make_url(center_url).database,),
        ).fetchall()
    assert ended == [(True,)]
    assert reports.get(timeout=WAIT) == EVERY_TABLE  # back again: what changed meanwhile is not known
    assert listener.listening.is_set()
    add_talk(other_pc)
    changed = set()
    while "talks" not in changed:
        changed |= reports.get(timeout=WAIT)


def test_a_file_on_this_pc_has_no_one_else_to_listen_to(tmp_path, reports):
    database = open_database(tmp_path / "workbench.sqlite3")
    listener = ChangeListener(database, reports.put)
    assert not listener.is_running()
    listener.stop()
    database.close()
