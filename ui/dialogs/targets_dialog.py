"""Typing a team's targets for a month: a line per indicator of the catalogue, typed in its
unit ("95%", "4:05", "90") beside the target in force; a blank line leaves that target as
it is. A manager chooses the team or the center's default; a team leader sets their own
team's. Saved in one step; a value that cannot be read is named and nothing is saved."""

from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QLineEdit, QVBoxLayout

from ui.dialogs.saving_dialog import SavingDialog
from ui.tasks import run_in_background
from workbench.db.engine import Database
from workbench.indicators import IndicatorRecord, format_value, unit_label


def _read(database: Database, month: str, team: str | None, progress):
    from workbench import indicators, team_view
    from workbench.indicator_targets import targets_of

    return team_view.viewer(database), indicators.catalogue(database), targets_of(database, month, team)


def _current(database: Database, month: str, team: str | None, progress):
    from workbench.indicator_targets import targets_of

    return targets_of(database, month, team)


class TargetsDialog(SavingDialog):
    TABLES = frozenset({"indicator_targets"})

    def __init__(self, parent, database: Database, team: str | None, month: str):
        from workbench.indicator_targets import set_targets

        def save(typed: tuple[dict[str, float], str | None]) -> dict[str, float]:
            values, scope = typed
            set_targets(database, month, values, team=scope, set_by=self.me)
            return values

        super().__init__(parent, save, "targetsDialog")
        self.database, self.team, self.month = database, team, month
        self.me: int | None = None
        self.records: list[IndicatorRecord] = []
        self.edits: dict[str, QLineEdit] = {}
        self.current_labels: dict[str, QLabel] = {}
        self.setWindowTitle(self.tr("Targets for %1").replace("%1", month))
        self.scope = QComboBox()
        self.scope.hide()
        self.scope.activated.connect(self._scope_chosen)
        self.scope_label = QLabel()
        self.grid = QGridLayout()
        layout = QVBoxLayout(self)
        layout.addWidget(self.scope_label)
        layout.addWidget(self.scope)
        layout.addLayout(self.grid)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.buttons.setEnabled(False)  # until the catalogue has been read
        self.restore_size()
        run_in_background(_read, database, month, team, owner=self, on_success=self._show, on_failure=self._refused)

    def _show(self, result) -> None:
        viewer, records, current = result
        self.me, self.records = viewer.me, records
        if viewer.teams:  # a manager or assistant manager: any team, or the center's default
            self.scope.addItem(self.tr("Center default (teams without their own)"), None)
            for name in viewer.teams:
                self.scope.addItem(name, name)
            self.scope.setCurrentIndex(max(self.scope.findData(self.team), 0))
            self.scope_label.setText(self.tr("Targets of:"))
            self.scope.show()
        else:
            self.team = viewer.team
            self.scope_label.setText(self.tr("Targets of %1").replace("%1", self.team or ""))
        for column, header in enumerate((self.tr("Indicator"), self.tr("Unit"), self.tr("In force"), self.tr("New"))):
            self.grid.addWidget(QLabel(f"<b>{header}</b>"), 0, column)
        for row, record in enumerate(records, start=1):
            edit = QLineEdit()
            edit.setAccessibleName(record.label)
            edit.setPlaceholderText(self.tr("blank: unchanged"))
            self.edits[record.key], self.current_labels[record.key] = edit, QLabel()
            for column, widget in enumerate((QLabel(record.label), QLabel(unit_label(record.unit)),
                                             self.current_labels[record.key], edit)):  # fmt: skip
                self.grid.addWidget(widget, row, column)
        self._show_current(current)
        self.buttons.setEnabled(True)
        if records:
            self.edits[records[0].key].setFocus()

    def _show_current(self, current) -> None:
        for record in self.records:
            target = current.get(record.id)
            text = "—" if target is None else format_value(record.unit, target.value)
            if target is not None and target.team_id is None and self.chosen_team() is not None:
                text = self.tr("%1 (center)").replace("%1", text)
            self.current_labels[record.key].setText(text)

    def chosen_team(self) -> str | None:
        return self.scope.currentData() if self.scope.count() else self.team  # a manager's choice

    def _scope_chosen(self) -> None:
        run_in_background(
            _current, self.database, self.month, self.chosen_team(), owner=self,
            on_success=self._show_current, on_failure=self._refused,
        )  # fmt: skip

    def edited(self) -> tuple[dict[str, float], str | None]:
        """The targets typed, read in each indicator's unit; raises UserError naming a bad one."""
        from workbench.indicator_targets import parse_target

        values = {}
        for record in self.records:
            value = parse_target(record, self.edits[record.key].text())
            if value is not None:
                values[record.key] = value
        return values, self.chosen_team()

    def has_unsaved_text(self) -> bool:
        return any(edit.text().strip() for edit in self.edits.values())

    @classmethod
    def ask(cls, parent, database: Database, team: str | None, month: str):
        """The targets saved (by indicator key), or None when the user cancelled."""
        return cls(parent, database, team, month).saved_or_none()
