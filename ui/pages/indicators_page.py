"""指标: the team's month or week as agents × indicators against the targets, the team's
figure of each with its last twelve months, an agent's months and days; importing the
ACD and QA exports, setting targets, and the weekly 通报 to post in the team's chat."""

from __future__ import annotations

from datetime import date, timedelta
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QLabel,
    QMenu,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ui.dialogs.sheet_import_dialog import choose_workbook
from ui.models.indicator_models import NumbersSortProxy, TeamNumbersModel
from ui.pages import indicators_data
from ui.pages.page import Page
from ui.widgets.empty_state import EmptyState
from ui.widgets.indicator_cards import IndicatorCards
from ui.widgets.indicator_person import IndicatorPersonView
from ui.widgets.month_switcher import MonthSwitcher, WeekSwitcher
from ui.widgets.record_table import record_table, stretch_from
from ui.widgets.save_workbook import ask_workbook_path, workbook_written
from ui.widgets.team_picker import TeamPicker
from workbench.indicators import HIGHER
from workbench.periods import month_of, week_of

if TYPE_CHECKING:
    from workbench.indicator_figures import AgentFigures, AgentPeriods
    from workbench.team_view import Viewer


def _weekly_report(database, week: str, team: str, path: Path, ranked_by: str | None):
    from workbench.export.weekly import export_weekly  # openpyxl: loaded when a report is wanted

    return export_weekly(database, week, team, path, ranked_by=ranked_by)


