"""One agent's 绩效考核沟通卡 for a month: their numbers against target (from the imported
numbers, read-only), what the leader found strong, what to improve and their comment, the
actions agreed (each a follow-up with an owner and a due date), and the agent's
acknowledgement: the day, and a note if they disagree (the page then offers an appeal)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from ui.dialogs.saving_dialog import SavingDialog
from ui.models.cards_models import STATUS_BRUSHES
from ui.widgets.day_edit import DayEdit
from workbench.cards import CardAction, CardRecord, status_label
from workbench.errors import UserError

if TYPE_CHECKING:
    from workbench.cards import CardRow

MET, MISSED = STATUS_BRUSHES["acknowledged"], STATUS_BRUSHES["disputed"]


class CardDialog(SavingDialog):
    TABLES = frozenset({"performance_cards", "card_actions", "follow_ups", "follow_up_events"})

    def __init__(
        self,
        parent,
        row: CardRow,
        save: Callable[[CardRecord], CardRecord],
        today: date,
        leader_id: int | None = None,
        talk_id: int | None = None,
    ):
        super().__init__(parent, save, "cardDialog")
        self.row, self.today = row, today
        self._card = row.card or CardRecord(row.employee_id, row.month, leader_id=leader_id)
        if talk_id is not None:
            self._card = replace(self._card, talk_id=talk_id)
        self.new_actions: list[CardAction] = []
        self.setWindowTitle(
            self.tr("Performance card: %1 (%2), %3")
            .replace("%1", row.name)
            .replace("%2", row.employee_no)
            .replace("%3", row.month)
        )

        # The numbers, read-only: they come from the imports.
        self.figures = QTableWidget(len(row.figures), 4)
        self.figures.setHorizontalHeaderLabels([self.tr("Indicator"), self.tr("This month"), self.tr("Target"), ""])
        self.figures.verticalHeader().setVisible(False)
        self.figures.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.figures.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.figures.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.figures.horizontalHeader().setStretchLastSection(True)
        for line, figure in enumerate(row.figures):
            cells = (figure.name, figure.value_text or "—", figure.target_text, figure.verdict)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column in (1, 2):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if column in (1, 3) and figure.met is not None:
                    item.setForeground(MET if figure.met else MISSED)
                self.figures.setItem(line, column, item)
        rows_height = self.figures.verticalHeader().defaultSectionSize() * len(row.figures)
        self.figures.setFixedHeight(rows_height + self.figures.horizontalHeader().sizeHint().height() + 4)
        self.figures.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.no_numbers = QLabel(self.tr("No numbers imported for this month: the card can still be filled in."))
        self.no_numbers.setObjectName("countLabel")
        self.no_numbers.setWordWrap(True)
        self.no_numbers.setVisible(not row.figures)

        self.texts: dict[str, QPlainTextEdit] = {}
        form = QFormLayout()
        for name, label, hint in (
            ("strengths", self.tr("Strengths found:"), self.tr("What the agent does well this month")),
            ("improve", self.tr("To improve:"), self.tr("What to work on, with the figure it shows in")),
            ("comment", self.tr("Leader's comment:"), self.tr("Your overall view of the month")),
        ):
            edit = QPlainTextEdit(getattr(self._card, name))
            edit.setTabChangesFocus(True)
            edit.setPlaceholderText(hint)
            edit.setFixedHeight(self.fontMetrics().height() * 3 + 12)
            self.texts[name] = edit
            form.addRow(label, edit)

        left = QVBoxLayout()
        left.addWidget(self.figures)
        left.addWidget(self.no_numbers)
        left.addLayout(form)

        # Actions agreed: those saved stay (they move on as follow-ups); new ones are added here.
        self.actions = QTableWidget(0, 3)
        self.actions.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Owner"), self.tr("Due")])
        self.actions.verticalHeader().setVisible(False)
        self.actions.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.actions.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.actions.setMinimumHeight(self.fontMetrics().height() * 7)
        self.action_text = QLineEdit()
        self.action_text.setPlaceholderText(self.tr("An action agreed, e.g. listen to two model calls a week"))
        self.action_text.setAccessibleName(self.tr("Action"))
        self.action_owner = QLineEdit()
        self.action_owner.setPlaceholderText(self.tr("Owner"))
        self.action_owner.setAccessibleName(self.tr("Owner"))
        self.action_due = DayEdit(today + timedelta(days=14))
        self.add_action_button = QPushButton(self.tr("Add"))
        self.add_action_button.setToolTip(self.tr("Add the action to the card (it becomes a follow-up when saved)"))
        self.add_action_button.clicked.connect(self.add_action)
        self.action_text.returnPressed.connect(self.add_action)
        adding = QHBoxLayout()
        adding.addWidget(self.action_owner, 1)
        adding.addWidget(self.action_due)
        adding.addWidget(self.add_action_button)
        actions_box = QGroupBox(self.tr("Actions agreed"))
        actions_layout = QVBoxLayout(actions_box)
        actions_layout.addWidget(self.actions)
        actions_layout.addWidget(self.action_text)
        actions_layout.addLayout(adding)

        self.acknowledged = QCheckBox(self.tr("The agent has seen the card on"))
        self.acknowledged_on = DayEdit(self._card.acknowledged_on or today, latest=today)
        self.acknowledged.toggled.connect(self._acknowledgement_changed)
        self.disagreement = QPlainTextEdit(self._card.disagreement)
        self.disagreement.setTabChangesFocus(True)
        self.disagreement.setPlaceholderText(
            self.tr("If the agent disagrees: what with, in their words (an appeal can follow)")
        )
        self.disagreement.setFixedHeight(self.fontMetrics().height() * 3 + 12)
        self.disagreement.setAccessibleName(self.tr("Disagreement"))
        acknowledgement_box = QGroupBox(self.tr("Agent's acknowledgement"))
        ack_layout = QVBoxLayout(acknowledgement_box)
        ack_row = QHBoxLayout()
        ack_row.addWidget(self.acknowledged)
        ack_row.addWidget(self.acknowledged_on)
        ack_row.addStretch(1)
        ack_layout.addLayout(ack_row)
        ack_layout.addWidget(self.disagreement)
        self.status = QLabel()
        self.status.setObjectName("countLabel")

        right = QVBoxLayout()
        right.addWidget(actions_box, 1)
        right.addWidget(acknowledgement_box)
        right.addWidget(self.status)

        columns = QHBoxLayout()
        columns.addLayout(left, 3)
        columns.addLayout(right, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self._show_card(self._card)
        self.restore_size()
        if self.width() < 960:
            self.resize(960, min(self.height(), 620))
        self.texts["strengths"].setFocus()

    def _show_card(self, card: CardRecord) -> None:
        self._card = card
        for name, edit in self.texts.items():
            edit.setPlainText(getattr(card, name))
        self.acknowledged.setChecked(card.acknowledged_on is not None)
        if card.acknowledged_on is not None:
            self.acknowledged_on.setDate(card.acknowledged_on)
        self.disagreement.setPlainText(card.disagreement)
        self._acknowledgement_changed(card.acknowledged_on is not None)
        self._show_actions()
        self.status.setText(
            self.tr("Card: %1").replace("%1", status_label(card.status if card.id is not None else "empty"))
        )

    def _show_actions(self) -> None:
        rows = [*self._card.actions, *self.new_actions]
        self.actions.setRowCount(len(rows))
        for line, action in enumerate(rows):
            for column, text in enumerate(
                (action.description, action.owner, action.due_date.isoformat() if action.due_date else "")
            ):
                self.actions.setItem(line, column, QTableWidgetItem(text))

    def _acknowledgement_changed(self, checked: bool) -> None:
        self.acknowledged_on.setEnabled(checked)
        self.disagreement.setEnabled(checked)

    def add_action(self) -> None:
        text = self.action_text.text().strip()
        if not text:
            self.action_text.setFocus()
            return
        self.new_actions.append(CardAction(text, self.action_owner.text().strip(), self.action_due.day()))
        self.action_text.clear()
        self._show_actions()
        self.action_text.setFocus()

    def show_stored(self, card: CardRecord) -> bool:
        self._show_card(card)
        return True

    def has_unsaved_text(self) -> bool:
        edits = [*self.texts.values(), self.disagreement]
        return bool(self.new_actions) or any(edit.document().isModified() for edit in edits)

    def edited(self) -> CardRecord:
        if self.action_text.text().strip():  # typed and not yet added: meant to be
            self.add_action()
        acknowledged = self.acknowledged.isChecked()
        if not acknowledged and self.disagreement.toPlainText().strip():
            raise UserError(self.tr("Tick that the agent has seen the card to note their disagreement."))
        return replace(
            self._card,
            **{name: edit.toPlainText().strip() for name, edit in self.texts.items()},
            actions=(*self._card.actions, *self.new_actions),
            acknowledged_on=self.acknowledged_on.day() if acknowledged else None,
            disagreement=self.disagreement.toPlainText().strip() if acknowledged else "",
        )
