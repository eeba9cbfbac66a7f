"""调研: the engagement-survey rounds of my team (a manager picks a team or the whole
center), and for the chosen round the responses against the headcount, each item's
average, spread and change since the last round, and for the six drivers the priority
matrix with a sentence on what to improve first."""

from __future__ import annotations

from datetime import date
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ui.dialogs.sheet_import_dialog import choose_workbook
from ui.models.survey_models import ItemResultsModel, RoundsModel, change_text
from ui.pages import surveys_data
from ui.pages.page import Page
from ui.widgets.empty_state import EmptyState
from ui.widgets.labels import wrapped_label
from ui.widgets.record_table import record_table
from ui.widgets.score_spread import DistributionDelegate
from ui.widgets.survey_matrix import PriorityMatrixChart

if TYPE_CHECKING:
    from workbench.found import FoundRecord
    from workbench.survey_results import RoundResults
    from workbench.surveys import RoundRecord, TemplateRecord, Viewer

WHOLE_CENTER = -1  # the team selector's entry for every team (None would read as "no data")


class SurveysPage(Page):
    """Sidebar page 调研."""

    results_shown = Signal()

    def __init__(self, parent=None):
        super().__init__(self.tr("Surveys"), parent)
        self.viewer: Viewer | None = None
        self.team_id: int | None = None
        self.team_chosen = False  # a manager picked the team (else: the viewer's own scope)
        self.round_id: int | None = None
        self.results: RoundResults | None = None
        self.today = date.today()

        self.team = QComboBox()
        self.team.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.team.setToolTip(self.tr("Whose results: a team or the whole center"))
        self.team.activated.connect(lambda _index: self._team_picked())
        self.team_label = QLabel()
        self.new_button = QPushButton(self.tr("New round…"))
        self.new_button.setObjectName("primaryButton")
        self.new_button.setToolTip(self.tr("Start a Q12 or six-driver survey round (Ctrl+N)"))
        self.new_button.setShortcut(QKeySequence.StandardKey.New)
        self.new_button.clicked.connect(self.new_round)
        self.enter_button = QPushButton(self.tr("Enter responses…"))
        self.enter_button.setToolTip(self.tr("Type in the chosen round's questionnaires, one digit per item"))
        self.enter_button.clicked.connect(self.enter_responses)
        self.more_button = QToolButton()
        self.more_button.setText(self.tr("More"))
        self.more_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        more = QMenu(self.more_button)
        self.import_action = more.addAction(self.tr("Import responses…"), self.import_responses)
        self.template_action = more.addAction(self.tr("Edit questionnaires…"), self.edit_templates)
        self.more_button.setMenu(more)
        self.top.addWidget(self.team)
        self.top.addWidget(self.team_label)
        self.top.addStretch(1)
        for widget in (self.new_button, self.enter_button, self.more_button):
            self.top.addWidget(widget)

        self.rounds_model = RoundsModel(self)
        self.rounds_table = record_table(self.rounds_model, stretch=1)  # the round's name takes the room
        self.rounds_table.selectionModel().currentRowChanged.connect(self._round_picked)
        self.rounds_table.doubleClicked.connect(lambda _index: self.enter_responses())

        self.heading = wrapped_label(style="detailTitle")
        self.figures = wrapped_label(style="countLabel")
        self.hidden_note = wrapped_label(
            self.tr(
                "Fewer than three anonymous responses here: results are not shown, so nobody's answers can be told."
            )
        )
        self.items_model = ItemResultsModel(self)
        self.items_table = record_table(self.items_model, stretch=ItemResultsModel.TEXT)
        self.items_table.setItemDelegateForColumn(ItemResultsModel.SPREAD, DistributionDelegate(self.items_table))
        self.items_table.horizontalHeader().setSectionResizeMode(ItemResultsModel.SPREAD, QHeaderView.ResizeMode.Fixed)
        self.items_table.horizontalHeader().resizeSection(ItemResultsModel.SPREAD, 120)
        self.matrix = PriorityMatrixChart()
        self.advice = wrapped_label(style="summaryLabel")
        self.advice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.matrix_area = QWidget()
        matrix_layout = QVBoxLayout(self.matrix_area)
        matrix_layout.setContentsMargins(0, 0, 0, 0)
        matrix_layout.addWidget(self.advice)
        matrix_layout.addWidget(self.matrix, 1)
        results = QWidget()
        results_layout = QVBoxLayout(results)
        results_layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.heading, self.figures, self.hidden_note):
            results_layout.addWidget(widget)
        results_layout.addWidget(self.items_table, 2)
        results_layout.addWidget(self.matrix_area, 3)
        # The six drivers' rows and the matrix are taller than a 1280×720 screen leaves: they scroll.
        results_scroll = QScrollArea()
        results_scroll.setWidgetResizable(True)
        results_scroll.setFrameShape(QFrame.Shape.NoFrame)
        results_scroll.setWidget(results)
        self.splitter = QSplitter()
        self.splitter.addWidget(self.rounds_table)
        self.splitter.addWidget(results_scroll)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([500, 800])

        self.empty_state = EmptyState(
            self.tr("No survey rounds yet"),
            self.tr(
                "Run a Q12 engagement survey or a six-driver satisfaction survey each half-year: "
                "start a round, then type in or import the answers."
            ),
        )
        self.empty_state.add(QPushButton(self.tr("New round…"))).clicked.connect(self.new_round)
        self._enable_round_actions(False)

    # loading -----------------------------------------------------------------

    def set_database(self, database) -> None:
        self.team_id, self.team_chosen, self.round_id = None, False, None  # another database has other teams
        super().set_database(database)

    def loader(self):
        return partial(surveys_data.load, self.database, self.team_id, self.team_chosen, self.round_id)

    def show_data(self, data) -> None:
        viewer, team_id, listed, results = data
        self.viewer, self.team_id = viewer, team_id
        self.team.clear()
        self.team.addItem(self.tr("Whole center"), WHOLE_CENTER)
        for listed_id, name in viewer.teams:
            self.team.addItem(name, listed_id)
        self.team.setCurrentIndex(max(self.team.findData(WHOLE_CENTER if team_id is None else team_id), 0))
        self.team.setVisible(viewer.can_choose)
        self.team_label.setText(self.team.currentText())
        self.team_label.setVisible(not viewer.can_choose)
        self.rounds_model.set_rows(listed)
        # A team's own list needs no team column unless the center's rounds are in it.
        self.rounds_table.setColumnHidden(
            RoundsModel.TEAM, team_id is not None and all(row.team_id is not None for row in listed)
        )
        if not listed:
            self.round_id, self.results = None, None
            self._enable_round_actions(False)
            self.show_state(self.empty_state)
            return
        self.show_state(self.splitter)
        self._show_results(results)
        row = next(index for index, held in enumerate(listed) if held.id == results.round.id)
        self.rounds_table.selectionModel().blockSignals(True)  # the round's results are shown already
        self.rounds_table.selectRow(row)
        self.rounds_table.selectionModel().blockSignals(False)

    def show_hit(self, hit: FoundRecord) -> None:
        self.show_round(hit.record_id)

    def show_round(self, round_id: int) -> None:
        """Open one round (a search hit, say): for a manager, in its own team's view."""
        self.read(surveys_data.round_of, self.database, round_id, then=self._round_located)

    def _round_located(self, held: RoundRecord) -> None:
        if self.viewer is None or self.viewer.can_choose:
            self.team_id, self.team_chosen = held.team_id, True
        self.round_id = held.id
        self.reload()

    def _team_picked(self) -> None:
        picked = self.team.currentData()
        self.team_id, self.team_chosen = (None if picked == WHOLE_CENTER else picked), True
        self.reload()

    def _round_picked(self, current, _previous) -> None:
        held = self.rounds_model.record_at(current.row())
        if held is None or held.id == self.round_id:
            return
        self.round_id = held.id
        self.read(surveys_data.results, self.database, held.id, self.team_id, then=self._picked_results)

    def _picked_results(self, results: RoundResults) -> None:
        if results.round.id == self.round_id:  # else the user has picked another round meanwhile
            self._show_results(results)

    # a round's results -------------------------------------------------------------

    def _show_results(self, results: RoundResults) -> None:
        from workbench.surveys import SIX_DRIVERS, kind_label

        self.results, self.round_id = results, results.round.id
        held = results.round
        self._enable_round_actions(True)
        anonymous = self.tr(" · anonymous") if held.anonymous else ""
        self.heading.setText(
            f"{held.name}  ·  {held.held_on.isoformat()}  ·  {kind_label(held.kind)}  ·  {held.scope_label}{anonymous}"
        )
        self.figures.setText(self._figures_text(results))
        self.hidden_note.setVisible(results.hidden)
        self.items_model.show_items(held.kind, results.items)
        self.items_table.setColumnHidden(ItemResultsModel.IMPORTANCE, held.kind != SIX_DRIVERS)
        # Every driver's row in sight above the chart; Q12's twelve rows take the whole height.
        rows_height = self.items_table.horizontalHeader().height() + 2
        rows_height += sum(self.items_table.rowHeight(row) for row in range(len(results.items)))
        self.items_table.setMinimumHeight(rows_height if held.kind == SIX_DRIVERS else 0)
        self.matrix_area.setVisible(held.kind == SIX_DRIVERS and not results.hidden)
        if held.kind == SIX_DRIVERS:
            self.matrix.show_matrix(results.matrix, results.importance_line, results.satisfaction_line)
            self.advice.setText(results.advice())
        self.results_shown.emit()

    def _figures_text(self, results: RoundResults) -> str:
        parts = [
            self.tr("Responses %1 / %2").replace("%1", str(results.responses)).replace("%2", str(results.headcount))
        ]
        if results.headcount:
            parts[0] += f" ({results.responses / results.headcount:.0%})"
        if results.overall is not None:
            parts.append(self.tr("Average %1").replace("%1", f"{results.overall:.2f}"))
        if results.previous is not None and results.overall is not None and results.previous_overall is not None:
            parts.append(
                self.tr("%1 since %2")
                .replace("%1", change_text(results.overall - results.previous_overall))
                .replace("%2", results.previous.held_on.isoformat())
            )
        return "  ·  ".join(parts)

    def _enable_round_actions(self, enabled: bool) -> None:
        self.enter_button.setEnabled(enabled)
        self.import_action.setEnabled(enabled)

    def current_round(self) -> RoundRecord | None:
        return self.results.round if self.results is not None else None

    # actions (each saves through the write path; the page reloads on what it announces) ---------

    def new_round(self) -> None:
        from ui.dialogs.survey_round_dialog import SurveyRoundDialog
        from workbench import surveys

        if self.viewer is None:
            return
        database, today = self.database, self.today
        held = SurveyRoundDialog.ask(
            self,
            self.viewer.teams,
            self.team_id,
            self.viewer.can_choose,
            today,
            save=lambda kind, name, day, team_id, anonymous: surveys.create_round(
                database, kind, name, day, team_id, anonymous, today=today
            ),
        )
        if held is not None:
            self.round_id = held.id  # shown once the page has reloaded
            self.status_message.emit(self.tr("Round “%1” started.").replace("%1", held.name))

    def enter_responses(self) -> None:
        held = self.current_round()
        if held is not None:
            self.read(surveys_data.response_setup, self.database, held, self.team_id,
                      then=lambda setup: self._enter_responses(held, *setup))  # fmt: skip

    def _enter_responses(self, held: RoundRecord, template: TemplateRecord, people) -> None:
        from ui.dialogs.survey_response_dialog import SurveyResponseDialog
        from workbench import surveys

        database = self.database
        saved = SurveyResponseDialog.ask(
            self,
            held,
            template,
            people,
            self.viewer.teams,
            save=lambda answers, employee_id, team_id: surveys.save_response(
                database, held.id, answers, employee_id=employee_id, team_id=team_id
            ),
        )
        if saved:
            self.status_message.emit(self.tr("%n response(s) saved.", "", saved))

    def import_responses(self) -> None:
        from ui.dialogs.survey_import_dialog import SurveyImportDialog

        held = self.current_round()
        if held is None:
            return
        path = choose_workbook(self, self.tr("Choose the responses workbook"))
        if path:
            report = SurveyImportDialog.ask(self, self.database, path, held)
            if report is not None:
                self.status_message.emit(report.summary())

    def edit_templates(self) -> None:
        self.read(surveys_data.templates, self.database, then=self._edit_templates)

    def _edit_templates(self, templates: dict[str, TemplateRecord]) -> None:
        from ui.dialogs.survey_template_dialog import SurveyTemplateDialog
        from workbench import surveys

        database = self.database
        if SurveyTemplateDialog.ask(self, templates, save=lambda changes: surveys.save_wordings(database, changes)):
            self.status_message.emit(self.tr("Questionnaire saved."))
