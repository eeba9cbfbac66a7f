"""Undo for what the user changes: each saved change goes on a QUndoStack as a command that
puts the previous state back through a core service, and applies the change again.

Undo and redo save through the window's write path (ui.writes), as the change itself did:
in order, off the UI thread, announced; a failure is shown and the stack stays usable."""

from collections.abc import Callable, Iterable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QWidget

from ui.writes import write


class SavedChange(QUndoCommand):
    """A change the page has already saved. Saving before pushing keeps a failed save off
    the stack, so pushing skips the first redo. `then(result)` shows each undo's or redo's
    result on the UI thread."""

    def __init__(
        self,
        owner: QWidget,
        text: str,
        redo: Callable[[], object],
        undo: Callable[[], object],
        tables: Iterable[str],
        then: Callable[[object], None] | None = None,
    ):
        super().__init__(text)
        self._owner, self._redo, self._undo = owner, redo, undo
        self._tables, self._then = frozenset(tables), then
        self._saved_already = True

    def redo(self) -> None:
        if self._saved_already:
            self._saved_already = False
            return
        write(self._owner, self._redo, tables=self._tables, then=self._then)

    def undo(self) -> None:
        write(self._owner, self._undo, tables=self._tables, then=self._then)


def remove_with_undo(
    owner: QWidget,
    stack: QUndoStack,
    text: str,
    database,
    remove: Callable[[], int],
    tables: Iterable[str],
    then: Callable[[object], None] | None = None,
) -> None:
    """Move a record to the bin (`remove` returns the bin entry's id) through the write
    path; once moved, Ctrl+Z puts it back and Ctrl+Y removes it again (a new bin entry
    each time). `then` follows the first removal."""
    from workbench import trash

    tables = frozenset(tables) | {"trash"}
    entry: dict[str, int] = {}

    def removed(entry_id: int) -> None:
        entry["id"] = entry_id
        stack.push(SavedChange(owner, text, again, back, tables))
        if then is not None:
            then(entry_id)

    def again() -> None:  # in the writing lane, which runs in order: `back` sees the new id
        entry["id"] = remove()

    def back() -> None:
        trash.put_back(database, entry["id"])

    write(owner, remove, tables=tables, then=removed)


def bin_action(widget: QWidget, text: str, remove: Callable[[], None]) -> QAction:
    """`text` ("Move to the bin") on the widget's right-click menu and its Delete key, while
    it has the focus: `remove` takes the widget's current record to the bin."""
    widget.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
    action = QAction(text, widget)
    action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
    action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
    action.triggered.connect(remove)
    widget.addAction(action)
    return action
