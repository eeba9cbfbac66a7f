"""The selected duty: what it asks, its state, the deliverable note, and skipping it."""

from __future__ import annotations

import html
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout

from ui.models.checklist_model import short_date, status_text
from ui.widgets.labels import wrapped_label
from workbench.checklists import DONE, OPEN, SKIPPED, OccurrenceRecord


class OccurrenceDetail(QFrame):
    """The selected duty: what it asks, its state, the deliverable note, skip."""

    note_entered = Signal(str)
    skip_requested = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("detailPanel")
        self.work = wrapped_label(style="detailTitle")
        # One wrapped label for the facts: QFormLayout does not give wrapped labels the
        # height they need, and the second line of a long requirement was cut off.
        self.facts = wrapped_label()
        self.facts.setTextFormat(Qt.TextFormat.RichText)
        self.state = wrapped_label()
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("Where the deliverable is, e.g. posted on the notice board"))
        self.note.returnPressed.connect(lambda: self.note_entered.emit(self.note.text()))
        self.skip_button = QPushButton(self.tr("Skip…"))
        self.skip_button.setToolTip(self.tr("Skip this duty this time, with a reason"))
        self.skip_button.clicked.connect(self.skip_requested)
        note_row = QHBoxLayout()
        note_row.addWidget(QLabel(self.tr("Note:")))
        note_row.addWidget(self.note, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.work)
        layout.addWidget(self.facts)
        layout.addWidget(self.state)
        layout.addLayout(note_row)
        layout.addWidget(self.skip_button, 0, Qt.AlignmentFlag.AlignRight)

    def show_record(self, record: OccurrenceRecord, today: date) -> None:

        self.work.setText(record.work)
        period = (
            self.tr("%1 – %2, due %3")
            .replace("%1", short_date(record.period_start))
            .replace("%2", short_date(record.period_end))
            .replace("%3", short_date(record.due_date))
        )
        facts = (
            (self.tr("Requirement:"), record.requirement or "—"),
            (self.tr("Deliverable:"), record.deliverable or "—"),
            (self.tr("Period:"), period),
        )
        self.facts.setText("<br>".join(f"<b>{html.escape(name)}</b>{html.escape(value)}" for name, value in facts))
        state, _color = status_text(record, today)
        if record.status == DONE:
            state += self.tr(" on %1").replace("%1", short_date(record.done_on))
        if record.status == SKIPPED:
            state += self.tr(": %1").replace("%1", record.skip_reason)
        self.state.setText(self.tr("State:") + state)
        if not self.note.hasFocus():
            self.note.setText(record.note)
        self.skip_button.setEnabled(record.status == OPEN)
