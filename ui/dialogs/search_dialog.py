"""搜索全部: one box that finds what was written anywhere — talks, suggestions, growth
diaries, surveys, care — newest first; Enter opens the page the record lives on."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QTimer, Signal
from PySide6.QtWidgets import QAbstractItemView, QDialog, QHeaderView, QLabel, QLineEdit, QTableView, QVBoxLayout

from ui.errors import show_error
from ui.models.hits_model import WHAT_WAS_WRITTEN, HitsModel
from ui.tasks import run_in_background

TYPING_PAUSE_MS = 250  # search when the typing pauses, not at every key


def _search(database, text: str, progress):
    """What holds the text, as the user may read it (who they are is read here too)."""
    from workbench import checklists, practices

    return text, practices.search(database, text, checklists.me(database))


class SearchDialog(QDialog):
    chosen = Signal(object)  # the FoundRecord to open
    searched = Signal()  # results for the latest text are shown

    def __init__(self, parent, database):
        super().__init__(parent)
        self.database = database
        self.setWindowTitle(self.tr("Search everything"))
        self.box = QLineEdit()
        self.box.setPlaceholderText(self.tr("Words from talks, suggestions, diaries, surveys, care…"))
        self.box.setClearButtonEnabled(True)
        self.model = HitsModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(WHAT_WAS_WRITTEN, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 96), (1, 90), (2, 90)):
            self.table.setColumnWidth(column, width)
        self.table.doubleClicked.connect(self._open_current)
        self.table.activated.connect(self._open_current)
        self.count = QLabel()
        self.count.setObjectName("countLabel")
        layout = QVBoxLayout(self)
        layout.addWidget(self.box)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)
        self.pause = QTimer(self, singleShot=True, interval=TYPING_PAUSE_MS)
        self.pause.timeout.connect(self._search)
        self.box.textChanged.connect(lambda _text: self.pause.start())
        self.box.returnPressed.connect(self._open_first)
        self.resize(820, 480)

    def _search(self) -> None:
        text = self.box.text().strip()
        if not text:
            self.model.set_rows([])
            self.count.clear()
            return
        run_in_background(
            _search,
            self.database,
            text,
            owner=self,
            on_success=self._show,
            on_failure=lambda error: show_error(self, error),
        )

    def _show(self, result) -> None:
        text, hits = result
        if text != self.box.text().strip():
            return  # typing went on: a newer search is coming
        self.model.set_rows(hits)
        self.count.setText(
            self.tr("%n record(s) found", "", len(hits))
            if hits
            else self.tr("Nothing found for “%1”").replace("%1", text)
        )
        if hits:
            self.table.selectRow(0)
        self.searched.emit()

    def _open_first(self) -> None:
        if self.model.rows:
            self._open_current(self.table.currentIndex())

    def _open_current(self, index: QModelIndex) -> None:
        if index.isValid():
            self.chosen.emit(self.model.record_at(index.row()))
            self.accept()
