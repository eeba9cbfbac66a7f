"""The window keeps up with the other PCs of a center: what someone else changes is
announced as this window's own writes are (ui.writes), so the pages showing it load
again by themselves and the reminder strip reads again.

The changed tables come from workbench.changes (a thread of its own, on a center's
server only); a file on this PC has no one else writing to it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from ui.writes import announce

if TYPE_CHECKING:
    from workbench.changes import ChangeListener
    from workbench.db.engine import Database


class LiveUpdates(QObject):
    def __init__(self, parent: QObject):
        super().__init__(parent)
        self._listener: ChangeListener | None = None

    def start(self, database: Database) -> None:
        """Listen to the database's server. For a file the listener (and its driver, slow
        to load) is not even loaded."""
        self.stop()
        if database.path is None:
            from workbench.changes import ChangeListener

            # Announced from the listener's thread: the signal is queued to the UI thread.
            self._listener = ChangeListener(database, announce)

    def stop(self) -> None:
        if self._listener is not None:
            self._listener.stop()
            self._listener = None
