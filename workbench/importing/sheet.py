"""The one reader of worksheets: finds the header row below titles, maps columns by their
Chinese or English names (or as the user mapped them), skips blank and footer rows, and
keeps each row's Excel number. Every column of the header is accounted for: read as a
field, ignored, or a second copy of a field left aside."""

from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from workbench.errors import UserError
from workbench.importing import number_formats
from workbench.importing.cleaning import clean_text, header_key
from workbench.importing.problems import RowProblem
from workbench.importing.reader import open_sheets
from workbench.texts import t

HEADER_SEARCH_ROWS = 30
# Far above a center's scale (5,000 people, some 60,000 talks a year) and far below what
# would exhaust an office PC: a bigger file is almost surely not one sheet to import.
MAX_ROWS = 250_000
# Rows that close a sheet written by hand: who made it, totals, notes.
FOOTER_WORDS = ("制表", "填表", "审核", "合计", "总计", "小计", "备注", "说明", "注:", "打印", "total")
# The characters footer words start with: a cheap test before header_key on every row.
_FOOTER_STARTS = frozenset("制填审合总小备说注打tTｔＴ")
PROGRESS_EVERY = 1000
_GROUP_SHOWN = 4  # fields of a `needs` group named in the message when no header is found
_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff"

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class Column:
    """A field the importer understands and the header names it may appear under.
    `keeps_zeros`: a code such as 工号, whose leading zeros a number format may show."""

    field: str
    aliases: tuple[str, ...]
    required: bool = False
    keeps_zeros: bool = False

    def matches(self, key: str) -> bool:
        return key in _alias_keys(self.aliases)


@cache
def _alias_keys(aliases: tuple[str, ...]) -> frozenset[str]:
    return frozenset(header_key(alias) for alias in aliases)


@cache
def column_letter(index: int) -> str:
    """1 -> 'A', 27 -> 'AA'."""
    letters = ""
    while index:
        index, remainder = divmod(index - 1, 26)
        letters = chr(65 + remainder) + letters
    return letters


def resolve_field(columns: Sequence[Column], name: str) -> str:
    """The field a user named in a column mapping: its key, or any of its header names."""
    key = header_key(name)
    for column in columns:
        if name == column.field or column.matches(key):
            return column.field
    choices = "、".join(column.aliases[0] for column in columns)
    raise UserError(t("columns.unknown_field", name=name, choices=choices))


@dataclass
class ColumnMap:
    """Headers the user read as fields: chosen now (`given`, header as written -> field's
    key or name) and, looked up by the header row found, chosen for the same headers before."""

    given: Mapping[str, str] = field(default_factory=dict)  # "" for a header read as nothing
    remembered: Callable[[tuple[str, ...]], Mapping[str, str]] | None = None

    @classmethod
    def of(cls, value: "ColumnMap | Mapping[str, str] | None") -> "ColumnMap":
        return value if isinstance(value, ColumnMap) else cls(given=dict(value or {}))


@dataclass
class SheetRow:
    number: int  # the row number Excel shows
    values: dict[str, object]  # field -> raw cell value; only fields the sheet has
    ignored: tuple[str, ...] = ()  # letters of ignored columns with something in this row


@dataclass(frozen=True)
class HeaderCell:
    column: str  # its letter
    header: str  # as written
    field: str | None = None  # what it was read as; None when ignored
    label: str | None = None  # that field's usual header


@dataclass
class SheetTable:
    path: Path
    sheet_name: str
    header_row: int
    column_of: dict[str, int]  # field -> 1-based column index
    header_keys: dict[str, str]  # field -> its header as matched, to spot repeated headers
    header_cells: list[HeaderCell] = field(default_factory=list)  # every header with text
    mapped: dict[str, str] = field(default_factory=dict)  # header as written -> field, as the user chose
    second_copies: list[HeaderCell] = field(default_factory=list)  # a field's second column, left aside
    hidden_sheets: list[str] = field(default_factory=list)
    rows: Iterator[SheetRow] = field(default_factory=lambda: iter(()))  # read once, as they stream

    def column_letter(self, field_name: str) -> str:
        return column_letter(self.column_of[field_name])

    def problem(self, row: int, field_name: str, message: str) -> RowProblem:
        """A problem in the field's cell of the row, named by the sheet's own header: what the
        user will look for."""
        return RowProblem(row, self.column_letter(field_name), self.header_keys[field_name], message)

    @property
    def headers(self) -> tuple[str, ...]:
        """Every header of the row, to know the same layout again."""
        return tuple(sorted(cell.header for cell in self.header_cells + self.second_copies))

    @property
    def ignored(self) -> list[HeaderCell]:
        return [cell for cell in self.header_cells if cell.field is None]

    def accounting(self) -> dict:
        """What each header cell became, for reports."""
        return {
            "sheet": self.sheet_name,
            "header_row": self.header_row,
            "hidden_sheets": self.hidden_sheets,
            "columns": [vars(cell) for cell in self.header_cells if cell.field is not None],
            "ignored": [vars(cell) for cell in self.ignored],
            "second_copies": [vars(cell) for cell in self.second_copies],
            "mapped": self.mapped,
        }


