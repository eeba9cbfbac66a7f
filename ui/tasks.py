"""Long work off the UI thread: a QRunnable per job, results and progress as signals.

The function runs in a worker of QThreadPool and receives a `progress(done, total)`
callback; calling it after the user pressed cancel raises Cancelled inside the worker.
"""

import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from workbench.errors import Cancelled


class _TaskSignals(QObject):
    progress = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)  # the exception


class Task(QRunnable):
    def __init__(self, function: Callable, *args, **kwargs):
        super().__init__()
        self.signals = _TaskSignals()
        self._function, self._args, self._kwargs = function, args, kwargs
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def _progress(self, done: int, total: int) -> None:
        if self._cancel.is_set():
            raise Cancelled
        self.signals.progress.emit(done, total)

    def run(self) -> None:
        try:
            result = self._function(*self._args, progress=self._progress, **self._kwargs)
        except BaseException as error:  # handed to the UI thread, which decides what to show
            self._report(self.signals.failed, error)
        else:
            self._report(self.signals.succeeded, result)

    @staticmethod
    def _report(signal, value) -> None:
        try:
            signal.emit(value)
        except RuntimeError:  # the application closed while the work ran: nobody to tell
            pass


_running: set[Task] = set()  # keeps each task and its signals alive until it reports


def run_in_background(
    function: Callable,
    *args,
    on_success: Callable[[object], None],
    on_failure: Callable[[BaseException], None],
    on_progress: Callable[[int, int], None] | None = None,
    **kwargs,
) -> Task:
    task = Task(function, *args, **kwargs)
    task.setAutoDelete(False)
    _running.add(task)
    task.signals.succeeded.connect(lambda result: (_running.discard(task), on_success(result)))
    task.signals.failed.connect(lambda error: (_running.discard(task), on_failure(error)))
    if on_progress is not None:
        task.signals.progress.connect(on_progress)
    QThreadPool.globalInstance().start(task)
    return task
