"""团队: the roster with search, filters, a detail panel, editing and Excel import.

The database layer (SQLAlchemy), the Excel reader (openpyxl) and the dialogs are imported
where they are first used, so the window shows before they have loaded.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ui.dialogs.sheet_import_dialog import choose_workbook
from ui.errors import show_error
from ui.models.roster_model import RosterTableModel, sorted_team_names
from ui.tasks import run_in_background
from ui.widgets.empty_state import EmptyState
from workbench.people import ACTIVE, LEFT, EmployeeRecord
from workbench.texts import t

if TYPE_CHECKING:
    from workbench.db.engine import Database


def _load_roster(database: Database, progress) -> tuple[list[EmployeeRecord], list[str]]:
    from workbench import roster

    return roster.list_employees(database), roster.list_teams(database)


def _save_employee(database: Database, record: EmployeeRecord) -> EmployeeRecord:
    from workbench import roster

    return roster.save_employee(database, record)


class EmployeeDetail(QFrame):
    """The right-hand panel: everything about the selected employee, and the edit button."""

    edit_requested = Signal(object)
    talk_requested = Signal(object)
    close_requested = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("detailPanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMinimumWidth(240)
        self._record: EmployeeRecord | None = None
        self.title = QLabel()
        self.title.setObjectName("detailTitle")
        self.title.setWordWrap(True)
        close = QToolButton()
        close.setText("×")
        close.setToolTip(self.tr("Close the panel"))
        close.setAutoRaise(True)
        close.clicked.connect(self.close_requested)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)
        self.form = QFormLayout()
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.values: dict[str, QLabel] = {}
        for field in ("employee_no", "gender", "team", "role", "hire_date", "phone", "birthday", "status", "left_date"):
            label = QLabel()
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setWordWrap(True)
            self.values[field] = label
            self.form.addRow(t(f"field.{field}") + "：", label)
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.setToolTip(self.tr("Edit this employee (Enter)"))
        self.edit_button.clicked.connect(lambda: self._record and self.edit_requested.emit(self._record))
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(self.form)
        self.talk_button = QPushButton(self.tr("Record a talk…"))
        self.talk_button.setToolTip(self.tr("Record a talk with this employee as their liaison"))
        self.talk_button.clicked.connect(lambda: self._record and self.talk_requested.emit(self._record))
        layout.addStretch(1)
        layout.addWidget(self.talk_button)
        layout.addWidget(self.edit_button)

    def show_record(self, record: EmployeeRecord) -> None:
        self._record = record
        self.title.setText(record.name)
        shown = {
            "employee_no": record.employee_no,
            "gender": record.gender,
            "team": record.team,
            "role": record.role,
            "hire_date": record.hire_date and record.hire_date.isoformat(),
            "phone": record.phone,
            "birthday": record.birthday and record.birthday.isoformat(),
            "status": t(f"status.{record.status}"),
            "left_date": record.left_date and record.left_date.isoformat(),
        }
        for field, label in self.values.items():
            label.setText(shown[field] or "—")
        self.form.setRowVisible(self.values["left_date"], record.left_date is not None)
        self.talk_button.setEnabled(record.is_active)


class RosterPage(QWidget):
    """Sidebar page 团队."""

    status_message = Signal(str)
    roster_loaded = Signal()
    roster_changed = Signal()  # an edit or an import was saved
    talk_requested = Signal(int, str)  # employee id, name

    def __init__(self, parent=None):
        super().__init__(parent)
        self.database: Database | None = None
        self.model = RosterTableModel(self)
        self._teams: list[str] = []

        title = QLabel(self.tr("Team"))
        title.setObjectName("pageTitle")
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search ID, name, phone, team…"))
        self.search.setToolTip(self.tr("Search (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(220)
        self.search.textChanged.connect(self._search_changed)
        QShortcut(QKeySequence.StandardKey.Find, self, activated=self._focus_search)
        self.team_filter = QComboBox()
        self.team_filter.setMinimumContentsLength(8)
        self.team_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.team_filter.currentIndexChanged.connect(self._team_changed)
        self.status_filter = QComboBox()
        for text, status in ((t("status.active"), ACTIVE), (t("status.left"), LEFT), (self.tr("All"), None)):
            self.status_filter.addItem(text, status)
        self.status_filter.currentIndexChanged.connect(self._status_changed)
        self.model.set_filter(status=self.status_filter.currentData())
        self.import_button = QPushButton(self.tr("Import roster…"))
        self.import_button.setToolTip(self.tr("Load or update the roster from HR's Excel sheet (Ctrl+I)"))
        self.import_button.clicked.connect(self.import_roster)
        self.add_button = QPushButton(self.tr("Add employee…"))
        self.add_button.clicked.connect(lambda: self.edit_employee(None))

        top = QHBoxLayout()
        top.addWidget(title)
        top.addSpacing(16)
        top.addWidget(self.search, 1)
        top.addWidget(self.team_filter)
        top.addWidget(self.status_filter)
        top.addSpacing(8)
        top.addWidget(self.import_button)
        top.addWidget(self.add_button)

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
        self.detail.edit_requested.connect(self.edit_employee)
        self.detail.talk_requested.connect(lambda record: self.talk_requested.emit(record.id, record.name))
        self.detail.close_requested.connect(self.detail.hide)
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
        self.loading_state = QLabel(self.tr("Opening the database…"))
        self.loading_state.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.body = QStackedWidget()
        self.body.addWidget(self.loading_state)
        self.body.addWidget(self.splitter)
        self.body.addWidget(self.empty_state)
        for widget in (self.search, self.team_filter, self.status_filter, self.import_button, self.add_button):
            widget.setEnabled(False)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.body, 1)

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

    def set_database(self, database: Database) -> None:
        self.database = database
        for widget in (self.search, self.team_filter, self.status_filter, self.import_button, self.add_button):
            widget.setEnabled(True)
        self.reload()

    def reload(self, select_id: int | None = None) -> None:
        """Read the roster in a worker; the table updates when it arrives."""
        run_in_background(
            _load_roster,
            self.database,
            owner=self,
            on_success=lambda result: self._show_roster(*result, select_id=select_id),
            on_failure=lambda error: show_error(self, error),
        )

    def _show_roster(self, records: list[EmployeeRecord], teams: list[str], select_id: int | None = None) -> None:
        self.model.set_records(records)
        self._set_teams(teams)
        self.body.setCurrentWidget(self.splitter if records else self.empty_state)
        self._update_count()
        if select_id is not None:
            self.select_employee(select_id)
        self.roster_loaded.emit()

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

    def _search_changed(self, text: str) -> None:
        self._filter_keeping_selection(needle=text)

    def _team_changed(self, _index: int) -> None:
        self._filter_keeping_selection(team=self.team_filter.currentData())

    def _status_changed(self, _index: int) -> None:
        self._filter_keeping_selection(status=self.status_filter.currentData())

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
        record = self.model.record(current.row())
        self.detail.show_record(record)
        self.detail.show()

    def current_record(self) -> EmployeeRecord | None:
        index = self.table.currentIndex()
        return self.model.record(index.row()) if index.isValid() else None

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
        from ui.dialogs.employee_dialog import EmployeeDialog

        roles = sorted({r.role for r in self.model.all_records() if r.role})
        saved = EmployeeDialog.ask(
            self, record, teams=self._teams, roles=roles, save=lambda edited: _save_employee(self.database, edited)
        )
        if saved is not None:
            self.status_message.emit(
                self.tr("Saved %1 (%2).").replace("%1", saved.name).replace("%2", saved.employee_no)
            )
            self.reload(select_id=saved.id)
            self.roster_changed.emit()

    def import_roster(self) -> None:
        path = choose_workbook(self, self.tr("Choose the roster workbook"))
        if not path:
            return
        from ui.dialogs.roster_import_dialog import RosterImportDialog

        report = RosterImportDialog.ask(self, self.database, path)
        if report is not None:
            self.status_message.emit(report.summary())
            self.reload()
            self.roster_changed.emit()
