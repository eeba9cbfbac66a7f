"""质检: the calls a leader listened to (听音记录), counted toward the three ones' ten calls,
and the calibration sessions (质量校准会): each session's calls × evaluators score matrix
with the spread per call, each evaluator's deviation from the agreed score, the agreed
scores and minutes, and the evaluators' deviation over sessions (is the spread narrowing?)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ui.models.checklist_model import DONE_COLOR, OVERDUE_COLOR
from ui.models.quality_models import ListenedCallsModel, SessionsModel, number
from ui.pages import quality_data
from ui.pages.page import Page
from ui.undo import SavedChange
from ui.widgets.calibration_session import SessionPanel
from ui.widgets.deviation_chart import DeviationChart
from ui.widgets.empty_state import EmptyState
from ui.widgets.record_table import record_table, replace_rows
from workbench.errors import UserError
from workbench.suggestions import quarter_label, quarter_of, shift_quarter
from workbench.texts import t, value_label
from workbench.three_ones import MIN_COMPLAINT_CALLS, TARGET_CALLS

if TYPE_CHECKING:
    from ui.dialogs.calibration_session_dialog import NewSession
    from ui.pages.quality_data import PageData
    from workbench.calibration import SessionView
    from workbench.listening import ListenedCallRecord

QUARTERS_OFFERED = 20
LISTENING_TABLES = frozenset({"listened_calls"})
SESSION_TABLES = frozenset(
    {"calibration_sessions", "calibration_calls", "calibration_evaluators", "calibration_scores"}
)


class QualityPage(Page):
    """Sidebar page 质检."""

    def __init__(self, parent=None):
        super().__init__(self.tr("Quality"), parent)
        self.today = date.today()
        self.quarter = quarter_of(self.today)
        self.person_id: int | None = None
        self.session_id: int | None = None
        self.data: PageData | None = None
        self.undo_stack = QUndoStack(self)

        self.person = QComboBox()
        self.person.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.person.setToolTip(self.tr("Whose listening log"))
        self.person.activated.connect(lambda _index: self._person_chosen())
        self.quarter_picker = QComboBox()
        self.quarter_picker.setToolTip(self.tr("The quarter, this one or an earlier one"))
        self.quarter_picker.activated.connect(lambda _index: self._quarter_chosen())
        self.log_button = QPushButton(self.tr("Log a call…"))
        self.log_button.setObjectName("primaryButton")
        self.log_button.setToolTip(self.tr("Log a call you listened to (Ctrl+N)"))
        self.log_button.clicked.connect(self.log_call)
        QShortcut(QKeySequence.StandardKey.New, self, activated=self.log_call)
        self.top.addWidget(self.person)
        self.top.addWidget(self.quarter_picker)
        self.top.addStretch(1)
        self.top.addWidget(self.log_button)

        # the listening log ------------------------------------------------------
        self.count = QLabel()
        self.count.setObjectName("countLabel")
        self.calls_model = ListenedCallsModel(self)
        self.calls_table = record_table(self.calls_model, stretch=6)
        self.calls_table.setToolTip(self.tr("Double-click or Enter: change this call; Delete: remove it"))
        self.calls_table.doubleClicked.connect(lambda index: self.edit_call(index.row()))
        QShortcut(
            QKeySequence(Qt.Key.Key_Return),
            self.calls_table,
            lambda: self.edit_call(self.calls_table.currentIndex().row()),
            context=Qt.ShortcutContext.WidgetShortcut,
        )
        QShortcut(
            QKeySequence.StandardKey.Delete,
            self.calls_table,
            lambda: self.remove_call(self.calls_table.currentIndex().row()),
            context=Qt.ShortcutContext.WidgetShortcut,
        )
        self.no_calls = EmptyState(
            self.tr("No calls logged this quarter"),
            self.tr(
                "Log each call you listen to: whose it was, its kind, the points it lost and your advice. "
                "The three ones count their ten calls from here."
            ),
        )
        self.no_calls.add(QPushButton(self.tr("Log the first call…"))).clicked.connect(self.log_call)
        self.calls_area = QStackedWidget()
        self.calls_area.addWidget(self.calls_table)
        self.calls_area.addWidget(self.no_calls)
        listening_tab = QWidget()
        listening_layout = QVBoxLayout(listening_tab)
        listening_layout.addWidget(self.count)
        listening_layout.addWidget(self.calls_area, 1)

        # calibration sessions ----------------------------------------------------
        self.sessions_model = SessionsModel(self)
        self.sessions_table = record_table(self.sessions_model, stretch=1)
        self.sessions_table.selectionModel().currentRowChanged.connect(lambda current, _old: self._session_chosen())
        self.new_session_button = QPushButton(self.tr("New session…"))
        self.new_session_button.setToolTip(self.tr("A new calibration session, from a score sheet or typed here"))
        self.new_session_button.clicked.connect(self.new_session)
        self.remove_session_button = QPushButton(self.tr("Delete session"))
        self.remove_session_button.clicked.connect(self.remove_session)
        session_buttons = QHBoxLayout()
        session_buttons.addWidget(self.new_session_button)
        session_buttons.addWidget(self.remove_session_button)
        session_buttons.addStretch(1)
        self.narrowing = QLabel()
        self.narrowing.setObjectName("countLabel")
        self.narrowing.setWordWrap(True)
        self.chart = DeviationChart()
        self.chart.setToolTip(self.tr("Each evaluator's mean distance from the agreed score, session by session"))
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(session_buttons)
        left_layout.addWidget(self.sessions_table, 2)
        left_layout.addWidget(QLabel(self.tr("Deviation from the agreed score over sessions")))
        left_layout.addWidget(self.chart, 2)
        left_layout.addWidget(self.narrowing)

        self.session_panel = SessionPanel()
        self.session_panel.save_clicked.connect(self.save_session)
        self.no_session = EmptyState(
            self.tr("No calibration sessions yet"),
            self.tr(
                "Once a month QA staff, leaders and agents score the same calls, agree on the right score and note "
                "the standards clarified. Import the score sheet or type the scores here."
            ),
        )
        self.no_session.add(QPushButton(self.tr("New session…"))).clicked.connect(self.new_session)
        self.session_area = QStackedWidget()
        self.session_area.addWidget(self.session_panel)
        self.session_area.addWidget(self.no_session)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.session_area)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        self.calibration_tab = splitter

        self.tabs = QTabWidget()
        self.tabs.addTab(listening_tab, self.tr("Listening log"))
        self.tabs.addTab(self.calibration_tab, self.tr("Calibration"))
        self.choose_state = EmptyState(
            self.tr("Whose listening log is this?"),
            self.tr("Pick yourself on the 工作清单 page first, or import a roster with team leaders."),
        )
        self._fill_quarters()

    # loading -------------------------------------------------------------------

    def loader(self):
        return partial(quality_data.load_page, self.database, self.person_id, self.quarter)

    def show_data(self, data: PageData) -> None:
        self.data = data
        self.person_id = data.person_id
        self.person.clear()
        for person in data.leaders:
            self.person.addItem(
                t("person.with_role", name=person.name, role=value_label("role", person.role)), person.id
            )
        self.person.setCurrentIndex(max(self.person.findData(data.person_id), 0))
        self.log_button.setEnabled(data.person_id is not None)
        self.show_state(self.tabs)
        self._show_calls(data)
        self._show_sessions(data)

    def _show_calls(self, data: PageData) -> None:
        calls, complaints = data.counts
        done = calls >= TARGET_CALLS and complaints >= MIN_COMPLAINT_CALLS
        self.count.setText(
            self.tr("%1: %2 calls listened to, %3 of them complaints. Toward the three ones: %2/%4%5")
            .replace("%1", quarter_label(self.quarter))
            .replace("%2", str(calls))
            .replace("%3", str(complaints))
            .replace("%4", str(TARGET_CALLS))
            .replace("%5", self.tr(" ✓") if done else self.tr(" (at least one complaint recording)"))
        )
        self.count.setStyleSheet(f"color: {(DONE_COLOR if done else OVERDUE_COLOR).name()};" if calls else "")
        replace_rows(self.calls_table, data.calls, key=lambda call: call.id)
        self.calls_area.setCurrentWidget(self.calls_table if data.calls else self.no_calls)

    def _show_sessions(self, data: PageData) -> None:
        newest_first = list(reversed(data.sessions))
        self.sessions_model.set_rows(newest_first)
        ids = [view.id for view in newest_first]
        if self.session_id not in ids:
            self.session_id = ids[0] if ids else None
        if self.session_id is not None:
            self.sessions_table.selectRow(ids.index(self.session_id))
        self.remove_session_button.setEnabled(self.session_id is not None)
        self._show_session(self.current_session())
        trend = data.trend
        self.chart.show_trend(trend, self.tr("Mean of all evaluators"))
        spreads = [spread for spread in trend.mean_spread if spread is not None]
        if trend.narrowing is None:
            self.narrowing.setText(self.tr("The trend shows from the second session on."))
            self.narrowing.setStyleSheet("")
        else:
            self.narrowing.setText(
                (self.tr("The spread is narrowing: %1 → %2 points per call") if trend.narrowing
                 else self.tr("The spread is not narrowing: %1 → %2 points per call"))
                .replace("%1", number(spreads[0])).replace("%2", number(spreads[-1]))
            )  # fmt: skip
            color = DONE_COLOR if trend.narrowing else OVERDUE_COLOR
            self.narrowing.setStyleSheet(f"color: {color.name()};")

    def _show_session(self, view: SessionView | None) -> None:
        if view is None:
            self.session_area.setCurrentWidget(self.no_session)
            return
        self.session_area.setCurrentWidget(self.session_panel)
        self.session_panel.show_session(view)

    def current_session(self) -> SessionView | None:
        if self.data is None:
            return None
        return next((view for view in self.data.sessions if view.id == self.session_id), None)

    def _session_chosen(self) -> None:
        view = self.sessions_model.record_at(self.sessions_table.currentIndex().row())
        if view is not None and view.id != self.session_id:
            self.session_id = view.id
            self._show_session(view)

    # the listening log ---------------------------------------------------------------

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
        self.quarter = quarter
        self._fill_quarters()
        self.reload()

    def _quarter_chosen(self) -> None:
        if self.quarter_picker.currentData() != self.quarter:
            self.show_quarter(self.quarter_picker.currentData())

    def _person_chosen(self) -> None:
        chosen = self.person.currentData()
        if chosen != self.person_id:
            self.person_id = chosen
            self.reload()

    def log_call(self) -> None:
        if self.data is None or self.person_id is None:
            return
        from workbench.listening import ListenedCallRecord

        day = min(self.today, quarter_period_end(self.quarter))
        self._open_call_dialog(ListenedCallRecord(leader_id=self.person_id, agent_id=0, listened_on=day))

    def edit_call(self, row: int) -> None:
        record = self.calls_model.record_at(row)
        if record is not None:
            self._open_call_dialog(record)

    def _open_call_dialog(self, record: ListenedCallRecord) -> None:
        from ui.dialogs.listened_call_dialog import ListenedCallDialog
        from workbench import listening

        database, today = self.database, self.today
        saved = ListenedCallDialog.ask(
            self,
            self.data.people,
            record,
            save=lambda edited: listening.save_listened_call(database, edited, today),
            today=today,
        )
        if saved is not None:
            self.status_message.emit(
                self.tr("Call of %1 on %2 saved.").replace("%1", saved.agent_name).replace("%2", str(saved.listened_on))
            )

    def remove_call(self, row: int) -> None:
        record = self.calls_model.record_at(row)
        if record is None:
            return
        from workbench import listening

        database, current = self.database, {"id": record.id}

        def put_back():
            again = listening.save_listened_call(database, replace(record, id=None, version=None), record.listened_on)
            current["id"] = again.id

        def remove():
            listening.delete_listened_call(database, current["id"])

        def removed(_result) -> None:
            self.undo_stack.push(
                SavedChange(
                    self,
                    self.tr("Remove the call of %1").replace("%1", record.agent_name),
                    remove,
                    put_back,
                    LISTENING_TABLES,
                )
            )
            self.status_message.emit(self.tr("Call removed. Ctrl+Z puts it back."))

        self.write(remove, tables=LISTENING_TABLES, then=removed)

    # calibration sessions -----------------------------------------------------------

    def new_session(self) -> None:
        if self.data is None:
            return
        from ui.dialogs.calibration_session_dialog import CalibrationSessionDialog

        database, today = self.database, self.today
        organizer = self.data.me or self.person_id
        if organizer is None:
            QMessageBox.information(self, self.tr("Quality"), self.choose_state.text.text())
            return
        saved = CalibrationSessionDialog.ask(
            self, self.data.people, save=lambda new: _create_session(database, new, organizer, today), today=today
        )
        if saved is not None:
            self.session_id = saved.id
            self.tabs.setCurrentWidget(self.calibration_tab)
            self.status_message.emit(self.tr("Session “%1” saved.").replace("%1", saved.title))

    def save_session(self) -> None:
        if self.current_session() is None:
            return
        from workbench import calibration

        try:
            data = self.session_panel.edited(self.current_session())
        except UserError as error:
            self.session_panel.say_error(str(error))
            return
        self.session_panel.error.hide()
        self.write(
            calibration.save_session, self.database, data, self.today,
            tables=SESSION_TABLES, said=self.tr("Session saved."),
        )  # fmt: skip

    def remove_session(self) -> None:
        view = self.current_session()
        if view is None:
            return
        from workbench import calibration

        answer = QMessageBox.question(
            self,
            self.tr("Delete session"),
            self.tr("Delete the session “%1” of %2 with all its scores?")
            .replace("%1", view.title)
            .replace("%2", view.held_on.isoformat()),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        database, data = self.database, view.as_input()
        current = {"id": view.id}

        def put_back():
            current["id"] = calibration.save_session(database, replace(data, id=None, version=None), view.held_on).id

        def remove():
            calibration.delete_session(database, current["id"])

        def removed(_result) -> None:
            self.undo_stack.push(
                SavedChange(self, self.tr("Delete session “%1”").replace("%1", view.title), remove, put_back,
                            SESSION_TABLES)
            )  # fmt: skip
            self.status_message.emit(self.tr("Session deleted. Ctrl+Z puts it back."))

        self.write(remove, tables=SESSION_TABLES, then=removed)


def quarter_period_end(quarter: str) -> date:
    from workbench.suggestions import quarter_period

    return quarter_period(quarter).end


def _create_session(database, new: NewSession, organizer_id: int, today: date):
    """A new session from the dialog: its score sheet imported, or its evaluators and calls."""
    from workbench import calibration
    from workbench.importing.calibration import import_session

    if new.sheet:
        return import_session(database, new.sheet, new.held_on, organizer_id, new.title, today=today)
    data = calibration.SessionInput(
        held_on=new.held_on,
        organizer_id=organizer_id,
        title=new.title,
        calls=tuple(calibration.CallInput(ref) for ref in new.calls),
        evaluators=new.evaluators,
    )
    return calibration.save_session(database, data, today=today)
