"""Undo for what the user changes: each saved change goes on a QUndoStack as a command that
can put the previous state back through a core service, and apply the change again."""

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand


class SavedChange(QUndoCommand):
    """A change the page has already saved; undo and redo call the services again.

    Saving before pushing keeps a failed save off the stack, so pushing skips the first
    redo. A later undo or redo that fails is reported and leaves the stack usable."""

    def __init__(
        self,
        text: str,
        redo: Callable[[], None],
        undo: Callable[[], None],
        failed: Callable[[BaseException], None],
    ):
        super().__init__(text)
        self._redo, self._undo, self._failed = redo, undo, failed
        self._saved_already = True

    def _run(self, action: Callable[[], None]) -> None:
        try:
            action()
        except Exception as error:  # shown to the user; this step is dropped from the stack
            self._failed(error)
            self.setObsolete(True)

    def redo(self) -> None:
        if self._saved_already:
            self._saved_already = False
            return
        self._run(self._redo)

    def undo(self) -> None:
        self._run(self._undo)


def push_removal(
    stack,
    text: str,
    entry_id: int,
    remove: Callable[[], int],
    put_back: Callable[[int], None],
    refresh: Callable[[], None],
    failed: Callable[[BaseException], None],
) -> None:
    """Something the page has just moved to the bin (bin entry `entry_id`): Ctrl+Z puts
    it back, Ctrl+Y removes it again (a new bin entry each time)."""
    entry = {"id": entry_id}

    def again() -> None:
        entry["id"] = remove()
        refresh()

    def back() -> None:
        put_back(entry["id"])
        refresh()

    stack.push(SavedChange(text, again, back, failed))
