"""关怀与表彰: for a team (managers: any team or the whole center) and a month, the
birthdays and work anniversaries coming up, the month's recognitions and festival
activities, and each person's three accounts (压力、成长、情感账户)."""

from __future__ import annotations

from datetime import date
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ui.models.care_models import DatesModel, EventsModel
from ui.pages import care_data
from ui.pages.page import Page
from ui.undo import bin_action, remove_with_undo
from ui.widgets.care_accounts import SIGNS, AccountsPanel
from ui.widgets.empty_state import EmptyState
from ui.widgets.labels import wrapped_label
from ui.widgets.page_search import PageSearch
from ui.widgets.record_table import record_table, replace_rows
from workbench.care import KINDS_SHOWN, account_label, kind_label
from workbench.periods import month_of, shift_month

if TYPE_CHECKING:
    from workbench.care import AccountLog, CareEventRecord, Person
    from workbench.found import FoundRecord

WHOLE_CENTER = ""  # the team picker's entry for every team


class CarePage(Page):
    """Sidebar page 关怀与表彰."""

    person_shown = Signal()
    searched = Signal()

    def __init__(self, parent=None):
        super().__init__(self.tr("Care"), parent)
        self.today = date.today()
        self.month = month_of(self.today)
        self.team: str | None = None
        self.team_chosen = False  # until a manager picks a team the page shows their own scope
        self.view: care_data.CareMonth | None = None
        self._wanted_person: int | None = None  # asked for before the page had them listed

        self.team_picker = QComboBox()
        self.team_picker.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.team_picker.setToolTip(self.tr("Whose month: a team, or the whole center"))
        self.team_picker.activated.connect(lambda _index: self._team_picked())
        self.search = PageSearch(
            self,
            self.tr("Search praise, activities and accounts…"),
            self.tr("Search titles, details and account entries (Ctrl+F)"),
        )
        self.search.wanted.connect(self._run_search)
        self.search.chosen.connect(self._result_chosen)
        self.previous_button = QToolButton()
        self.previous_button.setText("◀")
        self.previous_button.setToolTip(self.tr("Previous month (Alt+Left)"))
        self.previous_button.clicked.connect(lambda: self.show_month(shift_month(self.month, -1)))
        self.month_label = QLabel()
        self.next_button = QToolButton()
        self.next_button.setText("▶")
        self.next_button.setToolTip(self.tr("Next month (Alt+Right)"))
        self.next_button.clicked.connect(lambda: self.show_month(shift_month(self.month, 1)))
        QShortcut(QKeySequence("Alt+Left"), self, activated=self.previous_button.click)
        QShortcut(QKeySequence("Alt+Right"), self, activated=self.next_button.click)
        self.record_button = QPushButton(self.tr("Record care…"))
        self.record_button.setObjectName("primaryButton")
        self.record_button.setToolTip(self.tr("Record a praise, a service star or a festival activity (Ctrl+N)"))
        self.record_button.clicked.connect(self.record_event)
        QShortcut(QKeySequence.StandardKey.New, self, activated=self.record_event)
        self.top.addWidget(self.team_picker)
        self.top.addWidget(self.search.box, 1)
        for widget in (self.previous_button, self.month_label, self.next_button, self.record_button):
            self.top.addWidget(widget)

        self.dates_label = QLabel()
        self.dates_label.setObjectName("detailTitle")
        self.dates_model = DatesModel(self)
        self.dates_table = record_table(self.dates_model)
        self.dates_empty = wrapped_label(self.tr("No birthdays or work anniversaries this month."), "countLabel")
        self.dates_area = QStackedWidget()
        self.dates_area.addWidget(self.dates_table)
        self.dates_area.addWidget(self.dates_empty)
        self.events_label = QLabel(self.tr("Recognition and activities"))
        self.events_label.setObjectName("detailTitle")
        self.summary = wrapped_label(style="countLabel")  # the counts wrap rather than widen the window
        self.events_model = EventsModel(self)
        self.events_table = record_table(self.events_model)
        self.events_empty = EmptyState(
            self.tr("Nothing recorded this month yet"),
            self.tr("Customer praise, the month's service star and festival activities are kept here for the review."),
        )
        self.events_empty.add(QPushButton(self.tr("Record the first one…"))).clicked.connect(self.record_event)
        self.events_area = QStackedWidget()
        self.events_area.addWidget(self.events_table)
        self.events_area.addWidget(self.events_empty)
        for table in (self.dates_table, self.events_table):
            table.doubleClicked.connect(self._open_row)
            QShortcut(
                QKeySequence(Qt.Key.Key_Return),
                table,
                lambda view=table: self._open_row(view.currentIndex()),
                context=Qt.ShortcutContext.WidgetShortcut,
            )
        month_area = QWidget()
        month_layout = QVBoxLayout(month_area)
        month_layout.setContentsMargins(0, 0, 0, 0)
        month_layout.addWidget(self.dates_label)
        month_layout.addWidget(self.dates_area, 2)
        month_layout.addWidget(self.events_label)
        month_layout.addWidget(self.summary)
        month_layout.addWidget(self.events_area, 3)

        self.left = QStackedWidget()
        self.left.addWidget(month_area)
        self.left.addWidget(self.search)

        self.accounts = AccountsPanel()
        self.accounts.person_chosen.connect(self._load_person)
        self.accounts.add_requested.connect(self.add_entry)
        self.accounts.remove_requested.connect(self.remove_entry)
        bin_action(self.events_table, self.tr("Move to the bin"), self._remove_current_event)
        self.undo_stack = QUndoStack(self)
        self.splitter = QSplitter()
        self.splitter.addWidget(self.left)
        self.splitter.addWidget(self.accounts)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setCollapsible(1, False)
        self.splitter.setSizes([720, 620])

        self.no_roster = EmptyState(
            self.tr("Care starts from the roster"),
            self.tr(
                "Import the roster with birthdays and hire dates: this page then shows who has a birthday or a "
                "work anniversary, the team's praise and festivals, and what you did for each person."
            ),
        )
        self.no_roster.add(QPushButton(self.tr("Go to the roster…"))).clicked.connect(lambda: self.go_to.emit("roster"))

    # loading -------------------------------------------------------------------------

    def set_database(self, database) -> None:
        self.team, self.team_chosen = None, False  # another database has other teams
        super().set_database(database)

    def show_month(self, month: str) -> None:
        self.month = month
        self.reload()

    def loader(self):
        return partial(care_data.load, self.database, self.team, self.team_chosen, self.month)

    def show_data(self, view: care_data.CareMonth) -> None:
        self.view, self.team = view, view.team
        self.team_picker.clear()
        if view.can_choose_team:
            self.team_picker.addItem(self.tr("Whole center"), WHOLE_CENTER)
        for name in view.teams if view.can_choose_team else [view.team]:
            self.team_picker.addItem(name, name)
        self.team_picker.setCurrentIndex(max(self.team_picker.findData(view.team or WHOLE_CENTER), 0))
        self.team_picker.setEnabled(view.can_choose_team)
        year, number = self.month.split("-")
        self.month_label.setText(self.tr("%1-%2").replace("%1", year).replace("%2", number))
        if not view.teams and not view.people:
            self.show_state(self.no_roster)
            return
        self.dates_model.today = self.today
        replace_rows(self.dates_table, view.dates, lambda found: (found.employee_id, found.kind))
        self.dates_table.setColumnHidden(DatesModel.TEAM, view.team is not None)
        self.dates_label.setText(self.tr("Birthdays and work anniversaries (%n)", "", len(view.dates)))
        self.dates_area.setCurrentWidget(self.dates_table if view.dates else self.dates_empty)
        replace_rows(self.events_table, view.events, lambda event: event.id)
        self.events_area.setCurrentWidget(self.events_table if view.events else self.events_empty)
        self.summary.setText(self._summary(view))
        self.accounts.set_people(view.people)  # the person chosen stays, their accounts read again
        self.show_state(self.splitter)
        if self._wanted_person is not None:
            wanted, self._wanted_person = self._wanted_person, None
            self.show_employee(wanted)

    def _summary(self, view: care_data.CareMonth) -> str:
        events = [f"{kind_label(kind)} {sum(e.kind == kind for e in view.events)}" for kind in KINDS_SHOWN]
        accounts = [
            f"{account_label(account)} {SIGNS[account]}{count}" for account, count in view.account_counts.items()
        ]
        return "  ·  ".join(events) + "    " + self.tr("Accounts this month:") + " " + "  ".join(accounts)

    def _team_picked(self) -> None:
        self.team = self.team_picker.currentData() or None
        self.team_chosen = True
        self.reload()

    # people and their accounts ---------------------------------------------------------

    def show_hit(self, hit: FoundRecord) -> None:
        """An event for a whole team has no person: its month."""
        if hit.employee_id is not None:
            self.show_employee(hit.employee_id)
        else:
            self.show_month(hit.day.strftime("%Y-%m"))

    def show_employee(self, employee_id: int) -> None:
        """Choose the person in the three accounts: from a search hit or another page.
        Someone outside the team shown is found in the whole center, for those who may look."""
        if self.view is None:
            self._wanted_person = employee_id  # chosen once the page has loaded
            return
        if self.accounts.select(employee_id):
            return
        if self.view.can_choose_team and self.team is not None:
            self._wanted_person, self.team, self.team_chosen = employee_id, None, True
            self.reload()
        else:
            self.status_message.emit(self.tr("That person is not in the team shown."))

    def _open_row(self, index: QModelIndex) -> None:
        """The person of a birthday's or an event's row, in the three accounts."""
        record = index.model().record_at(index.row()) if index.isValid() else None
        if record is not None and record.employee_id is not None:
            self.show_employee(record.employee_id)
            self.accounts.list.setFocus()

    def _me(self) -> int | None:
        return self.view.me if self.view else None

    def _load_person(self, employee_id: int) -> None:
        self.read(care_data.person_log, self.database, employee_id, self._me(),
                  then=lambda found: self._show_person(*found))  # fmt: skip

    def _show_person(self, employee_id: int, log: AccountLog) -> None:
        person = self.accounts.current_person()
        if person is None or person.id != employee_id:
            return  # another person was chosen meanwhile
        self.accounts.show_log(person, log)
        self.person_shown.emit()

    # recording (through the write path: the page reloads on what it announces) ----------------

    def record_event(self) -> None:
        from ui.dialogs.care_event_dialog import CareEventDialog
        from workbench import care

        if self.view is None or not self.view.people:
            return
        person = self.accounts.current_person()
        teams = self.view.teams if self.view.can_choose_team else [self.view.team]
        database, today = self.database, self.today
        saved = CareEventDialog.ask(
            self,
            self.view.people,
            [team for team in teams if team],
            save=lambda event: care.save_event(database, event, today=today),
            today=today,
            author_id=self.view.me,
            employee_id=person.id if person else None,
            team=self.team,
        )
        if saved is not None:
            self.status_message.emit(self.tr("Recorded: %1").replace("%1", saved.title))

    def add_entry(self) -> None:
        """The entry dialog for the chosen person, once their talks and events are read."""
        person = self.accounts.current_person()
        if person is None:
            self.status_message.emit(self.tr("Choose a person in the three accounts first."))
            return
        self.read(care_data.entry_sources, self.database, person.id, self._me(),
                  then=lambda sources: self._add_entry(person, *sources))  # fmt: skip

    def _add_entry(self, person: Person, talks, events: list[CareEventRecord]) -> None:
        from ui.dialogs.care_account_dialog import AccountEntryDialog
        from workbench import care

        database, today = self.database, self.today
        saved = AccountEntryDialog.ask(
            self,
            person.id,
            person.name,
            save=lambda entry: care.save_account_entry(database, entry, today=today),
            today=today,
            talks=talks,
            events=events,
            author_id=self._me(),
        )
        if saved is not None:
            self.status_message.emit(self.tr("Added to %1's accounts.").replace("%1", person.name))

    # removing (to the bin, Ctrl+Z puts it back) ----------------------------------------------

    def _remove_current_event(self) -> None:
        event = self.events_model.record_at(self.events_table.currentIndex().row())
        if event is not None:
            self._remove(self.tr("Remove “%1”").replace("%1", event.title), "care_event", event.id)

    def remove_entry(self, entry_id: int) -> None:
        self._remove(self.tr("Remove an account entry"), "account_entry", entry_id)

    def _remove(self, text: str, kind: str, record_id: int) -> None:
        from workbench import trash

        remove = trash.remove_care_event if kind == "care_event" else trash.remove_account_entry
        tables = {"care_events"} if kind == "care_event" else {"account_entries"}
        database = self.database
        remove_with_undo(
            self, self.undo_stack, text, database, lambda: remove(database, record_id), tables,
            then=lambda _entry: self.status_message.emit(self.tr("Moved to the bin. Ctrl+Z puts it back.")),
        )  # fmt: skip

    # searching -------------------------------------------------------------------------------

    def _run_search(self, text: str) -> None:
        if not text or self.database is None:
            self.left.setCurrentIndex(0)
            return
        self.read(care_data.search, self.database, text, self._me(), then=lambda found: self._show_results(*found))

    def _show_results(self, text: str, hits) -> None:
        found = [
            (f"{hit.day.isoformat()}  {f'{hit.employee} · ' if hit.employee else ''}{hit.text}", hit.employee_id)
            for hit in hits
        ]
        if self.search.show_found(text, found, self.tr("%n record(s) found", "", len(hits))):
            self.left.setCurrentWidget(self.search)
            self.searched.emit()

    def _result_chosen(self, employee_id: int | None) -> None:
        if employee_id is not None:  # else an event for a whole team
            self.show_employee(employee_id)
