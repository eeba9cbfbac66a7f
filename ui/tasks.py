"""Long work off the UI thread: a QRunnable per job, results and progress as signals.

The function runs in a worker of QThreadPool and receives a `progress(done, total)`
callback; calling it after the user pressed cancel raises Cancelled inside the worker.
Each job reports to an owner (a page, a dialog, the window): when the owner is gone
before the work ends, the result goes nowhere instead of into a deleted widget.
"""

import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from ui.errors import show_error
from workbench.errors import Cancelled


class _Reports(QObject):
    """Carries a job's results to the UI thread. A child of the job's owner: deleted with
    it, and Qt then drops the reports still on their way."""

    progress = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)  # the exception

    def __init__(self, owner: QObject, on_success, on_failure, on_progress):
        super().__init__(owner)
        self._on_success, self._on_failure, self._on_progress = on_success, on_failure, on_progress
        # Slots of this object, not lambdas: a connection to a deleted receiver is cut.
        self.succeeded.connect(self._succeeded)
        self.failed.connect(self._failed)
        self.progress.connect(self._progressed)

    @Slot(object)
    def _succeeded(self, result) -> None:
        self.deleteLater()
        self._on_success(result)

    @Slot(object)
    def _failed(self, error) -> None:
        self.deleteLater()
        self._on_failure(error)

    @Slot(int, int)
    def _progressed(self, done: int, total: int) -> None:
        if self._on_progress is not None:
            self._on_progress(done, total)


class Task(QRunnable):
    def __init__(self, function: Callable, args, kwargs, reports: _Reports):
        super().__init__()
        self.signals = reports
        self._function, self._args, self._kwargs = function, args, kwargs
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def _progress(self, done: int, total: int) -> None:
        if self._cancel.is_set():
            raise Cancelled
        self._emit(self.signals.progress, done, total)

    def run(self) -> None:
        try:
            result = self._function(*self._args, progress=self._progress, **self._kwargs)
        except BaseException as error:  # handed to the UI thread, which decides what to show
            self._emit(self.signals.failed, error)
        else:
            self._emit(self.signals.succeeded, result)

    @staticmethod
    def _emit(signal, *values) -> None:
        try:
            signal.emit(*values)
        except RuntimeError:  # the owner closed while the work ran: nobody to tell
            pass


_running: set[Task] = set()  # keeps each task alive until it has reported, or its owner is gone
_lanes: dict[str, QThreadPool] = {}


def lane(name: str) -> QThreadPool:
    """A pool of one thread: its jobs run in the order given (the global pool's may
    overtake each other)."""
    if name not in _lanes:
        _lanes[name] = QThreadPool()
        _lanes[name].setMaxThreadCount(1)
    return _lanes[name]


def wait_for_background_work(msecs: int) -> None:
    """Let running jobs finish (each pool at most `msecs`) before the database they use
    is closed: a job still holding a connection would leave it open on a center's server."""
    for pool in (QThreadPool.globalInstance(), *_lanes.values()):
        pool.waitForDone(msecs)


def run_in_background(
    function: Callable,
    *args,
    owner: QObject,
    on_success: Callable[[object], None],
    on_failure: Callable[[BaseException], None],
    on_progress: Callable[[int, int], None] | None = None,
    pool: QThreadPool | None = None,
    **kwargs,
) -> Task:
    """`pool`: the global pool unless a `lane` is given."""
    reports = _Reports(owner, on_success, on_failure, on_progress)
    task = Task(function, args, kwargs, reports)
    task.setAutoDelete(False)
    _running.add(task)
    reports.destroyed.connect(lambda: _running.discard(task))
    (pool or QThreadPool.globalInstance()).start(task)
    return task


def read_in_worker(owner: QObject, function: Callable, *args, then: Callable[[object], None]) -> Task:
    """`function(*args)` in a worker (no progress to show); `then(result)` on the UI thread,
    a failure shown over `owner`: how a page or a dialog reads what it shows."""
    return run_in_background(
        lambda *given, progress: function(*given),
        *args,
        owner=owner,
        on_success=then,
        on_failure=lambda error: show_error(owner, error),
    )
