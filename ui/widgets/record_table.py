"""The pages' read-only tables of records (on ui.models.rows_model.RowsModel): a row chosen
at a time, the columns as wide as their contents, one of them (the last unless said)
taking the room left; read again, they keep the row chosen."""

from collections.abc import Callable, Hashable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView


def record_table(model, stretch: int | None = None) -> QTableView:
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().setVisible(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    if stretch is None:
        header.setStretchLastSection(True)
    else:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)  # elided when narrow
    return table


def replace_rows(table: QTableView, rows: list, key: Callable[[object], Hashable]) -> None:
    """The table's rows read again; the record chosen before (the same `key`) stays chosen."""
    model = table.model()
    chosen = model.record_at(table.currentIndex().row())
    model.set_rows(rows)
    if chosen is not None:
        row = next((index for index, record in enumerate(rows) if key(record) == key(chosen)), None)
        if row is not None:
            table.selectRow(row)


def stretch_from(table: QTableView, first: int) -> None:
    """Columns from `first` on share the room left (a table of figures whose columns come
    and go with the data); those before stay as wide as their contents."""
    header = table.horizontalHeader()
    header.setStretchLastSection(False)
    header.setTextElideMode(Qt.TextElideMode.ElideRight)  # a long name cut at its end, not at both
    for column in range(table.model().columnCount()):
        mode = QHeaderView.ResizeMode.Stretch if column >= first else QHeaderView.ResizeMode.ResizeToContents
        header.setSectionResizeMode(column, mode)
