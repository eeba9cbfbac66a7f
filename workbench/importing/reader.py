"""Every file an office sends, read as rows of cell values: .xlsx/.xlsm/.xls/.xlsb/.ods
through python-calamine, .csv/.txt through the csv module.

A workbook's sheets come visible and active first; hidden sheets are never read (a stale
copy is often kept in one). A merged cell's value is carried to every cell it covers. Rows
come one at a time, the first being the sheet's row 1, so memory stays flat."""

import codecs
import csv
import io
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from python_calamine import CalamineError, CalamineWorkbook, PasswordError, SheetTypeEnum, SheetVisibleEnum

from workbench.errors import UserError
from workbench.texts import t

WORKBOOK_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".xlsb", ".ods")
TEXT_SUFFIXES = (".csv", ".txt")
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# Excel saves a workbook with a password as an OLE file holding this stream.
_ENCRYPTED_STREAM = "EncryptedPackage".encode("utf-16-le")
_SNIFF_BYTES = 64 * 1024
_DELIMITERS = (",", "\t", ";")


@dataclass
class Sheet:
    name: str
    rows: Iterator[list]  # the sheet's rows from row 1, each a list of values (None when empty)
    height: int | None  # rows in the sheet, when the format tells before reading


@dataclass
class Workbook:
    sheets: Iterator[Sheet]  # in reading order, hidden ones left out
    hidden: list[str]  # names of the sheets not read


def open_sheets(path: Path) -> Workbook:
    """The file's sheets to read, or a message naming the file."""
    path = Path(path)
    if not path.is_file():
        raise UserError(t("xlsx.missing", path=path))
    if path.suffix.lower() in TEXT_SUFFIXES:
        return Workbook(sheets=iter([Sheet(path.stem, _text_rows(path), None)]), hidden=[])
    return _workbook(path)


def _unreadable(path: Path) -> UserError:
    return UserError(t("xlsx.not_workbook", path=path.name))


def _encrypted(path: Path) -> bool:
    with path.open("rb") as handle:
        if handle.read(len(_OLE_MAGIC)) != _OLE_MAGIC:
            return False
        return _ENCRYPTED_STREAM in handle.read()


def _calamine(path: Path, call, *args):
    """A call into python-calamine; what it cannot read becomes a message naming the file."""
    try:
        return call(*args)
    except PasswordError:
        raise UserError(t("xlsx.encrypted", path=path.name)) from None
    except (CalamineError, OSError, ValueError, KeyError, IndexError, TypeError):
        raise _unreadable(path) from None
    except BaseException as error:  # a panic in the Rust reader on a damaged file
        if type(error).__name__ != "PanicException":
            raise
        raise _unreadable(path) from None


def _workbook(path: Path) -> Workbook:
    if _encrypted(path):
        raise UserError(t("xlsx.encrypted", path=path.name))
    try:
        book = CalamineWorkbook.from_path(str(path))
    except PasswordError:
        raise UserError(t("xlsx.encrypted", path=path.name)) from None
    except CalamineError:
        # Read by content, not by name: a web system's "xls" is often an xlsx. (From the
        # path first: reading from a file object holds a copy of the whole file.)
        with path.open("rb") as handle:
            book = _calamine(path, CalamineWorkbook.from_filelike, handle)
    metadata = _calamine(path, lambda: book.sheets_metadata)
    visible = [m.name for m in metadata if m.visible == SheetVisibleEnum.Visible and m.typ == SheetTypeEnum.WorkSheet]
    hidden = [m.name for m in metadata if m.visible != SheetVisibleEnum.Visible]
    active = _active_sheet(path, [m.name for m in metadata])
    if active in visible:
        visible.remove(active)
        visible.insert(0, active)

    def sheets() -> Iterator[Sheet]:
        for name in visible:
            sheet = _calamine(path, book.get_sheet_by_name, name)
            height = sheet.end[0] + 1 if sheet.end else 0
            yield Sheet(name, _sheet_rows(path, sheet, height), height)

    return Workbook(sheets=sheets(), hidden=hidden)