def read_table(
    path: Path,
    columns: Sequence[Column],
    progress: Progress | None = None,
    column_map: ColumnMap | Mapping[str, str] | None = None,
    needs: Sequence[Sequence[str]] = (),
) -> SheetTable:
    """The first sheet (visible, active first) with a recognizable header row; its rows
    stream from `table.rows`. `column_map` reads headers the importer does not know as fields.
    A header row has every required column and, for each group of fields in `needs`, one
    of them at least (工号 or 姓名, and some indicator)."""
    path = Path(path)
    column_map = ColumnMap.of(column_map)
    workbook = open_sheets(path)
    saw_anything = False
    for sheet in workbook.sheets:
        rows = iter(sheet.rows)
        table, had_values = _find_header(path, sheet.name, rows, columns, column_map, needs)
        saw_anything = saw_anything or had_values
        if table is None:
            continue
        table.hidden_sheets = workbook.hidden
        widths = _zero_widths(path, table, columns)
        table.rows = _read_body(table, rows, progress, sheet.height, widths)
        return table
    labels = {column.field: column.aliases[0] for column in columns}
    wanted = [column.aliases[0] for column in columns if column.required]
    for group in needs:
        shown = "/".join(labels[name] for name in group[:_GROUP_SHOWN])
        wanted.append(shown + ("…" if len(group) > _GROUP_SHOWN else ""))
    required = "、".join(wanted)
    hidden = "、".join(workbook.hidden)
    if not saw_anything:
        raise UserError(t("xlsx.empty", path=path.name) + (t("xlsx.hidden_not_read", sheets=hidden) if hidden else ""))
    message = t("xlsx.no_header", path=path.name, rows=HEADER_SEARCH_ROWS, required=required)
    raise UserError(message + (t("xlsx.hidden_not_read", sheets=hidden) if hidden else ""))


def _find_header(path, sheet_name, rows, columns, column_map: ColumnMap, needs) -> tuple[SheetTable | None, bool]:
    """The table whose header is within the first rows, if any; and whether any cell had a value."""
    given = _mapping(columns, column_map.given)
    had_values = False
    for number, values in enumerate(rows, start=1):
        if number > HEADER_SEARCH_ROWS:
            break
        had_values = had_values or any(clean_text(value) for value in values)
        found, cells = _header_fields(values, columns, given)
        if column_map.remembered is not None and cells:
            # What was chosen for a row of the same headers, required columns included.
            before = column_map.remembered(tuple(sorted(written for _, written, _ in cells)))  # as table.headers
            if before:
                found, cells = _header_fields(values, columns, _mapping(columns, before) | given)
        if not all(column.field in found for column in columns if column.required):
            continue
        if not all(any(name in found for name in group) for group in needs):
            continue
        for column in columns:
            if column.required and len(found[column.field]) > 1:
                headers = "”和“".join(written for _, _, written in found[column.field])
                letters = "、".join(column_letter(index) for index, _, _ in found[column.field])
                raise UserError(
                    t(
                        "xlsx.duplicate_column",
                        path=path.name,
                        row=number,
                        headers=headers,
                        field=column.aliases[0],
                        letters=letters,
                    )
                )
        table = SheetTable(
            path=path,
            sheet_name=sheet_name,
            header_row=number,
            column_of={name: places[0][0] for name, places in found.items()},
            header_keys={name: places[0][1] for name, places in found.items()},
        )
        labels = {column.field: column.aliases[0] for column in columns}
        for index, written, name in cells:
            if name is not None and not any(
                column.field == name and column.matches(header_key(written)) for column in columns
            ):
                table.mapped[written] = name
            cell = HeaderCell(column_letter(index), written, name, labels.get(name))
            first = name is not None and table.column_of[name] == index
            (table.header_cells if first or name is None else table.second_copies).append(cell)
        return table, True
    return None, had_values


