"""The roster as a Qt table model that searches, filters and sorts itself."""

import functools
import re
from collections.abc import Callable

from PySide6.QtCore import QCollator, QLocale, Qt
from PySide6.QtGui import QBrush, QColor

from ui.models.rows_model import RowsModel
from workbench.people import EmployeeRecord
from workbench.sorting import numerals_as_digits
from workbench.texts import t, value_label

LEFT_COLOR = QColor("#8a8a8a")


def _date(value) -> str:
    return value.isoformat() if value else ""


def _natural_key(text: str):
    """'A10' after 'A9': digit runs compare as numbers."""
    return [(0, int(part), "") if part.isdigit() else (1, 0, part) for part in re.split(r"(\d+)", text) if part]


# (field label key, how to show the record's value, how the column sorts)
COLLATE = "collate"  # people's text: pinyin order, by QCollator
NATURAL = "natural"  # numbers and dates: digit runs as numbers
COLUMNS: tuple[tuple[str, Callable[[EmployeeRecord], str], str], ...] = (
    ("field.employee_no", lambda r: r.employee_no, NATURAL),
    ("field.name", lambda r: r.name, COLLATE),
    ("field.gender", lambda r: value_label("gender", r.gender), COLLATE),
    ("field.team", lambda r: r.team or "", COLLATE),
    ("field.role", lambda r: value_label("role", r.role), COLLATE),
    ("field.hire_date", lambda r: _date(r.hire_date), NATURAL),
    ("field.phone", lambda r: r.phone or "", NATURAL),
    ("field.status", lambda r: t(f"status.{r.status}"), COLLATE),
)
TEAM_COLUMN = 3


def _collator() -> QCollator:
    # Pinyin order for Chinese, and 服务9组 before 服务10组.
    collator = QCollator(QLocale("zh_CN"))
    collator.setNumericMode(True)
    return collator


class RosterTableModel(RowsModel):
    """The roster, with its search, filters and sorting done here in whole-list passes.

    Qt's proxy model would call back into Python once per row and per comparison and
    then tell the view about each removed range; on a center's 5,000 rows that made a
    keystroke cost up to a second. Here a filter change is one list comprehension and
    one model reset. `rows` are the records shown."""

    def __init__(self, parent=None):
        super().__init__([t(label) for label, _show, _order in COLUMNS], parent)
        self._all: list[EmployeeRecord] = []  # sorted
        self._texts: dict[int, tuple[str, ...]] = {}  # id(record) -> its cells as shown
        self._search_keys: dict[int, str] = {}
        self._places: dict[int, dict[str, int]] = {}  # column -> value -> place in order
        self._sorted_by = (0, Qt.SortOrder.AscendingOrder)
        self._needle = ""
        self._team: str | None = None
        self._status: str | None = None
        self.active_count = 0

    # what the page sets -------------------------------------------------------

    def set_records(self, records: list[EmployeeRecord]) -> None:
        self.beginResetModel()
        self._all = list(records)
        self._texts = {id(r): tuple(show(r) for _, show, _ in COLUMNS) for r in self._all}
        self._search_keys = {
            id(r): " ".join((r.employee_no, r.name, r.phone or "", r.team or "", r.role or "")).lower()
            for r in self._all
        }
        self._places = {}
        self.active_count = sum(1 for record in self._all if record.is_active)
        self._sort_all()
        self._filter()
        self.endResetModel()

    def set_filter(self, **changes) -> None:
        """needle= (search text), team= and status= (None for all); others stay."""
        self.beginResetModel()
        self._needle = changes.get("needle", self._needle).strip().lower()
        self._team = changes.get("team", self._team)
        self._status = changes.get("status", self._status)
        self._filter()
        self.endResetModel()

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        held = [(self.rows[index.row()], index.column()) for index in persistent]
        self._sorted_by = (column, order)
        self._sort_all()
        self._filter()
        row_of = {id(record): row for row, record in enumerate(self.rows)}
        self.changePersistentIndexList(persistent, [self.index(row_of[id(record)], column) for record, column in held])
        self.layoutChanged.emit()

    def _filter(self) -> None:
        needle, team, status, keys = self._needle, self._team, self._status, self._search_keys
        self.rows = [
            record
            for record in self._all
            if (status is None or record.status == status)
            and (team is None or record.team == team)
            and (not needle or needle in keys[id(record)])
        ]

    def _sort_all(self) -> None:
        column, order = self._sorted_by
        places, texts = self._column_places(column), self._texts
        self._all.sort(
            key=lambda record: places[texts[id(record)][column]], reverse=order == Qt.SortOrder.DescendingOrder
        )

    def _column_places(self, column: int) -> dict[str, int]:
        """Each distinct value's place in the column's order, worked out once per load
        (QCollator for Chinese text, so 阿 before 张; digit runs as numbers)."""
        if column not in self._places:
            distinct = sorted({texts[column] for texts in self._texts.values()}, key=_sort_key(column))
            self._places[column] = {value: place for place, value in enumerate(distinct)}
        return self._places[column]

    # what the page reads ------------------------------------------------------

    def all_records(self) -> list[EmployeeRecord]:
        return self._all

    def row_of(self, employee_id: int) -> int | None:
        return next((row for row, record in enumerate(self.rows) if record.id == employee_id), None)

    # RowsModel ----------------------------------------------------------------

    def text(self, record: EmployeeRecord, column: int) -> str:
        return self._texts[id(record)][column]

    def cell(self, record: EmployeeRecord, column: int, role):
        if role == Qt.ItemDataRole.ForegroundRole and not record.is_active:
            return QBrush(LEFT_COLOR)
        return None


def _sort_key(column: int):
    if COLUMNS[column][2] == NATURAL:
        return _natural_key
    collator = _collator()
    if column == TEAM_COLUMN:
        return functools.cmp_to_key(lambda a, b: collator.compare(numerals_as_digits(a), numerals_as_digits(b)))
    return functools.cmp_to_key(collator.compare)


def sorted_team_names(teams: list[str]) -> list[str]:
    return sorted(teams, key=_sort_key(TEAM_COLUMN))
