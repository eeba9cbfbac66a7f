"""Export the monthly review (月度复盘): month, team or whole center, private notes only when
ticked, where to save; written in the background, the folder opened when done."""

from datetime import date
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
)

from ui.dialogs.work_dialog import WorkDialog
from ui.models.roster_model import sorted_team_names
from ui.user_settings import EXPORT_FOLDER_KEY
from workbench import checklists, monthly
from workbench.db.engine import Database
from workbench.export.monthly import export_monthly, suggested_name
from workbench.periods import month_of, shift_month
from workbench.roster import list_teams

MONTHS_OFFERED = 24
WHOLE_CENTER = ""  # the scope combo's data for every team


def _teams(database: Database, month: str, progress) -> tuple[list[str], str]:
    """The teams to offer, and the one offered first: the user's own (the whole center when
    they lead no team)."""
    return list_teams(database), monthly.scope_of(database, month).team or WHOLE_CENTER


def _export(database: Database, month: str, team: str, path: Path, include_private: bool, progress):
    scope = monthly.center_scope(database, month) if team == WHOLE_CENTER else monthly.scope_of(database, month, team)
    return export_monthly(database, scope, path, checklists.me(database), include_private, progress)


class ExportDialog(WorkDialog):
    exported = Signal(object)  # the path written

    def __init__(self, parent, database: Database, today: date | None = None):
        super().__init__(parent)
        self.database = database
        self.setWindowTitle(self.tr("Export the monthly review"))
        today = today or date.today()
        self.month = QComboBox()
        for offset in range(MONTHS_OFFERED):
            month = shift_month(month_of(today), -offset)
            year, number = month.split("-")
            self.month.addItem(self.tr("%1-%2").replace("%1", year).replace("%2", number), month)
        self.month.setCurrentIndex(1)  # the review is of the month just ended
        self.scope = QComboBox()
        self.scope.addItem(self.tr("Reading…"))
        self.scope.setEnabled(False)  # until the teams have been read
        self.private = QCheckBox(self.tr("Include my private notes"))
        self.private.setToolTip(
            self.tr("Private notes are for you and your line managers only; leave this off for anything sent further.")
        )
        self.path = QLineEdit()
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        where = QHBoxLayout()
        where.addWidget(self.path, 1)
        where.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("Month:"), self.month)
        form.addRow(self.tr("Team:"), self.scope)
        form.addRow("", self.private)
        form.addRow(self.tr("Save as:"), where)
        self.progress.setRange(0, 0)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = self.buttons.addButton(self.tr("Export"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setDefault(True)
        self.buttons.accepted.connect(self.export)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)
        self.month.currentIndexChanged.connect(self._suggest_name)
        self.scope.currentIndexChanged.connect(self._suggest_name)
        self.start(_teams, database, self.month.currentData(), on_success=self._offer_teams)

    def _offer_teams(self, teams: tuple[list[str], str]) -> None:
        names, own = teams
        self.scope.blockSignals(True)  # one name suggested, once the choice is made
        self.scope.clear()
        for team in sorted_team_names(names):
            self.scope.addItem(team, team)
        self.scope.addItem(self.tr("Whole center"), WHOLE_CENTER)
        self.scope.setCurrentIndex(max(self.scope.findData(own), 0))
        self.scope.blockSignals(False)
        self.scope.setEnabled(True)
        self.export_button.setEnabled(True)
        self._suggest_name()

    def _folder(self) -> Path:
        typed = self.path.text().strip()
        if typed:
            return Path(typed).parent
        documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        return Path(QSettings().value(EXPORT_FOLDER_KEY, documents or str(Path.home())))

    def _suggest_name(self) -> None:
        if not self.scope.isEnabled():
            return  # the teams are still being read
        team = self.scope.currentData() or None  # None: the whole center
        named = monthly.Scope(self.month.currentData(), team, None, "")  # enough to name the file
        self.path.setText(str(self._folder() / suggested_name(named)))

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the monthly review"), self.path.text(), self.tr("Excel workbooks (*.xlsx)")
        )
        if path:
            self.path.setText(path if path.lower().endswith(".xlsx") else path + ".xlsx")

    def export(self) -> None:
        path = Path(self.path.text().strip())
        if not path.name:  # a folder that is not there yet is made when the workbook is saved
            self.show_message(self.tr("Choose where to save the workbook."), error=True)
            return
        if path.exists() and not self._replace(path):
            return
        self.show_message(self.tr("Writing %1…").replace("%1", path.name))
        self.start(
            _export,
            self.database,
            self.month.currentData(),
            self.scope.currentData(),
            path,
            self.private.isChecked(),
            on_success=lambda _summary: self._done(path),
        )

    def set_working(self, working: bool) -> None:
        super().set_working(working)
        self.export_button.setEnabled(not working and self.scope.isEnabled())

    def _replace(self, path: Path) -> bool:
        answer = QMessageBox.question(
            self,
            self.windowTitle(),
            self.tr("%1 already exists. Replace it?").replace("%1", path.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _done(self, path: Path) -> None:
        QSettings().setValue(EXPORT_FOLDER_KEY, str(path.parent))
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))
        self.exported.emit(path)
        self.accept()
