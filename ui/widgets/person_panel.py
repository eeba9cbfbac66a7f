"""The selected employee on the 谈心谈话 page: open follow-ups to move along, answer (an
employee request) or remove, and the timeline, whose talks can be changed (double-click)
or removed (to the bin, undoably)."""

from datetime import UTC, datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QVBoxLayout,
)

from workbench.liaisons import REQUEST
from workbench.texts import t

OVERDUE_RED = "#b3261e"


class PersonPanel(QFrame):
    status_chosen = Signal(object, str)  # the follow-up as shown, its new status
    remove_follow_up = Signal(int)
    edit_talk = Signal(int)
    remove_talk = Signal(int)
    reply_given = Signal(object, str)  # the request as shown, the answer

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("detailPanel")
        self.title = QLabel()
        self.title.setObjectName("detailTitle")
        self.follow_ups = QListWidget()
        self.follow_ups.setFixedHeight(self.fontMetrics().height() * 6 + 12)
        buttons = QHBoxLayout()
        self.status_buttons = {}
        for status, label in (
            ("improving", self.tr("Improving")),
            ("done", self.tr("Done")),
            ("rechecked", self.tr("Checked again")),
        ):
            button = QPushButton(label)
            button.clicked.connect(lambda _checked=False, s=status: self._choose(s))
            buttons.addWidget(button)
            self.status_buttons[status] = button
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setToolTip(self.tr("Move this follow-up to the bin (Ctrl+Z puts it back)"))
        self.remove_button.clicked.connect(self._remove_follow_up)
        buttons.addStretch(1)
        buttons.addWidget(self.remove_button)
        self.reply_text = QLineEdit()
        self.reply_text.setPlaceholderText(self.tr("What the employee was answered; Enter records it"))
        self.reply_text.returnPressed.connect(self._reply)
        self.reply_button = QPushButton(self.tr("Reply"))
        self.reply_button.setToolTip(self.tr("Record the answer to this employee request and when it was given"))
        self.reply_button.clicked.connect(self._reply)
        self.reply_row = QHBoxLayout()
        self.reply_row.addWidget(self.reply_text, 1)
        self.reply_row.addWidget(self.reply_button)
        self.follow_ups.currentItemChanged.connect(lambda _item, _previous: self._show_reply_row())
        self.timeline = QListWidget()
        self.timeline.setWordWrap(True)
        self.timeline.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.timeline.customContextMenuRequested.connect(self._timeline_menu)
        self.timeline.itemActivated.connect(self._talk_activated)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(QLabel(self.tr("Open follow-ups:")))
        layout.addWidget(self.follow_ups)
        layout.addLayout(buttons)
        layout.addLayout(self.reply_row)
        layout.addWidget(QLabel(self.tr("Timeline:")))
        layout.addWidget(self.timeline, 1)

    def show_person(self, name: str, follow_ups, events, selected: int | None = None) -> None:
        """`selected`: the follow-up to show chosen (by id); the first otherwise."""
        self.title.setText(name)
        self.follow_ups.clear()
        now = datetime.now(UTC)
        for item in follow_ups:
            kind = t(f"follow_up.kind.{item.kind}")
            entry = QListWidgetItem(t("follow_up.line", kind=kind, text=item.description, state=self._state(item)))
            entry.setData(Qt.ItemDataRole.UserRole, item)
            if item.reply:
                entry.setToolTip(self.tr("Answered: %1").replace("%1", item.reply))
            if item.reply_overdue(now):  # red, and the words say it too
                entry.setForeground(QBrush(QColor(OVERDUE_RED)))
            self.follow_ups.addItem(entry)
        ids = [item.id for item in follow_ups]
        if follow_ups:
            self.follow_ups.setCurrentRow(ids.index(selected) if selected in ids else 0)
        self.remove_button.setEnabled(bool(follow_ups))
        self._show_reply_row()
        self.timeline.clear()
        for event in reversed(events):  # newest first: what a leader looks for
            entry = QListWidgetItem(f"{event.day.isoformat()}  {event.text}")
            entry.setData(Qt.ItemDataRole.UserRole, event.talk_id)
            self.timeline.addItem(entry)

    def _state(self, item) -> str:
        state = t(f"follow_up.status.{item.status}")
        if item.kind != REQUEST:
            return state
        if item.replied_at is None:
            return self.tr("%1, not yet answered").replace("%1", state)
        moment = item.replied_at.astimezone().strftime("%Y-%m-%d %H:%M")
        return self.tr("%1, answered %2").replace("%1", state).replace("%2", moment)

    def current_follow_up(self):
        item = self.follow_ups.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def _show_reply_row(self) -> None:
        chosen = self.current_follow_up()
        is_request = chosen is not None and chosen.kind == REQUEST
        for widget in (self.reply_text, self.reply_button):
            widget.setVisible(is_request)
        self.reply_text.clear()

    def _reply(self) -> None:
        chosen, text = self.current_follow_up(), self.reply_text.text().strip()
        if chosen is not None and chosen.kind == REQUEST and text:
            self.reply_given.emit(chosen, text)

    def _choose(self, status: str) -> None:
        item = self.follow_ups.currentItem()
        if item is not None:
            self.status_chosen.emit(item.data(Qt.ItemDataRole.UserRole), status)

    def _remove_follow_up(self) -> None:
        item = self.follow_ups.currentItem()
        if item is not None:
            self.remove_follow_up.emit(item.data(Qt.ItemDataRole.UserRole).id)

    def _timeline_menu(self, position) -> None:
        item = self.timeline.itemAt(position)
        talk_id = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if talk_id is None:
            return
        menu = QMenu(self)
        menu.addAction(self.tr("Change this talk record…"), lambda: self.edit_talk.emit(talk_id))
        menu.addAction(self.tr("Remove this talk record"), lambda: self.remove_talk.emit(talk_id))
        menu.exec(self.timeline.viewport().mapToGlobal(position))

    def _talk_activated(self, item) -> None:
        talk_id = item.data(Qt.ItemDataRole.UserRole)
        if talk_id is not None:
            self.edit_talk.emit(talk_id)
