"""What the other PCs change, as they change it.

On a center's server every write ends with a notice on CHANGES_CHANNEL naming its table
(the triggers of workbench.center_rules); PostgreSQL sends it when the transaction commits. A
notice says only which kind of record changed somewhere in the center, never which row. A
ChangeListener hears them on a connection of its own, on a thread of its own, and tells
`on_change` (from that thread) which tables changed, at most about once a second.

Notices of this program's own writes are left out when the listener is given the open
Database: a notice names the server process that wrote, and the listener keeps the
processes of the database's pooled connections (the page that wrote already shows what
it wrote). A dropped connection is made again, with longer pauses while the server stays
away, and then every table is reported: what changed meanwhile is not known.

A file on this PC has no one else writing to it: for SQLite the listener does nothing.
"""

import logging
import threading
import time
from collections.abc import Callable

import psycopg
from sqlalchemy import Engine, create_engine, event

from workbench.center_rules import CHANGES_CHANNEL
from workbench.db.engine import Database
from workbench.db.models import Base

log = logging.getLogger("workbench.changes")

EVERY_TABLE = frozenset(Base.metadata.tables)
FIRST_PAUSE, LONGEST_PAUSE = 1.0, 30.0  # seconds between attempts to connect again
# A silent network (a cable pulled) is noticed by TCP keepalives within about a minute.
KEEPALIVES = {"keepalives": 1, "keepalives_idle": 30, "keepalives_interval": 10, "keepalives_count": 3}


class ChangeListener:
    def __init__(
        self,
        target: str | Database,
        on_change: Callable[[set[str]], None],
        *,
        interval: float = 1.0,
        poll: float = 0.2,
    ):
        """Start listening at once. `interval`: the shortest time between two reports;
        `poll`: how often the thread looks whether it is asked to stop."""
        self._on_change, self._interval, self._poll = on_change, interval, poll
        self._stopping = threading.Event()
        self.listening = threading.Event()  # set while the server would deliver a notice
        self._own_pids: set[int] = set()
        self._own_engine: Engine | None = None
        self._thread: threading.Thread | None = None
        engine = target.engine if isinstance(target, Database) else create_engine(target)
        if engine.dialect.name != "postgresql":
            return
        args, params = engine.dialect.create_connect_args(engine.url)
        self._connect = lambda: psycopg.connect(*args, **params, autocommit=True, connect_timeout=10, **KEEPALIVES)
        if isinstance(target, Database):
            self._own_engine = engine
            event.listen(engine, "checkout", self._remember_own)
            event.listen(engine, "close", self._forget_own)
        self._thread = threading.Thread(target=self._run, name="workbench-changes", daemon=True)
        self._thread.start()

    def is_running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def stop(self, wait: float = 2.0) -> None:
        """Stop listening; returns within `poll` seconds, or `wait` at most while a
        connection attempt to an unreachable server is under way (the thread is a
        daemon: it never keeps the program from exiting)."""
        self._stopping.set()
        if self._own_engine is not None:
            event.remove(self._own_engine, "checkout", self._remember_own)
            event.remove(self._own_engine, "close", self._forget_own)
            self._own_engine = None
        if self._thread is not None:
            self._thread.join(wait)

    # the database's own connections -------------------------------------------------

    def _remember_own(self, dbapi_connection, _record, _proxy) -> None:
        self._own_pids.add(dbapi_connection.info.backend_pid)

    def _forget_own(self, dbapi_connection, _record) -> None:
        self._own_pids.discard(dbapi_connection.info.backend_pid)

    # the thread ---------------------------------------------------------------------

    def _run(self) -> None:
        pause, pending = FIRST_PAUSE, set()
        connected_before = False
        while not self._stopping.is_set():
            try:
                with self._connect() as connection:
                    connection.execute(f"LISTEN {CHANGES_CHANNEL}")
                    self.listening.set()
                    if connected_before:
                        pending |= EVERY_TABLE
                    connected_before, pause = True, FIRST_PAUSE
                    self._listen(connection, pending)
            except psycopg.Error as error:
                log.warning("listening for other PCs' changes: %s", error)
            self.listening.clear()
            self._stopping.wait(pause)
            pause = min(pause * 2, LONGEST_PAUSE)

    def _listen(self, connection: psycopg.Connection, pending: set[str]) -> None:
        reported_at = float("-inf")
        while not self._stopping.is_set():
            for notice in connection.notifies(timeout=self._poll):
                # Any login may send a notice on the channel: one that names no table of
                # ours reloads nothing, and the rest are reported at most once an interval.
                if notice.pid not in self._own_pids and notice.payload in EVERY_TABLE:
                    pending.add(notice.payload)
            if pending and time.monotonic() - reported_at >= self._interval:
                reported_at = time.monotonic()
                changed = set(pending)
                pending.clear()
                self._report(changed)

    def _report(self, changed: set[str]) -> None:
        try:
            self._on_change(changed)
        except Exception:  # the listener outlives a receiver's bug
            log.exception("reporting changed tables %s", sorted(changed))
