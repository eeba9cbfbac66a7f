"""工作清单: the leader's duties for today, this week, this month…, ticked with one click or
the space bar, with this month's completion beside them. The app opens on this page."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ui.errors import show_error
from ui.models.checklist_model import CATEGORY, DELIVERABLE, DONE_ON, DUE, STATUS, WORK, ChecklistModel
from ui.tasks import run_in_background
from ui.undo import SavedChange
from ui.widgets.choose_me import ChooseMe
from ui.widgets.completion_panel import CompletionPanel, Figures
from ui.widgets.empty_state import EmptyState
from ui.widgets.occurrence_detail import OccurrenceDetail
from ui.widgets.overdue_bar import OverdueBar
from ui.writes import announce, write
from workbench.checklists import DONE, OPEN, SKIPPED, ChecklistDay, OccurrenceRecord
from workbench.periods import Frequency, month_of, period_of
from workbench.texts import t, value_label

OCCURRENCE_TABLES = frozenset({"checklist_occurrences"})

if TYPE_CHECKING:
    from workbench.db.engine import Database

TREND_MONTHS = 6


def _load(database: Database, owner_id: int | None, day: date, today: date, scope: str, progress):
    """Everything the page shows, read in a worker."""
    from workbench import checklists

    leaders = checklists.leaders(database)
    owner_id = owner_id or checklists.me(database)
    if owner_id is None:
        return leaders, checklists.others(database), None, None, None
    return (
        leaders,
        [],
        owner_id,
        checklists.checklist_day(database, owner_id, day, today),
        _figures(database, owner_id, day, today, scope),
    )


def _set_states(database: Database, states: dict):
    from workbench import checklists

    return checklists.set_states(database, states)


def _set_me(database: Database, employee_id: int, today: date, role: str | None) -> None:
    from workbench import checklists

    checklists.set_me(database, employee_id, today, role)


def _figures(database: Database, owner_id: int, day: date, today: date, scope: str, progress=None) -> Figures:
    """Completion in the week, month or quarter containing the day, what was missed in it
    by duty, and the monthly trend."""
    from workbench import checklists

    period = period_of(Frequency(scope), day)
    trend = checklists.completion_trend(database, owner_id, month_of(day), TREND_MONTHS, today)
    return Figures(
        period,
        checklists.completion(database, owner_id, period, today),
        trend,
        checklists.missed_duties(database, owner_id, period, today),
    )


def ask_skip_reason(parent: QWidget, work: str) -> str | None:
    """The reason for skipping a duty, or None if the user cancelled."""
    text, ok = QInputDialog.getText(
        parent,
        QCoreApplication.translate("ChecklistPage", "Skip"),
        QCoreApplication.translate("ChecklistPage", "Why is “%1” skipped this time?").replace("%1", work),
    )
    return text.strip() if ok and text.strip() else None


class ChecklistPage(QWidget):
    """Sidebar page 工作清单."""

    status_message = Signal(str)
    loaded = Signal()
    figures_shown = Signal()
    data_changed = Signal()  # a tick, skip, note, undo or duty change was saved
    go_to_roster = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.database: Database | None = None
        self.owner_id: int | None = None
        self.today = date.today()
        self.day = self.today
        self._figures_wanted = 0  # figures read in a worker: only the latest are shown
        self.undo_stack = QUndoStack(self)
        self.model = ChecklistModel(self)
        self.model.tick_requested.connect(self._tick)

        title = QLabel(self.tr("Checklist"))
        title.setObjectName("pageTitle")
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
        top = QHBoxLayout()
        top.addWidget(title)
        top.addSpacing(16)
        top.addWidget(self.person)
        top.addWidget(self.adjust_button)
        top.addStretch(1)
        for widget in (self.previous_button, self.date_edit, self.next_button, self.today_button):
            top.addWidget(widget)

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
        self.completion_panel.scope_changed.connect(self._refresh_figures)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.detail)
        side_layout.addWidget(self.completion_panel, 1)
        side.setMinimumWidth(300)
        side.setMaximumWidth(440)
        self.splitter = QSplitter()
        self.overdue_bar = OverdueBar()
        self.overdue_bar.skip_all_requested.connect(self.skip_all_overdue)
        tree_and_bar = QWidget()
        tree_layout = QVBoxLayout(tree_and_bar)
        tree_layout.setContentsMargins(0, 0, 0, 0)
        tree_layout.addWidget(self.tree, 1)
        tree_layout.addWidget(self.overdue_bar)
        self.splitter.addWidget(tree_and_bar)
        self.splitter.addWidget(side)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setSizes([900, 380])
        self.splitter.setChildrenCollapsible(False)

        self.loading_state = QLabel(self.tr("Opening the database…"))
        self.loading_state.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.choose_state = self._make_choose_state()
        self.body = QStackedWidget()
        for widget in (self.loading_state, self.splitter, self.choose_state):
            self.body.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.body, 1)
        self._show_controls(False)

    def _make_choose_state(self) -> EmptyState:
        state = EmptyState(self.tr("Whose checklist is this?"))
        self.choose_text = state.text
        self.choose_me = state.add(ChooseMe(), centered=False)
        self.start_button = state.add(QPushButton(self.tr("Start my checklist")))
        self.start_button.setObjectName("primaryButton")
        self.start_button.clicked.connect(lambda: self._start(*self.choose_me.chosen()))
        self.roster_button = state.add(QPushButton(self.tr("Go to the roster…")))
        self.roster_button.clicked.connect(self.go_to_roster)
        return state

    def _show_controls(self, enabled: bool) -> None:
        for widget in (
            self.person,
            self.adjust_button,
            self.previous_button,
            self.date_edit,
            self.next_button,
            self.today_button,
        ):
            widget.setVisible(enabled)

    # loading -----------------------------------------------------------------

    def set_database(self, database: Database) -> None:
        self.database = database
        self.reload()

    def show_day(self, day: date) -> None:
        self.day = day
        self.reload()

    def reload(self, select_id: int | None = None) -> None:
        run_in_background(
            _load,
            self.database,
            self.owner_id,
            self.day,
            self.today,
            self.completion_panel.scope.currentData(),
            owner=self,
            on_success=lambda result: self._show(*result, select_id=select_id),
            on_failure=lambda error: show_error(self, error),
        )

    def _show(self, leaders, others, owner_id, view: ChecklistDay | None, figures: Figures | None, select_id=None):
        self._fill_people(leaders, owner_id)
        if owner_id is None:
            self._show_choose_state(leaders, others)
            self.loaded.emit()
            return
        self.owner_id = owner_id
        self._show_controls(True)
        self.date_edit.blockSignals(True)
        self.date_edit.setDate(QDate(self.day.year, self.day.month, self.day.day))
        self.date_edit.blockSignals(False)
        self.tree.setUpdatesEnabled(False)
        self.model.set_day(view, self.today)
        self.tree.expandAll()
        for row in range(self.model.rowCount()):
            self.tree.setFirstColumnSpanned(row, self.tree.rootIndex(), True)
        self.tree.setUpdatesEnabled(True)
        self._show_overdue_bar()
        self._figures_wanted += 1
        self._show_figures(self._figures_wanted, figures)
        self.body.setCurrentWidget(self.splitter)
        self._select(select_id)
        self.loaded.emit()

    def _fill_people(self, leaders, owner_id) -> None:
        self.person.clear()
        for person in leaders:
            self.person.addItem(
                t("person.with_role", name=person.name, role=value_label("role", person.role)), person.id
            )
            self.person.setItemData(self.person.count() - 1, person.employee_no, Qt.ItemDataRole.ToolTipRole)
        index = self.person.findData(owner_id)
        self.person.setCurrentIndex(max(index, 0))

    def _show_choose_state(self, leaders, others) -> None:
        self._show_controls(False)
        self.choose_me.fill(leaders, others)
        if leaders:
            self.choose_text.setText(
                self.tr(
                    "Pick yourself from the roster. Your checklist starts from your role's duties, "
                    "which you can adjust later."
                )
            )
        elif others:
            self.choose_text.setText(
                self.tr(
                    "Nobody in the roster is titled 组长, 助理经理 or 经理. Pick yourself and say your role: "
                    "your checklist starts from that role's duties."
                )
            )
        else:
            self.choose_text.setText(self.tr("The roster is empty. Import the roster first."))
        self.choose_me.setVisible(bool(leaders or others))
        self.start_button.setVisible(bool(leaders or others))
        self.roster_button.setVisible(not (leaders or others))
        self.body.setCurrentWidget(self.choose_state)

    def _select(self, occurrence_id: int | None) -> None:
        index = self.model.index_of(occurrence_id) if occurrence_id is not None else None
        if index is None:
            first_section = self.model.index(0, 0)
            index = self.model.index(0, 0, first_section) if first_section.isValid() else None
        if index is not None and index.isValid():
            self.tree.setCurrentIndex(index)
            self.tree.scrollTo(index)

    # choosing the person and the day ----------------------------------------

    def _start(self, employee_id: int | None, role: str | None = None) -> None:
        if employee_id is None:
            return
        try:
            _set_me(self.database, employee_id, self.today, role)
        except Exception as error:
            show_error(self, error)
            return
        self.owner_id = employee_id
        self.reload()
        if role is not None:  # the roster and the pages that show people see the new role
            announce({"employees"})

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

        dialog = DutyListDialog(self, OwnChecklist(self.database, self.owner_id, self.today), self.undo_stack)
        dialog.duties_changed.connect(self.reload)
        dialog.duties_changed.connect(self.data_changed)
        dialog.exec()

    # ticking, skipping, notes ------------------------------------------------

    def current_record(self) -> OccurrenceRecord | None:
        return self.model.record_at(self.tree.currentIndex())

    def _current_changed(self, current, _previous) -> None:
        record = self.model.record_at(current)
        self.detail.setVisible(record is not None)
        if record is not None:
            self.detail.show_record(record, self.today)

    def _tick(self, record: OccurrenceRecord, ticked: bool) -> None:
        from workbench.checklists import OccurrenceState, state_of

        before = state_of(record)
        after = (
            OccurrenceState(DONE, self.today, note=record.note) if ticked else OccurrenceState(OPEN, note=record.note)
        )
        text = self.tr("Tick “%1”") if ticked else self.tr("Untick “%1”")
        self._change(text.replace("%1", record.work), record, before, after)

    def _skip_current(self) -> None:
        from workbench.checklists import OccurrenceState, state_of

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
        from workbench.checklists import OccurrenceState, state_of

        records = [record for record in self.model.overdue_records() if record.status == OPEN]
        if not records:
            return
        reason = ask_skip_reason(self, self.tr("%n duty(ies) from earlier periods", "", len(records)))
        if reason is None:
            return
        self._change_all(
            self.tr("Skip %n duty(ies) from earlier periods", "", len(records)),
            records,
            {record.id: state_of(record) for record in records},
            {record.id: OccurrenceState(SKIPPED, note=record.note, skip_reason=reason) for record in records},
        )

    def _note_entered(self, note: str) -> None:
        from workbench.checklists import state_of

        record = self.current_record()
        if record is None or note == record.note:
            return
        before = state_of(record)
        self._change(self.tr("Note on “%1”").replace("%1", record.work), record, before, replace(before, note=note))

    def _change(self, text: str, record: OccurrenceRecord, before, after) -> None:
        self._change_all(text, [record], {record.id: before}, {record.id: after})

    def _change_all(self, text: str, records: list[OccurrenceRecord], before: dict, after: dict) -> None:
        """Save the change; only a saved change goes on the undo stack."""
        database = self.database

        def saved(result: list[OccurrenceRecord]) -> None:
            self._show_saved(result)
            self.undo_stack.push(
                SavedChange(
                    self,
                    text,
                    lambda: _set_states(database, after),
                    lambda: _set_states(database, before),
                    OCCURRENCE_TABLES,
                    then=self._show_saved,
                )  # fmt: skip
            )

        def refused(error: BaseException) -> None:
            show_error(self, error)
            for record in records:
                self.model.update_record(record)

        write(self, _set_states, database, after, tables=OCCURRENCE_TABLES, then=saved, failed=refused)

    def _show_saved(self, records: list[OccurrenceRecord]) -> None:
        current = self.current_record()
        for record in records:
            self.model.update_record(record)
            if current is not None and current.id == record.id:
                self.detail.show_record(record, self.today)
        self._show_overdue_bar()
        self._refresh_figures()

    def _refresh_figures(self, *_scope) -> None:
        self._figures_wanted += 1
        wanted = self._figures_wanted
        run_in_background(
            _figures,
            self.database,
            self.owner_id,
            self.day,
            self.today,
            self.completion_panel.scope.currentData(),
            owner=self,
            on_success=lambda figures: self._show_figures(wanted, figures),
            on_failure=lambda error: show_error(self, error),
        )

    def _show_figures(self, wanted: int, figures: Figures) -> None:
        if wanted == self._figures_wanted:  # else newer figures are on their way
            self.completion_panel.show_figures(figures)
            self.figures_shown.emit()
