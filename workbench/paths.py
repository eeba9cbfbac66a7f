"""Where the workbench keeps its files: the user's data folder, never the working directory."""

import os
from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path

APP_NAME = "workbench"


def data_dir() -> Path:
    """The data folder; WORKBENCH_DATA_DIR overrides it (portable installs, tests), else
    the folder the user moved it to, else the system's place for application data."""
    from workbench.locations import chosen_data_folder

    override = os.environ.get("WORKBENCH_DATA_DIR")
    if override:
        path = Path(override)
    elif moved := chosen_data_folder():
        path = moved
    else:
        import platformdirs  # here, not at the top: ui.icons needs only resource() at start-up

        path = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_database() -> Path | str:
    """The database opened without --db: the one the user chose (a file, or a center's
    server address), else the data folder's."""
    from workbench.locations import chosen_database

    return chosen_database() or data_dir() / "workbench.sqlite3"


def demo_database() -> Path:
    return data_dir() / "demo.sqlite3"


def backups_dir() -> Path:
    return data_dir() / "backups"


def log_dir() -> Path:
    path = data_dir() / "logs"
    path.mkdir(parents=True, exist_ok=True)
    return path


def resource(*parts: str) -> Traversable:
    """A file shipped in workbench/resources (templates, icons, style sheet, translations),
    found wherever the package is: a checkout, a wheel install, the bundle. All of them
    unpack it to real files, so Qt, which wants a path, is given str() of it."""
    return files("workbench").joinpath("resources", *parts)