class IndicatorsPage(Page):
    """Sidebar page 指标."""

    person_shown = Signal()

    def __init__(self, parent=None):
        super().__init__(self.tr("The team's numbers"), parent)
        self.today = date.today()
        self.period: str | None = None  # None until the user chooses: the team's latest month with numbers
        self.weekly = False
        self.viewer: Viewer | None = None
        self.team: str | None = None
        self.team_chosen = False  # until the user picks a team the page follows the viewer's own
        self.shown: indicators_data.NumbersShown | None = None
        self.sort_key: str | None = None  # the indicator the table is sorted by (best first)
        self.person_id: int | None = None  # whose numbers are shown, or on their way

        self.team_picker = TeamPicker(self.tr("Whose numbers: a team, or the whole center"))
        self.team_picker.picked.connect(self._team_picked)
        self.month_button, self.week_button = QToolButton(), QToolButton()
        self.kind = QButtonGroup(self)
        for button, text, tip in (
            (self.month_button, self.tr("Month"), self.tr("The month's numbers")),
            (self.week_button, self.tr("Week"), self.tr("The week's numbers, from the daily rows")),
        ):
            button.setText(text)
            button.setToolTip(tip)
            button.setCheckable(True)
            self.kind.addButton(button)
        self.month_button.setChecked(True)
        self.week_button.toggled.connect(self._kind_chosen)
        self.month_switcher = MonthSwitcher()
        self.month_switcher.chosen.connect(self.show_period)
        self.week_switcher = WeekSwitcher()
        self.week_switcher.chosen.connect(self.show_period)
        self.week_switcher.hide()
        self.weekly_button = QPushButton(self.tr("Weekly report…"))
        self.weekly_button.setToolTip(self.tr("Rank the team's agents for the week against the targets, as a workbook"))
        self.weekly_button.clicked.connect(self.export_weekly)
        self.targets_button = QToolButton()
        self.targets_button.setText(self.tr("Targets…"))
        self.targets_button.setToolTip(self.tr("Type the team's targets for the month"))
        self.targets_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        self.targets_button.clicked.connect(self.edit_targets)
        targets_menu = QMenu(self.targets_button)
        targets_menu.addAction(self.tr("Import targets from a sheet…"), self.import_targets)
        self.targets_button.setMenu(targets_menu)
        self.import_button = QPushButton(self.tr("Import numbers…"))
        self.import_button.setObjectName("primaryButton")
        self.import_button.setToolTip(
            self.tr("Import an ACD or QA export (Excel or CSV); you can also drop files on the window")
        )
        self.import_button.clicked.connect(self.import_numbers)
        self.top.addWidget(self.team_picker)
        self.top.addStretch(1)
        for widget in (
            self.month_button,
            self.week_button,
            self.month_switcher,
            self.week_switcher,
            self.weekly_button,
            self.targets_button,
            self.import_button,
        ):
            self.top.addWidget(widget)

        self.cards = IndicatorCards()
        self.cards.chosen.connect(self.sort_by)
        self.counts = QLabel()
        self.counts.setObjectName("countLabel")
        self.counts.setWordWrap(True)
        self.model = TeamNumbersModel(self)
        self.proxy = NumbersSortProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = record_table(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        # Only while the table has focus: Enter in a dialog opened from here must not open another.
        QShortcut(
            QKeySequence(Qt.Key.Key_Return), self.table, self.open_selected, context=Qt.ShortcutContext.WidgetShortcut
        )
        self.numbers_view = QWidget()
        numbers_layout = QVBoxLayout(self.numbers_view)
        numbers_layout.setContentsMargins(0, 0, 0, 0)
        numbers_layout.addWidget(self.cards)
        numbers_layout.addWidget(self.counts)
        numbers_layout.addWidget(self.table, 1)

        self.empty_state = EmptyState(
            self.tr("No numbers for this period yet"),
            self.tr(
                "Import the daily or monthly exports of the call-center and QA systems: each agent's calls, "
                "satisfaction, resolution, handle time and QA score, against the team's targets. "
                "Drop the files on the window or choose them here."
            ),
        )
        self.empty_state.add(QPushButton(self.tr("Import numbers…"))).clicked.connect(self.import_numbers)
        self.no_people_state = EmptyState(
            self.tr("Nobody to show numbers for"),
            self.tr("The numbers are shown for the agents of a team. Import the roster on the 团队 page first."),
        )
        self.no_people_state.add(QPushButton(self.tr("Go to the roster…"))).clicked.connect(
            lambda: self.go_to.emit("roster")
        )
        self.person_view = IndicatorPersonView()
        self.person_view.back.connect(self.show_team)
        for state in (self.numbers_view, self.empty_state, self.no_people_state, self.person_view):
            self.body.addWidget(state)

    # loading -----------------------------------------------------------------

    @property
    def month(self) -> str:
        """The month shown, or the month of the week shown (its Thursday's, as ISO weeks
        belong to months, and as its targets are read)."""
        return month_of(self.shown.period.span.start + timedelta(days=3)) if self.shown else month_of(self.today)

    def show_period(self, period: str) -> None:
        self.period = period
        self.reload()

    def _kind_chosen(self, weekly: bool) -> None:
        if weekly == self.weekly:
            return
        self.weekly = weekly
        self.month_switcher.setVisible(not weekly)
        self.week_switcher.setVisible(weekly)
        # The month's last week begun by today, or the week's month.
        self.period = indicators_data.week_in(self.month, self.today) if weekly else self.month
        self.reload()

    def loader(self):
        return partial(
            indicators_data.load, self.database, self.team, self.team_chosen, self.period, self.weekly, self.today
        )

    def show_data(self, shown: indicators_data.NumbersShown) -> None:
        self.shown, self.viewer, self.team = shown, shown.viewer, shown.team
        self.period = shown.period.period  # found once: later reloads stay where the user is
        self.team_picker.show_teams(shown.viewer.teams, shown.team)
        switcher = self.week_switcher if self.weekly else self.month_switcher
        switcher.show_period(self.period, last=week_of(self.today) if self.weekly else month_of(self.today))
        self.weekly_button.setEnabled(shown.team is not None)
        self.weekly_button.setToolTip(
            self.tr("Rank the team's agents for the week against the targets, as a workbook")
            if shown.team is not None
            else self.tr("Choose a team first: the weekly report is a team's")
        )
        selected = self.current_agent()
        self.model.set_period(shown.period)
        self.table.setColumnHidden(TeamNumbersModel.TEAM_COLUMN, shown.team is not None)
        stretch_from(self.table, TeamNumbersModel.FIXED)
        keys = [record.key for record in shown.period.indicators]
        self.cards.show_figures([shown.period.figures[key] for key in keys], shown.trend, self.sort_key)
        if self.sort_key in keys:
            self.sort_by(self.sort_key)
        self._say_counts(shown)
        if self.body.currentWidget() is self.person_view and self.person_id is not None:
            self.open_employee(self.person_id)  # their numbers as stored now
        else:
            self._show_team_state(selected.employee_id if selected else None)

    def _say_counts(self, shown: indicators_data.NumbersShown) -> None:
        figures = list(shown.period.figures.values())
        with_target = [figure for figure in figures if figure.met is not None]
        counted = sum(bool(agent.values) for agent in shown.period.agents)
        self.counts.setText(
            self.tr("%1 of %2 agents with numbers  ·  team on target in %3 of %4 indicators with a target  ·  %5")
            .replace("%1", str(counted))
            .replace("%2", str(len(shown.period.agents)))
            .replace("%3", str(sum(figure.met for figure in with_target)))
            .replace("%4", str(len(with_target)))
            .replace(
                "%5",
                self.tr("green meets the target, red misses it; ↑↓ against their own last three weeks")
                if self.weekly
                else self.tr("green meets the target, red misses it; ↑↓ against their own last three months"),
            )
        )

    def _show_team_state(self, employee_id: int | None) -> None:
        period = self.shown.period if self.shown else None
        if period is None or not period.agents:
            self.show_state(self.no_people_state)
        elif not period.indicators:
            self.show_state(self.empty_state)
        else:
            self.show_state(self.numbers_view)
            self._select(employee_id)

    def _team_picked(self, team: str | None) -> None:
        self.team, self.team_chosen = team, True
        self.reload()

    # the team's table -----------------------------------------------------------

    def sort_by(self, key: str) -> None:
        """Best first by the indicator's direction; agents without it last."""
        column = self.model.column_of(key)
        if column is None:
            return
        self.sort_key = key
        self.cards.choose(key)
        record = self.model.indicator_at(column)
        best_first = Qt.SortOrder.DescendingOrder if record.direction == HIGHER else Qt.SortOrder.AscendingOrder
        self.table.sortByColumn(column, best_first)

    def current_agent(self) -> AgentFigures | None:
        return self.model.record_at(self.proxy.mapToSource(self.table.currentIndex()).row())

    def _select(self, employee_id: int | None) -> None:
        row = next((i for i, agent in enumerate(self.model.rows) if agent.employee_id == employee_id), None)
        if row is None:
            self.table.selectRow(0)
        else:
            self.table.selectRow(self.proxy.mapFromSource(self.model.index(row, 0)).row())

    def open_selected(self) -> None:
        agent = self.current_agent()
        if agent is not None:
            self.open_employee(agent.employee_id)

    def open_employee(self, employee_id: int) -> None:
        """The agent's months up to the page's month, and that month's days."""
        self.person_id = employee_id
        self.read(indicators_data.person, self.database, employee_id, self.month, then=self._show_person)

    def _show_person(self, periods: tuple[AgentPeriods, AgentPeriods]) -> None:
        months, days = periods
        if months.employee_id != self.person_id:
            return  # the user has moved on to someone else, or back to the team
        self.person_view.show_person(months, days, self.shown.trend, self.sort_key)
        self.show_state(self.person_view)
        self.person_shown.emit()

    def show_team(self) -> None:
        """Back from an agent: the team as last read (each write reloads it)."""
        self.person_id = None
        selected = self.current_agent()
        self._show_team_state(selected.employee_id if selected else None)
        self.table.setFocus()

    # importing, targets, the weekly report ------------------------------------------

    def import_numbers(self) -> None:
        path = choose_workbook(self, self.tr("Choose the exports to import"))
        if path:
            self.import_files([path])

    def import_files(self, paths: list[str]) -> bool:
        from ui.dialogs.indicator_import_dialog import IndicatorImportDialog

        for path in paths:
            report = IndicatorImportDialog.ask(self, self.database, path, self.month)
            if report is not None:
                self.status_message.emit(report.summary())
        return True

    def edit_targets(self) -> None:
        from ui.dialogs.targets_dialog import TargetsDialog

        if TargetsDialog.ask(self, self.database, self.team, self.month) is not None:
            self.status_message.emit(self.tr("Targets saved."))

    def import_targets(self) -> None:
        from ui.dialogs.target_import_dialog import TargetImportDialog

        path = choose_workbook(self, self.tr("Choose the sheet of targets"))
        if path:
            me = self.viewer.me if self.viewer else None
            report = TargetImportDialog.ask(self, self.database, path, self.month, me)
            if report is not None:
                self.status_message.emit(report.summary())

    def weekly_week(self) -> str:
        """The week shown, or the last one of the month shown."""
        return self.period if self.weekly and self.period else indicators_data.week_in(self.month, self.today)

    def export_weekly(self) -> None:
        from workbench.export.weekly import suggested_name

        if self.team is None:
            return
        week = self.weekly_week()
        path = ask_workbook_path(self, self.tr("Save the weekly report"), suggested_name(self.team, week))
        if path is None:
            return
        self.status_message.emit(self.tr("Writing %1…").replace("%1", path.name))
        self.read(
            _weekly_report,
            self.database,
            week,
            self.team,
            path,
            self.sort_key,  # ranked as the table is sorted
            then=lambda _week: self._weekly_saved(path),
        )

    def _weekly_saved(self, path: Path) -> None:
        self.status_message.emit(self.tr("Weekly report saved: %1").replace("%1", str(path)))
        workbook_written(path)
