"""Online copies of a SQLite database, made with SQLite's backup API: a plain file copy of
a database in WAL mode can miss committed pages still in the -wal file.

Backups live in the data folder's backups/, named `<database>-<YYYYmmdd-HHMMSS>-<kind>`:
a daily one at the day's first start, one before every schema upgrade and before every
restore, and those made by hand. Rotation keeps the last days and months of dailies and
leaves every other kind alone."""

import re
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from workbench.db.sqlite_file import probe_sqlite_file
from workbench.errors import UserError
from workbench.paths import backups_dir
from workbench.texts import t

DAILY, MANUAL, BEFORE_UPGRADE, BEFORE_RESTORE = "daily", "manual", "before-upgrade", "before-restore"
KEEP_DAILY, KEEP_MONTHLY = 7, 12
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6})-(?P<kind>[a-z-]+?)(?:-from-(?P<revision>.+))?\.sqlite3$")
# The tables a person recognises, counted in the list of backups.
COUNTED = {"employees": "employees", "talks": "talks", "checklist_occurrences": "duties"}


def backup_sqlite(source: Path, destination: Path) -> Path:
    """Copy the database at `source` to `destination` (a new file), consistently."""
    destination.parent.mkdir(parents=True, exist_ok=True)
    partial = destination.with_name(destination.name + ".partial")
    try:
        with closing(sqlite3.connect(f"{source.as_uri()}?mode=ro", uri=True)) as reader:
            with closing(sqlite3.connect(partial)) as writer:
                reader.backup(writer)
                # A backup is a single file at rest: no -wal or -shm beside it when it is read.
                writer.execute("PRAGMA journal_mode = DELETE")
        partial.replace(destination)
    except (sqlite3.Error, OSError) as error:
        partial.unlink(missing_ok=True)
        raise UserError(t("backup.failed", path=destination, reason=error)) from None
    return destination


def _backup_path(database: Path, kind: str, now: datetime, folder: Path | None = None) -> Path:
    return (folder or backups_dir()) / f"{database.stem}-{now:%Y%m%d-%H%M%S}-{kind}.sqlite3"


def backup_before_upgrade(path: Path, revision: str) -> Path:
    """Keep the database as it was before its schema is upgraded."""
    return backup_sqlite(path, _backup_path(path, f"{BEFORE_UPGRADE}-from-{revision}", datetime.now()))


def backup_now(path: Path, destination: Path | None = None, now: datetime | None = None) -> Path:
    """A backup made by hand: to `destination`, or into backups/."""
    return backup_sqlite(path, destination or _backup_path(path, MANUAL, now or datetime.now()))


@dataclass(frozen=True)
class Backup:
    path: Path
    made_at: datetime
    kind: str
    size: int

    def counts(self) -> dict[str, int]:
        """What it holds, read without writing to it: employees, talks, duties."""
        counts = {}
        with closing(sqlite3.connect(f"{self.path.as_uri()}?mode=ro", uri=True)) as connection:
            for table, name in COUNTED.items():
                try:
                    counts[name] = connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                except sqlite3.Error:  # a backup from before the table existed
                    counts[name] = 0
        return counts


def list_backups(database: Path, folder: Path | None = None) -> list[Backup]:
    """The backups of this database, newest first."""
    folder = folder or backups_dir()
    found = []
    for path in folder.glob(f"{database.stem}-*.sqlite3") if folder.is_dir() else ():
        match = _NAME.match(path.name)
        if match and match["stem"] == database.stem:
            made_at = datetime.strptime(match["stamp"], "%Y%m%d-%H%M%S")
            found.append(Backup(path, made_at, match["kind"], path.stat().st_size))
    return sorted(found, key=lambda backup: backup.made_at, reverse=True)


def daily_backup_due(database: Path, now: datetime | None = None) -> bool:
    """No daily backup yet today: the day's first start, when the database is also checked."""
    today = (now or datetime.now()).date()
    return not any(backup.kind == DAILY and backup.made_at.date() == today for backup in list_backups(database))


def daily_backup(
    database: Path,
    now: datetime | None = None,
    keep_daily: int = KEEP_DAILY,
    keep_monthly: int = KEEP_MONTHLY,
) -> Path | None:
    """At the day's first start: a backup, then rotation. None when today's exists already
    or there is nothing to back up yet."""
    now = now or datetime.now()
    if not database.is_file() or database.stat().st_size == 0:
        return None
    if not daily_backup_due(database, now):
        return None
    made = backup_sqlite(database, _backup_path(database, DAILY, now))
    rotate(database, keep_daily, keep_monthly)
    return made


def rotate(database: Path, keep_daily: int = KEEP_DAILY, keep_monthly: int = KEEP_MONTHLY) -> list[Path]:
    """Delete daily backups beyond the last `keep_daily` days, keeping the first of each of
    the last `keep_monthly` months. Returns what was deleted."""
    dailies = [backup for backup in list_backups(database) if backup.kind == DAILY]
    keep = {backup.path for backup in dailies[:keep_daily]}
    first_of_month: dict[tuple[int, int], Backup] = {}
    for backup in dailies:  # newest first, so the month's earliest is seen last
        first_of_month[(backup.made_at.year, backup.made_at.month)] = backup
    months = sorted(first_of_month, reverse=True)[:keep_monthly]
    keep |= {first_of_month[month].path for month in months}
    deleted = [backup.path for backup in dailies if backup.path not in keep]
    for path in deleted:
        path.unlink(missing_ok=True)
    return deleted


def check_backup(path: Path) -> None:
    """Refuse a file that is not a sound SQLite database."""
    try:
        with closing(sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)) as connection:
            result = connection.execute("PRAGMA quick_check").fetchone()[0]
    except sqlite3.Error as error:
        raise UserError(t("backup.unusable", path=path.name, reason=error)) from None
    if result != "ok":
        raise UserError(t("backup.unusable", path=path.name, reason=result))


def restore_backup(backup: Path, database: Path, now: datetime | None = None) -> Path | None:
    """Put a backup in place of the database, after backing up the database as it is (so a
    restore can itself be undone). Nothing may have the database open. Returns the backup
    of the state it replaced."""
    backup = Path(backup)
    if not backup.is_file():
        raise UserError(t("xlsx.missing", path=backup))
    probe_sqlite_file(backup)  # a workbench database of a schema this version knows
    check_backup(backup)
    now = now or datetime.now()
    before = None
    if database.is_file() and database.stat().st_size:
        try:
            check_backup(database)
        except UserError:  # damaged: set it aside whole rather than read it through SQLite
            before = database.with_name(f"{database.name}.damaged-{now:%Y%m%d-%H%M%S}")
            for suffix in ("-wal", "-shm"):
                Path(f"{database}{suffix}").unlink(missing_ok=True)
            database.replace(before)
        else:
            before = backup_sqlite(database, _backup_path(database, BEFORE_RESTORE, now))
    try:
        with closing(sqlite3.connect(f"{backup.as_uri()}?mode=ro", uri=True)) as reader:
            with closing(sqlite3.connect(database)) as writer:
                # The backup API writes the pages through SQLite, WAL and all: the target
                # is never a half-copied file.
                reader.backup(writer)
    except (sqlite3.Error, OSError) as error:
        raise UserError(t("backup.restore_failed", path=database, reason=error)) from None
    return before
