"""The roster as a Qt table model, and the proxy that searches, filters and sorts it."""

import functools
from collections.abc import Callable

from PySide6.QtCore import QAbstractTableModel, QCollator, QLocale, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QColor

from workbench.roster import EmployeeRecord
from workbench.sorting import numerals_as_digits
from workbench.texts import t

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
RECORD_ROLE = Qt.ItemDataRole.UserRole + 2
LEFT_COLOR = QColor("#8a8a8a")


def _date(value) -> str:
    return value.isoformat() if value else ""


# (field label key, how to show the record's value)
COLUMNS: tuple[tuple[str, Callable[[EmployeeRecord], str]], ...] = (
    ("field.employee_no", lambda r: r.employee_no),
    ("field.name", lambda r: r.name),
    ("field.gender", lambda r: r.gender or ""),
    ("field.team", lambda r: r.team or ""),
    ("field.role", lambda r: r.role or ""),
    ("field.hire_date", lambda r: _date(r.hire_date)),
    ("field.phone", lambda r: r.phone or ""),
    ("field.status", lambda r: t(f"status.{r.status}")),
)
TEAM_COLUMN = 3


def _collator() -> QCollator:
    # Pinyin order for Chinese, and 工号 2 before 10.
    collator = QCollator(QLocale("zh_CN"))
    collator.setNumericMode(True)
    return collator


def sorted_team_names(teams: list[str]) -> list[str]:
    collator = _collator()
    keys = {team: numerals_as_digits(team) for team in teams}
    return sorted(teams, key=functools.cmp_to_key(lambda a, b: collator.compare(keys[a], keys[b])))


class RosterTableModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._records: list[EmployeeRecord] = []
        self._texts: list[tuple[str, ...]] = []
        self._ranks: list[list[int]] = []  # per column: each row's place in collation order
        self._search_keys: list[str] = []

    def set_records(self, records: list[EmployeeRecord]) -> None:
        self.beginResetModel()
        self._records = list(records)
        self._texts = [tuple(show(record) for _, show in COLUMNS) for record in self._records]
        self._search_keys = [
            " ".join((r.employee_no, r.name, r.phone or "", r.team or "", r.role or "")).lower() for r in self._records
        ]
        self._ranks = [self._collation_ranks(column) for column in range(len(COLUMNS))]
        self.endResetModel()

    def _collation_ranks(self, column: int) -> list[int]:
        """Compare in Python once per reload so Qt sorts by plain integers afterwards."""
        collator = _collator()
        keys = [texts[column] for texts in self._texts]
        if column == TEAM_COLUMN:
            keys = [numerals_as_digits(key) for key in keys]
        order = sorted(range(len(keys)), key=functools.cmp_to_key(lambda a, b: collator.compare(keys[a], keys[b])))
        ranks = [0] * len(keys)
        for rank, row in enumerate(order):
            ranks[row] = rank
        return ranks

    def record(self, row: int) -> EmployeeRecord:
        return self._records[row]

    def search_key(self, row: int) -> str:
        return self._search_keys[row]

    def row_of(self, employee_id: int) -> int | None:
        return next((row for row, record in enumerate(self._records) if record.id == employee_id), None)

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return t(COLUMNS[section][0])
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._texts[row][column]
        if role == SORT_ROLE:
            return self._ranks[column][row]
        if role == RECORD_ROLE:
            return self._records[row]
        if role == Qt.ItemDataRole.ForegroundRole and not self._records[row].is_active:
            return QBrush(LEFT_COLOR)
        return None


class RosterFilterProxy(QSortFilterProxyModel):
    """Search as you type over 工号, 姓名, 电话, 班组 and 岗位; filter by team and status."""

    ALL = None

    def __init__(self, parent=None):
        super().__init__(parent)
        self._needle = ""
        self._team: str | None = self.ALL
        self._status: str | None = self.ALL
        self.setSortRole(SORT_ROLE)

    def set_search_text(self, text: str) -> None:
        self.beginFilterChange()
        self._needle = text.strip().lower()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_team(self, team: str | None) -> None:
        self.beginFilterChange()
        self._team = team
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_status(self, status: str | None) -> None:
        self.beginFilterChange()
        self._status = status
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent) -> bool:
        model: RosterTableModel = self.sourceModel()
        record = model.record(source_row)
        if self._status is not None and record.status != self._status:
            return False
        if self._team is not None and record.team != self._team:
            return False
        return not self._needle or self._needle in model.search_key(source_row)
