"""Add or edit an improvement suggestion: its type (one of six), title, content, owner, the
day it was made and the quarter it is filed in (that day's, or the one before when it is
handed in late). The status is changed elsewhere, with a note."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
)

from ui.dialogs.saving_dialog import SavingDialog
from ui.widgets.day_edit import DayEdit
from workbench.suggestions import (
    OWNER_LIMIT,
    SUGGESTION_TYPES,
    TITLE_LIMIT,
    SuggestionRecord,
    quarter_label,
    quarter_of,
    quarter_period,
    shift_quarter,
    type_label,
)


class SuggestionDialog(SavingDialog):
    TABLES = frozenset({"suggestions", "suggestion_events"})

    def __init__(
        self,
        parent,
        record: SuggestionRecord,
        save: Callable[[SuggestionRecord], SuggestionRecord],
        today: date,
    ):
        super().__init__(parent, save, "suggestionDialog")
        self._record = record
        new = record.id is None
        self.setWindowTitle(self.tr("New improvement suggestion") if new else self.tr("Edit the suggestion"))

        self.type = QComboBox()
        for kind in SUGGESTION_TYPES:
            self.type.addItem(type_label(kind), kind)
        self.title = QLineEdit()
        self.title.setMaxLength(TITLE_LIMIT)
        self.title.setPlaceholderText(self.tr("What should change, in one line"))
        self.content = QPlainTextEdit()
        self.content.setTabChangesFocus(True)
        self.content.setPlaceholderText(self.tr("What you heard or found, and what you suggest"))
        self.content.setFixedHeight(self.fontMetrics().height() * 6 + 12)
        self.owner = QLineEdit()
        self.owner.setMaxLength(OWNER_LIMIT)
        self.owner.setPlaceholderText(self.tr("The person or group who carries it out"))
        self.submitted_on = DayEdit(record.submitted_on, latest=today)
        self.quarter = QComboBox()
        self.quarter.setToolTip(self.tr("A quarter's suggestion may be handed in just after the quarter ends"))
        self.submitted_on.dateChanged.connect(lambda _day: self._offer_quarters(self.quarter.currentData()))
        self._fill(record)

        self.lay_out_form(
            [
                (self.tr("Type:"), self.type),
                (self.tr("Title:"), self.title),
                (self.tr("Content:"), self.content),
                (self.tr("Owner:"), self.owner),
                (self.tr("Made on:"), self.submitted_on),
                (self.tr("Quarter:"), self.quarter),
            ]
        )
        self.restore_size()
        self.title.setFocus()

    def _fill(self, record: SuggestionRecord) -> None:
        self.type.setCurrentIndex(max(self.type.findData(record.type), 0))
        self.title.setText(record.title)
        self.content.setPlainText(record.content)
        self.owner.setText(record.owner)
        self.submitted_on.setDate(record.submitted_on)
        self._offer_quarters(record.quarter)

    def show_stored(self, record: SuggestionRecord) -> bool:
        self._record = record
        self._fill(record)
        return True

    def _offer_quarters(self, wanted: str | None) -> None:
        """The quarter of the day it was made, and the one before it."""
        made = self.made_on()
        own = quarter_of(made)
        self.quarter.clear()
        for quarter in (own, shift_quarter(own, -1)):
            self.quarter.addItem(quarter_label(quarter), quarter)
        self.quarter.setCurrentIndex(max(self.quarter.findData(wanted), 0))

    def made_on(self) -> date:
        return self.submitted_on.day()

    def has_unsaved_text(self) -> bool:
        return self.title.isModified() or self.content.document().isModified() or self.owner.isModified()

    def edited(self) -> SuggestionRecord:
        return replace(
            self._record,
            type=self.type.currentData(),
            title=self.title.text(),
            content=self.content.toPlainText(),
            owner=self.owner.text(),
            submitted_on=self.made_on(),
            quarter=self.quarter.currentData(),
        )


def new_suggestion(author_id: int, quarter: str, today: date) -> SuggestionRecord:
    """A blank suggestion for the quarter, made today (or on the quarter's last day if it is over)."""
    return SuggestionRecord(
        author_id=author_id,
        quarter=quarter,
        submitted_on=min(today, quarter_period(quarter).end),
        type=SUGGESTION_TYPES[0],
        title="",
    )
