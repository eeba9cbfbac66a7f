"""A day for a record, typed or picked from a calendar and shown as 2026-11-18; a record of
what has happened takes no day after today (`latest`)."""

from datetime import date

from PySide6.QtWidgets import QDateEdit


class DayEdit(QDateEdit):
    def __init__(self, day: date, latest: date | None = None, parent=None):
        super().__init__(day, parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("yyyy-MM-dd")
        if latest is not None:
            self.setMaximumDate(latest)

    def day(self) -> date:
        return self.date().toPython()
