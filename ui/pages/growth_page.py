"""成长日记: the team's month (QA, satisfaction, the weekly tests, who improved and who
slipped, plans and evaluations written), each person's months with a chart, typing a
month in and importing the sheets QA and training produce."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ui.dialogs.sheet_import_dialog import choose_workbook
from ui.errors import show_error
from ui.tasks import run_in_background
from ui.widgets.empty_state import EmptyState
from ui.widgets.growth_models import SORT_ROLE, GrowthMonthModel
from ui.widgets.growth_person import GrowthPersonView
from workbench import growth
from workbench.conflicts import UNSTORED
from workbench.periods import month_of, shift_month

if TYPE_CHECKING:
    from workbench.db.engine import Database
    from workbench.growth import MonthRow, Viewer

WHOLE_CENTER = ""  # the team picker's entry for every team


def _load(database: Database, team: str | None, chosen: bool, month: str | None, progress):
    """The viewer, the month (None: the team's latest with scores, else this month) and
    the month of the team they chose (or their own team at first)."""
    viewer = growth.viewer(database)
    team = team if chosen else viewer.team
    month = month or growth.latest_month(database, team) or month_of(date.today())
    return viewer, team, month, growth.team_month(database, month, team)


def _person(database: Database, employee_id: int, progress):
    return growth.employee_growth(database, employee_id)


class GrowthPage(QWidget):
    """Sidebar page 成长日记."""

    status_message = Signal(str)
    loaded = Signal()
    person_shown = Signal()
    go_to_roster = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.database: Database | None = None
        self.today = date.today()
        self.month = month_of(self.today)
        self.month_chosen = False  # False: the page opens on the latest month with scores
        self.viewer: Viewer | None = None
        self.team: str | None = None
        self.team_chosen = False  # until the user picks a team the page follows the viewer's own
        self.person_id: int | None = None

        title = QLabel(self.tr("Growth diary"))
        title.setObjectName("pageTitle")
        self.team_picker = QComboBox()
        self.team_picker.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.team_picker.setToolTip(self.tr("Whose month: a team, or the whole center"))
        self.team_picker.activated.connect(lambda _index: self._team_picked())
        self.team_picker.hide()
        self.previous_button = QToolButton()
        self.previous_button.setText("◀")
        self.previous_button.setToolTip(self.tr("Previous month"))
        self.previous_button.clicked.connect(lambda: self.show_month(shift_month(self.month, -1)))
        self.month_label = QLabel()
        self.next_button = QToolButton()
        self.next_button.setText("▶")
        self.next_button.setToolTip(self.tr("Next month"))
        self.next_button.clicked.connect(lambda: self.show_month(shift_month(self.month, 1)))
        self.edit_button = QPushButton(self.tr("Edit month…"))
        self.edit_button.setToolTip(self.tr("Type in the selected person's scores, plan and evaluation"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.import_button = QPushButton(self.tr("Import scores…"))
        self.import_button.setObjectName("primaryButton")
        self.import_button.setToolTip(self.tr("Import a QA or weekly-test sheet from Excel"))
        self.import_button.clicked.connect(self.import_scores)
        top = QHBoxLayout()
        top.addWidget(title)
        top.addSpacing(16)
        top.addWidget(self.team_picker)
        top.addStretch(1)
        for widget in (self.previous_button, self.month_label, self.next_button, self.edit_button, self.import_button):
            top.addWidget(widget)

        self.counts = QLabel()
        self.counts.setObjectName("countLabel")
        self.rule = QLabel(growth.trend_rule())
        self.rule.setObjectName("countLabel")
        self.rule.setWordWrap(True)
        self.model = GrowthMonthModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        # Only while the table has focus: Enter in a dialog opened from here must not open another.
        QShortcut(
            QKeySequence(Qt.Key.Key_Return), self.table, self.open_selected, context=Qt.ShortcutContext.WidgetShortcut
        )
        month_view = QWidget()
        month_layout = QVBoxLayout(month_view)
        month_layout.setContentsMargins(0, 0, 0, 0)
        month_layout.addWidget(self.counts)
        month_layout.addWidget(self.table, 1)
        month_layout.addWidget(self.rule)

        self.loading_state = QLabel(self.tr("Opening the database…"))
        self.loading_state.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_state = EmptyState(self.tr("No scores for this month yet"))
        self.empty_state.text.setText(
            self.tr(
                "The growth diary keeps each person's QA score, satisfaction and weekly tests month by month, "
                "with a growth plan and your evaluation. Import the sheet QA or training sends you, "
                "or type a person's month in."
            )
        )
        self.empty_state.add(QPushButton(self.tr("Import scores…"))).clicked.connect(self.import_scores)
        self.type_button = self.empty_state.add(QPushButton(self.tr("Type in scores…")))
        self.type_button.clicked.connect(self.edit_first)
        self.no_people_state = EmptyState(self.tr("Nobody to keep a diary for"))
        self.no_people_state.text.setText(
            self.tr("The growth diary lists the agents of a team. Import the roster on the 团队 page first.")
        )
        self.person_view = GrowthPersonView()
        self.person_view.back.connect(self.show_team_month)
        self.person_view.edit_requested.connect(self._edit_person_month)
        self.body = QStackedWidget()
        self.no_people_state.add(QPushButton(self.tr("Go to the roster…"))).clicked.connect(self.go_to_roster)
        for widget in (self.loading_state, month_view, self.empty_state, self.no_people_state, self.person_view):
            self.body.addWidget(widget)
        self.month_view = month_view
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.body, 1)

    # loading -----------------------------------------------------------------

    def set_database(self, database: Database) -> None:
        self.database = database
        self.reload()

    def show_month(self, month: str) -> None:
        self.month, self.month_chosen = month, True
        self.reload()

    def reload(self) -> None:
        run_in_background(
            _load,
            self.database,
            self.team,
            self.team_chosen,
            self.month if self.month_chosen else None,
            owner=self,
            on_success=lambda result: self._show(*result),
            on_failure=lambda error: show_error(self, error),
        )

    def _show(self, viewer: Viewer, team: str | None, month: str, rows: list[MonthRow]) -> None:
        self.viewer, self.team, self.month = viewer, team, month
        self.month_chosen = True  # found once: later reloads stay where the user is
        self._fill_team_picker(viewer, team)
        year, number = self.month.split("-")
        self.month_label.setText(self.tr("%1-%2").replace("%1", year).replace("%2", number))
        self.next_button.setEnabled(self.month < month_of(self.today))
        selected = self.current_row()
        self.model.set_rows(rows)
        recorded = sum(row.entry is not None and not row.entry.is_empty for row in rows)
        trends = [row.trend for row in rows]
        self.counts.setText(
            self.tr("Diary kept: %1 / %2  ·  ↑ improved %3  ·  ↓ slipped %4")
            .replace("%1", str(recorded))
            .replace("%2", str(len(rows)))
            .replace("%3", str(trends.count(growth.IMPROVED)))
            .replace("%4", str(trends.count(growth.SLIPPED)))
        )
        self.edit_button.setEnabled(bool(rows))
        self.table.setColumnHidden(2, team is not None)  # 班组 says something only for the whole center
        if self.body.currentWidget() is self.person_view and self.person_id is not None:
            self.open_employee(self.person_id)
        elif not rows:
            self.body.setCurrentWidget(self.no_people_state)
        elif not any(row.entry is not None and row.entry.has_scores for row in rows):
            self.body.setCurrentWidget(self.empty_state)
        else:
            self.body.setCurrentWidget(self.month_view)
            self._select(selected.employee_id if selected else None)
        self.loaded.emit()

    def _fill_team_picker(self, viewer: Viewer, team: str | None) -> None:
        self.team_picker.clear()
        self.team_picker.setVisible(bool(viewer.teams))
        if not viewer.teams:
            return
        self.team_picker.addItem(self.tr("Whole center"), WHOLE_CENTER)
        for name in viewer.teams:
            self.team_picker.addItem(name, name)
        self.team_picker.setCurrentIndex(max(self.team_picker.findData(team or WHOLE_CENTER), 0))

    def _team_picked(self) -> None:
        self.team = self.team_picker.currentData() or None
        self.team_chosen = True
        self.reload()

    def show_team(self, team: str | None) -> None:
        """The month of a team (None: the whole center), as if picked in the team picker."""
        self.team, self.team_chosen = team, True
        self.body.setCurrentWidget(self.month_view)
        self.reload()

    # the team's month -----------------------------------------------------------

    def current_row(self) -> MonthRow | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        row = self.proxy.mapToSource(index).row()
        return self.model.rows[row] if row < len(self.model.rows) else None

    def _select(self, employee_id: int | None) -> None:
        row = next((i for i, r in enumerate(self.model.rows) if r.employee_id == employee_id), 0)
        if self.model.rows:
            self.table.selectRow(self.proxy.mapFromSource(self.model.index(row, 0)).row())

    def open_selected(self) -> None:
        row = self.current_row()
        if row is not None:
            self.open_employee(row.employee_id)

    def show_hit(self, hit) -> None:
        self.open_employee(hit.employee_id)

    def open_employee(self, employee_id: int) -> None:
        """The person's growth view: their months up to the page's month, which is chosen."""
        self.person_id = employee_id
        run_in_background(
            _person,
            self.database,
            employee_id,
            owner=self,
            on_success=self._show_person,
            on_failure=lambda error: show_error(self, error),
        )

    def _show_person(self, person) -> None:
        self.person_view.show_growth(person, month_of(self.today), self.month)
        self.body.setCurrentWidget(self.person_view)
        self.person_shown.emit()

    def show_team_month(self) -> None:
        self.person_id = None
        self.body.setCurrentWidget(self.month_view)
        self.reload()
        self.table.setFocus()

    # typing in --------------------------------------------------------------------

    def edit_selected(self) -> None:
        if self.body.currentWidget() is self.person_view and self.person_id is not None:
            self._edit_person_month(self.person_view.selected_month())
            return
        row = self.current_row()
        if row is not None:
            self.edit(row.employee_id, row.name, self.month)

    def edit_first(self) -> None:
        if self.model.rows:
            row = self.model.rows[0]
            self.edit(row.employee_id, row.name, self.month)

    def _edit_person_month(self, month: str) -> None:
        person = self.person_view.growth
        if person is not None:
            self.edit(person.employee_id, person.name, month)

    def edit(self, employee_id: int, name: str, month: str) -> None:
        """The dialog for one person's month; saved in one step, then the page shows it."""
        from ui.dialogs.growth_dialog import GrowthDialog

        author = self.viewer.me if self.viewer else None
        entry = growth.entry_of(self.database, employee_id, month) or growth.GrowthEntry(
            employee_id,
            month,
            version=UNSTORED,  # someone else's first save meanwhile is not overwritten
        )
        saved = GrowthDialog.ask(
            self,
            name,
            replace(entry, author_id=author or entry.author_id),
            save=lambda edited: growth.save_entry(self.database, edited, self.today),
        )
        if saved is not None:
            self.status_message.emit(self.tr("%1's %2 saved.").replace("%1", name).replace("%2", month))
            self.reload()

    def import_scores(self) -> None:
        from ui.dialogs.score_import_dialog import ScoreImportDialog

        path = choose_workbook(self, self.tr("Choose the score sheet"))
        if path:
            author = self.viewer.me if self.viewer else None
            report = ScoreImportDialog.ask(self, self.database, path, self.month, author)
            if report is not None:
                self.status_message.emit(report.summary())
                self.reload()
