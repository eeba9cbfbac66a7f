"""The one reader of worksheets: finds the header row below titles, maps columns by their
Chinese or English names, skips blank and footer rows, and keeps each row's Excel number."""

import zipfile
import zlib
from collections.abc import Callable, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import openpyxl
from openpyxl.utils import get_column_letter
from openpyxl.utils.exceptions import InvalidFileException

from workbench.errors import UserError
from workbench.importing.cleaning import clean_text, header_key
from workbench.texts import t

HEADER_SEARCH_ROWS = 30
# Rows that close a sheet written by hand: who made it, totals, notes.
FOOTER_WORDS = ("制表", "填表", "审核", "合计", "总计", "小计", "备注", "说明", "注:", "打印", "total")


@dataclass(frozen=True)
class Column:
    """A field the importer understands and the header names it may appear under."""

    field: str
    aliases: tuple[str, ...]
    required: bool = False

    def matches(self, key: str) -> bool:
        return key in {header_key(alias) for alias in self.aliases}


@dataclass(frozen=True)
class RowProblem:
    row: int
    column: str  # Excel column letter
    field: str  # the field's name in the user's language
    message: str

    def describe(self, file_name: str) -> str:
        return t(
            "import.error_line",
            path=file_name,
            row=self.row,
            column=self.column,
            field=self.field,
            message=self.message,
        )


def describe_problems(file_name: str, problems: list[RowProblem], limit: int | None = None) -> str:
    """'FILE has N problems; nothing was imported:' and a line per problem."""
    shown = problems if limit is None else problems[:limit]
    lines = [t("import.has_errors", path=file_name, count=len(problems))]
    lines += [problem.describe(file_name) for problem in shown]
    if len(shown) < len(problems):
        lines.append("…")
    return "\n".join(lines)


@dataclass
class SheetRow:
    number: int  # the row number Excel shows
    values: dict[str, object]  # field -> raw cell value; only fields the sheet has


@dataclass
class SheetTable:
    path: Path
    sheet_name: str
    header_row: int
    column_of: dict[str, int]  # field -> 1-based column index
    header_keys: dict[str, str]  # field -> its header as matched, to spot repeated headers
    rows: list[SheetRow] = field(default_factory=list)

    def column_letter(self, field_name: str) -> str:
        return get_column_letter(self.column_of[field_name])


@dataclass
class SheetReport:
    """What an import found in a sheet; subclasses add what it would change."""

    file: str
    sheet: str
    header_row: int
    problems: list[RowProblem] = field(default_factory=list)
    applied: bool = False

    @property
    def ok(self) -> bool:
        return not self.problems

    @classmethod
    def of(cls, table: "SheetTable", problems: list[RowProblem]):
        return cls(file=table.path.name, sheet=table.sheet_name, header_row=table.header_row, problems=list(problems))


# What openpyxl raises on a file that is not a sound workbook: a cut-off or damaged zip,
# broken XML inside it, parts that do not fit together. Caught only around openpyxl's own
# reading, so a fault in the workbench's code is never mistaken for a bad file.
UNREADABLE = (
    InvalidFileException,
    zipfile.BadZipFile,
    zlib.error,
    EOFError,
    OSError,
    KeyError,
    IndexError,
    ValueError,
    TypeError,
    AttributeError,
    SyntaxError,  # xml.etree's ParseError and lxml's XMLSyntaxError
)


@contextmanager
def open_workbook(path: Path):
    """A workbook opened to read values, or a message naming the file. The file is opened
    here and closed on the way out: openpyxl leaves it open when a damaged file stops it."""
    if not path.is_file():
        raise UserError(t("xlsx.missing", path=path))
    with path.open("rb") as handle:
        try:
            workbook = openpyxl.load_workbook(handle, read_only=True, data_only=True)
        except UNREADABLE:
            raise UserError(t("xlsx.not_workbook", path=path.name)) from None
        try:
            yield workbook
        finally:
            workbook.close()


def sheet_rows(path: Path, worksheet, **options):
    """The sheet's rows as values; a part of the file that cannot be read ends in a message."""
    try:
        yield from worksheet.iter_rows(values_only=True, **options)
    except UNREADABLE:
        raise UserError(t("xlsx.not_workbook", path=path.name)) from None


def read_table(path: Path, columns: Sequence[Column], progress: Callable[[int, int], None] | None = None) -> SheetTable:
    """Read the first sheet of a workbook that has a recognizable header row."""
    path = Path(path)
    with open_workbook(path) as workbook:
        saw_anything = False
        for worksheet in workbook.worksheets:
            # Some programs write a wrong <dimension>; make openpyxl read every row.
            worksheet.reset_dimensions()
            rows = sheet_rows(path, worksheet)
            table, had_values = _find_header(path, worksheet.title, rows, columns)
            saw_anything = saw_anything or had_values
            if table is None:
                continue
            _read_body(table, rows, progress)
            return table
    required = "、".join(column.aliases[0] for column in columns if column.required)
    if not saw_anything:
        raise UserError(t("xlsx.empty", path=path.name))
    raise UserError(t("xlsx.no_header", path=path.name, rows=HEADER_SEARCH_ROWS, required=required))


def _find_header(path, sheet_name, rows, columns) -> tuple[SheetTable | None, bool]:
    """The table whose header is within the first rows, if any; and whether any cell had a value."""
    had_values = False
    for number, values in enumerate(rows, start=1):
        if number > HEADER_SEARCH_ROWS:
            break
        had_values = had_values or any(clean_text(value) for value in values)
        column_of: dict[str, int] = {}
        header_keys: dict[str, str] = {}
        for index, value in enumerate(values, start=1):
            key = header_key(value)
            if not key:
                continue
            for column in columns:
                if column.matches(key):
                    if column.field in column_of:
                        raise UserError(
                            t(
                                "xlsx.duplicate_column",
                                path=path.name,
                                row=number,
                                field=column.aliases[0],
                                first=get_column_letter(column_of[column.field]),
                                second=get_column_letter(index),
                            )
                        )
                    column_of[column.field] = index
                    header_keys[column.field] = key
        if all(column.field in column_of for column in columns if column.required):
            table = SheetTable(
                path=path, sheet_name=sheet_name, header_row=number, column_of=column_of, header_keys=header_keys
            )
            return table, True
    return None, had_values


def _read_body(table: SheetTable, rows, progress) -> None:
    for number, values in enumerate(rows, start=table.header_row + 1):
        picked = {
            name: values[index - 1] if index - 1 < len(values) else None for name, index in table.column_of.items()
        }
        if all(_blank(value) for value in picked.values()) or _is_footer(values) or _repeats_header(picked, table):
            continue
        table.rows.append(SheetRow(number=number, values=picked))
        if progress and number % 500 == 0:
            progress(number, 0)


def _blank(value) -> bool:
    return value is None or (isinstance(value, str) and clean_text(value) is None)


def _is_footer(values) -> bool:
    """制表人, 合计 and the like among the row's first three filled cells."""
    filled = [value for value in values if not _blank(value)][:3]
    return any(isinstance(value, str) and header_key(value).startswith(FOOTER_WORDS) for value in filled)


def _repeats_header(picked: dict[str, object], table: SheetTable) -> bool:
    """A header printed again further down (sheets laid out for printing page by page)."""
    return all(_blank(value) or header_key(value) == table.header_keys[name] for name, value in picked.items())
