"""◀ period ▶ beside a page's title: the month (or ISO week) shown, the one before or after
a click (or Alt+Left, Alt+Right) away."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QWidget

from workbench.periods import shift_month, shift_week, week_period
from workbench.texts import t


class PeriodSwitcher(QWidget):
    chosen = Signal(str)  # the period the user moved to: "2026-10", "2026-W44"

    def __init__(self, previous_tip: str, next_tip: str, parent=None):
        super().__init__(parent)
        self.period = ""
        self.last: str | None = None
        self.previous_button = QToolButton()
        self.previous_button.setText("◀")
        self.previous_button.setToolTip(previous_tip)
        self.previous_button.clicked.connect(lambda: self._move(-1))
        self.label = QLabel()
        self.next_button = QToolButton()
        self.next_button.setText("▶")
        self.next_button.setToolTip(next_tip)
        self.next_button.clicked.connect(lambda: self._move(1))
        # While the page is shown: a hidden page's shortcuts do not fire.
        QShortcut(QKeySequence("Alt+Left"), self, activated=self.previous_button.click)
        QShortcut(QKeySequence("Alt+Right"), self, activated=self.next_button.click)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.previous_button, self.label, self.next_button):
            layout.addWidget(widget)

    def label_of(self, period: str) -> str:
        raise NotImplementedError

    def shifted(self, period: str, count: int) -> str:
        raise NotImplementedError

    def show_period(self, period: str, last: str | None = None) -> None:
        """`last`: the latest period the user may move to (None: any)."""
        self.period, self.last = period, last
        self.label.setText(self.label_of(period))
        self.next_button.setEnabled(last is None or period < last)

    def _move(self, count: int) -> None:
        self.show_period(self.shifted(self.period, count), self.last)  # said at once; the page reads it meanwhile
        self.chosen.emit(self.period)


class MonthSwitcher(PeriodSwitcher):
    def __init__(self, parent=None):
        super().__init__(self.tr("Previous month (Alt+Left)"), self.tr("Next month (Alt+Right)"), parent)

    def label_of(self, period: str) -> str:
        year, number = period.split("-")
        return t("monthly.month", year=year, month=int(number))

    def shifted(self, period: str, count: int) -> str:
        return shift_month(period, count)


class WeekSwitcher(PeriodSwitcher):
    def __init__(self, parent=None):
        super().__init__(self.tr("Previous week (Alt+Left)"), self.tr("Next week (Alt+Right)"), parent)

    def label_of(self, period: str) -> str:
        span = week_period(period)
        year, number = period.split("-W")
        return (
            self.tr("Week %1 of %2 (%3 – %4)")
            .replace("%1", str(int(number)))
            .replace("%2", year)
            .replace("%3", f"{span.start.month}/{span.start.day}")
            .replace("%4", f"{span.end.month}/{span.end.day}")
        )

    def shifted(self, period: str, count: int) -> str:
        return shift_week(period, count)
