"""工作清单: the leader's duties for today, this week, this month…, ticked with one click or
the space bar, with this month's completion beside them. The app opens on this page."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHeaderView,
    QInputDialog,
    QPushButton,
    QSplitter,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ui.errors import show_error
from ui.models.checklist_model import CATEGORY, DELIVERABLE, DONE_ON, DUE, STATUS, WORK, ChecklistModel
from ui.pages import checklist_data
from ui.pages.checklist_data import OCCURRENCE_TABLES, ChecklistData, choosing_me_tables
from ui.pages.page import Page
from ui.undo import SavedChange
from ui.widgets.attention_panel import AttentionPanel
from ui.widgets.choose_me import ChooseMe, not_titled_text
from ui.widgets.completion_panel import CompletionPanel
from ui.widgets.empty_state import EmptyState
from ui.widgets.occurrence_detail import OccurrenceDetail
from ui.widgets.overdue_bar import OverdueBar
from workbench.checklists import DONE, OPEN, SKIPPED, OccurrenceRecord, OccurrenceState, state_of
from workbench.texts import t, value_label

if TYPE_CHECKING:
    from workbench.people import EmployeeRecord


def ask_skip_reason(parent: QWidget, work: str) -> str | None:
    """The reason for skipping a duty, or None if the user cancelled."""
    text, ok = QInputDialog.getText(
        parent,
        QCoreApplication.translate("ChecklistPage", "Skip"),
        QCoreApplication.translate("ChecklistPage", "Why is “%1” skipped this time?").replace("%1", work),
    )
    return text.strip() if ok and text.strip() else None


class ChecklistPage(Page):
    """Sidebar page 工作清单."""

    def __init__(self, parent=None):
        super().__init__(self.tr("Checklist"), parent)
        self.owner_id: int | None = None
        self.today = date.today()
        self.day = self.today
        self._refilling = False  # the tree is being filled again: the detail keeps what it shows
        self.undo_stack = QUndoStack(self)
        self.model = ChecklistModel(self)
        self.model.tick_requested.connect(self._tick)

        self.person = QComboBox()
        self.person.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.person.setToolTip(self.tr("Whose checklist: pick yourself"))
        self.person.activated.connect(self._person_chosen)
        self.previous_button = QToolButton()
        self.previous_button.setText("◀")
        self.previous_button.setToolTip(self.tr("Previous day (Alt+Left)"))
        self.previous_button.clicked.connect(lambda: self._move_day(-1))
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd ddd")
        self.date_edit.setDate(QDate(self.today.year, self.today.month, self.today.day))
        self.date_edit.dateChanged.connect(self._date_changed)
        self.next_button = QToolButton()
        self.next_button.setText("▶")
        self.next_button.setToolTip(self.tr("Next day (Alt+Right)"))
        self.next_button.clicked.connect(lambda: self._move_day(1))
        self.adjust_button = QPushButton(self.tr("Adjust…"))
        self.adjust_button.setToolTip(self.tr("Add, change, reorder or retire the duties on this checklist"))
        self.adjust_button.clicked.connect(self.adjust_checklist)
        self.today_button = QPushButton(self.tr("Today"))
        self.today_button.clicked.connect(lambda: self.show_day(self.today))
        QShortcut(QKeySequence("Alt+Left"), self, activated=lambda: self._move_day(-1))
        QShortcut(QKeySequence("Alt+Right"), self, activated=lambda: self._move_day(1))
        self.top.addWidget(self.person)
        self.top.addWidget(self.adjust_button)
        self.top.addStretch(1)
        self.day_controls = (self.previous_button, self.date_edit, self.next_button, self.today_button)
        for widget in self.day_controls:
            self.top.addWidget(widget)

        self.tree = QTreeView()
        self.tree.setModel(self.model)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setRootIsDecorated(False)
        self.tree.setItemsExpandable(False)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(WORK, QHeaderView.ResizeMode.Stretch)
        for column, width in ((STATUS, 150), (CATEGORY, 80), (DELIVERABLE, 170), (DUE, 80), (DONE_ON, 80)):
            header.resizeSection(column, max(width, header.sectionSizeHint(column)))
        self.tree.selectionModel().currentRowChanged.connect(self._current_changed)

        self.detail = OccurrenceDetail()
        self.detail.note_entered.connect(self._note_entered)
        self.detail.skip_requested.connect(self._skip_current)
        self.completion_panel = CompletionPanel()
        self.completion_panel.scope_changed.connect(lambda _scope: self.reload())
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.detail)
        side_layout.addWidget(self.completion_panel, 1)
        side.setMinimumWidth(300)
        side.setMaximumWidth(440)
        self.overdue_bar = OverdueBar()
        self.overdue_bar.skip_all_requested.connect(self.skip_all_overdue)
        tree_and_bar = QWidget()
        tree_layout = QVBoxLayout(tree_and_bar)
        tree_layout.setContentsMargins(0, 0, 0, 0)
        # Whom to see today, above the duties: the first thing a leader reads.
        self.attention_panel = AttentionPanel()
        self.attention_panel.link_chosen.connect(self.go_to)
        self.attention_panel.all_requested.connect(lambda: self.go_to.emit("attention"))
        tree_layout.addWidget(self.attention_panel)
        tree_layout.addWidget(self.tree, 1)
        tree_layout.addWidget(self.overdue_bar)
        self.splitter = QSplitter()
        self.splitter.addWidget(tree_and_bar)
        self.splitter.addWidget(side)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setSizes([900, 380])
        self.splitter.setChildrenCollapsible(False)
        self.choose_state = self._make_choose_state()
        self._show_controls(False)

    def _make_choose_state(self) -> EmptyState:
        state = EmptyState(self.tr("Whose checklist is this?"))
        self.choose_text = state.text
        self.choose_me = state.add(ChooseMe(), centered=False)
        self.start_button = state.add(QPushButton(self.tr("Start my checklist")))
        self.start_button.setObjectName("primaryButton")
        self.start_button.clicked.connect(lambda: self._start(*self.choose_me.chosen()))
        self.roster_button = state.add(QPushButton(self.tr("Go to the roster…")))
        self.roster_button.clicked.connect(lambda: self.go_to.emit("roster"))
        return state

    def _show_controls(self, visible: bool) -> None:
        for widget in (self.person, self.adjust_button, *self.day_controls):
            widget.setVisible(visible)

    # loading -----------------------------------------------------------------

    def show_day(self, day: date) -> None:
        self.day = day
        self.reload()

    def loader(self):
        scope = self.completion_panel.scope.currentData()
        return partial(checklist_data.load, self.database, self.owner_id, self.day, self.today, scope)

    def show_data(self, data: ChecklistData) -> None:
        self._fill_people(data.leaders, data.owner_id)
        if data.owner_id is None:
            self._show_choose_state(data.leaders, data.others)
            return
        self.owner_id = data.owner_id
        self._show_controls(True)
        self.date_edit.blockSignals(True)
        self.date_edit.setDate(QDate(self.day.year, self.day.month, self.day.day))
        self.date_edit.blockSignals(False)
        selected = self.current_record()
        self._refilling = True  # a note being typed keeps its focus and its text
        self.tree.setUpdatesEnabled(False)
        self.model.set_day(data.day, self.today)
        self.tree.expandAll()
        for row in range(self.model.rowCount()):
            self.tree.setFirstColumnSpanned(row, self.tree.rootIndex(), True)
        self.tree.setUpdatesEnabled(True)
        self._select(selected.id if selected else None)
        self._refilling = False
        self._current_changed(self.tree.currentIndex(), None)
        self._show_overdue_bar()
        self.completion_panel.show_figures(data.figures)
        self.attention_panel.show_list(data.attention)
        self.show_state(self.splitter)

    def _fill_people(self, leaders: list[EmployeeRecord], owner_id: int | None) -> None:
        self.person.clear()
        for person in leaders:
            self.person.addItem(
                t("person.with_role", name=person.name, role=value_label("role", person.role)), person.id
            )
            self.person.setItemData(self.person.count() - 1, person.employee_no, Qt.ItemDataRole.ToolTipRole)
        self.person.setCurrentIndex(max(self.person.findData(owner_id), 0))

    def _show_choose_state(self, leaders: list[EmployeeRecord], others: list[EmployeeRecord]) -> None:
        self._show_controls(False)
        self.choose_me.fill(leaders, others)
        self.choose_text.setText(
            self.tr(
                "Pick yourself from the roster. Your checklist starts from your role's duties, "
                "which you can adjust later."
            )
            if leaders
            else not_titled_text()
            if others
            else self.tr("The roster is empty. Import the roster first.")
        )
        self.start_button.setVisible(bool(leaders or others))
        self.roster_button.setVisible(not (leaders or others))
        self.show_state(self.choose_state)

    def _select(self, occurrence_id: int | None) -> None:
        """The duty chosen before, or the first one (on another day its record is another)."""
        index = self.model.index_of(occurrence_id) if occurrence_id is not None else None
        if index is None:
            first_section = self.model.index(0, 0)
            index = self.model.index(0, 0, first_section) if first_section.isValid() else None
        if index is not None and index.isValid():
            self.tree.setCurrentIndex(index)
            self.tree.scrollTo(index)

    # choosing the person and the day ----------------------------------------

    def _start(self, employee_id: int | None, role: str | None = None) -> None:
        """The chosen person is "me" from now on: their checklist shows once saved."""
        if employee_id is not None:
            self.write(
                checklist_data.set_me, self.database, employee_id, self.today, role,
                tables=choosing_me_tables(role), then=self._started, failed=self._not_started,
            )  # fmt: skip

    def _started(self, employee_id: int) -> None:
        # Before the reload the announcement brings (it waits GATHER_MS): it reads their checklist.
        self.owner_id = employee_id

    def _not_started(self, error: BaseException) -> None:
        show_error(self, error)
        self.person.setCurrentIndex(max(self.person.findData(self.owner_id), 0))

    def _person_chosen(self, _index: int) -> None:
        employee_id = self.person.currentData()
        if employee_id is not None and employee_id != self.owner_id:
            self.undo_stack.clear()
            self._start(employee_id)

    def _date_changed(self, value: QDate) -> None:
        self.show_day(date(value.year(), value.month(), value.day()))

    def _move_day(self, days: int) -> None:
        if self.owner_id is not None:
            self.show_day(self.day + timedelta(days=days))

    def adjust_checklist(self) -> None:
        from ui.dialogs.duty_list_dialog import DutyListDialog, OwnChecklist

        DutyListDialog(self, OwnChecklist(self.database, self.owner_id, self.today), self.undo_stack).exec()

    # ticking, skipping, notes ------------------------------------------------

    def current_record(self) -> OccurrenceRecord | None:
        return self.model.record_at(self.tree.currentIndex())

    def _current_changed(self, current, _previous) -> None:
        if self._refilling:
            return
        record = self.model.record_at(current)
        self.detail.setVisible(record is not None)
        if record is not None:
            self.detail.show_record(record, self.today)

    def _tick(self, record: OccurrenceRecord, ticked: bool) -> None:
        after = (
            OccurrenceState(DONE, self.today, note=record.note) if ticked else OccurrenceState(OPEN, note=record.note)
        )
        text = self.tr("Tick “%1”") if ticked else self.tr("Untick “%1”")
        self._change(text.replace("%1", record.work), record, state_of(record), after)

    def _skip_current(self) -> None:
        record = self.current_record()
        if record is None or record.status != OPEN:
            return
        reason = ask_skip_reason(self, record.work)
        if reason is None:
            return
        after = OccurrenceState(SKIPPED, note=record.note, skip_reason=reason)
        self._change(self.tr("Skip “%1”").replace("%1", record.work), record, state_of(record), after)

    def _show_overdue_bar(self) -> None:
        self.overdue_bar.show_open(sum(record.status == OPEN for record in self.model.overdue_records()))

    def skip_all_overdue(self) -> None:
        """Skip every duty still open from earlier periods with one reason, undone in one step."""
        records = [record for record in self.model.overdue_records() if record.status == OPEN]
        if not records:
            return
        reason = ask_skip_reason(self, self.tr("%n duty(ies) from earlier periods", "", len(records)))
        if reason is None:
            return
        self._change_all(
            self.tr("Skip %n duty(ies) from earlier periods", "", len(records)),
            {record.id: state_of(record) for record in records},
            {record.id: OccurrenceState(SKIPPED, note=record.note, skip_reason=reason) for record in records},
        )

    def _note_entered(self, note: str) -> None:
        record = self.current_record()
        if record is None or note == record.note:
            return
        before = state_of(record)
        self._change(self.tr("Note on “%1”").replace("%1", record.work), record, before, replace(before, note=note))

    def _change(self, text: str, record: OccurrenceRecord, before: OccurrenceState, after: OccurrenceState) -> None:
        self._change_all(text, {record.id: before}, {record.id: after})

    def _change_all(self, text: str, before: dict, after: dict) -> None:
        """Save the change; only a saved change goes on the undo stack. Until it is saved
        the rows show what is stored (a failed save leaves them so)."""
        database = self.database

        def saved(records: list[OccurrenceRecord]) -> None:
            self._show_saved(records)
            self.undo_stack.push(
                SavedChange(
                    self,
                    text,
                    partial(checklist_data.set_states, database, after),
                    partial(checklist_data.set_states, database, before),
                    OCCURRENCE_TABLES,
                    then=self._show_saved,
                )  # fmt: skip
            )

        self.write(checklist_data.set_states, database, after, tables=OCCURRENCE_TABLES, then=saved)

    def _show_saved(self, records: list[OccurrenceRecord]) -> None:
        """The saved rows at once; the figures follow with the reload the save announces."""
        current = self.current_record()
        for record in records:
            self.model.update_record(record)
            if current is not None and current.id == record.id:
                self.detail.show_record(record, self.today)
        self._show_overdue_bar()
