"""A write the machine refuses (disk full, read-only, locked) is explained, rolled back,
and leaves the database as it was."""

from datetime import date

import pytest
from sqlalchemy import event

from workbench import liaisons
from workbench.db.engine import WriteRefused
from workbench.liaisons import FollowUpRecord, TalkRecord
from workbench.people import EmployeeRecord
from workbench.roster import list_employees, save_employee


def refuse_writes(database, pragma: str) -> None:
    """Every new connection gets the pragma: `max_page_count` makes SQLite report the disk
    full, `query_only` makes the file read-only."""
    database.engine.dispose()
    event.listen(database.engine, "connect", lambda connection, _record: connection.execute(pragma))


@pytest.fixture
def team(database):
    leader = save_employee(database, EmployeeRecord("1", "组长丙", role="组长", team="服务一组")).id
    agent = save_employee(database, EmployeeRecord("2", "坐席丁", team="服务一组")).id
    return leader, agent


def big_talk(leader, agent):
    follow_ups = tuple(FollowUpRecord("follow_up", "跟进" * 400) for _ in range(50))
    return TalkRecord(agent, leader, date(2026, 11, 2), "monthly", pain_points="夜班多" * 600, follow_ups=follow_ups)


def test_a_full_disk_is_explained_and_nothing_is_half_written(database, team):
    leader, agent = team
    with database.engine.connect() as connection:
        pages = connection.exec_driver_sql("PRAGMA page_count").scalar()
    refuse_writes(database, f"PRAGMA max_page_count = {pages}")
    with pytest.raises(WriteRefused, match="磁盘已满"):
        liaisons.save_talk(database, big_talk(leader, agent))
    assert liaisons.talks_with(database, agent, leader) == []
    assert liaisons.open_follow_ups(database, agent) == []


def test_a_read_only_file_is_explained(database, team):
    leader, agent = team
    refuse_writes(database, "PRAGMA query_only = ON")
    with pytest.raises(WriteRefused, match="只读"):
        save_employee(database, EmployeeRecord("3", "坐席戊"))
    assert sorted(record.name for record in list_employees(database)) == ["坐席丁", "组长丙"]
