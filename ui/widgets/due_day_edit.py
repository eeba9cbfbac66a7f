"""When a duty is due, picked as people say it: a weekday for weekly duties, a day of the
month for monthly ones, a month of the quarter or half-year and its day for the others."""

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from workbench.duties import LAST_DUE_DAY, MONTHS_IN, due_day_of, due_day_words, half_year_months, month_and_day
from workbench.periods import MONTH_SLOT, Frequency
from workbench.texts import t


class DueDayEdit(QWidget):
    changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.frequency = Frequency.MONTHLY
        self.weekday = QComboBox()
        for number, name in enumerate(t("due.weekdays").split(","), start=1):
            self.weekday.addItem(t("due.weekly", weekday=name), number)
        self.month = QComboBox()
        self.day = QComboBox()
        for number in range(1, MONTH_SLOT):
            self.day.addItem(t("due.day", day=number), number)
        self.day.addItem(t("due.last_day"), MONTH_SLOT)
        self.words = QLabel()
        self.words.setObjectName("countLabel")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.weekday, self.month, self.day):
            layout.addWidget(widget)
            widget.currentIndexChanged.connect(self._changed)
        layout.addWidget(self.words, 1)
        self.set_due(Frequency.MONTHLY, None)

    def set_due(self, frequency: str, due_day: int | None) -> None:
        """Show the frequency's pickers holding the due day (None: the period's last day)."""
        self.frequency = Frequency(frequency)
        months = MONTHS_IN.get(self.frequency, 0)
        for widget in (self.weekday, self.month, self.day):
            widget.blockSignals(True)
        self.month.clear()
        for number in range(1, months + 1):
            if self.frequency == Frequency.QUARTERLY:
                self.month.addItem(t("due.quarter_months").split(",")[number - 1], number)
            else:
                self.month.addItem(half_year_months(number), number)
        if self.frequency == Frequency.WEEKLY:
            self.weekday.setCurrentIndex((due_day or 7) - 1)
        elif months:
            month, day = month_and_day(due_day) if due_day else (months, MONTH_SLOT)
            self.month.setCurrentIndex(month - 1)
            self.day.setCurrentIndex(day - 1)
        self.weekday.setVisible(self.frequency == Frequency.WEEKLY)
        self.day.setVisible(months > 0)
        self.month.setVisible(months > 1)
        for widget in (self.weekday, self.month, self.day):
            widget.blockSignals(False)
        self._changed()

    def value(self) -> int | None:
        if self.frequency == Frequency.WEEKLY:
            return self.weekday.currentData()
        if self.frequency not in MONTHS_IN:
            return None
        due_day = due_day_of(self.month.currentData() or 1, self.day.currentData())
        return None if due_day == LAST_DUE_DAY[self.frequency] else due_day

    def _changed(self, *_index) -> None:
        self.words.setText(due_day_words(self.frequency, self.value()))
        self.changed.emit()
