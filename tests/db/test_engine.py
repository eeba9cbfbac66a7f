"""Opening a database: create, reuse, and refuse what is not ours without touching it."""

import hashlib
import sqlite3

import pytest
from sqlalchemy import text

from workbench.db.engine import open_database, schema_revision
from workbench.db.revisions import head_revision
from workbench.db.sqlite_file import APPLICATION_ID
from workbench.errors import UserError


def fingerprint(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_new_database_is_created_at_the_newest_schema(tmp_path):
    path = tmp_path / "folder" / "new.sqlite3"
    database = open_database(path)
    assert path.exists() and schema_revision(database) == head_revision()
    database.close()
    with sqlite3.connect(path) as connection:
        assert connection.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID


def test_connections_are_set_up_for_safety(database):
    with database.engine.connect() as connection:
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
        assert connection.execute(text("PRAGMA busy_timeout")).scalar() == 5000


def test_reopening_keeps_the_data(tmp_path):
    path = tmp_path / "wb.sqlite3"
    database = open_database(path)
    with database.sessions.begin() as session:
        session.execute(text("INSERT INTO teams (name, created_at) VALUES ('服务一组', '2026-01-01')"))
    database.close()
    again = open_database(path)
    with again.sessions() as session:
        assert session.execute(text("SELECT name FROM teams")).scalar() == "服务一组"
    again.close()


def test_a_file_that_is_not_sqlite_is_refused_untouched(tmp_path):
    path = tmp_path / "花名册.xlsx"
    path.write_bytes(b"PK\x03\x04 not a database at all")
    before = fingerprint(path)
    with pytest.raises(UserError, match="不是工作台数据库"):
        open_database(path)
    assert fingerprint(path) == before


def test_another_programs_database_is_refused_untouched(tmp_path):
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)")
        connection.execute("INSERT INTO customers (name) VALUES ('x')")
    before = fingerprint(path)
    with pytest.raises(UserError, match="其他程序的数据库"):
        open_database(path)
    assert fingerprint(path) == before
    assert not (tmp_path / "other.db-wal").exists()


def test_a_database_from_a_newer_workbench_is_refused_untouched(tmp_path):
    path = tmp_path / "newer.sqlite3"
    open_database(path).close()
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before = fingerprint(path)
    with pytest.raises(UserError, match="更新版本") as error:
        open_database(path)
    assert "9999_from_the_future" in str(error.value)
    assert fingerprint(path) == before


def test_an_empty_file_becomes_a_new_database(tmp_path):
    path = tmp_path / "empty.sqlite3"
    path.touch()
    database = open_database(path)
    assert schema_revision(database) == head_revision()
    database.close()


def test_check_does_not_create_a_missing_database(tmp_path):
    with pytest.raises(UserError, match="数据库不存在"):
        open_database(tmp_path / "missing.sqlite3", create=False)
    assert not (tmp_path / "missing.sqlite3").exists()


def test_a_folder_is_not_a_database(tmp_path):
    with pytest.raises(UserError, match="文件夹"):
        open_database(tmp_path)


def test_urls_work_and_bad_ones_are_explained(tmp_path):
    database = open_database(f"sqlite:///{tmp_path / 'url.sqlite3'}")
    assert database.path == tmp_path / "url.sqlite3"
    database.close()
    with pytest.raises(UserError, match="无法识别"):
        open_database("nonsense://")


def test_an_older_database_is_backed_up_before_its_schema_is_upgraded(tmp_path):
    from alembic import command
    from sqlalchemy import create_engine

    from workbench.db.revisions import alembic_config
    from workbench.paths import backups_dir

    path = tmp_path / "old.sqlite3"
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), "0001_roster")
        connection.execute(text("INSERT INTO teams (name, created_at) VALUES ('服务一组', '2025-01-01')"))
    engine.dispose()
    database = open_database(path)
    assert schema_revision(database) == head_revision()
    database.close()
    (backup,) = backups_dir().glob("old-*-before-upgrade-from-0001_roster.sqlite3")
    with sqlite3.connect(backup) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0001_roster"
        assert connection.execute("SELECT name FROM teams").fetchone()[0] == "服务一组"


def test_a_current_database_is_not_copied_on_every_open(tmp_path):
    from workbench.paths import backups_dir

    path = tmp_path / "current.sqlite3"
    open_database(path).close()
    open_database(path).close()
    assert not backups_dir().exists() or not list(backups_dir().iterdir())


def test_pages_that_read_then_write_at_the_same_time_all_succeed(database):
    """Pages load side by side in the thread pool, and some write as they load (pairings,
    checklist occurrences). Each write transaction takes the write lock when it begins,
    so one that read first waits its turn instead of failing with "database is locked"."""
    from concurrent.futures import ThreadPoolExecutor

    from sqlalchemy import func, select

    from workbench.db.models import Preference

    def read_then_write(worker: int) -> None:
        for number in range(40):
            with database.sessions.begin() as session:
                seen = session.scalar(select(func.count()).select_from(Preference))
                session.add(Preference(key=f"{worker}-{number}", value=str(seen)))

    with ThreadPoolExecutor(4) as pool:
        for finished in [pool.submit(read_then_write, worker) for worker in range(4)]:
            finished.result()  # raises what the worker raised
    with database.sessions() as session:
        assert session.scalar(select(func.count()).select_from(Preference)) == 160
