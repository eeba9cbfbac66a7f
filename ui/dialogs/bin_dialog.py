"""回收站: the talks and follow-ups the user removed, to put back or delete for good."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
)

from ui.errors import show_error
from workbench import trash
from workbench.db.engine import Database


class BinDialog(QDialog):
    changed = Signal()  # something came back, or went for good

    def __init__(self, parent, database: Database):
        super().__init__(parent)
        self.database = database
        self.setWindowTitle(self.tr("The bin"))
        self.note = QLabel(self.tr("Removed talks and follow-ups stay here until you delete them."))
        self.note.setWordWrap(True)
        self.items = QListWidget()
        self.items.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.items.itemSelectionChanged.connect(self._selection_changed)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.put_back_button = QPushButton(self.tr("Put back"))
        self.delete_button = QPushButton(self.tr("Delete for good…"))
        self.empty_button = QPushButton(self.tr("Empty the bin…"))
        for button in (self.put_back_button, self.delete_button, self.empty_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        self.put_back_button.clicked.connect(self._put_back)
        self.delete_button.clicked.connect(lambda: self._delete(self.selected()))
        self.empty_button.clicked.connect(lambda: self._delete(None))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.items, 1)
        layout.addWidget(buttons)
        self.resize(620, 400)
        self.reload()

    def reload(self) -> None:
        self.items.clear()
        for removed in trash.in_bin(self.database):
            item = QListWidgetItem(f"{removed.removed_at.astimezone():%Y-%m-%d %H:%M}  {removed.label}")
            item.setData(Qt.ItemDataRole.UserRole, removed.id)
            self.items.addItem(item)
        self.empty_button.setEnabled(self.items.count() > 0)
        self._selection_changed()

    def selected(self) -> list[int]:
        return [item.data(Qt.ItemDataRole.UserRole) for item in self.items.selectedItems()]

    def _selection_changed(self) -> None:
        self.put_back_button.setEnabled(bool(self.selected()))
        self.delete_button.setEnabled(bool(self.selected()))

    def _put_back(self) -> None:
        try:
            for entry in self.selected():
                trash.put_back(self.database, entry)
        except Exception as error:
            show_error(self, error)
        self.reload()
        self.changed.emit()

    def _delete(self, entries: list[int] | None) -> None:
        count = len(entries) if entries is not None else self.items.count()
        answer = QMessageBox.question(
            self,
            self.windowTitle(),
            self.tr("Delete %n item(s) for good? This cannot be undone.", "", count),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Yes:
            trash.empty_bin(self.database, entries)
            self.reload()
            self.changed.emit()
