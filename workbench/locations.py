"""Where this PC's workbench keeps its data when the user has chosen otherwise: the database
it opens without --db, and the data folder (database, backups, logs) moved to another drive.

The choice is a small JSON file in the user's configuration folder, outside the data folder
it points to, read by the window and the command line alike."""

import json
import os
import shutil
import sqlite3
import tempfile
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

from workbench.errors import UserError
from workbench.texts import t

LOCATION_FILE = "location.json"
DATABASE_KEY, DATA_FOLDER_KEY = "database", "data_folder"


def config_dir() -> Path:
    """WORKBENCH_CONFIG_DIR overrides it (tests, portable installs)."""
    override = os.environ.get("WORKBENCH_CONFIG_DIR")
    if override:
        return Path(override)
    import platformdirs

    return Path(platformdirs.user_config_dir("workbench", appauthor=False))


def _read() -> dict[str, str]:
    try:
        chosen = json.loads((config_dir() / LOCATION_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):  # never chosen, or a damaged file: the defaults apply
        return {}
    return chosen if isinstance(chosen, dict) else {}


def _write(chosen: dict[str, str]) -> None:
    folder = config_dir()
    folder.mkdir(parents=True, exist_ok=True)
    with tempfile.NamedTemporaryFile("w", encoding="utf-8", dir=folder, suffix=".partial", delete=False) as file:
        json.dump(chosen, file, ensure_ascii=False, indent=1)
    os.replace(file.name, folder / LOCATION_FILE)


def _chosen_path(key: str) -> Path | None:
    value = _read().get(key)
    return Path(value) if value else None


def chosen_database() -> Path | str | None:
    """The file chosen, or a center's server as its address (no password)."""
    value = _read().get(DATABASE_KEY)
    if value and "://" in value:
        return value
    return _chosen_path(DATABASE_KEY)


def chosen_data_folder() -> Path | None:
    return _chosen_path(DATA_FOLDER_KEY)


def remember_database(path: Path | str | None) -> None:
    """Open `path` (or a center's server address, without its password) from now on when
    no --db is given (None: the data folder's own)."""
    chosen = _read()
    if path is None:
        chosen.pop(DATABASE_KEY, None)
    elif "://" in str(path):
        from workbench.server_address import parse

        address = parse(str(path))
        chosen[DATABASE_KEY] = address.url() if address else str(path)  # never a password
    else:
        chosen[DATABASE_KEY] = str(Path(path).expanduser().resolve())
    _write(chosen)


def move_data_folder(source: Path, target: Path, progress: Callable[[int, int], None] | None = None) -> Path:
    """Move everything in the data folder `source` into `target` (new or empty) and use it
    from now on. The databases in it must be closed. Copied first, the copy checked, the
    choice written, the old files removed last: a failure leaves the old folder in use."""
    progress = progress or (lambda done, total: None)
    source, target = source.resolve(), target.expanduser().resolve()
    if target == source or source in target.parents:
        raise UserError(t("locations.inside", target=target))
    if target.exists() and (not target.is_dir() or any(target.iterdir())):
        raise UserError(t("locations.not_empty", target=target))
    files = [path for path in sorted(source.rglob("*")) if path.is_file() and not _transient(path)]
    created = not target.exists()
    try:
        target.mkdir(parents=True, exist_ok=True)
        for done, path in enumerate(files):
            progress(done, len(files))
            destination = target / path.relative_to(source)
            destination.parent.mkdir(parents=True, exist_ok=True)
            if path.suffix == ".sqlite3":
                _copy_database(path, destination)
            else:
                shutil.copy2(path, destination)
    except BaseException as error:  # a full disk, or the user cancelled: the old folder stays in use
        _empty(target, remove=created)
        if isinstance(error, OSError | sqlite3.Error):
            raise UserError(t("locations.move_failed", target=target, reason=error)) from None
        raise
    chosen = _read()
    chosen[DATA_FOLDER_KEY] = str(target)
    database = chosen.get(DATABASE_KEY)
    if database and source in Path(database).parents:
        chosen[DATABASE_KEY] = str(target / Path(database).relative_to(source))
    _write(chosen)
    for path in files:
        path.unlink(missing_ok=True)
    progress(len(files), len(files))
    return target


def _transient(path: Path) -> bool:
    """Lock files and SQLite's side files belong to a running program, not to the data."""
    return path.suffix in (".lock", ".partial") or path.name.endswith(("-wal", "-shm", "-journal"))


def _copy_database(source: Path, destination: Path) -> None:
    """SQLite's backup API, then a check that the copy reads back whole."""
    with closing(sqlite3.connect(f"{source.as_uri()}?mode=ro", uri=True)) as reader:
        with closing(sqlite3.connect(destination)) as writer:
            reader.backup(writer)
            if writer.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                raise sqlite3.DatabaseError(f"{destination.name}: the copy does not read back whole")


def _empty(folder: Path, remove: bool) -> None:
    """Take back a half-made copy: the folder was new or empty before."""
    for child in folder.iterdir():
        shutil.rmtree(child) if child.is_dir() else child.unlink()
    if remove:
        folder.rmdir()
