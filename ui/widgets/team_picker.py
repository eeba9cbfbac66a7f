"""Whose figures a team-by-team page shows: a team, or 全中心. Shown only to those who
may choose (workbench.team_view.Viewer.teams); a team leader sees their own team."""

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox

WHOLE_CENTER = ""  # the entry for every team


class TeamPicker(QComboBox):
    picked = Signal(object)  # the team's name, or None for the whole center

    def __init__(self, tip: str, parent=None):
        super().__init__(parent)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.setToolTip(tip)
        self.activated.connect(lambda _index: self.picked.emit(self.currentData() or None))
        self.hide()

    def show_teams(self, teams: list[str], team: str | None) -> None:
        """`teams` the viewer may pick (none: hidden), `team` the one shown (None: all)."""
        self.clear()
        self.setVisible(bool(teams))
        if not teams:
            return
        self.addItem(self.tr("Whole center"), WHOLE_CENTER)
        for name in teams:
            self.addItem(name, name)
        self.setCurrentIndex(max(self.findData(team or WHOLE_CENTER), 0))
