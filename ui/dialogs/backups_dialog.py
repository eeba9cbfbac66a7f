"""备份与恢复: the database's backups with when, what kind, how big and what each holds;
back up now, or restore one (the current state is backed up first, so that is undoable)."""

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
)

from ui.dialogs.work_dialog import WorkDialog
from workbench.db.backup import BEFORE_RESTORE, BEFORE_UPGRADE, DAILY, MANUAL, Backup, backup_now, list_backups


def _backups_with_counts(database: Path, progress) -> list[tuple[Backup, dict[str, int]]]:
    found = list_backups(database)
    listed = []
    for number, backup in enumerate(found, start=1):
        listed.append((backup, backup.counts()))
        progress(number, len(found))
    return listed


def _back_up(database: Path, progress) -> Path:
    return backup_now(database)


class BackupsDialog(WorkDialog):
    restore_requested = Signal(object)  # the backup's path

    def __init__(self, parent, database: Path):
        super().__init__(parent)
        self.database = database
        self.backups: list[Backup] = []
        self.setWindowTitle(self.tr("Backups"))
        self.kinds = {
            DAILY: self.tr("Daily"),
            MANUAL: self.tr("By hand"),
            BEFORE_UPGRADE: self.tr("Before an upgrade"),
            BEFORE_RESTORE: self.tr("Before a restore"),
        }
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Made"), self.tr("Kind"), self.tr("Size"), self.tr("People"), self.tr("Talks"), self.tr("Duties")]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(lambda: self.restore_button.setEnabled(self.selected() is not None))
        self.backup_button = QPushButton(self.tr("Back up now"))
        self.restore_button = QPushButton(self.tr("Restore…"))
        self.restore_button.setEnabled(False)
        self.backup_button.clicked.connect(lambda: self.start(_back_up, self.database, on_success=self._backed_up))
        self.restore_button.clicked.connect(self._restore)
        self.message.setText(
            self.tr("A backup is made at the first start of each day; the last 7 days and 12 months are kept.")
        )
        self.lay_out_list(self.table, [self.backup_button, self.restore_button])
        self.resize(680, 420)
        self.reload()

    def reload(self) -> None:
        self.start(_backups_with_counts, self.database, on_success=self._show)

    def _show(self, listed) -> None:
        self.backups = [backup for backup, _counts in listed]
        self.table.setRowCount(len(listed))
        for row, (backup, counts) in enumerate(listed):
            values = (
                f"{backup.made_at:%Y-%m-%d %H:%M}",
                self.kinds.get(backup.kind, backup.kind),
                f"{backup.size / 2**20:.1f} MB",
                str(counts["employees"]),
                str(counts["talks"]),
                str(counts["duties"]),
            )
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if column >= 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        if not listed:
            self.show_message(self.tr("No backups yet. One is made at the first start of each day."))

    def selected(self) -> Backup | None:
        rows = self.table.selectionModel().selectedRows()
        return self.backups[rows[0].row()] if rows else None

    def _backed_up(self, path: Path) -> None:
        self.show_message(self.tr("Backed up to %1.").replace("%1", str(path)))
        self.reload()

    def _restore(self) -> None:
        backup = self.selected()
        if backup is None:
            return
        answer = QMessageBox.question(
            self,
            self.windowTitle(),
            self.tr(
                "Put the backup of %1 in place of the current data? The current data is backed up first, "
                "so you can come back to it from this list."
            ).replace("%1", f"{backup.made_at:%Y-%m-%d %H:%M}"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.restore_requested.emit(backup.path)
            self.accept()
