"""◀ month ▶ beside a page's title: the month shown, the one before or after a click (or
Alt+Left, Alt+Right) away."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QWidget

from workbench.periods import shift_month
from workbench.texts import t


class MonthSwitcher(QWidget):
    month_chosen = Signal(str)  # "2026-10": the month the user moved to

    def __init__(self, parent=None):
        super().__init__(parent)
        self.month = ""
        self.last: str | None = None
        self.previous_button = QToolButton()
        self.previous_button.setText("◀")
        self.previous_button.setToolTip(self.tr("Previous month (Alt+Left)"))
        self.previous_button.clicked.connect(lambda: self._move(-1))
        self.label = QLabel()
        self.next_button = QToolButton()
        self.next_button.setText("▶")
        self.next_button.setToolTip(self.tr("Next month (Alt+Right)"))
        self.next_button.clicked.connect(lambda: self._move(1))
        # While the page is shown: a hidden page's shortcuts do not fire.
        QShortcut(QKeySequence("Alt+Left"), self, activated=self.previous_button.click)
        QShortcut(QKeySequence("Alt+Right"), self, activated=self.next_button.click)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.previous_button, self.label, self.next_button):
            layout.addWidget(widget)

    def show_month(self, month: str, last: str | None = None) -> None:
        """`last`: the latest month the user may move to (None: any)."""
        self.month, self.last = month, last
        year, number = month.split("-")
        self.label.setText(t("monthly.month", year=year, month=int(number)))
        self.next_button.setEnabled(last is None or month < last)

    def _move(self, count: int) -> None:
        self.show_month(shift_month(self.month, count), self.last)  # said at once; the page reads it meanwhile
        self.month_chosen.emit(self.month)
