"""The first page's 关注名单: the few people who need the user most today, each with their
first reasons and a link to where it is acted on; "全部…" opens the whole list."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from ui.widgets.labels import wrapped_label

if TYPE_CHECKING:
    from workbench.attention import AttentionList

SHOWN = 4  # people: the panel shares the side with the duty and the completion figures
FIRST_REASONS = 2


class AttentionPanel(QFrame):
    link_chosen = Signal(str)  # "talks/record/12": the window follows it
    all_requested = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("detailPanel")
        self.title = QLabel(self.tr("Who needs you"))
        self.title.setObjectName("detailTitle")
        self.count = QLabel()
        self.count.setObjectName("countLabel")
        self.all_button = QPushButton(self.tr("All…"))
        self.all_button.setToolTip(self.tr("The whole attention list, and marking a person as followed"))
        self.all_button.clicked.connect(self.all_requested)
        heading = QHBoxLayout()
        heading.addWidget(self.title)
        heading.addWidget(self.count)
        heading.addStretch(1)
        heading.addWidget(self.all_button)
        self.empty = wrapped_label(style="countLabel")
        self.rows: list[QLabel] = []
        self.rows_layout = QVBoxLayout()
        self.rows_layout.setSpacing(4)
        layout = QVBoxLayout(self)
        layout.addLayout(heading)
        layout.addWidget(self.empty)
        layout.addLayout(self.rows_layout)

    def show_list(self, found: AttentionList | None) -> None:
        for label in self.rows:
            label.deleteLater()
        self.rows = []
        people = found.people if found is not None else []
        quiet = len(found.quiet) if found is not None else 0
        self.count.setText(self.tr("%n person(s)", "", len(people)) if people else "")
        self.empty.setText(
            self.tr("Nobody needs special attention today.")
            + (" " + self.tr("%n marked as followed.", "", quiet) if quiet else "")
        )
        self.empty.setVisible(not people)
        for person in people[:SHOWN]:
            reasons = "；".join(escape(reason.text) for reason in person.reasons[:FIRST_REASONS])
            more = len(person.reasons) - FIRST_REASONS
            if more > 0:
                reasons += " " + escape(self.tr("(+%n more)", "", more))
            label = wrapped_label()
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setText(
                f'<a href="{escape(person.link)}"><b>{escape(person.name)}</b></a>'
                f'&nbsp;&nbsp;<span style="color:#5b6670">{reasons}</span>'
            )
            label.setToolTip("\n".join(reason.text for reason in person.reasons))
            label.linkActivated.connect(self.link_chosen)
            self.rows_layout.addWidget(label)
            self.rows.append(label)
        self.all_button.setText(
            self.tr("All %1…").replace("%1", str(len(people))) if len(people) > SHOWN else self.tr("All…")
        )
