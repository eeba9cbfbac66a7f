"""The strip above the pages that says what needs the user today, with a link to the page
where it is done; also a tray message once a day where the desktop has a tray. Reminders
live only while the workbench runs: no background service, no network."""

from datetime import UTC, date, datetime

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtWidgets import QMenu, QSystemTrayIcon, QToolButton

from ui.icons import icon
from ui.widgets.strip import Strip

REFRESH_MS = 30 * 60 * 1000  # a day changes while the workbench stays open


def _reminders(database):
    from workbench import checklists, reminders

    person = checklists.me(database)
    if person is None:
        return None
    return reminders.reminders_for(database, person, date.today(), datetime.now(UTC))


class ReminderBanner(Strip):
    go_to = Signal(str)  # a page ("checklist", "talks") or a request (workbench.reminders.REPLY_LINK)
    refreshed = Signal()

    def __init__(self, parent=None):
        close = QToolButton()
        super().__init__("reminderBanner", close, parent)
        close.setText("×")
        close.setAutoRaise(True)
        close.setToolTip(self.tr("Hide until tomorrow"))
        close.clicked.connect(self._hide_for_today)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.linkActivated.connect(self.go_to)
        self.tray = QSystemTrayIcon(icon("workbench"), self) if QSystemTrayIcon.isSystemTrayAvailable() else None
        if self.tray is not None:
            self.tray.activated.connect(self._bring_window)
            self.tray.messageClicked.connect(self._bring_window)
            menu = QMenu(self)
            menu.addAction(self.tr("Show the workbench"), self._bring_window)
            menu.addAction(self.tr("Quit"), lambda: self.window().close())
            self.tray.setContextMenu(menu)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh)

    def set_database(self, database) -> None:
        self.database = database
        self.timer.start()
        self.refresh()

    def refresh(self) -> None:
        """Read again in a worker: the window calls this after every write (its data_changed)."""
        if self.database is not None:
            self.read(_reminders, then=self.show_reminders, failed=lambda _error: None)

    def show_reminders(self, found) -> None:
        today = date.today().isoformat()
        parts = []
        if found is not None:
            if found.duties_due_today:
                parts.append(("checklist", self.tr("%n duty(ies) due today", "", found.duties_due_today)))
            if found.duties_overdue:
                parts.append(("checklist", self.tr("%n duty(ies) overdue", "", found.duties_overdue)))
            if found.talks_pressing:
                text = self.tr("%n people not yet talked with this month", "", found.talks_not_yet)
                days = self.tr("%n day(s) left", "", found.month_ends_in)
                parts.append(("talks", self.tr("%1 (%2)").replace("%1", text).replace("%2", days)))
            if found.follow_ups_overdue:
                parts.append(("talks", self.tr("%n follow-up(s) past due", "", found.follow_ups_overdue)))
            if found.replies_overdue:  # to the oldest request itself, where it is answered
                words = self.tr("%n employee request(s) unanswered after 24 hours", "", found.replies_overdue)
                parts.append((found.replies_link, words))
            if found.appeals_overdue:  # on the 绩效沟通 page's appeals
                words = self.tr("%n appeal(s) past the reply limit", "", found.appeals_overdue)
                parts.append((found.appeals_link, words))
        self.text.setText(
            self.tr("Today:") + " " + "  ·  ".join(f'<a href="{page}">{words}</a>' for page, words in parts)
        )
        hidden_today = QSettings().value("reminders/hiddenOn", "") == today
        self.setVisible(bool(parts) and not hidden_today)
        if parts and self.tray is not None and QSettings().value("reminders/trayOn", "") != today:
            QSettings().setValue("reminders/trayOn", today)
            self.tray.setToolTip("；".join(words for _page, words in parts))
            self.tray.show()
            self.tray.showMessage(self.tr("Team Leader's Workbench"), "\n".join(words for _page, words in parts))
        self.refreshed.emit()

    def _bring_window(self) -> None:
        from ui.single_instance import bring_to_front  # with QtNetwork: not before the first paint

        bring_to_front(self.window())

    def _hide_for_today(self) -> None:
        QSettings().setValue("reminders/hiddenOn", date.today().isoformat())
        self.hide()
