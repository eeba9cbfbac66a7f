"""三个一: a leader's quarter of "three ones" (calls listened to, a grassroots problem with
its fix, an industry problem with a plan, and a suggestion), the quarter across leaders
for a manager, the board of improvement suggestions, and how many were implemented."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ui.errors import ask_to_reload, show_error
from ui.models.three_ones_models import LeadersModel
from ui.pages import three_ones_data
from ui.pages.page import Page
from ui.undo import remove_with_undo
from ui.widgets.empty_state import EmptyState
from ui.widgets.record_table import record_table, replace_rows
from ui.widgets.suggestion_board import SuggestionBoard
from ui.widgets.suggestion_chart import SuggestionChart
from ui.widgets.three_ones_form import ThreeOnesForm
from ui.writes import announce
from workbench.conflicts import EditConflict
from workbench.errors import UserError
from workbench.people import ASSISTANT_MANAGER, MANAGER
from workbench.suggestions import BoardFilter, quarter_label, quarter_of, shift_quarter
from workbench.texts import t, value_label

if TYPE_CHECKING:
    from ui.pages.three_ones_data import BoardData, PageData
    from workbench.found import FoundRecord
    from workbench.suggestions import ImplementedCounts, SuggestionRecord
    from workbench.three_ones import ThreeOnesRecord

QUARTERS_OFFERED = 20  # five years back in the quarter picker
CHART_QUARTERS = 8
THREE_ONES_TABLES = frozenset({"three_ones"})  # what saving a quarter writes


class ThreeOnesPage(Page):
    """Sidebar page 三个一."""

    board_loaded = Signal()
    history_shown = Signal()  # the chosen suggestion's history is shown beside the board

    def __init__(self, parent=None):
        super().__init__(self.tr("Three ones"), parent)
        self.today = date.today()
        self.quarter = quarter_of(self.today)
        self.person_id: int | None = None
        self.data: PageData | None = None
        self.board_filter: BoardFilter | None = None  # None until the first load picks the default
        self._select_after_load: int | None = None
        self._boards_asked = 0  # the board is read with the page and alone: only the latest is shown
        self._board_in_reload = 0  # which of them the page's latest reload holds
        self._history_wanted: int | None = None
        self.undo_stack = QUndoStack(self)

        self.person = QComboBox()
        self.person.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.person.setToolTip(self.tr("Whose quarter"))
        self.person.activated.connect(lambda _index: self._person_chosen())
        self.quarter_picker = QComboBox()
        self.quarter_picker.setToolTip(self.tr("The quarter, this one or an earlier one"))
        self.quarter_picker.activated.connect(lambda _index: self._quarter_chosen())
        self.add_button = QPushButton(self.tr("Add a suggestion…"))
        self.add_button.setObjectName("primaryButton")
        self.add_button.setToolTip(self.tr("File an improvement suggestion (Ctrl+N)"))
        self.add_button.clicked.connect(self.add_suggestion)
        QShortcut(QKeySequence.StandardKey.New, self, activated=self.add_suggestion)
        self.top.addWidget(self.person)
        self.top.addWidget(self.quarter_picker)
        self.top.addStretch(1)
        self.top.addWidget(self.add_button)

        self.form = ThreeOnesForm()
        self.form.save_requested.connect(self._save_three_ones)
        self.form.add_suggestion_requested.connect(self.add_suggestion)
        self.form.suggestion_chosen.connect(self.open_suggestion)

        self.leaders_count = QLabel()
        self.leaders_count.setObjectName("countLabel")
        self.leaders_model = LeadersModel(self)
        self.leaders_table = record_table(self.leaders_model)
        self.leaders_table.setToolTip(self.tr("Double-click or Enter: open this leader's quarter"))
        self.leaders_table.doubleClicked.connect(lambda index: self._open_leader(index.row()))
        QShortcut(
            QKeySequence(Qt.Key.Key_Return),
            self.leaders_table,
            lambda: self._open_leader(self.leaders_table.currentIndex().row()),
            context=Qt.ShortcutContext.WidgetShortcut,
        )
        leaders_tab = QWidget()
        leaders_layout = QVBoxLayout(leaders_tab)
        leaders_layout.addWidget(self.leaders_count)
        leaders_layout.addWidget(self.leaders_table, 1)

        self.board = SuggestionBoard()
        self.board.filter_changed.connect(self._filter_chosen)
        self.board.add_requested.connect(self.add_suggestion)
        self.board.edit_requested.connect(self.edit_suggestion)
        self.board.status_requested.connect(self.change_status)
        self.board.remove_requested.connect(self.remove_suggestion)
        self.board.current_changed.connect(self._suggestion_selected)
        self.no_suggestions = EmptyState(
            self.tr("No improvement suggestions yet"),
            self.tr(
                "Each quarter every leader makes one service-improvement suggestion. File yours here and follow it "
                "to implementation."
            ),
        )
        self.no_suggestions.add(QPushButton(self.tr("Add the first suggestion…"))).clicked.connect(self.add_suggestion)
        self.board_area = QStackedWidget()
        self.board_area.addWidget(self.board)
        self.board_area.addWidget(self.no_suggestions)

        self.chart = SuggestionChart()
        self.years = QTableWidget(0, 2)
        self.years.setHorizontalHeaderLabels([self.tr("Year"), self.tr("Implemented")])
        self.years.verticalHeader().setVisible(False)
        self.years.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.years.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.years.horizontalHeader().setStretchLastSection(True)
        self.years.setMaximumWidth(260)
        self.implemented_total = QLabel()
        self.implemented_total.setObjectName("countLabel")
        implemented_tab = QWidget()
        implemented_layout = QHBoxLayout(implemented_tab)
        year_column = QVBoxLayout()
        year_column.addWidget(self.implemented_total)
        year_column.addWidget(self.years, 1)
        implemented_layout.addLayout(year_column)
        implemented_layout.addWidget(self.chart, 1)

        self.tabs = QTabWidget()
        self.tabs.addTab(self.form, self.tr("My quarter"))
        self.tabs.addTab(leaders_tab, self.tr("Across leaders"))
        self.tabs.addTab(self.board_area, self.tr("Suggestion board"))
        self.tabs.addTab(implemented_tab, self.tr("Implemented"))

        self.choose_state = EmptyState(
            self.tr("Whose three ones are these?"),
            self.tr("Pick yourself on the 工作清单 page first, or import a roster with team leaders."),
        )
        self._fill_quarters()

    # loading -----------------------------------------------------------------

    def loader(self):
        """The page with its board: the board is shown unless a board alone (a filter
        chosen) was asked for after it."""
        self._boards_asked += 1
        self._board_in_reload = self._boards_asked
        return partial(
            three_ones_data.load_page, self.database, self.person_id, self.quarter, self.board_filter, self.today
        )

    def show_data(self, data: PageData) -> None:
        self.data = data
        self.person_id = data.person_id
        self.person.clear()
        for person in data.leaders:
            self.person.addItem(
                t("person.with_role", name=person.name, role=value_label("role", person.role)), person.id
            )
        if data.person_id is None or data.quarter is None:
            self.show_state(self.choose_state)
            return
        self.person.setCurrentIndex(max(self.person.findData(data.person_id), 0))
        if not self._typing_in(data.quarter):
            self.form.show_quarter(data.quarter, editable=self._may_edit(data.person_id))
        manager = data.role in (MANAGER, ASSISTANT_MANAGER)
        self.tabs.setTabVisible(1, manager)
        self.tabs.setTabText(0, self.tr("My quarter") if data.person_id == data.me else self.tr("Leader's quarter"))
        replace_rows(self.leaders_table, data.across, key=lambda row: row.leader_id)
        self.leaders_count.setText(
            self.tr("%1 of %2 leaders have done all three ones in %3")
            .replace("%1", str(self.leaders_model.complete))
            .replace("%2", str(len(data.across)))
            .replace("%3", quarter_label(self.quarter))
        )
        self.board_filter = self.board_filter or three_ones_data.first_filter(data.role, data.team, self.today)
        self._board_read(self._board_in_reload, data.board)
        self.show_state(self.tabs)

    def _typing_in(self, quarter) -> bool:
        """The form holds unsaved changes to this very quarter: a reload (another PC saved
        something) leaves them be; saving says if someone else saved the quarter meanwhile."""
        shown = self.form.quarter
        return self.form.has_unsaved_changes() and (shown.record.leader_id, shown.record.quarter) == (
            quarter.record.leader_id,
            quarter.record.quarter,
        )

    def _may_edit(self, person_id: int) -> bool:
        """Your own quarter; a manager or assistant manager may also fill in anyone's."""
        return person_id == self.data.me or self.data.role in (MANAGER, ASSISTANT_MANAGER)

    def _fill_quarters(self) -> None:
        self.quarter_picker.clear()
        latest = quarter_of(self.today)
        offered = [shift_quarter(latest, -back) for back in range(QUARTERS_OFFERED)]
        if self.quarter not in offered:
            offered.append(self.quarter)
        for quarter in offered:
            self.quarter_picker.addItem(quarter_label(quarter), quarter)
        self.quarter_picker.setCurrentIndex(self.quarter_picker.findData(self.quarter))

    def show_quarter(self, quarter: str) -> None:
        if quarter == self.quarter or not self._may_leave_form():
            self._fill_quarters()
            return
        self.quarter = quarter
        self._fill_quarters()
        self.reload()

    def _quarter_chosen(self) -> None:
        self.show_quarter(self.quarter_picker.currentData())

    def _person_chosen(self) -> None:
        chosen = self.person.currentData()
        if chosen != self.person_id and self._may_leave_form():
            self.person_id = chosen
            self.reload()
        else:
            self.person.setCurrentIndex(max(self.person.findData(self.person_id), 0))

    def _open_leader(self, row: int) -> None:
        leader = self.leaders_model.record_at(row)
        if leader is not None and self._may_leave_form():
            self.person_id = leader.leader_id
            self.tabs.setCurrentIndex(0)
            self.reload()

    def _may_leave_form(self) -> bool:
        """Unsaved changes in the quarter's form are dropped only when the user says so."""
        if not self.form.has_unsaved_changes():
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Three ones"),
            self.tr("This quarter has changes that are not saved. Discard them?"),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard

    # the quarter -----------------------------------------------------------------

    def _save_three_ones(self, record: ThreeOnesRecord) -> None:
        from workbench import three_ones

        self.form.set_saving(True)
        self.write(
            three_ones.save_three_ones, self.database, record, today=self.today, tables=THREE_ONES_TABLES,
            said=self.tr("Three ones of %1 saved.").replace("%1", quarter_label(record.quarter)),
            then=self.form.saved, failed=self._three_ones_refused,
        )  # fmt: skip

    def _three_ones_refused(self, error: BaseException) -> None:
        self.form.set_saving(False)
        if isinstance(error, EditConflict):
            self._three_ones_conflict(error)
        elif isinstance(error, UserError):
            self.form.failed(str(error))
        else:
            show_error(self, error)

    def _three_ones_conflict(self, conflict: EditConflict) -> None:
        """Someone else saved this quarter meanwhile: show theirs (what was typed goes to
        the clipboard), or keep editing."""
        if not ask_to_reload(self, conflict, self.form.typed_text()):
            self.form.failed(str(conflict))
            return
        stored = conflict.stored or self.form.quarter.record  # unknown: what was shown, until the reload
        self.form.show_quarter(replace(self.form.quarter, record=stored), editable=True)
        announce(THREE_ONES_TABLES)

    # suggestions ---------------------------------------------------------------------

    def _board_read(self, asked: int, data: BoardData) -> None:
        if asked != self._boards_asked:
            return  # the filter changed meanwhile: its board is on its way
        self.board.set_choices(self.data.teams if self.data else [], data.years, self.board_filter)
        self.board.show_board(data.board, self._select_after_load)
        self._select_after_load = None
        self.board_area.setCurrentWidget(self.board if data.years else self.no_suggestions)
        self._show_counts(data.counts)
        self.board_loaded.emit()

    def _show_counts(self, counts: ImplementedCounts) -> None:
        self.years.setRowCount(len(counts.by_year))
        for row, (year, count) in enumerate(reversed(counts.by_year)):
            for column, value in enumerate((str(year), str(count))):
                item = QTableWidgetItem(value)
                if column == 1:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.years.setItem(row, column, item)
        self.implemented_total.setText(self.tr("Implemented in all: %1").replace("%1", str(counts.total)))
        recent = counts.by_quarter[-CHART_QUARTERS:]
        self.chart.show_counts(
            self.tr("Implemented by quarter"),
            [quarter_label(quarter, short=True) for quarter, _count in recent],
            [count for _quarter, count in recent],
        )

    def reload_board(self, select_id: int | None = None) -> None:
        """The board alone, for the filter chosen now (the rest of the page stays)."""
        self._select_after_load = select_id
        self._boards_asked += 1
        asked = self._boards_asked
        self.read(three_ones_data.load_board, self.database, self.board_filter,
                  then=lambda board: self._board_read(asked, board))  # fmt: skip

    def _filter_chosen(self, chosen: BoardFilter) -> None:
        self.board_filter = chosen
        self.reload_board()

    def _suggestion_selected(self, record: SuggestionRecord | None) -> None:
        self._history_wanted = record.id if record is not None else None
        if record is not None:
            self.read(three_ones_data.history, self.database, record.id,
                      then=lambda history: self._show_history(record.id, history))  # fmt: skip

    def _show_history(self, suggestion_id: int, history) -> None:
        if suggestion_id == self._history_wanted:  # else the user has moved on to another suggestion
            self.board.show_history(history)
            self.history_shown.emit()

    def show_hit(self, hit: FoundRecord) -> None:
        """A search hit of this page: a suggestion on the board, or a leader's write-up."""
        if hit.practice == "three_ones":
            self.open_three_ones(hit.record_id)
        else:
            self.open_suggestion(hit.record_id)

    def open_suggestion(self, suggestion_id: int) -> None:
        """Show the suggestion on the board (from a search hit or the quarter's list)."""
        self.board_filter = BoardFilter()
        self.tabs.setCurrentWidget(self.board_area)
        self.reload_board(suggestion_id)

    def open_three_ones(self, record_id: int) -> None:
        """Show a leader's quarter by the id of its write-up (a search hit)."""
        self.read(three_ones_data.write_up, self.database, record_id, then=self._open_write_up)

    def _open_write_up(self, record: ThreeOnesRecord) -> None:
        self.person_id, self.quarter = record.leader_id, record.quarter
        self._fill_quarters()
        self.tabs.setCurrentIndex(0)
        self.reload()

    def add_suggestion(self) -> None:
        from ui.dialogs.suggestion_dialog import new_suggestion

        if self.data is None or self.data.me is None:
            self.status_message.emit(self.tr("Pick yourself on the 工作清单 page first."))
            return
        # For the leader whose quarter is shown, when the user may fill it in; else the user's own.
        author = self.person_id if self.person_id and self._may_edit(self.person_id) else self.data.me
        self.edit_suggestion(new_suggestion(author, self.quarter, self.today))

    def edit_suggestion(self, record: SuggestionRecord) -> None:
        from ui.dialogs.suggestion_dialog import SuggestionDialog
        from workbench import suggestions

        database, today = self.database, self.today

        def save(edited: SuggestionRecord) -> SuggestionRecord:
            return suggestions.save_suggestion(database, edited, today=today)

        self._suggestion_saved(SuggestionDialog.ask(self, record, save=save, today=today))

    def change_status(self, record: SuggestionRecord, status: str | None = None) -> None:
        from ui.dialogs.suggestion_status_dialog import SuggestionStatusDialog
        from workbench import suggestions

        database, today = self.database, self.today

        def save(new: str, note: str, day: date | None, version: int | None) -> SuggestionRecord:
            return suggestions.change_status(
                database, record.id, new, note, implemented_on=day, today=today, version=version
            )

        self._suggestion_saved(SuggestionStatusDialog.ask(self, record, save=save, today=today, status=status))

    def _suggestion_saved(self, saved: SuggestionRecord | None) -> None:
        """Chosen on the board once the page has read it again (the save announced it)."""
        if saved is not None:
            self.status_message.emit(self.tr("Suggestion “%1” saved.").replace("%1", saved.title))
            self._select_after_load = saved.id

    def remove_suggestion(self, record: SuggestionRecord) -> None:
        """To the bin with its history; Ctrl+Z puts it back."""
        from workbench import trash

        database = self.database
        remove_with_undo(
            self, self.undo_stack, self.tr("Remove suggestion “%1”").replace("%1", record.title), database,
            lambda: trash.remove_suggestion(database, record.id), {"suggestions", "suggestion_events"},
            then=lambda _entry: self.status_message.emit(self.tr("Moved to the bin. Ctrl+Z puts it back.")),
        )  # fmt: skip
