"""The strip that says the center's server cannot be reached. What the person typed stays
where it is (a failed save keeps its dialog open); the strip tries again by itself, a bit
less often each time, and when the server answers it goes away and the pages reload."""

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton

from ui.tasks import run_in_background

RETRY_AFTER_MS = (2_000, 5_000, 10_000, 30_000)  # then every 30 s


def _check(database, progress) -> None:
    from workbench.db.engine import check_reachable

    check_reachable(database)


class ConnectionBanner(QFrame):
    restored = Signal()  # the server answers again: reload what is shown

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("connectionBanner")
        self.database = None
        self._attempt = 0
        self._checking = False
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.retry_button = QPushButton(self.tr("Try again now"))
        self.retry_button.clicked.connect(self.retry)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 4, 8, 4)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.retry_button)
        self.timer = QTimer(self, singleShot=True)
        self.timer.timeout.connect(self.retry)
        self.hide()

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
        run_in_background(_check, self.database, owner=self, on_success=self._back, on_failure=self._still_lost)

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
