"""Add a line to one employee's three accounts: which account, when, what was done. It can
be filled from one of their talks (its date and pain points, into the stress account) or
from a praise, service star or festival activity (into the feeling account)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
)

from ui.dialogs.saving_dialog import SavingDialog
from ui.widgets.day_edit import DayEdit
from workbench.care import ACCOUNTS, account_label, kind_label
from workbench.liaisons import talk_kind_label
from workbench.texts import t

if TYPE_CHECKING:
    from workbench.care import AccountEntryRecord, CareEventRecord
    from workbench.liaisons import TalkRecord

SOURCES_SHOWN = 30  # the latest talks and events offered to fill from
LINE = 30  # characters of a talk's or event's text shown in the list


def _cut(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= LINE else text[:LINE] + "…"


class AccountEntryDialog(SavingDialog):
    TABLES = frozenset({"account_entries"})

    def __init__(
        self,
        parent,
        employee_id: int,
        employee_name: str,
        save: Callable[[AccountEntryRecord], AccountEntryRecord],
        today: date,
        talks: list[TalkRecord] = (),
        events: list[CareEventRecord] = (),
        author_id: int | None = None,
    ):
        super().__init__(parent, save, "accountEntryDialog")
        self._employee_id, self._author_id = employee_id, author_id
        self.setWindowTitle(self.tr("Three accounts: %1").replace("%1", employee_name))

        self.source = QComboBox()
        self.source.addItem(self.tr("Nothing: I write it myself"), None)
        for talk in list(talks)[:SOURCES_SHOWN]:
            said = talk.pain_points or talk.problems or talk.work_status
            self.source.addItem(
                f"{talk.talk_date.isoformat()} {talk_kind_label(talk.kind)}：{_cut(said)}", ("talk", talk)
            )
        for event in list(events)[:SOURCES_SHOWN]:
            label = f"{event.event_date.isoformat()} {kind_label(event.kind)}：{_cut(event.title)}"
            self.source.addItem(label, ("event", event))
        self.source.setToolTip(self.tr("A talk fills in its date and pain points; an event its date and title"))
        self.source.activated.connect(lambda _index: self._fill_from_source())

        self.account_buttons: dict[str, QRadioButton] = {}
        accounts = QButtonGroup(self)
        account_column = QVBoxLayout()
        for account in ACCOUNTS:
            button = QRadioButton(f"{account_label(account)}（{t(f'care.account_hint.{account}')}）")
            accounts.addButton(button)
            account_column.addWidget(button)
            self.account_buttons[account] = button
        self.account_buttons["stress"].setChecked(True)
        self.entry_date = DayEdit(today, latest=today)
        self.description = QPlainTextEdit()
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(self.fontMetrics().height() * 4 + 12)
        self.description.setPlaceholderText(
            self.tr("What you did: a shift changed, a course booked, a birthday remembered")
        )

        self.lay_out_form(
            [
                (self.tr("Fill from:"), self.source),
                (self.tr("Account:"), account_column),
                (self.tr("Date:"), self.entry_date),
                (self.tr("What was done:"), self.description),
            ]
        )
        self.resize(560, self.sizeHint().height())
        self.description.setFocus()

    def choose_source(self, kind: str, record_id: int) -> None:
        """Fill from the listed talk or event with this id, as picking it does."""
        for index in range(1, self.source.count()):
            source_kind, record = self.source.itemData(index)
            if source_kind == kind and record.id == record_id:
                self.source.setCurrentIndex(index)
                self._fill_from_source()
                return

    def _fill_from_source(self) -> None:
        chosen = self.source.currentData()
        if chosen is None:
            return
        kind, record = chosen
        if kind == "talk":
            day, account = record.talk_date, "stress"
            text = record.pain_points or record.problems
        else:
            day, account, text = record.event_date, "feeling", record.title
        self.entry_date.setDate(day)
        self.account_buttons[account].setChecked(True)
        self.description.setPlainText(text)
        self.description.setFocus()
        self.description.moveCursor(self.description.textCursor().MoveOperation.End)

    def account(self) -> str:
        return next(account for account, button in self.account_buttons.items() if button.isChecked())

    def edited(self) -> AccountEntryRecord:
        from workbench.care import AccountEntryRecord

        chosen = self.source.currentData()
        kind, record = chosen if chosen is not None else (None, None)
        return AccountEntryRecord(
            employee_id=self._employee_id,
            account=self.account(),
            entry_date=self.entry_date.day(),
            description=self.description.toPlainText(),
            talk_id=record.id if kind == "talk" else None,
            care_event_id=record.id if kind == "event" else None,
            author_id=self._author_id,
        )

    def has_unsaved_text(self) -> bool:
        return bool(self.description.toPlainText().strip())
