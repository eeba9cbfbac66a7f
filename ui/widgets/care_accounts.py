"""The three accounts on the 关怀与表彰 page: the month's people in a list that filters as
you type, and the chosen person's log grouped by account (stress relieved −, growth
added +, feeling built ×) with the count of each."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from ui.undo import bin_action
from workbench.care import ACCOUNTS, account_label
from workbench.texts import t

if TYPE_CHECKING:
    from workbench.care import AccountLog, Person

SIGNS = {"stress": "−", "growth": "+", "feeling": "×"}  # subtract, add, multiply


class AccountsPanel(QFrame):
    person_chosen = Signal(int)  # employee id
    add_requested = Signal()
    remove_requested = Signal(int)  # account entry id

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("detailPanel")
        self.people: list[Person] = []
        heading = QLabel(self.tr("Three accounts"))
        heading.setObjectName("detailTitle")
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Find a person…"))
        self.filter.setToolTip(self.tr("Type a name or employee ID; ↓ moves to the list"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._filter)
        self.filter.returnPressed.connect(self._first_shown)
        QShortcut(
            QKeySequence(Qt.Key.Key_Down), self.filter, self._first_shown, context=Qt.ShortcutContext.WidgetShortcut
        )
        self.list = QListWidget()
        self.list.setMinimumWidth(150)
        self.list.currentItemChanged.connect(self._chosen)
        # Enter on a person adds to their accounts, as double-clicking does.
        QShortcut(
            QKeySequence(Qt.Key.Key_Return),
            self.list,
            self.add_requested.emit,
            context=Qt.ShortcutContext.WidgetShortcut,
        )
        self.list.itemDoubleClicked.connect(lambda _item: self.add_requested.emit())
        people = QVBoxLayout()
        people.addWidget(self.filter)
        people.addWidget(self.list, 1)

        self.title = QLabel()
        self.title.setObjectName("detailTitle")
        self.add_button = QPushButton(self.tr("Add an entry…"))
        self.add_button.setToolTip(
            self.tr("Write in this person's accounts, from a talk, an event or your own words (Enter)")
        )
        self.add_button.clicked.connect(self.add_requested)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Date"), self.tr("What was done"), self.tr("From")])
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        self.tree.header().setStretchLastSection(False)
        self.tree.setColumnWidth(2, 130)
        bin_action(self.tree, self.tr("Move to the bin"), self._remove_current)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.log_area = QStackedWidget()
        self.log_area.addWidget(self.tree)
        self.log_area.addWidget(self.empty)
        title_row = QHBoxLayout()
        title_row.addWidget(self.title, 1)
        title_row.addWidget(self.add_button)
        log = QVBoxLayout()
        log.addLayout(title_row)
        log.addWidget(self.log_area, 1)

        body = QHBoxLayout()
        body.addLayout(people, 2)
        body.addLayout(log, 5)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(body, 1)
        self.show_nobody()

    def _remove_current(self) -> None:
        item = self.tree.currentItem()
        if item is not None and item.parent() is not None:  # an entry, not an account's heading
            self.remove_requested.emit(item.data(0, Qt.ItemDataRole.UserRole))

    # the people ---------------------------------------------------------------------

    def set_people(self, people: list[Person]) -> None:
        """The list anew; the person chosen stays chosen while they are in it."""
        chosen = self.current_id()
        self.people = people
        self.list.blockSignals(True)
        self.list.clear()
        for person in people:
            item = QListWidgetItem(f"{person.name}  {person.employee_no}")
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            item.setToolTip(person.team or "")
            self.list.addItem(item)
        self.list.blockSignals(False)
        self._filter(self.filter.text())
        if chosen is None or not self.select(chosen):
            self.show_nobody()

    def select(self, employee_id: int) -> bool:
        """Choose the person (their log is then asked for); False if they are not listed."""
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == employee_id:
                item.setHidden(False)
                self.list.setCurrentItem(item)
                self.list.scrollToItem(item)
                return True
        return False

    def current_id(self) -> int | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def current_person(self) -> Person | None:
        employee_id = self.current_id()
        return next((person for person in self.people if person.id == employee_id), None)

    def _filter(self, text: str) -> None:
        text = text.strip().casefold()
        for row, person in enumerate(self.people):
            shown = not text or text in person.name.casefold() or text in person.employee_no
            self.list.item(row).setHidden(not shown)

    def _first_shown(self) -> None:
        for row in range(self.list.count()):
            if not self.list.item(row).isHidden():
                self.list.setCurrentRow(row)
                self.list.setFocus()
                return

    def _chosen(self, item, _previous) -> None:
        if item is not None:
            self.person_chosen.emit(item.data(Qt.ItemDataRole.UserRole))

    # the log ----------------------------------------------------------------------------

    def show_nobody(self) -> None:
        self.title.setText("")
        self.add_button.setEnabled(False)
        self.empty.setText(
            self.tr("Choose a person to see their three accounts.")
            if self.people
            else self.tr("Nobody to show: the roster has nobody in this team.")
        )
        self.log_area.setCurrentWidget(self.empty)

    def show_log(self, person: Person, log: AccountLog) -> None:
        self.title.setText(person.name)
        self.add_button.setEnabled(True)
        counts = log.counts()
        self.tree.clear()
        for account in ACCOUNTS:
            hint = t(f"care.account_hint.{account}")
            group = QTreeWidgetItem([f"{account_label(account)}  {SIGNS[account]}{counts[account]}  ·  {hint}"])
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            group.setData(0, Qt.ItemDataRole.UserRole, account)
            for entry in log.of(account):
                said = t("care.withheld") if entry.withheld else entry.description
                child = QTreeWidgetItem([entry.entry_date.isoformat(), said, entry.source])
                child.setToolTip(1, said)
                child.setToolTip(2, entry.source)
                child.setData(0, Qt.ItemDataRole.UserRole, entry.id)
                group.addChild(child)
            self.tree.addTopLevelItem(group)
            group.setFirstColumnSpanned(True)  # the account's heading runs across the columns
            group.setExpanded(True)
        if log.entries:
            self.log_area.setCurrentWidget(self.tree)
        else:
            self.empty.setText(
                self.tr(
                    "Nothing in %1's accounts yet. After a talk, a praise or a festival, add what was done for them."
                ).replace("%1", person.name)
            )
            self.log_area.setCurrentWidget(self.empty)

    def group_texts(self) -> dict[str, list[str]]:
        """What the log shows per account, for tests and accessibility."""
        groups = {}
        for index in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(index)
            groups[group.data(0, Qt.ItemDataRole.UserRole)] = [
                group.child(i).text(1) for i in range(group.childCount())
            ]
        return groups
