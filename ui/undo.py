"""Undo for what the user changes on a page: each change is a QUndoCommand that applies a
state through a core service and can put the previous state back."""

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from workbench.checklists import OccurrenceRecord, OccurrenceState

Apply = Callable[[int, OccurrenceState], OccurrenceRecord]


class OccurrenceChange(QUndoCommand):
    """Tick, untick, skip or note an occurrence.

    The page saves the change first and pushes the command only when that worked, so a
    failed save never sits on the undo stack; pushing therefore skips the first redo."""

    def __init__(
        self,
        text: str,
        saved: OccurrenceRecord,
        before: OccurrenceState,
        after: OccurrenceState,
        apply: Apply,
        show: Callable[[OccurrenceRecord], None],
        failed: Callable[[BaseException], None],
    ):
        super().__init__(text)
        self._id, self._before, self._after = saved.id, before, after
        self._apply, self._show, self._failed = apply, show, failed
        self._saved_already = True

    def _put(self, state: OccurrenceState) -> None:
        try:
            self._show(self._apply(self._id, state))
        except Exception as error:  # shown to the user; the stack stays as it was
            self._failed(error)
            self.setObsolete(True)

    def redo(self) -> None:
        if self._saved_already:
            self._saved_already = False
            return
        self._put(self._after)

    def undo(self) -> None:
        self._put(self._before)
