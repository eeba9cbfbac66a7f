"""谈心谈话: for the liaison and a month, who has had their talk and who is due or
overdue, each person's open follow-ups and timeline, and recording a talk in one dialog."""

from __future__ import annotations

from datetime import date
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ui.dialogs.sheet_import_dialog import choose_workbook
from ui.models.cadence_model import CadenceModel
from ui.pages import talks_data, themes_data
from ui.pages.page import Page
from ui.undo import remove_with_undo
from ui.widgets.empty_state import EmptyState
from ui.widgets.page_search import PageSearch
from ui.widgets.person_panel import PersonPanel
from ui.widgets.record_table import record_table
from ui.widgets.themes_view import ThemesView, period_of
from workbench.liaisons import talk_kind_label
from workbench.periods import month_of, shift_month
from workbench.texts import t, value_label

if TYPE_CHECKING:
    from workbench.cadence import Cadence, CadenceRow
    from workbench.found import FoundRecord

# What a talk, a follow-up moved on or a removal writes.
FOLLOW_UP_TABLES = frozenset({"follow_ups", "follow_up_events"})
TALK_TABLES = FOLLOW_UP_TABLES | {"talks", "talk_themes", "talk_private_notes"}
THEMES_VIEW = 2  # the table area's third view: 话题


class TalksPage(Page):
    """Sidebar page 谈心谈话."""

    searched = Signal()
    person_shown = Signal()  # the panel shows the chosen person's follow-ups and timeline
    themes_shown = Signal()  # the 话题 view shows what it read
    theme_talks_shown = Signal()  # and the talks behind the theme chosen

    def __init__(self, parent=None):
        super().__init__(self.tr("Talks"), parent)
        self.liaison_id: int | None = None
        self._person_wanted: int | None = None  # whose follow-ups and timeline are on their way
        self._follow_up_wanted: int | None = None  # the follow-up to show chosen once they are
        self.today = date.today()
        self.month = month_of(self.today)
        self.cadence: Cadence | None = None
        self.attention: dict = {}  # employee -> AttentionPerson: today's attention list
        self.undo_stack = QUndoStack(self)  # removals: Ctrl+Z puts them back from the bin

        self.person = QComboBox()
        self.person.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.person.setToolTip(self.tr("Whose pairings: pick yourself"))
        self.person.activated.connect(lambda _index: self._liaison_chosen())
        self.previous_button = QToolButton()
        self.previous_button.setText("◀")
        self.previous_button.setToolTip(self.tr("Previous month"))
        self.previous_button.clicked.connect(lambda: self.show_month(shift_month(self.month, -1)))
        self.month_label = QLabel()
        self.next_button = QToolButton()
        self.next_button.setText("▶")
        self.next_button.setToolTip(self.tr("Next month"))
        self.next_button.clicked.connect(lambda: self.show_month(shift_month(self.month, 1)))
        self.search = PageSearch(
            self,
            self.tr("Search your talk records…"),
            self.tr("Search 痛点难点, 工作开展情况, 存在问题 and 指导意见 (Ctrl+F)"),
        )
        self.search.wanted.connect(self._run_search)
        self.search.chosen.connect(lambda person: self.show_person(*person))
        self.record_button = QPushButton(self.tr("Record a talk…"))
        self.record_button.setObjectName("primaryButton")
        self.record_button.setToolTip(self.tr("Record a talk with the selected person (Enter)"))
        self.record_button.clicked.connect(self.record_talk)
        self.sort_button = QToolButton()
        self.sort_button.setText(self.tr("Most in need first"))
        self.sort_button.setCheckable(True)
        self.sort_button.setToolTip(self.tr("Sort by the attention list: who needs you most comes first"))
        self.sort_button.toggled.connect(lambda _on: self._show_rows())
        self.more_button = QToolButton()
        self.more_button.setText(self.tr("More"))
        self.more_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        more = QMenu(self.more_button)
        self.pairings_action = more.addAction(self.tr("Pairings…"), self.edit_pairings)
        self.import_action = more.addAction(self.tr("Import a talk ledger…"), self.import_ledger)
        self.more_button.setMenu(more)
        self.themes_button = QToolButton()  # a tool button: the title row has no room for a wider one
        self.themes_button.setText(self.tr("Themes"))
        self.themes_button.setCheckable(True)
        self.themes_button.setToolTip(self.tr("What the team keeps raising in its talks (Ctrl+T)"))
        self.themes_button.setShortcut(QKeySequence("Ctrl+T"))
        self.themes_button.toggled.connect(self._show_themes)
        self.top.addWidget(self.person)
        self.top.addWidget(self.search.box, 1)
        for widget in (
            self.previous_button, self.month_label, self.next_button, self.themes_button, self.record_button,
            self.more_button,
        ):  # fmt: skip
            self.top.addWidget(widget)

        self.coverage = QLabel()
        self.coverage.setObjectName("countLabel")
        self.replies = QLabel()
        self.replies.setObjectName("errorLabel")
        self.replies.setToolTip(self.tr("Open the oldest unanswered request"))
        self.replies.linkActivated.connect(lambda link: self.show_follow_up(int(link)))
        self.model = CadenceModel(self)
        self.table = record_table(self.model)
        self.table.doubleClicked.connect(lambda _index: self.record_talk())
        # Only while the table has focus: Enter in a dialog opened from here must not open another.
        QShortcut(
            QKeySequence(Qt.Key.Key_Return), self.table, self.record_talk, context=Qt.ShortcutContext.WidgetShortcut
        )
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.panel = PersonPanel()
        self.panel.status_chosen.connect(self._set_status)
        self.panel.remove_follow_up.connect(lambda item_id: self._remove("follow_up", item_id))
        self.panel.remove_talk.connect(lambda talk_id: self._remove("talk", talk_id))
        self.panel.edit_talk.connect(self.edit_talk)
        self.panel.reply_given.connect(self._reply)
        self.panel.hide()
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        coverage_row = QHBoxLayout()  # the sort beside the coverage: the title row has no room left
        coverage_row.addWidget(self.coverage, 1)
        coverage_row.addWidget(self.sort_button)
        left_layout.addLayout(coverage_row)
        left_layout.addWidget(self.replies)
        left_layout.addWidget(self.table, 1)
        self.splitter = QSplitter()
        self.splitter.addWidget(self.panel)

        self.choose_state = EmptyState(self.tr("Whose talks are these?"))
        self.choose_state.text.setText(
            self.tr("Pick yourself on the 工作清单 page first, or import a roster with team leaders.")
        )
        self.choose_state.add(QPushButton(self.tr("Go to the roster…"))).clicked.connect(
            lambda: self.go_to.emit("roster")
        )
        self.table_area = QStackedWidget()
        self.table_area.addWidget(left)
        self.table_area.addWidget(self.search)  # in place of the month while there is a search
        self.themes_view = ThemesView()
        self.themes_view.period_changed.connect(self._load_themes)
        self.themes_view.theme_chosen.connect(self._load_theme_talks)
        self.themes_view.talk_opened.connect(self._open_theme_talk)
        self.themes_team: str | None = None
        self.table_area.addWidget(self.themes_view)  # 话题: in place of the month while chosen
        self.splitter.insertWidget(0, self.table_area)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setCollapsible(1, False)  # the person's panel never shrinks to nothing
        self.splitter.setSizes([800, 380])

    # loading -----------------------------------------------------------------

    def show_month(self, month: str) -> None:
        self.month = month
        self.reload()

    def loader(self):
        return partial(talks_data.load_month, self.database, self.liaison_id, self.month, self.today)

    def show_data(self, data) -> None:
        leaders, liaison_id, cadence, replies, self.attention = data
        self.person.clear()
        for person in leaders:
            self.person.addItem(
                t("person.with_role", name=person.name, role=value_label("role", person.role)), person.id
            )
        if liaison_id is None:
            self.show_state(self.choose_state)
            return
        self.liaison_id, self.cadence = liaison_id, cadence
        self.person.setCurrentIndex(max(self.person.findData(liaison_id), 0))
        year, number = self.month.split("-")
        self.month_label.setText(self.tr("%1-%2").replace("%1", year).replace("%2", number))
        selected = self.current_row()
        self._show_rows(keep=False)
        teams = "  ".join(
            f"{team or '—'} {talked}/{paired}"
            for team, (talked, paired) in sorted(cadence.coverage_by_team().items(), key=lambda kv: kv[0] or "")
        )
        self.coverage.setText(
            self.tr("Talked this month: %1 / %2")
            .replace("%1", str(cadence.talked))
            .replace("%2", str(len(cadence.rows)))
            + (f"  ·  {teams}" if teams else "")
        )
        words = self.tr("%n employee request(s) unanswered after 24 hours", "", len(replies))
        self.replies.setText(f'<a href="{replies[0].id}">{words}</a>' if replies else "")
        self.replies.setVisible(bool(replies))
        self.show_state(self.splitter)
        self._select(selected.employee_id if selected else None)

    def _show_rows(self, keep: bool = True) -> None:
        """The month's rows, by 工号 or, sorted by attention, who needs the user most first."""
        if self.cadence is None:
            return
        selected = self.current_row() if keep else None
        rows = list(self.cadence.rows)
        if self.sort_button.isChecked():
            score = {employee_id: person.score for employee_id, person in self.attention.items()}
            rows.sort(key=lambda row: -score.get(row.employee_id, 0.0))  # stable: 工号 order within
        self.model.set_rows(rows, self.attention)
        if keep:
            self._select(selected.employee_id if selected else None)

    def _select(self, employee_id: int | None) -> None:
        row = next((i for i, r in enumerate(self.model.rows) if r.employee_id == employee_id), 0)
        if self.model.rows:
            self.table.selectRow(row)

    def follow(self, what: str) -> bool:
        """A request to answer, "follow-up/12" (workbench.reminders.REPLY_LINK), a person
        from the attention list, "person/56", or
        "record/34": a talk with that person, asked for on another page, which stays in front."""
        kind, _slash, number = what.partition("/")
        if kind == "person":  # from the attention list: the person's follow-ups and timeline
            employee_id = int(number)
            self.read(talks_data.name_of, self.database, employee_id,
                      then=lambda name: self.show_person(employee_id, name))  # fmt: skip
            return True
        if kind == "record":
            employee_id = int(number)
            self.read(talks_data.name_of, self.database, employee_id,
                      then=lambda name: self.record_talk_with(employee_id, name))  # fmt: skip
            return False
        self.show_follow_up(int(number))
        return True

    def show_hit(self, hit: FoundRecord) -> None:
        self.show_person(hit.employee_id, hit.employee)

    def show_follow_up(self, follow_up_id: int) -> None:
        """The follow-up's person chosen in the month, the follow-up chosen beside it."""
        self.read(talks_data.whose, self.database, follow_up_id,
                  then=lambda whose: self._open_follow_up(follow_up_id, *whose))  # fmt: skip

    def _open_follow_up(self, follow_up_id: int, employee_id: int, name: str) -> None:
        self._follow_up_wanted = follow_up_id
        self.search.box.clear()
        self.table_area.setCurrentIndex(0)
        rows = [row.employee_id for row in self.model.rows]
        if employee_id in rows and self.table.currentIndex().row() != rows.index(employee_id):
            self.table.selectRow(rows.index(employee_id))  # loads their panel
        else:  # chosen already, or not paired in the month shown
            self.show_person(employee_id, name)

    # a person ------------------------------------------------------------------

    def current_row(self) -> CadenceRow | None:
        index = self.table.currentIndex()
        return self.model.rows[index.row()] if index.isValid() and index.row() < len(self.model.rows) else None

    def _current_changed(self, current, _previous) -> None:
        row = self.current_row()
        self._show_panel(row is not None)
        self.record_button.setEnabled(row is not None)
        if row is not None:
            self._load_person(row.employee_id, row.name)

    def _show_panel(self, visible: bool) -> None:
        self.panel.setVisible(visible)
        sizes = self.splitter.sizes()
        if visible and sizes[1] == 0:  # shown for the first time: a hidden widget is given no room
            self.splitter.setSizes([max(sum(sizes) - 380, 400), 380])

    def _liaison_chosen(self) -> None:
        self.liaison_id = self.person.currentData()
        self.reload()

    def record_talk(self) -> None:
        row = self.current_row()
        if row is not None:
            self.record_talk_with(row.employee_id, row.name)

    def _this_months_row(self, employee_id: int) -> CadenceRow | None:
        """The person's row when the month shown is this month: what the talk dialog warns of."""
        if self.month != month_of(self.today):
            return None
        return next((row for row in self.model.rows if row.employee_id == employee_id), None)

    def record_talk_with(self, employee_id: int, name: str) -> None:
        """The talk dialog for anyone, the page's liaison (the user) as the one talking."""
        if self.liaison_id is None:
            self.status_message.emit(self.tr("Pick yourself on the 工作清单 page first."))
            return
        if self.liaison_id == employee_id:
            self.status_message.emit(t("liaison.self_pair"))
            return
        self.read(talks_data.talk_setup, self.database, employee_id,
                  then=lambda setup: self._open_talk_dialog(employee_id, name, self.liaison_id, *setup))  # fmt: skip

    def edit_talk(self, talk_id: int) -> None:
        """The talk dialog on a recorded talk, as stored now: its liaison may change it."""
        self.read(talks_data.talk_to_edit, self.database, talk_id, self.liaison_id, then=self._edit_talk)

    def _edit_talk(self, found) -> None:
        talk, follow_ups, kinds = found
        if talk.liaison_id != self.liaison_id:
            self.status_message.emit(self.tr("Only the one who had the talk can change its record."))
            return
        self._open_talk_dialog(talk.employee_id, self.panel.title.text(), talk.liaison_id, follow_ups, kinds, talk)

    def _open_talk_dialog(self, employee_id: int, name: str, liaison_id: int, follow_ups, kinds, talk=None) -> None:
        from ui.dialogs.talk_dialog import TalkDialog
        from workbench import liaisons
        from workbench.drafts import Drafts

        database = self.database
        saved = TalkDialog.ask(
            self,
            employee_id,
            name,
            liaison_id,
            follow_ups,
            save=lambda record: liaisons.save_talk(database, record),
            drafts=Drafts(database),
            today=self.today,
            kinds=kinds,
            talk=talk,
            person=None if talk is not None else self._this_months_row(employee_id),
        )
        if saved is not None:
            self.status_message.emit(self.tr("Talk with %1 saved.").replace("%1", name))
            if saved.kind == liaisons.PERFORMANCE and saved.id is not None:  # on to the month's card
                self.go_to.emit(f"cards/card/{employee_id}/{saved.talk_date:%Y-%m}/{saved.id}")

    def edit_pairings(self) -> None:
        from ui.dialogs.pairings_dialog import PairingsDialog

        if self.liaison_id is None:
            return
        PairingsDialog(self, self.database, self.liaison_id, self.person.currentText(), self.today).exec()

    def import_ledger(self) -> None:
        path = choose_workbook(self, self.tr("Choose the talk ledger"))
        if path:
            self.import_files([path])

    def import_files(self, paths: list[str]) -> bool:
        from ui.dialogs.talk_import_dialog import TalkImportDialog

        for path in paths:
            report = TalkImportDialog.ask(self, self.database, path)
            if report is not None:
                self.status_message.emit(report.summary())
        return True

    # themes (话题) -------------------------------------------------------------

    def _show_themes(self, shown: bool) -> None:
        if shown:
            self.search.box.clear()
            self.table_area.setCurrentIndex(THEMES_VIEW)
            self._load_themes()
        elif self.table_area.currentIndex() == THEMES_VIEW:
            self.table_area.setCurrentIndex(0)

    def _themes_period(self):
        return period_of(self.themes_view.months(), self.today)

    def _load_themes(self) -> None:
        if self.liaison_id is None:
            return
        self.read(themes_data.load_themes, self.database, self.liaison_id, *self._themes_period(),
                  then=lambda found: self._themes_loaded(*found))  # fmt: skip

    def _themes_loaded(self, team: str | None, report) -> None:
        self.themes_team = team
        self.themes_view.show_report(team, report)
        self.themes_shown.emit()

    def _load_theme_talks(self, theme: str) -> None:
        self.read(themes_data.theme_talks, self.database, self.themes_team, *self._themes_period(), theme,
                  then=lambda found: self._theme_talks_loaded(*found))  # fmt: skip

    def _theme_talks_loaded(self, theme: str, talks) -> None:
        self.themes_view.show_talks(theme, talks)
        self.theme_talks_shown.emit()

    def _open_theme_talk(self, talk) -> None:
        """The talk's person beside the themes (their timeline holds it); one's own talk opens to change."""
        self.show_person(talk.employee_id, talk.employee_name)
        if talk.liaison_id == self.liaison_id:
            self.edit_talk(talk.talk_id)

    # searching -------------------------------------------------------------

    def _run_search(self, text: str) -> None:
        if text:
            self.themes_button.setChecked(False)
        if not text or self.liaison_id is None:
            self.table_area.setCurrentIndex(0)
            self._current_changed(self.table.currentIndex(), None)
            return
        self.read(
            talks_data.search, self.database, text, self.liaison_id, then=lambda found: self._show_results(*found)
        )

    def _show_results(self, text: str, hits) -> None:
        found = [(self._found_words(hit), (hit.talk.employee_id, hit.employee_name)) for hit in hits]
        if self.search.show_found(text, found, self.tr("%n talk record(s) found", "", len(hits))):
            self.table_area.setCurrentIndex(1)
            self.searched.emit()

    @staticmethod
    def _found_words(hit) -> str:
        talk = hit.talk
        said = "；".join(value for value in (talk.pain_points, talk.work_status, talk.problems, talk.guidance) if value)
        return f"{talk.talk_date.isoformat()}  {hit.employee_name} · {talk_kind_label(talk.kind)}：{said}"

    def show_person(self, employee_id: int, name: str) -> None:
        """The person's open follow-ups and timeline beside the month."""
        self._show_panel(True)
        self._load_person(employee_id, name)

    def _load_person(self, employee_id: int, name: str) -> None:
        """In a worker: on a center's server each read is a trip over the network, and
        the arrow keys move through the month faster than that."""
        self._person_wanted = employee_id
        self.read(talks_data.person, self.database, employee_id, self.liaison_id,
                  then=lambda found: self._person_loaded(employee_id, name, *found))  # fmt: skip

    def _person_loaded(self, employee_id: int, name: str, follow_ups, events) -> None:
        if employee_id != self._person_wanted:
            return  # the user has moved on to someone else
        selected = self._follow_up_wanted or getattr(self.panel.current_follow_up(), "id", None)
        self._follow_up_wanted = None
        self.panel.show_person(name, follow_ups, events, selected=selected)
        self.person_shown.emit()

    def reload(self) -> None:
        """The month, and the chosen person's panel beside it (and the themes, when shown)."""
        super().reload()
        if self.table_area.currentIndex() == THEMES_VIEW:
            self._load_themes()
        row = self.current_row()
        if row is not None and self.panel.isVisible():
            self._load_person(row.employee_id, row.name)

    def _remove(self, kind: str, item_id: int) -> None:
        """To the bin, with undo."""
        from workbench import trash

        database = self.database
        if kind == "talk":
            text, remove, tables = self.tr("Remove talk record"), trash.remove_talk, TALK_TABLES
        else:
            text, remove, tables = self.tr("Remove follow-up"), trash.remove_follow_up, FOLLOW_UP_TABLES
        remove_with_undo(
            self, self.undo_stack, text, database, lambda: remove(database, item_id), tables,
            then=lambda _entry: self.status_message.emit(self.tr("Moved to the bin. Ctrl+Z puts it back.")),
        )  # fmt: skip

    def _reply(self, follow_up, text: str) -> None:
        """The answer to an employee's request, recorded now: its 24-hour clock stops."""
        from workbench import liaisons

        self.write(liaisons.reply_to_request, self.database, follow_up.id, text, version=follow_up.version,
                   tables=FOLLOW_UP_TABLES, said=self.tr("Answer recorded."))  # fmt: skip

    def _set_status(self, follow_up, status: str) -> None:
        """Move a follow-up on from what the panel shows."""
        from workbench import liaisons

        self.write(liaisons.set_follow_up_status, self.database, follow_up.id, status, version=follow_up.version,
                   tables=FOLLOW_UP_TABLES)  # fmt: skip
