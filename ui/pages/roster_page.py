"""团队: the roster with search, filters, a detail panel, editing and Excel import.

The database layer (SQLAlchemy), the Excel reader (openpyxl) and the dialogs are imported
where they are first used, so the window shows before they have loaded.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.dialogs.sheet_import_dialog import choose_workbook
from ui.models.roster_model import RosterTableModel, sorted_team_names
from ui.pages import roster_data
from ui.pages.page import Page
from ui.widgets.employee_detail import EmployeeDetail
from ui.widgets.empty_state import EmptyState
from workbench.people import ACTIVE, LEFT, EmployeeRecord
from workbench.texts import t


class RosterPage(Page):
    """Sidebar page 团队."""

    def __init__(self, parent=None):
        super().__init__(self.tr("Team"), parent)
        self.model = RosterTableModel(self)
        self._teams: list[str] = []
        self._to_select: int | None = None  # someone just saved, chosen once the roster shows them

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search ID, name, phone, team…"))
        self.search.setToolTip(self.tr("Search (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(220)
        self.search.textChanged.connect(lambda text: self._filter_keeping_selection(needle=text))
        QShortcut(QKeySequence.StandardKey.Find, self, activated=self._focus_search)
        self.team_filter = QComboBox()
        self.team_filter.setMinimumContentsLength(8)
        self.team_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.team_filter.currentIndexChanged.connect(
            lambda _index: self._filter_keeping_selection(team=self.team_filter.currentData())
        )
        self.status_filter = QComboBox()
        for text, status in ((t("status.active"), ACTIVE), (t("status.left"), LEFT), (self.tr("All"), None)):
            self.status_filter.addItem(text, status)
        self.status_filter.currentIndexChanged.connect(
            lambda _index: self._filter_keeping_selection(status=self.status_filter.currentData())
        )
        self.model.set_filter(status=self.status_filter.currentData())
        self.import_button = QPushButton(self.tr("Import roster…"))
        self.import_button.setToolTip(self.tr("Load or update the roster from HR's Excel sheet (Ctrl+I)"))
        self.import_button.clicked.connect(self.import_roster)
        self.add_button = QPushButton(self.tr("Add employee…"))
        self.add_button.clicked.connect(lambda: self.edit_employee(None))
        self.top.addWidget(self.search, 1)
        self.top.addWidget(self.team_filter)
        self.top.addWidget(self.status_filter)
        self.top.addSpacing(8)
        self.top.addWidget(self.import_button)
        self.top.addWidget(self.add_button)
        self._controls = (self.search, self.team_filter, self.status_filter, self.import_button, self.add_button)
        for widget in self._controls:
            widget.setEnabled(False)

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        # Fixed row heights: the view never measures 5,000 rows after a filter change.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setHighlightSections(False)
        for column, width in enumerate((90, 130, 50, 130, 90, 100, 120, 60)):
            self.table.setColumnWidth(column, max(width, header.sectionSizeHint(column)))
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.table.doubleClicked.connect(lambda _index: self._edit_current())
        QShortcut(
            QKeySequence(Qt.Key.Key_Return), self.table, self._edit_current, context=Qt.ShortcutContext.WidgetShortcut
        )

        self.detail = EmployeeDetail()
        self.detail.edit_button.clicked.connect(lambda: self.detail.record and self.edit_employee(self.detail.record))
        self.detail.talk_button.clicked.connect(self._record_talk)
        self.detail.hide()
        self.count_label = QLabel()
        self.count_label.setObjectName("countLabel")
        table_area = QWidget()
        table_layout = QVBoxLayout(table_area)
        table_layout.setContentsMargins(0, 0, 0, 0)
        table_layout.addWidget(self.table)
        table_layout.addWidget(self.count_label)
        self.splitter = QSplitter()
        self.splitter.addWidget(table_area)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setChildrenCollapsible(False)
        self.empty_state = self._make_empty_state()

    def _make_empty_state(self) -> EmptyState:
        state = EmptyState(self.tr("No roster yet"))
        state.text.setText(
            self.tr(
                "Start from the Excel roster HR gave you: the workbench finds the header row, "
                "reads Chinese or English column names and shows what it will change before it saves anything."
            )
        )
        button = state.add(QPushButton(self.tr("Import roster…")))
        button.setObjectName("primaryButton")
        button.clicked.connect(self.import_roster)
        return state

    # loading -----------------------------------------------------------------

    def set_database(self, database) -> None:
        for widget in self._controls:
            widget.setEnabled(database is not None)
        super().set_database(database)

    def loader(self):
        return partial(roster_data.load, self.database)

    def show_data(self, data) -> None:
        records, teams = data
        current = self.current_record()
        if any(record.id == self._to_select for record in records):
            selected, self._to_select = self._to_select, None
        else:
            selected = current.id if current is not None else None
        self.model.set_records(records)
        self._set_teams(teams)
        self.show_state(self.splitter if records else self.empty_state)
        self._update_count()
        if selected is not None:
            self.select_employee(selected)

    def _set_teams(self, teams: list[str]) -> None:
        current = self.team_filter.currentData()
        self._teams = teams
        self.team_filter.blockSignals(True)
        self.team_filter.clear()
        self.team_filter.addItem(self.tr("All teams"), None)
        for team in sorted_team_names(teams):
            self.team_filter.addItem(team, team)
        index = self.team_filter.findData(current)
        self.team_filter.setCurrentIndex(max(index, 0))
        self.team_filter.blockSignals(False)
        self.model.set_filter(team=self.team_filter.currentData())

    # filters -----------------------------------------------------------------

    def _focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _filter_keeping_selection(self, **changes) -> None:
        current = self.current_record()
        self.model.set_filter(**changes)
        if current is not None and current.id is not None:
            self.select_employee(current.id)
        self._update_count()

    def _update_count(self) -> None:
        total, shown, active = len(self.model.all_records()), self.model.rowCount(), self.model.active_count
        text = self.tr("%n people shown", "", shown) + self.tr(" · %1 active of %2 in the roster").replace(
            "%1", str(active)
        ).replace("%2", str(total))
        self.count_label.setText(text)

    # selection and editing ---------------------------------------------------

    def _current_changed(self, current, _previous) -> None:
        if not current.isValid():
            return
        self.detail.show_record(self.model.record_at(current.row()))
        self.detail.show()

    def current_record(self) -> EmployeeRecord | None:
        index = self.table.currentIndex()
        return self.model.record_at(index.row()) if index.isValid() else None

    def select_employee(self, employee_id: int) -> None:
        row = self.model.row_of(employee_id)
        if row is None:
            return
        index = self.model.index(row, 0)
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)

    def _edit_current(self) -> None:
        record = self.current_record()
        if record is not None:
            self.edit_employee(record)

    def edit_employee(self, record: EmployeeRecord | None) -> None:
        """The employee dialog; once saved, the roster reloads (its tables are announced)
        with the saved one selected."""
        from ui.dialogs.employee_dialog import EmployeeDialog
        from workbench.roster import save_employee

        roles = sorted({r.role for r in self.model.all_records() if r.role})
        save = partial(save_employee, self.database)
        saved = EmployeeDialog.ask(self, record, teams=self._teams, roles=roles, save=save)
        if saved is not None:
            self._to_select = saved.id
            self.status_message.emit(
                self.tr("Saved %1 (%2).").replace("%1", saved.name).replace("%2", saved.employee_no)
            )

    def _record_talk(self) -> None:
        """The talks page opens its dialog over this one."""
        if self.detail.record is not None:
            self.go_to.emit(f"talks/record/{self.detail.record.id}")

    def import_roster(self) -> None:
        path = choose_workbook(self, self.tr("Choose the roster workbook"))
        if path:
            self.import_roster_file(path)

    def import_files(self, paths: list[str]) -> bool:
        for path in paths:
            self.import_roster_file(path)
        return True

    def import_roster_file(self, path: str) -> None:
        from ui.dialogs.roster_import_dialog import RosterImportDialog

        report = RosterImportDialog.ask(self, self.database, path)
        if report is not None:
            self.status_message.emit(report.summary())
