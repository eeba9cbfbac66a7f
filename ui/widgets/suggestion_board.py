"""The board of improvement suggestions: filters by team, type, status and year, a count
per status that filters when clicked, the table, and beside it the selected suggestion
with its history of status changes. It shows what the page hands it (the history once the
page has read it); the page does the work."""

from __future__ import annotations

from dataclasses import astuple

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ui.models.three_ones_models import TITLE_COLUMN, SuggestionModel
from ui.widgets.record_table import record_table
from workbench.suggestions import (
    SUGGESTION_STATUSES,
    SUGGESTION_TYPES,
    Board,
    BoardFilter,
    SuggestionEventRecord,
    SuggestionRecord,
    status_label,
    type_label,
)


class SuggestionBoard(QWidget):
    filter_changed = Signal(object)  # BoardFilter
    add_requested = Signal()
    edit_requested = Signal(object)  # SuggestionRecord
    status_requested = Signal(object)  # SuggestionRecord
    remove_requested = Signal(object)  # SuggestionRecord
    current_changed = Signal(object)  # SuggestionRecord or None

    def __init__(self, parent=None):
        super().__init__(parent)
        self._filling = False
        self.team = QComboBox()
        self.team.setToolTip(self.tr("Whose suggestions: a team's people, or the whole center"))
        self.type = QComboBox()
        self.type.addItem(self.tr("All types"), None)
        for kind in SUGGESTION_TYPES:
            self.type.addItem(type_label(kind), kind)
        self.status = QComboBox()
        self.status.addItem(self.tr("All statuses"), None)
        for status in SUGGESTION_STATUSES:
            self.status.addItem(status_label(status), status)
        self.year = QComboBox()
        self.filters = (self.team, self.type, self.status, self.year)  # in BoardFilter's order
        for combo in self.filters:
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.activated.connect(lambda _index: self._filters_chosen())
        self.add_button = QPushButton(self.tr("Add a suggestion…"))
        self.add_button.clicked.connect(self.add_requested)
        filters = QHBoxLayout()
        for combo in self.filters:
            filters.addWidget(combo)
        filters.addStretch(1)
        filters.addWidget(self.add_button)

        counts = QHBoxLayout()
        self.count_buttons: dict[str, QToolButton] = {}
        for status in SUGGESTION_STATUSES:
            button = QToolButton()
            button.setCheckable(True)
            button.setAutoRaise(True)
            button.setToolTip(self.tr("Show only these (click again for all)"))
            button.clicked.connect(lambda checked, s=status: self._count_clicked(s, checked))
            self.count_buttons[status] = button
            counts.addWidget(button)
        self.total = QLabel()
        self.total.setObjectName("countLabel")
        counts.addStretch(1)
        counts.addWidget(self.total)

        self.model = SuggestionModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.table = record_table(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # as the core orders: newest first
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)  # sized once shown
        self.table.doubleClicked.connect(lambda _index: self._request(self.edit_requested))
        QShortcut(
            QKeySequence(Qt.Key.Key_Return),
            self.table,
            lambda: self._request(self.edit_requested),
            context=Qt.ShortcutContext.WidgetShortcut,
        )
        QShortcut(
            QKeySequence(QKeySequence.StandardKey.Delete),
            self.table,
            lambda: self._request(self.remove_requested),
            context=Qt.ShortcutContext.WidgetShortcut,
        )
        self.table.selectionModel().currentRowChanged.connect(lambda _current, _previous: self._current_moved())

        self.detail = QFrame()
        self.detail.setObjectName("detailPanel")
        self.detail_title = QLabel()
        self.detail_title.setObjectName("detailTitle")
        self.detail_title.setWordWrap(True)
        self.detail_text = QLabel()
        self.detail_text.setWordWrap(True)
        self.detail_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.history = QListWidget()
        self.history.setWordWrap(True)
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.setToolTip(self.tr("Edit the suggestion (Enter)"))
        self.edit_button.clicked.connect(lambda: self._request(self.edit_requested))
        self.status_button = QPushButton(self.tr("Change status…"))
        self.status_button.setToolTip(self.tr("Move it on, decline it with a reason, or reopen it"))
        self.status_button.clicked.connect(lambda: self._request(self.status_requested))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setToolTip(self.tr("Move it to the bin (Delete); Ctrl+Z puts it back"))
        self.remove_button.clicked.connect(lambda: self._request(self.remove_requested))
        detail_buttons = QHBoxLayout()
        detail_buttons.addWidget(self.edit_button)
        detail_buttons.addWidget(self.status_button)
        detail_buttons.addWidget(self.remove_button)
        detail_layout = QVBoxLayout(self.detail)
        detail_layout.addWidget(self.detail_title)
        detail_layout.addWidget(self.detail_text)
        detail_layout.addLayout(detail_buttons)
        detail_layout.addWidget(QLabel(self.tr("History:")))
        detail_layout.addWidget(self.history, 1)
        self.detail.setMinimumWidth(260)

        splitter = QSplitter()
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 1)
        splitter.setCollapsible(1, False)
        splitter.setSizes([760, 320])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
        layout.addLayout(counts)
        layout.addWidget(splitter, 1)
        self._detail_id: int | None = None
        self.show_detail(None)

    # filters ---------------------------------------------------------------------

    def set_choices(self, teams: list[str], years: list[int], chosen: BoardFilter) -> None:
        """The teams and years to pick from, and the filter now in force."""
        self._filling = True
        self.team.clear()
        self.team.addItem(self.tr("Whole center"), None)
        for team in teams:
            self.team.addItem(team, team)
        self.year.clear()
        self.year.addItem(self.tr("All years"), None)
        for year in sorted({*years, chosen.year} - {None}, reverse=True):
            self.year.addItem(str(year), year)
        for combo, value in zip(self.filters, astuple(chosen), strict=True):
            combo.setCurrentIndex(max(combo.findData(value), 0))
        self._filling = False

    def chosen(self) -> BoardFilter:
        return BoardFilter(*(combo.currentData() for combo in self.filters))

    def _filters_chosen(self) -> None:
        if not self._filling:
            self.filter_changed.emit(self.chosen())

    def _count_clicked(self, status: str, checked: bool) -> None:
        self.status.setCurrentIndex(self.status.findData(status if checked else None))
        self._filters_chosen()

    # rows ---------------------------------------------------------------------------

    def show_board(self, board: Board, select_id: int | None = None) -> None:
        current = self.current()
        keep = select_id if select_id is not None else current.id if current else None
        self.model.set_rows(board.rows)
        status = self.status.currentData()
        for name, button in self.count_buttons.items():
            button.setText(f"{status_label(name)} {board.status_counts[name]}")
            button.setChecked(name == status)
        self.total.setText(self.tr("%1 suggestion(s) shown").replace("%1", str(len(board.rows))))
        self.table.resizeColumnsToContents()
        self.table.setColumnWidth(TITLE_COLUMN, min(max(self.table.columnWidth(TITLE_COLUMN), 160), 320))
        self.select(keep)

    def select(self, suggestion_id: int | None) -> None:
        row = next((i for i, record in enumerate(self.model.rows) if record.id == suggestion_id), 0)
        if self.model.rows:
            self.table.selectRow(self.proxy.mapFromSource(self.model.index(row, 0)).row())
        else:
            self._current_moved()

    def current(self) -> SuggestionRecord | None:
        return self.model.record_at(self.proxy.mapToSource(self.table.currentIndex()).row())

    def _current_moved(self) -> None:
        self.show_detail(self.current())
        self.current_changed.emit(self.current())

    def _request(self, signal) -> None:
        record = self.current()
        if record is not None:
            signal.emit(record)

    def show_detail(self, record: SuggestionRecord | None) -> None:
        """The record at once; its history once the page has read it (`show_history`)."""
        for button in (self.edit_button, self.status_button, self.remove_button):
            button.setEnabled(record is not None)
        if record is None or record.id != self._detail_id:
            self.history.clear()  # the same one read again keeps its history until the new one comes
        self._detail_id = record.id if record is not None else None
        if record is None:
            self.detail_title.setText(self.tr("No suggestion selected"))
            self.detail_text.setText("")
            return
        self.detail_title.setText(record.title)
        lines = [
            f"{type_label(record.type)} · {status_label(record.status)}",
            self.tr("Made by %1 on %2")
            .replace("%1", record.author_name)
            .replace("%2", record.submitted_on.isoformat()),
            self.tr("Owner: %1").replace("%1", record.owner or "—"),
        ]
        if record.decline_reason:
            lines.append(self.tr("Reason declined: %1").replace("%1", record.decline_reason))
        if record.content:
            lines += ["", record.content]
        self.detail_text.setText("\n".join(lines))

    def show_history(self, history: list[SuggestionEventRecord]) -> None:
        self.history.clear()
        for event in reversed(history):  # newest first
            moment = event.at.astimezone().strftime("%Y-%m-%d %H:%M")
            note = f"：{event.note}" if event.note else ""
            self.history.addItem(f"{moment}  {status_label(event.status)}{note}")
