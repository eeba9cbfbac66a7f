"""回收站: the talks and follow-ups the user removed, to put back or delete for good.

The bin is read in a worker and changed through the window's write path: what comes back
is announced, and the pages showing it reload by themselves."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
)

from ui.dialogs.work_dialog import WorkDialog
from ui.writes import announce, write
from workbench import trash
from workbench.db.engine import Database


def _in_bin(database: Database, progress) -> list[trash.Removed]:
    return trash.in_bin(database)


def _put_back(database: Database, entries: list[int]) -> None:
    for entry in entries:  # each whole or not at all: those before a failure stay back
        trash.put_back(database, entry)


class BinDialog(WorkDialog):
    def __init__(self, parent, database: Database):
        super().__init__(parent)
        self.database = database
        self._working = False
        self.setWindowTitle(self.tr("The bin"))
        self.message.setText(self.tr("Removed talks and follow-ups stay here until you delete them."))
        self.items = QListWidget()
        self.items.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.items.itemSelectionChanged.connect(self._enable_buttons)
        self.put_back_button = QPushButton(self.tr("Put back"))
        self.delete_button = QPushButton(self.tr("Delete for good…"))
        self.empty_button = QPushButton(self.tr("Empty the bin…"))
        self.put_back_button.clicked.connect(self._put_back)
        self.delete_button.clicked.connect(lambda: self._delete(self.selected()))
        self.empty_button.clicked.connect(lambda: self._delete(None))
        self.progress.setRange(0, 0)
        self.lay_out_list(self.items, [self.put_back_button, self.delete_button, self.empty_button])
        self.resize(620, 400)
        self.reload()

    def reload(self) -> None:
        """Read the bin again; what it showed stays until the new list arrives."""
        self.start(_in_bin, self.database, on_success=self._show)

    def _show(self, removed: list[trash.Removed]) -> None:
        self.items.clear()
        for entry in removed:
            item = QListWidgetItem(f"{entry.removed_at.astimezone():%Y-%m-%d %H:%M}  {entry.label}")
            item.setData(Qt.ItemDataRole.UserRole, entry)
            self.items.addItem(item)
        self._enable_buttons()

    def selected(self) -> list[trash.Removed]:
        return [item.data(Qt.ItemDataRole.UserRole) for item in self.items.selectedItems()]

    def set_working(self, working: bool) -> None:
        super().set_working(working)
        self._working = working
        self._enable_buttons()

    def _enable_buttons(self) -> None:
        idle = not self._working
        self.put_back_button.setEnabled(idle and bool(self.selected()))
        self.delete_button.setEnabled(idle and bool(self.selected()))
        self.empty_button.setEnabled(idle and self.items.count() > 0)

    def _put_back(self) -> None:
        entries = self.selected()
        self._change(_put_back, [entry.id for entry in entries], tables=trash.tables_put_back(e.kind for e in entries))

    def _delete(self, entries: list[trash.Removed] | None) -> None:
        count = len(entries) if entries is not None else self.items.count()
        answer = QMessageBox.question(
            self,
            self.windowTitle(),
            self.tr("Delete %n item(s) for good? This cannot be undone.", "", count),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Yes:
            ids = [entry.id for entry in entries] if entries is not None else None
            self._change(trash.empty_bin, ids, tables={trash.BIN_TABLE})

    def _change(self, function, entries: list[int] | None, tables: frozenset[str]) -> None:
        """Write, then show the bin as it is now; a failure is said in the dialog."""

        def failed(error: BaseException) -> None:
            announce(tables)  # what came back before the failure stays back
            self._failed(error)
            self.reload()

        self.set_working(True)
        write(self, function, self.database, entries, tables=tables, then=lambda _done: self.reload(), failed=failed)
