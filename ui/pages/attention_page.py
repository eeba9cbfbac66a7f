"""关注名单: the user's people who need attention today, each with their reasons in plain
words and links to where they are acted on; marking a person 已关注 quiets them for a time."""

from __future__ import annotations

from datetime import date
from functools import partial
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QCheckBox, QFrame, QLabel, QPushButton, QSplitter, QVBoxLayout

from ui.models.attention_model import AttentionModel
from ui.models.checklist_model import short_date
from ui.pages import attention_data
from ui.pages.attention_data import MARK_TABLES, AttentionData
from ui.pages.page import Page
from ui.widgets.empty_state import EmptyState
from ui.widgets.labels import wrapped_label
from ui.widgets.record_table import record_table, replace_rows

if TYPE_CHECKING:
    from workbench.attention import AttentionPerson


class AttentionPage(Page):
    """Sidebar page 关注名单."""

    def __init__(self, parent=None):
        super().__init__(self.tr("Attention"), parent)
        self.today = date.today()
        self.data: AttentionData | None = None
        self.show_quiet = QCheckBox(self.tr("Show those followed"))
        self.show_quiet.setToolTip(self.tr("People marked as followed stay off the list until their day"))
        self.show_quiet.toggled.connect(lambda _on: self._fill())
        self.mark_button = QPushButton(self.tr("Follow…"))
        self.mark_button.setObjectName("primaryButton")
        self.mark_button.setToolTip(self.tr("Mark the selected person as followed, with a note"))
        self.mark_button.clicked.connect(self.mark_current)
        self.lift_button = QPushButton(self.tr("Put back on the list"))
        self.lift_button.clicked.connect(self.lift_current)
        self.count = QLabel()
        self.count.setObjectName("countLabel")
        self.top.addWidget(self.count)
        self.top.addStretch(1)
        for widget in (self.show_quiet, self.lift_button, self.mark_button):
            self.top.addWidget(widget)

        self.model = AttentionModel(self)
        self.table = record_table(self.model, stretch=3)
        self.table.doubleClicked.connect(lambda _index: self.act_on_current())
        QShortcut(
            QKeySequence(Qt.Key.Key_Return), self.table, self.act_on_current, context=Qt.ShortcutContext.WidgetShortcut
        )
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_current())
        self.detail = QFrame()
        self.detail.setObjectName("detailPanel")
        self.detail_title = QLabel()
        self.detail_title.setObjectName("detailTitle")
        self.reasons = wrapped_label()
        self.reasons.setTextFormat(Qt.TextFormat.RichText)
        self.reasons.linkActivated.connect(self.go_to)
        self.marked = wrapped_label(style="countLabel")
        detail_layout = QVBoxLayout(self.detail)
        detail_layout.addWidget(self.detail_title)
        detail_layout.addWidget(self.reasons)
        detail_layout.addWidget(self.marked)
        detail_layout.addStretch(1)
        self.detail.setMinimumWidth(280)
        self.splitter = QSplitter()
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([800, 340])

        self.choose_state = EmptyState(self.tr("Whose people are these?"))
        self.choose_state.text.setText(self.tr("Pick yourself on the 工作清单 page first."))
        self.choose_state.add(QPushButton(self.tr("Go to the checklist…"))).clicked.connect(
            lambda: self.go_to.emit("checklist")
        )
        self.nobody_state = EmptyState(self.tr("Nobody needs special attention today"))
        self.nobody_state.text.setText(
            self.tr(
                "This list gathers, for the people paired with you, numbers slipping, talks overdue, "
                "recent stress entries, follow-ups past due and new hires' first weeks."
            )
        )
        self._enable(None)

    # loading ---------------------------------------------------------------------

    def loader(self):
        leader_id = self.data.leader_id if self.data else None
        return partial(attention_data.load, self.database, leader_id, self.today)

    def show_data(self, data: AttentionData) -> None:
        self.data = data
        if data.found is None:
            self.count.setText("")
            self.show_state(self.choose_state)
            return
        self._fill()

    def _fill(self) -> None:
        if self.data is None or self.data.found is None:
            return
        found = self.data.found
        rows = found.people + (found.quiet if self.show_quiet.isChecked() else [])
        self.count.setText(
            self.tr("%n person(s) need attention", "", len(found.people))
            + (self.tr(" · %n followed", "", len(found.quiet)) if found.quiet else "")
        )
        if not rows:
            self.show_state(self.nobody_state)
            self._enable(None)
            return
        replace_rows(self.table, rows, key=lambda person: person.employee_id)
        if not self.table.currentIndex().isValid():
            self.table.selectRow(0)
        self.show_state(self.splitter)
        self._show_current()

    # the person chosen ----------------------------------------------------------------

    def current(self) -> AttentionPerson | None:
        return self.model.record_at(self.table.currentIndex().row())

    def _enable(self, person: AttentionPerson | None) -> None:
        self.mark_button.setEnabled(person is not None and person.mark is None)
        self.lift_button.setEnabled(person is not None and person.mark is not None)

    def _show_current(self) -> None:
        person = self.current()
        self._enable(person)
        if person is None:
            return
        self.detail_title.setText(f"{person.name}（{person.employee_no}）")
        go = escape(self.tr("Act on it"))
        self.reasons.setText(
            "<br>".join(
                f'{escape(reason.text)}&nbsp;&nbsp;<a href="{escape(reason.link)}">{go}</a>'
                for reason in person.reasons
            )
        )
        if person.mark is None:
            self.marked.setText("")
            return
        until = self.tr("Followed until %1.").replace("%1", short_date(person.mark.quiet_until))
        self.marked.setText(until + (f"\n{person.mark.note}" if person.mark.note else ""))

    def act_on_current(self) -> None:
        person = self.current()
        if person is not None:
            self.go_to.emit(person.link)

    def mark_current(self) -> None:
        from ui.dialogs.attention_mark_dialog import AttentionMarkDialog

        person = self.current()
        if person is None or person.mark is not None or self.data is None:
            return
        self.read(
            attention_data.quiet_days,
            self.database,
            then=lambda days: self._ask_mark(AttentionMarkDialog, person, days),
        )

    def _ask_mark(self, dialog, person: AttentionPerson, days: int) -> None:
        database, author, today = self.database, self.data.leader_id, self.today

        def save(entered: tuple[str, int]):
            note, quiet = entered
            return attention_data.mark(database, person.employee_id, author, today, note, quiet)

        if dialog.ask(self, person.name, days, save) is not None:
            self.status_message.emit(self.tr("%1 marked as followed.").replace("%1", person.name))

    def lift_current(self) -> None:
        person = self.current()
        if person is None or person.mark is None:
            return
        self.write(
            attention_data.lift, self.database, person.mark.id, person.mark.version, tables=MARK_TABLES,
            said=self.tr("%1 is back on the list.").replace("%1", person.name),
        )  # fmt: skip