def _active_sheet(path: Path, names: list[str]) -> str | None:
    """The sheet the file opens on, where the format says so cheaply (.xlsx, .xlsm, .ods)."""
    try:
        with zipfile.ZipFile(path) as archive:
            members = set(archive.namelist())
            if "xl/workbook.xml" in members:
                match = re.search(rb'activeTab="(\d+)"', archive.read("xl/workbook.xml")[:_SNIFF_BYTES])
                index = int(match.group(1)) if match else 0
                return names[index] if index < len(names) else None
            if "settings.xml" in members:
                match = re.search(r'config:name="ActiveTable"[^>]*>([^<]*)<', archive.read("settings.xml").decode())
                return match.group(1) if match else None
    except (zipfile.BadZipFile, OSError, KeyError, UnicodeDecodeError, RuntimeError):
        pass  # .xls, .xlsb or an odd zip: the first visible sheet
    return None


def _sheet_rows(path: Path, sheet, height: int) -> Iterator[list]:
    first_column = sheet.start[1] if sheet.start else 0
    merged = _merged_cells(_calamine(path, lambda: sheet.merged_cell_ranges) or (), height)
    anchors: dict[tuple[int, int], object] = {}
    rows = _calamine(path, sheet.iter_rows)
    number = 0
    while True:
        values = _calamine(path, next, rows, None)
        if values is None:
            return
        row = [None] * first_column + [None if value == "" else value for value in values]
        for column, anchor in merged.get(number, ()):
            if anchor == (number, column):
                anchors[anchor] = row[column] if column < len(row) else None
            elif anchor in anchors:
                row.extend([None] * (column + 1 - len(row)))
                if row[column] is None:
                    row[column] = anchors[anchor]
        yield row
        number += 1


def _merged_cells(ranges, height: int) -> dict[int, list[tuple[int, tuple[int, int]]]]:
    """row -> [(column, the range's top-left cell)] for the cells merged ranges cover
    within the sheet's rows; a range's anchor comes first in its row."""
    cells: dict[int, list[tuple[int, tuple[int, int]]]] = {}
    for (top, left), (bottom, right) in ranges:
        for row in range(top, min(bottom, height - 1) + 1):
            cells.setdefault(row, []).extend((column, (top, left)) for column in range(left, right + 1))
    return cells


def _text_rows(path: Path) -> Iterator[list]:
    with path.open("rb") as handle:
        sample = handle.read(_SNIFF_BYTES)
    encoding = _encoding(path, sample)
    text = sample.decode(encoding, errors="ignore")
    delimiter = _delimiter(text)
    with path.open(encoding=encoding, newline="") as handle:
        try:
            for values in csv.reader(handle, delimiter=delimiter):
                yield [value if value.strip() else None for value in values]
        except UnicodeDecodeError:
            raise UserError(t("csv.bad_encoding", path=path.name)) from None
        except csv.Error:
            raise UserError(t("csv.unreadable", path=path.name)) from None


def _encoding(path: Path, sample: bytes) -> str:
    """UTF-8 (with or without BOM), UTF-16 with BOM (Excel's 'Unicode text'), else GB18030
    (which reads GBK and GB2312 too)."""
    if sample.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    if b"\x00" in sample:
        raise UserError(t("csv.bad_encoding", path=path.name))
    try:
        codecs.getincrementaldecoder("utf-8")().decode(sample, final=False)
        return "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        codecs.getincrementaldecoder("gb18030")().decode(sample, final=False)
        return "gb18030"
    except UnicodeDecodeError:
        raise UserError(t("csv.bad_encoding", path=path.name)) from None


def _delimiter(text: str) -> str:
    """The delimiter that splits the most lines into the same number of fields (title
    lines above the header have none)."""
    lines = text.splitlines()[:50]
    best, best_score = ",", (0, 0)
    for delimiter in _DELIMITERS:
        counts = [len(fields) for fields in csv.reader(io.StringIO("\n".join(lines)), delimiter=delimiter)]
        counts = [count for count in counts if count > 1]
        if not counts:
            continue
        common = max(set(counts), key=counts.count)
        score = (counts.count(common), common)
        if score > best_score:
            best, best_score = delimiter, score
    return best
