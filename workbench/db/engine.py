"""The one way to open a workbench database: pragmas, schema upgrade, refusal of unusable files."""

import sqlite3
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, event, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError
from sqlalchemy.orm import sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from workbench.conflicts import EditConflict
from workbench.db.backup import backup_before_upgrade
from workbench.errors import ConnectionLost, LoginRefused, NotAllowed, UserError
from workbench.texts import t

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
# The newest Alembic revision. Opening a database already at it skips loading Alembic,
# which is slow to import; tests/db/test_migrations.py checks this equals Alembic's head.
SCHEMA_HEAD = "0013_indicators"
# PRAGMA application_id marks a SQLite file as ours ("WBNH"), so a stranger's file is refused.
APPLICATION_ID = 0x57424E48
SQLITE_HEADER = b"SQLite format 3\x00"


WRITING = "workbench_writing"  # an execution option: this transaction is going to write


class Sessions(sessionmaker):
    """Sessions to read (`sessions()`), and `sessions.begin()` to write. With SQLite a
    writing transaction starts with BEGIN IMMEDIATE: it takes the write lock at once, so
    one that reads before it writes waits its turn (busy_timeout) when another page is
    writing, rather than failing because the data changed under it. Readers never wait."""

    def __init__(self, engine: Engine):
        super().__init__(engine, expire_on_commit=False)
        self._writer = engine.execution_options(**{WRITING: True})

    @contextmanager
    def begin(self):
        """A writing session, committed at the end. A row someone else changed between
        reading and writing it (the ORM's version check) refuses the whole transaction."""
        try:
            with self(bind=self._writer) as session, session.begin():
                yield session
        except StaleDataError:
            raise EditConflict() from None


@dataclass(frozen=True)
class Database:
    """An open database: the engine and a session factory bound to it."""

    engine: Engine
    sessions: Sessions
    url: str
    path: Path | None  # the file for SQLite, None for a server

    @property
    def display_name(self) -> str:
        return str(self.path) if self.path else make_url(self.url).render_as_string(hide_password=True)

    def close(self) -> None:
        self.engine.dispose()


def resolve_url(target: str | Path) -> tuple[str, Path | None]:
    """A path or a SQLAlchemy URL -> (URL, file path for SQLite or None)."""
    text_target = str(target)
    if "://" not in text_target:
        path = Path(text_target).expanduser().resolve()
        return f"sqlite:///{path}", path
    try:
        url = make_url(text_target)
    except ArgumentError:
        raise UserError(t("db.bad_url", url=text_target)) from None
    if url.get_backend_name() == "sqlite":
        if not url.database or url.database == ":memory:":
            raise UserError(t("db.bad_url", url=text_target))
        path = Path(url.database).expanduser().resolve()
        return f"sqlite:///{path}", path
    return text_target, None


