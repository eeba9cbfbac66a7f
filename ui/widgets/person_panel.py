"""The selected employee on the 谈心谈话 page: open follow-ups to move along or remove,
and the timeline, whose talks can be changed (double-click) or removed (to the bin,
undoably)."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QMenu, QPushButton, QVBoxLayout

from workbench.texts import t


class PersonPanel(QFrame):
    status_chosen = Signal(object, str)  # the follow-up as shown, its new status
    remove_follow_up = Signal(int)
    edit_talk = Signal(int)
    remove_talk = Signal(int)

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
        layout.addWidget(QLabel(self.tr("Timeline:")))
        layout.addWidget(self.timeline, 1)

    def show_person(self, name: str, follow_ups, events) -> None:
        self.title.setText(name)
        self.follow_ups.clear()
        for item in follow_ups:
            entry = QListWidgetItem(
                f"{t(f'follow_up.kind.{item.kind}')}：{item.description}（{t(f'follow_up.status.{item.status}')}）"
            )
            entry.setData(Qt.ItemDataRole.UserRole, item)
            self.follow_ups.addItem(entry)
        if follow_ups:
            self.follow_ups.setCurrentRow(0)
        self.remove_button.setEnabled(bool(follow_ups))
        self.timeline.clear()
        for event in reversed(events):  # newest first: what a leader looks for
            entry = QListWidgetItem(f"{event.day.isoformat()}  {event.text}")
            entry.setData(Qt.ItemDataRole.UserRole, event.talk_id)
            self.timeline.addItem(entry)

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
