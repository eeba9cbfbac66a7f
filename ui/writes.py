"""The one way the window writes: off the UI thread, in order, then announced.

Every write (a tick, a talk, a follow-up moved on, an undo) runs through `write`: in a
worker of one lane, so two writes made in a row reach the database in that order and the
window never waits on it; a write whose owner has closed meanwhile still finishes, and its
result goes nowhere. When it has been saved, the tables it changed are announced once
(`announcements().changed`): the window's LiveUpdates reloads the pages showing them and
the reminder strip, as it does for the same tables changed on another PC (a center's
server sends those through its change notices). A page reloads nothing by hand.

A record someone else changed meanwhile (EditConflict) is said as such, and what is
stored now is announced so the pages show it; any other failure is shown as an error.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from ui.errors import ask_to_reload, show_error
from ui.tasks import Task, lane, run_in_background
from workbench.conflicts import EditConflict

WRITES_LANE = "writes"


class _Announcements(QObject):
    changed = Signal(object)  # a frozenset of table names this window has written; None: any


# Made on import, on the UI thread: a worker's announcement is then queued to that thread.
_announcements = _Announcements()


def announcements() -> _Announcements:
    return _announcements


def announce(tables: Iterable[str] | None) -> None:
    """Tables changed outside `write` (an import that reports progress, a record found
    changed by someone else; None: any table): the pages showing them reload."""
    announcements().changed.emit(None if tables is None else frozenset(tables))


def write(
    owner: QWidget,
    function: Callable,
    *args,
    tables: Iterable[str],
    then: Callable[[object], None] | None = None,
    failed: Callable[[BaseException], None] | None = None,
    **kwargs,
) -> Task:
    """Run `function(*args, **kwargs)` in the writing lane; once saved, announce `tables`
    and call `then(result)`. A failure is shown (a record changed meanwhile asks to
    reload), unless `failed(error)` is given: it then decides (a dialog keeps its text
    and shows the error beside it)."""
    tables = frozenset(tables)

    def save(*given, progress, **named):
        result = function(*given, **named)
        announce(tables)  # from the worker: it reaches the window even if the owner has closed
        return result

    def refused(error: BaseException) -> None:
        if failed is not None:
            failed(error)
        elif isinstance(error, EditConflict):
            if ask_to_reload(owner, error):
                announce(tables)
        else:
            show_error(owner, error)

    return run_in_background(
        save,
        *args,
        owner=owner,
        on_success=then or (lambda _result: None),
        on_failure=refused,
        pool=lane(WRITES_LANE),
        **kwargs,
    )
