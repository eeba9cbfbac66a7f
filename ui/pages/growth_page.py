"""成长日记: the team's month (QA, satisfaction, the weekly tests, who improved and who
slipped, plans and evaluations written), each person's months with a chart, typing a
month in and importing the sheets QA and training produce."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from ui.dialogs.sheet_import_dialog import choose_workbook
from ui.models.growth_models import SORT_ROLE, GrowthMonthModel
from ui.pages import growth_data
from ui.pages.page import Page
from ui.widgets.empty_state import EmptyState
from ui.widgets.growth_person import GrowthPersonView
from ui.widgets.month_switcher import MonthSwitcher
from ui.widgets.record_table import record_table
from ui.widgets.team_picker import TeamPicker
from workbench import growth
from workbench.periods import month_of

if TYPE_CHECKING:
    from workbench.found import FoundRecord
    from workbench.growth import EmployeeGrowth, GrowthEntry, MonthRow
    from workbench.team_view import Viewer

TEAM_COLUMN = 2


class GrowthPage(Page):
    """Sidebar page 成长日记."""

    person_shown = Signal()

    def __init__(self, parent=None):
        super().__init__(self.tr("Growth diary"), parent)
        self.today = date.today()
        self.month = month_of(self.today)
        self.month_chosen = False  # False: the page opens on the latest month with scores
        self.viewer: Viewer | None = None
        self.team: str | None = None
        self.team_chosen = False  # until the user picks a team the page follows the viewer's own
        self.person_id: int | None = None  # whose months are shown, or on their way

        self.team_picker = TeamPicker(self.tr("Whose month: a team, or the whole center"))
        self.team_picker.picked.connect(self._team_picked)
        self.month_switcher = MonthSwitcher()
        self.month_switcher.chosen.connect(self.show_month)
        self.edit_button = QPushButton(self.tr("Edit month…"))
        self.edit_button.setToolTip(self.tr("Type in the selected person's scores, plan and evaluation"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.import_button = QPushButton(self.tr("Import scores…"))
        self.import_button.setObjectName("primaryButton")
        self.import_button.setToolTip(self.tr("Import a QA or weekly-test sheet from Excel"))
        self.import_button.clicked.connect(self.import_scores)
        self.top.addWidget(self.team_picker)
        self.top.addStretch(1)
        for widget in (self.month_switcher, self.edit_button, self.import_button):
            self.top.addWidget(widget)

        self.counts = QLabel()
        self.counts.setObjectName("countLabel")
        self.rule = QLabel(growth.trend_rule())
        self.rule.setObjectName("countLabel")
        self.rule.setWordWrap(True)
        self.model = GrowthMonthModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = record_table(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        # Only while the table has focus: Enter in a dialog opened from here must not open another.
        QShortcut(
            QKeySequence(Qt.Key.Key_Return), self.table, self.open_selected, context=Qt.ShortcutContext.WidgetShortcut
        )
        self.month_view = QWidget()
        month_layout = QVBoxLayout(self.month_view)
        month_layout.setContentsMargins(0, 0, 0, 0)
        month_layout.addWidget(self.counts)
        month_layout.addWidget(self.table, 1)
        month_layout.addWidget(self.rule)

        self.empty_state = EmptyState(
            self.tr("No scores for this month yet"),
            self.tr(
                "The growth diary keeps each person's QA score, satisfaction and weekly tests month by month, "
                "with a growth plan and your evaluation. Import the sheet QA or training sends you, "
                "or type a person's month in."
            ),
        )
        self.empty_state.add(QPushButton(self.tr("Import scores…"))).clicked.connect(self.import_scores)
        self.type_button = self.empty_state.add(QPushButton(self.tr("Type in scores…")))
        self.type_button.clicked.connect(self.edit_first)
        self.no_people_state = EmptyState(
            self.tr("Nobody to keep a diary for"),
            self.tr("The growth diary lists the agents of a team. Import the roster on the 团队 page first."),
        )
        self.no_people_state.add(QPushButton(self.tr("Go to the roster…"))).clicked.connect(
            lambda: self.go_to.emit("roster")
        )
        self.person_view = GrowthPersonView()
        self.person_view.back.connect(self.show_team_month)
        self.person_view.edit_requested.connect(self._edit_person_month)
        for state in (self.month_view, self.empty_state, self.no_people_state, self.person_view):
            self.body.addWidget(state)  # now, not when first shown: moving the chart in takes a while

    # loading -----------------------------------------------------------------

    def show_month(self, month: str) -> None:
        self.month, self.month_chosen = month, True
        self.reload()

    def loader(self):
        chosen = self.month if self.month_chosen else None
        return partial(growth_data.load, self.database, self.team, self.team_chosen, chosen, self.today)

    def show_data(self, data) -> None:
        viewer, team, month, rows = data
        self.viewer, self.team, self.month = viewer, team, month
        self.month_chosen = True  # found once: later reloads stay where the user is
        self.team_picker.show_teams(viewer.teams, team)
        self.month_switcher.show_period(month, last=month_of(self.today))
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
        self.table.setColumnHidden(TEAM_COLUMN, team is not None)  # 班组 says something only for the whole center
        if self.body.currentWidget() is self.person_view and self.person_id is not None:
            self.open_employee(self.person_id)  # their months as stored now
        else:
            self._show_month_state(selected.employee_id if selected else None)

    def _show_month_state(self, employee_id: int | None) -> None:
        rows = self.model.rows
        if not rows:
            self.show_state(self.no_people_state)
        elif not any((row.entry is not None and row.entry.has_scores) or row.imported for row in rows):
            self.show_state(self.empty_state)
        else:
            self.show_state(self.month_view)
            self._select(employee_id)

    def _team_picked(self, team: str | None) -> None:
        self.team, self.team_chosen = team, True
        self.reload()

    # the team's month -----------------------------------------------------------

    def current_row(self) -> MonthRow | None:
        return self.model.record_at(self.proxy.mapToSource(self.table.currentIndex()).row())

    def _select(self, employee_id: int | None) -> None:
        row = next((i for i, r in enumerate(self.model.rows) if r.employee_id == employee_id), 0)
        if self.model.rows:
            self.table.selectRow(self.proxy.mapFromSource(self.model.index(row, 0)).row())

    def open_selected(self) -> None:
        row = self.current_row()
        if row is not None:
            self.open_employee(row.employee_id)

    def show_hit(self, hit: FoundRecord) -> None:
        self.open_employee(hit.employee_id)

    def open_employee(self, employee_id: int) -> None:
        """The person's growth view: their months up to the page's month, which is chosen."""
        self.person_id = employee_id
        self.read(growth_data.person, self.database, employee_id, then=self._show_person)

    def _show_person(self, person: EmployeeGrowth) -> None:
        if person.employee_id != self.person_id:
            return  # the user has moved on to someone else, or back to the team
        self.person_view.show_growth(person, month_of(self.today), self.month)
        self.show_state(self.person_view)
        self.person_shown.emit()

    def show_team_month(self) -> None:
        """Back from a person's months: the month as last read (each write reloads it)."""
        self.person_id = None
        selected = self.current_row()
        self._show_month_state(selected.employee_id if selected else None)
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
        """The dialog for one person's month as stored now; saved in one step."""
        self.read(growth_data.entry_to_edit, self.database, employee_id, month,
                  then=lambda found: self._open_growth_dialog(name, *found))  # fmt: skip

    def _open_growth_dialog(self, name: str, entry: GrowthEntry, from_numbers: frozenset[str]) -> None:
        from ui.dialogs.growth_dialog import GrowthDialog

        database, today = self.database, self.today
        author = self.viewer.me if self.viewer else None
        saved = GrowthDialog.ask(
            self,
            name,
            replace(entry, author_id=author or entry.author_id),
            save=lambda edited: growth.save_entry(database, edited, today),
            from_numbers=from_numbers,
        )
        if saved is not None:
            self.status_message.emit(self.tr("%1's %2 saved.").replace("%1", name).replace("%2", entry.month))

    def import_scores(self) -> None:
        path = choose_workbook(self, self.tr("Choose the score sheet"))
        if path:
            self.import_files([path])

    def import_files(self, paths: list[str]) -> bool:
        from ui.dialogs.score_import_dialog import ScoreImportDialog

        author = self.viewer.me if self.viewer else None
        for path in paths:
            report = ScoreImportDialog.ask(self, self.database, path, self.month, author)
            if report is not None:
                self.status_message.emit(report.summary())
        return True
