"""Start a survey round: which questionnaire, its name and date, whose people (a team or
the whole center), and whether it is anonymous."""

from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLineEdit,
)

from ui.dialogs.saving_dialog import SavingDialog
from ui.widgets.day_edit import DayEdit
from workbench.surveys import NAME_LIMIT, Q12, SIX_DRIVERS, RoundRecord, kind_label, suggested_name

# (kind, name, held on, team id or None for the center, anonymous) -> the new round
CreateRound = Callable[[str, str, date, int | None, bool], RoundRecord]


class SurveyRoundDialog(SavingDialog):
    TABLES = frozenset({"survey_rounds"})

    def __init__(
        self,
        parent,
        teams: tuple[tuple[int, str], ...],
        team_id: int | None,
        can_choose: bool,
        today: date,
        save: CreateRound,
    ):
        super().__init__(parent, lambda values: save(*values), "surveyRoundDialog")
        self.setWindowTitle(self.tr("New survey round"))
        self.kind = QComboBox()
        for kind in (Q12, SIX_DRIVERS):
            self.kind.addItem(kind_label(kind), kind)
        self.held_on = DayEdit(today, latest=today)
        self.name = QLineEdit()
        self.name.setMaxLength(NAME_LIMIT)
        self.team = QComboBox()
        if can_choose:
            self.team.addItem(self.tr("Whole center"), None)
        for listed_id, name in teams:
            if can_choose or listed_id == team_id:
                self.team.addItem(name, listed_id)
        self.team.setCurrentIndex(max(self.team.findData(team_id), 0))
        self.team.setEnabled(can_choose)
        self.anonymous = QCheckBox(self.tr("Anonymous: do not record who answered"))
        self.anonymous.setToolTip(self.tr("Results are then shown only from three responses up."))
        self._suggested = ""
        self.kind.currentIndexChanged.connect(self._suggest_name)
        self.held_on.dateChanged.connect(self._suggest_name)
        self._suggest_name()

        self.lay_out_form(
            [
                (self.tr("Questionnaire:"), self.kind),
                (self.tr("Date:"), self.held_on),
                (self.tr("Name:"), self.name),
                (self.tr("Whose people:"), self.team),
                ("", self.anonymous),
            ]
        )
        self.name.setFocus()

    def _suggest_name(self) -> None:
        """A name from the questionnaire and the half-year, until the user types their own."""
        if self.name.text() not in ("", self._suggested):
            return
        self._suggested = suggested_name(self.kind.currentData(), self.held_on.day())
        self.name.setText(self._suggested)

    def edited(self) -> tuple[str, str, date, int | None, bool]:
        """As CreateRound takes them: kind, name, day held, team id or None, anonymous."""
        return (
            self.kind.currentData(),
            self.name.text(),
            self.held_on.day(),
            self.team.currentData(),
            self.anonymous.isChecked(),
        )
