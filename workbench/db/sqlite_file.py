"""What a SQLite file holds, read without writing to it: opening a database and restoring a
backup refuse a stranger's file, a damaged one or one of a newer schema the same way."""

import sqlite3
from pathlib import Path

from workbench.db.revisions import is_known_revision
from workbench.errors import UserError
from workbench.texts import t

# PRAGMA application_id marks a SQLite file as ours ("WBNH"), so a stranger's file is refused.
APPLICATION_ID = 0x57424E48
SQLITE_HEADER = b"SQLite format 3\x00"


class DamagedDatabase(UserError):
    """SQLite reports the file damaged: it is not written to; a backup can replace it."""


def probe_sqlite_file(path: Path, verify: bool = False) -> str | None:
    """Read what a SQLite file holds without writing to it; refuse what we cannot use, and
    with `verify` a file SQLite's quick check finds damaged. Returns its schema revision,
    None for a new or empty file."""
    if not path.exists() or path.stat().st_size == 0:
        return None
    with path.open("rb") as file:
        if file.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
            raise UserError(t("db.not_sqlite", path=path))
    try:
        connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as error:
        raise UserError(t("db.cannot_open", path=path, reason=error)) from None
    try:
        application_id = connection.execute("PRAGMA application_id").fetchone()[0]
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        revision = None
        if "alembic_version" in tables:
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = row[0] if row else None
        damage = connection.execute("PRAGMA quick_check").fetchone()[0] if verify and tables else "ok"
    except sqlite3.DatabaseError as error:
        raise DamagedDatabase(t("db.damaged", path=path, reason=error)) from None
    finally:
        connection.close()
    if damage != "ok":
        raise DamagedDatabase(t("db.damaged", path=path, reason=damage))
    if not tables:
        return None
    if application_id != APPLICATION_ID:
        raise UserError(t("db.not_workbench", path=path))
    if not is_known_revision(revision):
        raise UserError(t("db.newer_schema", path=path, revision=revision))
    return revision
