"""The strip that says the center's server cannot be reached. What the person typed stays
where it is (a failed save keeps its dialog open); the strip tries again by itself, a bit
less often each time, and when the server answers it goes away and the pages reload."""

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QPushButton

from ui.widgets.strip import Strip

RETRY_AFTER_MS = (2_000, 5_000, 10_000, 30_000)  # then every 30 s


def _check(database) -> None:
    from workbench.db.engine import check_reachable

    check_reachable(database)


class ConnectionBanner(Strip):
    restored = Signal()  # the server answers again: reload what is shown

    def __init__(self, parent=None):
        retry = QPushButton()
        super().__init__("connectionBanner", retry, parent)
        self.retry_button = retry
        retry.setText(self.tr("Try again now"))
        retry.clicked.connect(self.retry)
        self._attempt = 0
        self._checking = False
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.retry)

    def set_database(self, database) -> None:
        self.database = database
        self.timer.stop()
        self.hide()

    def connection_lost(self) -> None:
        if self.database is None or self.database.path is not None:
            return  # a file on this PC has no connection to lose
        self.text.setText(
            self.tr("The connection to the center's database is lost. Nothing was saved; what you typed is still here.")
            + " "
            + self.tr("Trying again…")
        )
        if not self.isVisible():
            self._attempt = 0
            self.show()
            self._schedule()

    def retry(self) -> None:
        if self.database is None or self._checking:
            return
        self._checking = True
        self.timer.stop()
        self.read(_check, then=self._back, failed=self._still_lost)

    def _schedule(self) -> None:
        self.timer.start(RETRY_AFTER_MS[min(self._attempt, len(RETRY_AFTER_MS) - 1)])
        self._attempt += 1

    def _back(self, _result) -> None:
        self._checking = False
        self.hide()
        self.restored.emit()

    def _still_lost(self, _error) -> None:
        self._checking = False
        self._schedule()
