"""A strip above the pages (what needs the user today, a lost connection): a line of text
and one button at its end, hidden until it has something to say. What it says is read in
a worker; only the latest read is shown."""

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QAbstractButton, QFrame, QHBoxLayout, QLabel

from ui.tasks import run_in_background


class Strip(QFrame):
    def __init__(self, name: str, button: QAbstractButton, parent=None):
        super().__init__(parent)
        self.setObjectName(name)  # the style sheet colours each strip
        self.database = None
        self._wanted = 0  # reads may overtake each other
        self.text = QLabel()
        self.text.setWordWrap(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 4, 8, 4)
        layout.addWidget(self.text, 1)
        layout.addWidget(button)
        self.timer = QTimer(self)
        self.hide()

    def read(self, function: Callable, then: Callable[[object], None], failed: Callable[[BaseException], None]) -> None:
        """`function(database)` in a worker, then `then(result)` or `failed(error)`."""
        self._wanted += 1
        wanted = self._wanted
        run_in_background(
            lambda database, progress: function(database),
            self.database,
            owner=self,
            on_success=lambda result: wanted == self._wanted and then(result),
            on_failure=lambda error: wanted == self._wanted and failed(error),
        )
