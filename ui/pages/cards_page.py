"""绩效沟通: the team's month of performance communication cards (each agent's numbers
against target and the card's state: 未填 / 已填 / 已确认 / 有异议), the card dialog,
the month's cards written to a workbook to print, and the appeals (复议) raised and answered."""

from __future__ import annotations

from datetime import date
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ui.models.cards_models import AppealsModel, CardsModel
from ui.pages import cards_data
from ui.pages.page import Page
from ui.widgets.empty_state import EmptyState
from ui.widgets.month_switcher import MonthSwitcher
from ui.widgets.record_table import record_table
from ui.widgets.save_workbook import ask_workbook_path, workbook_written
from ui.widgets.team_picker import TeamPicker
from workbench.cards import DISPUTED
from workbench.periods import month_of

if TYPE_CHECKING:
    from workbench.appeals import AppealRecord
    from workbench.cards import CardRecord, CardRow


def _write_cards(database, month: str, team: str | None, path: Path, today: date) -> int:
    from workbench.export.cards import export_cards  # openpyxl: loaded when cards are wanted

    return export_cards(database, month, team, path, today)


class CardsPage(Page):
    """Sidebar page 绩效沟通."""

    def __init__(self, parent=None):
        super().__init__(self.tr("Performance cards"), parent)
        self.today = date.today()
        self.month: str | None = None  # None until the user chooses: last month
        self.team: str | None = None
        self.team_chosen = False
        self.shown: cards_data.CardsShown | None = None

        self.team_picker = TeamPicker(self.tr("Whose cards: a team, or the whole center"))
        self.team_picker.picked.connect(self._team_picked)
        self.month_switcher = MonthSwitcher()
        self.month_switcher.chosen.connect(self.show_month)
        self.export_button = QPushButton(self.tr("Export cards…"))
        self.export_button.setToolTip(self.tr("Write the month's cards to a workbook, one A4 page per agent"))
        self.export_button.clicked.connect(self.export_cards)
        self.top.addWidget(self.team_picker)
        self.top.addStretch(1)
        self.top.addWidget(self.month_switcher)
        self.top.addWidget(self.export_button)

        self.counts = QLabel()
        self.counts.setObjectName("countLabel")
        self.counts.setWordWrap(True)
        self.model = CardsModel(self)
        self.table = record_table(self.model, stretch=2)
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        QShortcut(
            QKeySequence(Qt.Key.Key_Return), self.table, self.open_selected, context=Qt.ShortcutContext.WidgetShortcut
        )
        self.open_button = QPushButton(self.tr("Fill in the card…"))
        self.open_button.setObjectName("primaryButton")
        self.open_button.setToolTip(self.tr("Open the selected agent's card (Enter)"))
        self.open_button.clicked.connect(self.open_selected)
        cards_tab = QWidget()
        cards_layout = QVBoxLayout(cards_tab)
        cards_layout.addWidget(self.counts)
        cards_layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        cards_layout.addLayout(buttons)

        self.appeal_counts = QLabel()
        self.appeal_counts.setObjectName("countLabel")
        self.appeals_model = AppealsModel(self)
        self.appeals_table = record_table(self.appeals_model, stretch=3)
        self.appeals_table.doubleClicked.connect(lambda _index: self.answer_selected())
        self.raise_button = QPushButton(self.tr("Raise an appeal…"))
        self.raise_button.setToolTip(self.tr("For the agent selected on the cards tab"))
        self.raise_button.clicked.connect(self.raise_for_selected)
        self.answer_button = QPushButton(self.tr("Answer…"))
        self.answer_button.setToolTip(self.tr("Record the reply to the selected appeal"))
        self.answer_button.clicked.connect(self.answer_selected)
        self.reply_days = QSpinBox()
        self.reply_days.setRange(1, 30)
        self.reply_days.setSuffix(self.tr(" working days"))
        self.reply_days.setToolTip(
            self.tr("How long QA or the manager has to answer an appeal, Monday to Friday (the center's setting)")
        )
        self.reply_days.editingFinished.connect(self._reply_days_changed)
        appeals_tab = QWidget()
        appeals_layout = QVBoxLayout(appeals_tab)
        appeals_layout.addWidget(self.appeal_counts)
        appeals_layout.addWidget(self.appeals_table, 1)
        appeal_buttons = QHBoxLayout()
        appeal_buttons.addWidget(QLabel(self.tr("Reply within:")))
        appeal_buttons.addWidget(self.reply_days)
        appeal_buttons.addStretch(1)
        appeal_buttons.addWidget(self.raise_button)
        appeal_buttons.addWidget(self.answer_button)
        appeals_layout.addLayout(appeal_buttons)

        self.tabs = QTabWidget()
        self.tabs.addTab(cards_tab, self.tr("Cards"))
        self.tabs.addTab(appeals_tab, self.tr("Appeals"))
        self.no_people_state = EmptyState(
            self.tr("Nobody to write a card for"),
            self.tr(
                "Each month every agent gets a performance communication card: the month's numbers against "
                "target, strengths, what to improve and the actions agreed. Import the roster on the 团队 page first."
            ),
        )
        self.no_people_state.add(QPushButton(self.tr("Go to the roster…"))).clicked.connect(
            lambda: self.go_to.emit("roster")
        )
        for state in (self.tabs, self.no_people_state):
            self.body.addWidget(state)

    # loading ----------------------------------------------------------------------

    def show_month(self, month: str) -> None:
        self.month = month
        self.reload()

    def _team_picked(self, team: str | None) -> None:
        self.team, self.team_chosen = team, True
        self.reload()

    def loader(self):
        return partial(cards_data.load, self.database, self.team, self.team_chosen, self.month, self.today)

    def show_data(self, shown: cards_data.CardsShown) -> None:
        selected = self.current_row()
        self.shown, self.team, self.month = shown, shown.team, shown.month
        self.team_picker.show_teams(shown.viewer.teams, shown.team)
        self.month_switcher.show_period(shown.month, last=month_of(self.today))
        self.model.set_rows(shown.cards.rows)
        self.appeals_model.today = self.today
        self.appeals_model.set_rows(shown.appeals)
        rows = shown.cards.rows
        statuses = [row.status for row in rows]
        self.counts.setText(
            self.tr("%1 agents  ·  %2 cards filled  ·  %3 acknowledged  ·  %4 disputed  ·  ✓ on target, ✗ below")
            .replace("%1", str(len(rows)))
            .replace("%2", str(sum(status != "empty" for status in statuses)))
            .replace("%3", str(sum(status == "acknowledged" for status in statuses)))
            .replace("%4", str(sum(status == DISPUTED for status in statuses)))
        )
        late = sum(appeal.overdue_on(self.today) for appeal in shown.appeals)
        self.appeal_counts.setText(
            self.tr("%1 appeals  ·  %2 awaiting a reply  ·  %3 past the reply limit")
            .replace("%1", str(len(shown.appeals)))
            .replace("%2", str(sum(not appeal.answered for appeal in shown.appeals)))
            .replace("%3", str(late))
        )
        self.tabs.setTabText(1, self.tr("Appeals (%1)").replace("%1", str(len(shown.appeals))))
        self.reply_days.setValue(shown.reply_days)
        self.export_button.setEnabled(bool(rows))
        if rows:
            self.show_state(self.tabs)
            self._select(selected.employee_id if selected else None)
        else:
            self.show_state(self.no_people_state)

    def _select(self, employee_id: int | None) -> None:
        row = next((i for i, card in enumerate(self.model.rows) if card.employee_id == employee_id), 0)
        self.table.selectRow(row)

    def current_row(self) -> CardRow | None:
        return self.model.record_at(self.table.currentIndex().row())

    # links ------------------------------------------------------------------------

    def follow(self, what: str) -> bool:
        """ "appeals": the appeals tab; "card/<employee id>/<month>[/<talk id>]": that card,
        filled from the talk when one is named."""
        if what == "appeals":
            self.tabs.setCurrentIndex(1)
            return True
        parts = what.split("/")
        if parts[0] == "card" and len(parts) >= 3:
            talk_id = int(parts[3]) if len(parts) > 3 else None
            self.open_card(int(parts[1]), parts[2], talk_id)
            return True
        return True

    # cards --------------------------------------------------------------------------

    def open_selected(self) -> None:
        row = self.current_row()
        if row is not None and self.database is not None:
            self.open_card(row.employee_id, row.month)

    def open_card(self, employee_id: int, month: str, talk_id: int | None = None) -> None:
        """The card as stored now, with the month's numbers, in the dialog."""
        self.read(
            cards_data.card_row, self.database, employee_id, month, then=lambda row: self._open_card(row, talk_id)
        )

    def _open_card(self, row: CardRow, talk_id: int | None) -> None:
        from ui.dialogs.card_dialog import CardDialog
        from workbench import cards

        database = self.database
        me = self.shown.viewer.me if self.shown else None
        saved: CardRecord | None = CardDialog.ask(
            self,
            row,
            save=lambda record: cards.save_card(database, record),
            today=self.today,
            leader_id=me,
            talk_id=talk_id,
        )
        if saved is None:
            return
        self.status_message.emit(self.tr("Card of %1 saved.").replace("%1", row.name))
        was_disputed = row.card is not None and row.card.status == DISPUTED
        if saved.status == DISPUTED and not was_disputed:
            answer = QMessageBox.question(
                self,
                self.tr("Raise an appeal?"),
                self.tr("%1 disagrees with the card. Raise an appeal on their behalf now?").replace("%1", row.name),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.Yes,
            )
            if answer == QMessageBox.StandardButton.Yes:
                self.raise_appeal(row.employee_id, row.name, row.month, saved.disagreement, saved.id)

    # appeals ------------------------------------------------------------------------

    def raise_for_selected(self) -> None:
        row = self.current_row()
        if row is not None:
            self.raise_appeal(row.employee_id, row.name, row.month, "", row.card.id if row.card else None)

    def raise_appeal(self, employee_id: int, name: str, month: str, reason: str, card_id: int | None) -> None:
        from ui.dialogs.appeal_dialog import RaiseAppealDialog
        from workbench import appeals

        database, today = self.database, self.today
        me = self.shown.viewer.me if self.shown else None
        saved = RaiseAppealDialog.ask(
            self,
            employee_id,
            name,
            month,
            self.shown.indicators if self.shown else [],
            self.shown.routes if self.shown else [],
            save=lambda record: appeals.raise_appeal(database, record, me, today),
            today=today,
            reason=reason,
            card_id=card_id,
        )
        if saved is not None:
            self.tabs.setCurrentIndex(1)
            self.status_message.emit(
                self.tr("Appeal raised: a reply is due by %1.").replace("%1", saved.due_on.isoformat())
            )

    def _reply_days_changed(self) -> None:
        from workbench import appeals

        days = self.reply_days.value()
        if self.shown is None or days == self.shown.reply_days:
            return
        self.write(
            appeals.set_reply_days,
            self.database,
            days,
            tables={"preferences"},
            said=self.tr("Appeals raised from now on are due %1 working days later.").replace("%1", str(days)),
        )

    def current_appeal(self) -> AppealRecord | None:
        return self.appeals_model.record_at(self.appeals_table.currentIndex().row())

    def answer_selected(self) -> None:
        from ui.dialogs.appeal_dialog import AnswerAppealDialog
        from workbench import appeals

        appeal = self.current_appeal()
        if appeal is None:
            return
        if appeal.answered:
            self.status_message.emit(self.tr("This appeal has already been answered."))
            return
        database = self.database
        saved = AnswerAppealDialog.ask(
            self, appeal, save=lambda fields: appeals.answer_appeal(database, **fields), today=self.today
        )
        if saved is not None:
            self.status_message.emit(self.tr("Appeal answered."))

    # the workbook ---------------------------------------------------------------------

    def export_cards(self) -> None:
        from workbench.export.cards import suggested_name

        if self.shown is None or self.month is None:
            return
        path = ask_workbook_path(self, self.tr("Save the month's cards"), suggested_name(self.team, self.month))
        if path is None:
            return
        self.status_message.emit(self.tr("Writing %1…").replace("%1", path.name))
        self.read(
            _write_cards, self.database, self.month, self.team, path, self.today, then=lambda _n: self._saved(path)
        )

    def _saved(self, path: Path) -> None:
        self.status_message.emit(self.tr("Cards saved: %1").replace("%1", str(path)))
        workbook_written(path)
