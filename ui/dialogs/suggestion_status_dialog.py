"""Move a suggestion on: the next statuses it may take, a note (the reason, when it is
declined or reopened), and the day it was implemented."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
)

from ui.dialogs.saving_dialog import SavingDialog
from ui.widgets.day_edit import DayEdit
from workbench.suggestions import (
    CLOSED_STATUSES,
    DECLINED,
    IMPLEMENTED,
    SuggestionRecord,
    allowed_moves,
    status_label,
)


class SuggestionStatusDialog(SavingDialog):
    TABLES = frozenset({"suggestions", "suggestion_events"})

    def __init__(
        self,
        parent,
        record: SuggestionRecord,
        save: Callable[[str, str, date | None, int | None], SuggestionRecord],
        today: date,
    ):
        """`save(status, note, implemented_on, version)`: the version the move is made from."""
        super().__init__(parent, lambda change: save(*change), "suggestionStatusDialog")
        self.setWindowTitle(self.tr("Change the status"))
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.status = QComboBox()
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(self.fontMetrics().height() * 4 + 12)
        self.implemented_on = DayEdit(today, latest=today)
        self.implemented_on.setMinimumDate(record.submitted_on)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("New status:"), self.status)
        form.addRow(self.tr("Implemented on:"), self.implemented_on)
        form.addRow(self.tr("Note:"), self.note)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self._show_record(record)
        self.status.currentIndexChanged.connect(lambda _index: self._status_chosen())
        self.status.setFocus()

    def _show_record(self, record: SuggestionRecord) -> None:
        self._record = record
        self.heading.setText(
            self.tr("%1 — now %2").replace("%1", record.title).replace("%2", status_label(record.status))
        )
        chosen = self.status.currentData()
        self.status.clear()
        for status in allowed_moves(record.status):
            self.status.addItem(status_label(status), status)
        self.choose(chosen)
        self._status_chosen()

    def show_stored(self, record: SuggestionRecord) -> bool:
        """Moved on by someone else: the moves from where it is now; the note stays."""
        self._show_record(record)
        return True

    def _status_chosen(self) -> None:
        status = self.status.currentData()
        self.implemented_on.setEnabled(status == IMPLEMENTED)
        if status == DECLINED:
            self.hint.setText(self.tr("Declining needs a reason: it is kept with the suggestion."))
            self.note.setPlaceholderText(self.tr("Why it is declined (required)"))
        elif self._record.status in CLOSED_STATUSES:
            self.hint.setText(self.tr("Reopening needs a reason: it is kept in the history."))
            self.note.setPlaceholderText(self.tr("Why it is reopened (required)"))
        else:
            self.hint.setText("")
            self.note.setPlaceholderText(self.tr("What was decided or done (optional)"))
        self.hint.setVisible(bool(self.hint.text()))

    def choose(self, status: str) -> None:
        self.status.setCurrentIndex(max(self.status.findData(status), 0))

    def edited(self) -> tuple[str, str, date | None, int | None]:
        """The new status, the note, the day it was implemented (implemented only), and
        the version of the suggestion the move is made from."""
        status = self.status.currentData()
        day = self.implemented_on.day() if status == IMPLEMENTED else None
        return status, self.note.toPlainText(), day, self._record.version

    @classmethod
    def ask(cls, parent, *args, status: str | None = None, **kwargs) -> SuggestionRecord | None:
        dialog = cls(parent, *args, **kwargs)
        if status is not None:
            dialog.choose(status)
        return dialog.saved_or_none()
