"""The window must never wait on the database: a database that answers slowly, as a busy
center's server does, and a watch on how long the event loop went without running."""

import gc
import time
from contextlib import contextmanager

from PySide6.QtCore import QElapsedTimer, QTimer
from sqlalchemy import event

from ui.tasks import wait_for_background_work

SLOW_STATEMENT_S = 0.3  # each statement answers this much later
WORST_STALL_MS = 100  # the longest the window may go without answering a click


@contextmanager
def slow(database, seconds: float = SLOW_STATEMENT_S):
    """Every statement the database runs (from any thread) waits `seconds` first."""

    def wait(*_statement) -> None:
        time.sleep(seconds)  # the slow server itself; the waiting thread is a worker's, or a stall

    event.listen(database.engine, "before_cursor_execute", wait)
    try:
        yield
    finally:
        # A worker still running would find the listeners changing under it.
        wait_for_background_work(30000)
        event.remove(database.engine, "before_cursor_execute", wait)


class EventLoopWatch:
    """Ticks every 10 ms on the UI thread; `worst_ms` is the longest gap between two ticks,
    which is how long a click would have waited."""

    TICK_MS = 10

    def __init__(self):
        self.worst_ms = 0
        self.gaps: list[int] = []
        self._clock = QElapsedTimer()
        self._timer = QTimer(interval=self.TICK_MS)
        self._timer.timeout.connect(self._tick)

    def _tick(self) -> None:
        gap = self._clock.restart()
        self.gaps.append(gap)
        self.worst_ms = max(self.worst_ms, gap - self.TICK_MS)

    def __enter__(self):
        # What earlier tests left is the test run's, not the window's: a full collection of
        # it (in any thread, holding the interpreter) would stall the loop for 100 ms and more.
        gc.collect()
        gc.freeze()
        self._clock.start()
        self._timer.start()
        return self

    def __exit__(self, *_exception) -> None:
        self._tick()
        self._timer.stop()
        gc.unfreeze()
        print(f"worst stall {self.worst_ms} ms over {sum(self.gaps)} ms")  # the figure, with pytest -s
