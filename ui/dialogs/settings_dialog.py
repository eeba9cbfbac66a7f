"""设置: who "I" am in the roster, the language, how many backups to keep, where exports go,
and which database this is. Saved in one step; a problem is shown and nothing is lost.
Opening another database, making a new one and moving the data folder save the dialog and
close it; the main window, which owns the open database, does them."""

import os
from dataclasses import dataclass

from PySide6.QtCore import QSettings, QStandardPaths, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
)

from ui.dialogs.saving_dialog import SavingDialog
from ui.pages.checklist_data import choosing_me_tables
from ui.tasks import read_in_worker
from ui.user_settings import EXPORT_FOLDER_KEY, LANGUAGE_KEY, saved_language
from ui.widgets.labels import wrapped_label
from workbench import center, checklists, paths, preferences
from workbench.db.engine import Database
from workbench.texts import t, value_label

OPEN_DATABASE, NEW_DATABASE, MOVE_DATA_FOLDER = "open", "new", "move"


@dataclass(frozen=True)
class Settings:
    me: int | None
    language: str
    keep_daily: int
    keep_monthly: int
    export_folder: str


def apply(database: Database, settings: Settings) -> Settings:
    if settings.me is not None and settings.me != checklists.me(database):
        checklists.set_me(database, settings.me)
    if database.path is not None:  # a center's server is backed up by its own tools
        preferences.set_backup_policy(database, settings.keep_daily, settings.keep_monthly)
    QSettings().setValue(LANGUAGE_KEY, settings.language)
    QSettings().setValue(EXPORT_FOLDER_KEY, settings.export_folder)
    return settings


def _stored(database: Database):
    """Who "I" can be and am, whether the login says it, and the backups kept."""
    login = center.login_employee(database)
    return checklists.leaders(database), checklists.me(database), login is not None, preferences.backup_policy(database)


class SettingsDialog(SavingDialog):
    TABLES = choosing_me_tables(None)  # with the backups kept, a preference

    def __init__(self, parent, database: Database, current_language: str, can_switch: bool = True):
        super().__init__(parent, lambda settings: apply(database, settings), "settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self.me = QComboBox()
        self.language = QComboBox()
        self.language.addItem("简体中文", "zh_CN")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(self.language.findData(saved_language() or current_language), 0))
        self.keep_daily, self.keep_monthly = QSpinBox(), QSpinBox()
        self.keep_daily.setRange(1, 365)
        self.keep_monthly.setRange(0, 120)
        self.keep_daily.setSuffix(self.tr(" days"))
        self.keep_monthly.setSuffix(self.tr(" months"))
        self._backups_kept_here = database.path is not None  # a center's server is backed up by its own tools
        for widget in (self.me, self.keep_daily, self.keep_monthly, self.save_button()):
            widget.setEnabled(False)  # until what is stored has been read
        self.export_folder = QLineEdit(str(QSettings().value(EXPORT_FOLDER_KEY, "")))
        self.export_folder.setPlaceholderText(
            QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        )
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.export_folder, 1)
        folder_row.addWidget(browse)
        self.database_action: str | None = None  # what the main window is asked to do on closing
        database_label = wrapped_label(database.display_name)
        database_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        database_row = QHBoxLayout()
        for text, action in ((self.tr("Open another…"), OPEN_DATABASE), (self.tr("New…"), NEW_DATABASE)):
            button = QPushButton(text)
            button.clicked.connect(lambda _checked=False, action=action: self._ask(action))
            button.setEnabled(can_switch)
            database_row.addWidget(button)
        database_row.addStretch(1)
        data_folder = wrapped_label(str(paths.data_dir()))
        data_folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.move_button = QPushButton(self.tr("Move…"))
        self.move_button.clicked.connect(lambda: self._ask(MOVE_DATA_FOLDER))
        # WORKBENCH_DATA_DIR (a portable install) names the folder itself: moving it would not stick.
        self.move_button.setEnabled(can_switch and not os.environ.get("WORKBENCH_DATA_DIR"))
        folder_note = wrapped_label(
            self.tr("The database, its backups and the logs, for example to a drive that is backed up."),
            style="countLabel",
        )
        form = QFormLayout(self)
        form.addRow(self.tr("I am:"), self.me)
        form.addRow(self.tr("Language:"), self.language)
        form.addRow("", QLabel(self.tr("A new language shows from the next start.")))
        form.addRow(self.tr("Keep daily backups for:"), self.keep_daily)
        form.addRow(self.tr("Keep monthly backups for:"), self.keep_monthly)
        form.addRow(self.tr("Export to:"), folder_row)
        form.addRow(self.tr("Database:"), database_label)
        form.addRow("", database_row)
        form.addRow(self.tr("Data folder:"), data_folder)
        form.addRow("", self.move_button)
        form.addRow("", folder_note)
        form.addRow(self.error)
        form.addRow(self.buttons)
        self.restore_size()
        read_in_worker(self, _stored, database, then=lambda stored: self._show_stored(*stored))

    def save_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Save)

    def _show_stored(self, leaders, me: int | None, logged_in: bool, backups: tuple[int, int]) -> None:
        for person in leaders:
            self.me.addItem(t("person.with_role", name=person.name, role=value_label("role", person.role)), person.id)
        self.me.setCurrentIndex(self.me.findData(me))
        self.me.setEnabled(not logged_in)
        if logged_in:
            self.me.setToolTip(self.tr("On the center's database your login says who you are."))
        self.keep_daily.setValue(backups[0])
        self.keep_monthly.setValue(backups[1])
        for box in (self.keep_daily, self.keep_monthly):
            box.setEnabled(self._backups_kept_here)
        self.save_button().setEnabled(True)

    def _ask(self, action: str) -> None:
        """Save what was edited here, then close for the main window to act."""
        if self.save_button().isEnabled():
            self.database_action = action
            self.accept()

    def accept(self) -> None:
        if self.save_button().isEnabled():  # not before what is stored has been read (Ctrl+S)
            super().accept()

    def _refused(self, error: BaseException) -> None:
        self.database_action = None  # the edits could not be saved: the dialog stays open and says why
        super()._refused(error)

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Export to"), self.export_folder.text())
        if folder:
            self.export_folder.setText(folder)

    def edited(self) -> Settings:
        return Settings(
            me=self.me.currentData(),
            language=self.language.currentData(),
            keep_daily=self.keep_daily.value(),
            keep_monthly=self.keep_monthly.value(),
            export_folder=self.export_folder.text().strip(),
        )
