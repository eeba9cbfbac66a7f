"""Backups: daily at first start, rotation, by hand, restore (itself undoable), and a
damaged database refused at open without a byte written to it."""

from dataclasses import replace
from datetime import datetime, timedelta

import pytest

from workbench.db.backup import (
    BEFORE_RESTORE,
    DAILY,
    backup_now,
    daily_backup,
    list_backups,
    restore_backup,
)
from workbench.db.engine import open_database
from workbench.db.sqlite_file import DamagedDatabase
from workbench.errors import UserError
from workbench.people import EmployeeRecord
from workbench.roster import list_employees, save_employee


@pytest.fixture
def team_db(tmp_path):
    path = tmp_path / "workbench.sqlite3"
    database = open_database(path)
    save_employee(database, EmployeeRecord("1", "组长丙", role="组长", team="服务一组"))
    database.close()
    return path


def names(path) -> list[str]:
    database = open_database(path)
    try:
        return sorted(record.name for record in list_employees(database))
    finally:
        database.close()


def test_one_daily_backup_a_day_holding_the_data(team_db):
    morning = datetime(2026, 11, 23, 8, 30)
    made = daily_backup(team_db, now=morning)
    assert made is not None and made.name == "workbench-20261123-083000-daily.sqlite3"
    assert daily_backup(team_db, now=morning + timedelta(hours=5)) is None  # the day has its backup
    (backup,) = list_backups(team_db)
    assert (backup.kind, backup.made_at, backup.counts()["employees"]) == (DAILY, morning, 1)
    assert sorted(p.name for p in made.parent.iterdir()) == [made.name]  # one file: no -wal, no -shm


def test_rotation_keeps_a_week_of_days_and_a_year_of_months(team_db):
    start = datetime(2026, 1, 1, 9)
    for day in range(400):
        daily_backup(team_db, now=start + timedelta(days=day))
    kept = [backup.made_at.date() for backup in list_backups(team_db)]
    last = (start + timedelta(days=399)).date()
    assert kept[:7] == [last - timedelta(days=n) for n in range(7)]
    firsts = kept[7:]
    assert all(day.day == 1 for day in firsts) and len(kept) == 7 + len(firsts)
    assert len({(day.year, day.month) for day in kept}) == 12  # a year of months, this one included


def test_a_backup_by_hand_and_a_restore_that_can_be_undone(team_db, tmp_path):
    backup = backup_now(team_db, now=datetime(2026, 11, 23, 9))
    database = open_database(team_db)
    save_employee(database, EmployeeRecord("2", "坐席丁", team="服务一组"))
    database.close()
    assert names(team_db) == ["坐席丁", "组长丙"]

    before = restore_backup(backup, team_db, now=datetime(2026, 11, 23, 10))
    assert names(team_db) == ["组长丙"]
    assert before.name == f"workbench-20261123-100000-{BEFORE_RESTORE}.sqlite3"
    restore_backup(before, team_db)  # undo the restore
    assert names(team_db) == ["坐席丁", "组长丙"]


def test_restore_refuses_what_is_not_a_sound_workbench_backup(team_db, tmp_path):
    stranger = tmp_path / "notes.sqlite3"
    stranger.write_bytes(b"hello")
    with pytest.raises(UserError, match="notes.sqlite3"):
        restore_backup(stranger, team_db)
    assert names(team_db) == ["组长丙"]
    assert not list_backups(team_db)  # refused before anything was written


def damage(path) -> bytes:
    """Overwrite a page in the middle of the file, as a failing disk would."""
    data = bytearray(path.read_bytes())
    page = 4096
    data[page * 2 : page * 3] = b"\xde\xad\xbe\xef" * (page // 4)
    path.write_bytes(bytes(data))
    return bytes(data)


def test_a_damaged_database_is_refused_and_left_as_it_was(team_db, tmp_path):
    good = backup_now(team_db, destination=tmp_path / "good.sqlite3")
    database = open_database(team_db)
    for number in range(2, 200):  # enough rows for several pages
        save_employee(database, EmployeeRecord(str(number), f"员工{number}", team="服务一组"))
    database.close()
    damaged = damage(team_db)
    with pytest.raises(DamagedDatabase, match="已损坏"):
        open_database(team_db, verify=True)
    assert team_db.read_bytes() == damaged  # not a byte written
    restore_backup(good, team_db)
    assert names(team_db) == ["组长丙"]
    open_database(team_db, verify=True).close()


def test_a_restored_database_keeps_working_in_wal_mode(team_db):
    backup = backup_now(team_db)
    restore_backup(backup, team_db)
    database = open_database(team_db)
    with database.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
    record = save_employee(database, EmployeeRecord("9", "坐席庚"))
    save_employee(database, replace(record, name="坐席辛"))
    database.close()
    assert names(team_db) == ["坐席辛", "组长丙"]


def test_how_many_backups_to_keep_is_kept_in_the_database(team_db):
    from workbench import preferences

    database = open_database(team_db)
    assert preferences.backup_policy(database) == (7, 12)
    preferences.set_backup_policy(database, 3, 6)
    assert preferences.backup_policy(database) == (3, 6)
    with pytest.raises(UserError):
        preferences.set_backup_policy(database, 0, 6)
    database.close()
