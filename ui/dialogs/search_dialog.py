"""搜索全部: one box that finds what was written anywhere — talks, suggestions, growth
diaries, surveys, care — newest first; Enter opens the page the record lives on."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import QAbstractItemView, QDialog, QHeaderView, QLabel, QLineEdit, QTableView, QVBoxLayout

from ui.errors import show_error
from ui.tasks import run_in_background
from workbench.found import FoundRecord

TYPING_PAUSE_MS = 250  # search when the typing pauses, not at every key


def _search(database, text: str, viewer_id: int | None, progress):
    from workbench import practices

    return text, practices.search(database, text, viewer_id)


class HitsModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.hits: list[FoundRecord] = []
        self.headers = [self.tr("Date"), self.tr("Where"), self.tr("Who"), self.tr("What was written")]

    def practice_label(self, practice: str) -> str:
        return {
            "talk": self.tr("Talk"),
            "suggestion": self.tr("Suggestion"),
            "three_ones": self.tr("Three ones"),
            "growth": self.tr("Growth diary"),
            "survey": self.tr("Survey"),
            "care": self.tr("Care"),
            "care_account": self.tr("Three accounts"),
        }.get(practice, practice)

    def set_hits(self, hits: list[FoundRecord]) -> None:
        self.beginResetModel()
        self.hits = hits
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self.hits)

    def columnCount(self, parent: QModelIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self.headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        hit = self.hits[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            text = " ".join(hit.text.split())  # one line per hit
            return (hit.day.isoformat(), self.practice_label(hit.practice), hit.employee, text)[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 3:
            return hit.text
        return None


class SearchDialog(QDialog):
    chosen = Signal(object)  # the FoundRecord to open
    searched = Signal()  # results for the latest text are shown

    def __init__(self, parent, database, viewer_id: int | None):
        super().__init__(parent)
        self.database, self.viewer_id = database, viewer_id
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
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
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
            self.model.set_hits([])
            self.count.clear()
            return
        run_in_background(
            _search,
            self.database,
            text,
            self.viewer_id,
            owner=self,
            on_success=self._show,
            on_failure=lambda error: show_error(self, error),
        )

    def _show(self, result) -> None:
        text, hits = result
        if text != self.box.text().strip():
            return  # typing went on: a newer search is coming
        self.model.set_hits(hits)
        self.count.setText(
            self.tr("%n record(s) found", "", len(hits))
            if hits
            else self.tr("Nothing found for “%1”").replace("%1", text)
        )
        if hits:
            self.table.selectRow(0)
        self.searched.emit()

    def _open_first(self) -> None:
        if self.model.hits:
            self._open_current(self.table.currentIndex())

    def _open_current(self, index: QModelIndex) -> None:
        if index.isValid():
            self.chosen.emit(self.model.hits[index.row()])
            self.accept()
