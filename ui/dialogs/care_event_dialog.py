"""Record a customer praise, a service star, a festival activity or other care: for one
person, or (festival activities and other care) for a whole team."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
)

from ui.dialogs.saving_dialog import SavingDialog
from ui.widgets.day_edit import DayEdit
from workbench.care import KINDS_SHOWN, RECOGNITIONS, kind_label

if TYPE_CHECKING:
    from workbench.care import CareEventRecord, Person


class CareEventDialog(SavingDialog):
    TABLES = frozenset({"care_events"})

    def __init__(
        self,
        parent,
        people: list[Person],
        teams: list[str],
        save: Callable[[CareEventRecord], CareEventRecord],
        today: date,
        author_id: int | None = None,
        employee_id: int | None = None,
        team: str | None = None,
    ):
        super().__init__(parent, save, "careEventDialog")
        self._people = people
        self._author_id = author_id
        self.setWindowTitle(self.tr("Record care or recognition"))

        self.kind = QComboBox()
        for kind in KINDS_SHOWN:
            self.kind.addItem(kind_label(kind), kind)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.event_date = DayEdit(today, latest=today)
        self.event_date.dateChanged.connect(lambda _day: self._suggest_title())

        self.for_person = QRadioButton(self.tr("One person"))
        self.for_team = QRadioButton(self.tr("A whole team"))
        whom = QButtonGroup(self)
        whom.addButton(self.for_person)
        whom.addButton(self.for_team)
        self.for_person.setChecked(True)
        self.for_person.toggled.connect(self._whom_changed)
        self.person = QComboBox()
        self.person.setEditable(True)  # type a name or 工号 to find someone in a large list
        self.person.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for person in people:
            self.person.addItem(f"{person.name}（{person.employee_no}）", person.id)
        finder = QCompleter(self.person.model(), self.person)
        finder.setFilterMode(Qt.MatchFlag.MatchContains)
        finder.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.person.setCompleter(finder)
        self.team = QComboBox()
        for name in teams:
            self.team.addItem(name, name)
        person_row = QHBoxLayout()
        person_row.addWidget(self.for_person)
        person_row.addWidget(self.person, 1)
        team_row = QHBoxLayout()
        team_row.addWidget(self.for_team)
        team_row.addWidget(self.team, 1)

        self.title = QLineEdit()
        self.title.setMaxLength(200)
        self.detail = QPlainTextEdit()
        self.detail.setTabChangesFocus(True)
        self.detail.setFixedHeight(self.fontMetrics().height() * 4 + 12)
        self.detail.setPlaceholderText(self.tr("What happened: who said what, what the person did"))

        self.lay_out_form(
            [
                (self.tr("Kind:"), self.kind),
                (self.tr("Date:"), self.event_date),
                (self.tr("For:"), person_row),
                ("", team_row),
                (self.tr("Title:"), self.title),
                (self.tr("Details:"), self.detail),
            ]
        )
        self.resize(520, self.sizeHint().height())

        if employee_id is not None:
            self.person.setCurrentIndex(max(self.person.findData(employee_id), 0))
        if team is not None:
            self.team.setCurrentIndex(max(self.team.findData(team), 0))
        self._kind_changed()
        self.title.setFocus()

    def _kind_changed(self) -> None:
        team_allowed = self.kind.currentData() not in RECOGNITIONS and self.team.count() > 0  # a whole team's
        self.for_team.setEnabled(team_allowed)
        if not team_allowed:
            self.for_person.setChecked(True)
        elif self.kind.currentData() == "festival":
            self.for_team.setChecked(True)  # festival activities are mostly the whole team's
        self._whom_changed()
        placeholders = {
            "praise": self.tr("e.g. Praised by a caller for patience"),
            "service_star": self.tr("e.g. Service star of the month"),
            "festival": self.tr("e.g. Mid-Autumn: mooncakes and wishes"),
            "other": self.tr("e.g. Visited at home after an illness"),
        }
        self.title.setPlaceholderText(placeholders[self.kind.currentData()])
        self._suggest_title()

    def _suggest_title(self) -> None:
        """A service star's title says its month; another kind's is the user's to write."""
        if self.title.isModified():
            return
        picked = self.event_date.day()
        suggestion = self.tr("Service star, %1-%2").replace("%1", str(picked.year)).replace("%2", str(picked.month))
        self.title.setText(suggestion if self.kind.currentData() == "service_star" else "")

    def _whom_changed(self) -> None:
        self.person.setEnabled(self.for_person.isChecked())
        self.team.setEnabled(self.for_team.isChecked())

    def chosen_person(self) -> int | None:
        """The person the combo shows, also when a name was typed rather than picked."""
        listed = self.person.findText(self.person.currentText())
        return self.person.itemData(listed) if listed >= 0 else None

    def edited(self) -> CareEventRecord:
        from workbench.care import CareEventRecord

        team_wide = self.for_team.isChecked()
        return CareEventRecord(
            kind=self.kind.currentData(),
            event_date=self.event_date.day(),
            title=self.title.text(),
            detail=self.detail.toPlainText(),
            employee_id=None if team_wide else self.chosen_person(),
            team=self.team.currentData() if team_wide else None,
            author_id=self._author_id,
        )

    def has_unsaved_text(self) -> bool:
        return bool((self.title.isModified() and self.title.text().strip()) or self.detail.toPlainText().strip())
