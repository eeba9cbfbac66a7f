"""A page's search of its own records: the box the page puts beside its title (Ctrl+F
anywhere on the page), read once the user pauses typing, and the list of what was found
under its count, which the page shows in place of its content."""

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

PAUSE_MS = 250  # typing on within this restarts the wait: one search per pause, not per key


class PageSearch(QWidget):
    wanted = Signal(str)  # the text to search for ("" when the box is cleared)
    chosen = Signal(object)  # what the result picked carries

    def __init__(self, page: QWidget, placeholder: str, tooltip: str):
        super().__init__()
        self.box = QLineEdit()
        self.box.setPlaceholderText(placeholder)
        self.box.setToolTip(tooltip)
        self.box.setClearButtonEnabled(True)
        self.box.setMinimumWidth(180)
        self._pause = QTimer(self, singleShot=True, interval=PAUSE_MS)
        self._pause.timeout.connect(lambda: self.wanted.emit(self.text()))
        self.box.textChanged.connect(lambda _text: self._pause.start())
        QShortcut(QKeySequence.StandardKey.Find, page, activated=self.box.setFocus)
        self.count = QLabel()
        self.count.setObjectName("countLabel")
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.currentItemChanged.connect(
            lambda item, _previous: item is not None and self.chosen.emit(item.data(Qt.ItemDataRole.UserRole))
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.count)
        layout.addWidget(self.list, 1)

    def text(self) -> str:
        return self.box.text().strip()

    def show_found(self, text: str, found: list[tuple[str, object]], count: str) -> bool:
        """What searching `text` found, (words, what picking it carries) each; False and
        nothing shown when the user has typed on meanwhile (a newer search is on its way)."""
        if text != self.text():
            return False
        self.list.clear()
        for words, carried in found:
            item = QListWidgetItem(words)
            item.setData(Qt.ItemDataRole.UserRole, carried)
            self.list.addItem(item)
        self.count.setText(count)
        return True