def _mapping(columns: Sequence[Column], chosen: Mapping[str, str]) -> dict[str, str | None]:
    """header key -> field, from headers as written -> a field's key or name ("" for none)."""
    return {header_key(header): resolve_field(columns, name) if name else None for header, name in chosen.items()}


def _header_fields(values, columns, mapped: dict[str, str]):
    """({field: [(index, key, as written)]}, [(index, as written, field or None)]) of a row."""
    found: dict[str, list[tuple[int, str, str]]] = {}
    cells = []
    for index, value in enumerate(values, start=1):
        key = header_key(value)
        if not key:
            continue
        name = mapped[key] if key in mapped else next((column.field for column in columns if column.matches(key)), None)
        written = clean_text(value)
        cells.append((index, written, name))
        if name is not None:
            found.setdefault(name, []).append((index, key, written))
    return found, cells


def _zero_widths(path: Path, table: SheetTable, columns: Sequence[Column]) -> dict[str, dict[int, int]]:
    """field -> {row: digits its number format shows} for codes such as 工号."""
    widths = {}
    for column in columns:
        if column.keeps_zeros and column.field in table.column_of:
            found = number_formats.zero_padded(path, table.sheet_name, table.column_letter(column.field))
            if found:
                widths[column.field] = found
    return widths


def _read_body(table: SheetTable, rows, progress, height, widths) -> Iterator[SheetRow]:
    picks = list(table.column_of.items())
    ignored = [(column_letter_index(cell.column), cell.column) for cell in table.ignored]
    count = 0
    for number, values in enumerate(rows, start=table.header_row + 1):
        size = len(values)
        picked = {name: values[index - 1] if index <= size else None for name, index in picks}
        if progress and number % PROGRESS_EVERY == 0:
            progress(number, height or 0)
        if _all_blank(picked.values()) or _is_footer(values) or _repeats_header(picked, table):
            continue
        count += 1
        if count > MAX_ROWS:
            raise UserError(t("xlsx.too_many_rows", path=table.path.name, limit=f"{MAX_ROWS:,}"))
        for name, by_row in widths.items():
            digits = by_row.get(number)
            value = picked[name]
            if digits and isinstance(value, (int, float)) and not isinstance(value, bool) and value >= 0:
                picked[name] = str(int(value)).zfill(digits)
        filled = tuple(letter for index, letter in ignored if index <= size and not _blank(values[index - 1]))
        yield SheetRow(number=number, values=picked, ignored=filled)
    if progress:
        progress(height or 0, height or 0)


@cache
def column_letter_index(letters: str) -> int:
    """'A' -> 1, 'AA' -> 27."""
    index = 0
    for letter in letters:
        index = index * 26 + ord(letter) - 64
    return index


# The three below run on every row of every import (a center's month of daily rows is a
# hundred thousand): plain loops with the test inline, not generators calling _blank.


def _blank(value) -> bool:
    # Not clean_text: called for every cell, and blank is blank in any form.
    return value is None or (isinstance(value, str) and not value.strip().strip(_INVISIBLE))


def _all_blank(values) -> bool:
    for value in values:
        if value is not None and (not isinstance(value, str) or value.strip().strip(_INVISIBLE)):
            return False
    return True


def _is_footer(values) -> bool:
    """制表人, 合计 and the like among the row's first three filled cells."""
    filled = 0
    for value in values:
        if value is None:
            continue
        if isinstance(value, str):
            if not value.strip().strip(_INVISIBLE):
                continue
            if not _FOOTER_STARTS.isdisjoint(value) and header_key(value).startswith(FOOTER_WORDS):
                return True
        filled += 1
        if filled == 3:
            return False
    return False


def _repeats_header(picked: dict[str, object], table: SheetTable) -> bool:
    """A header printed again further down (sheets laid out for printing page by page)."""
    for name, value in picked.items():
        if value is None:
            continue
        if not isinstance(value, str):
            return False
        if value.strip().strip(_INVISIBLE) and header_key(value) != table.header_keys[name]:
            return False
    return True
