"""Online copies of a SQLite database, made with SQLite's backup API: a plain file copy of
a database in WAL mode can miss committed pages still in the -wal file."""

import sqlite3
from contextlib import closing
from datetime import datetime
from pathlib import Path

from workbench.errors import UserError
from workbench.paths import backups_dir
from workbench.texts import t


def backup_sqlite(source: Path, destination: Path) -> Path:
    """Copy the database at `source` to `destination` (a new file), consistently."""
    destination.parent.mkdir(parents=True, exist_ok=True)
    partial = destination.with_name(destination.name + ".partial")
    try:
        with closing(sqlite3.connect(f"{source.as_uri()}?mode=ro", uri=True)) as reader:
            with closing(sqlite3.connect(partial)) as writer:
                reader.backup(writer)
        partial.replace(destination)
    except (sqlite3.Error, OSError) as error:
        partial.unlink(missing_ok=True)
        raise UserError(t("backup.failed", path=destination, reason=error)) from None
    return destination


def backup_before_upgrade(path: Path, revision: str) -> Path:
    """Keep the database as it was before its schema is upgraded."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    return backup_sqlite(path, backups_dir() / f"{path.stem}-{stamp}-before-upgrade-from-{revision}.sqlite3")