def alembic_config(connection=None):
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def _is_known_revision(revision: str | None) -> bool:
    if revision == SCHEMA_HEAD:
        return True
    from alembic.script import ScriptDirectory

    return revision in {script.revision for script in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


class WriteRefused(UserError):
    """The disk is full, the file read-only or locked: nothing was written."""


# SQLite's result codes for a write the machine refused, and what to tell the user.
_WRITE_REFUSALS = {
    "SQLITE_FULL": "db.disk_full",
    "SQLITE_READONLY": "db.read_only",
    "SQLITE_BUSY": "db.locked",
    "SQLITE_IOERR": "db.io_error",
}


# How libpq says that a login was refused (the server's messages are in English by default).
_LOGIN_REFUSALS = ("password authentication failed", "no password supplied", "is not permitted to log in")


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
    if not _is_known_revision(revision):
        raise UserError(t("db.newer_schema", path=path, revision=revision))
    return revision


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def set_pragmas(dbapi_connection, _record):
        # Let SQLAlchemy emit BEGIN itself so every session is one real transaction
        # (pysqlite's own implicit transactions skip some statements).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA journal_mode = WAL")
        # FULL: a leader's writes are few and small, and office PCs lose power; the
        # fsync per commit costs nothing a person notices and keeps every committed write.
        cursor.execute("PRAGMA synchronous = FULL")
        cursor.execute("PRAGMA busy_timeout = 5000")
        cursor.close()

    @event.listens_for(engine, "begin")
    def begin(connection):
        connection.exec_driver_sql("BEGIN IMMEDIATE" if connection.get_execution_options().get(WRITING) else "BEGIN")

    @event.listens_for(engine, "handle_error")
    def explain(context):
        """A write the disk or the file refuses becomes a message the user can act on; the
        transaction is rolled back and the screen keeps what they typed."""
        error = context.original_exception
        if isinstance(error, sqlite3.Error):
            name = getattr(error, "sqlite_errorname", "")
            for code, key in _WRITE_REFUSALS.items():
                if name == code or name.startswith(code + "_"):  # SQLITE_IOERR_WRITE and the like
                    return WriteRefused(t(key, path=engine.url.database))
        return None


def _configure_server(engine: Engine) -> None:
    @event.listens_for(engine, "handle_error")
    def explain(context):
        """A dropped connection and a refusal by the row policies become messages the user
        can act on; the transaction is rolled back, so nothing is half-saved."""
        import psycopg

        error = context.original_exception
        if isinstance(error, psycopg.errors.InsufficientPrivilege):
            return NotAllowed(t("center.refused"))
        if isinstance(error, psycopg.errors.LockNotAvailable | psycopg.errors.QueryCanceled):
            return UserError(t("center.busy"))
        if isinstance(error, psycopg.OperationalError):
            if any(words in str(error) for words in _LOGIN_REFUSALS):
                return LoginRefused(t("center.login_failed", login=engine.url.username or ""))
            if context.is_disconnect or context.connection is None:
                return ConnectionLost(t("center.connection_lost"))
        return None


def open_database(
    target: str | Path, *, create: bool = True, verify: bool = False, password: str | None = None
) -> Database:
    """Open (and if needed create or upgrade) the workbench database at a path or URL.
    `verify` runs SQLite's quick check first (it reads the whole file: once a day);
    `password` logs in to a center's server (never stored)."""
    url, path = resolve_url(target)
    if path is not None:
        if not path.exists() and not create:
            raise UserError(t("db.missing", path=path))
        if path.is_dir():
            raise UserError(t("db.is_folder", path=path))
        revision = probe_sqlite_file(path, verify)
        if revision is not None and revision != SCHEMA_HEAD:
            backup_before_upgrade(path, revision)
        path.parent.mkdir(parents=True, exist_ok=True)
    # What people type (a talk, a private note) never reaches the log inside an error.
    options = {"hide_parameters": True}
    server = path is None and make_url(url).get_backend_name() == "postgresql"
    if server:
        # A connection the network dropped is noticed before use; a server that is not
        # there is reported in seconds, not minutes; a table someone holds locked is
        # given up on after a few seconds instead of freezing the window.
        options |= {"pool_pre_ping": True, "connect_args": {"connect_timeout": 10, "options": "-c lock_timeout=5s"}}
    engine_url = make_url(url).set(password=password) if password else url
    try:
        engine = create_engine(engine_url, **options)
    except ArgumentError:  # also an unknown dialect such as "nonsense://"
        raise UserError(t("db.bad_url", url=url)) from None
    except ImportError as error:  # the driver for this kind of server is not installed
        raise UserError(t("db.cannot_open", path=url, reason=error)) from None
    if path is not None:
        _configure_sqlite(engine)
    elif server:
        _configure_server(engine)
    try:
        _upgrade_schema(engine, path)
    except DBAPIError as error:
        engine.dispose()
        raise UserError(t("db.cannot_open", path=path or url, reason=error.orig)) from None
    except UserError:
        engine.dispose()
        raise
    return Database(engine=engine, sessions=Sessions(engine), url=url, path=path)


def _current_revision(connection: Connection) -> str | None:
    if not inspect(connection).has_table("alembic_version"):
        return None
    return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def _upgrade_schema(engine: Engine, path: Path | None) -> None:
    with engine.begin() as connection:
        current = _current_revision(connection)
        if current == SCHEMA_HEAD:
            return
        if current is not None and not _is_known_revision(current):
            raise UserError(t("db.newer_schema", path=path or engine.url, revision=current))
        from alembic import command

        try:
            command.upgrade(alembic_config(connection), "head")
        except UserError as refusal:
            if path is None and not isinstance(refusal, ConnectionLost):  # a login, not the database's owner
                raise UserError(t("center.needs_init", revision=current or "—")) from None
            raise


def schema_revision(database: Database) -> str | None:
    with database.engine.connect() as connection:
        return _current_revision(connection)


def check_reachable(database: Database) -> None:
    """Raises ConnectionLost while the center's server cannot be reached."""
    with database.engine.connect() as connection:
        connection.execute(text("SELECT 1"))


def integrity_check(database: Database) -> str:
    """'ok' or the first problem SQLite's integrity check reports."""
    if database.path is None:
        return "ok"
    with database.engine.connect() as connection:
        rows = connection.execute(text("PRAGMA integrity_check")).scalars().all()
    return "ok" if rows == ["ok"] else "; ".join(rows[:5])
