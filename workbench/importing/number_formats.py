"""The leading zeros an .xlsx shows: a 工号 typed as 001234 and then passed through Excel
is stored as the number 1234 with the format 000000. python-calamine gives the number
alone, so the formats of that one column are read here from the file's XML, cheaply: the
styles first, and the sheet only when some style pads with zeros."""

import re
import zipfile
from pathlib import Path
from xml.etree import ElementTree

_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_RELATIONSHIP = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
_ZEROS = re.compile(r'^(?:"0"|\\0|0)+$')  # 000000, "0"00000, \0\00000
_CHUNK = 1 << 20


def zero_padded(path: Path, sheet_name: str, letter: str) -> dict[int, int]:
    """row -> number of digits shown, for the cells of column `letter` whose number format
    pads with zeros; empty for other formats or files."""
    try:
        with zipfile.ZipFile(path) as archive:
            padded = _padding_styles(archive)
            if not padded:
                return {}
            part = _sheet_part(archive, sheet_name)
            return _cells(archive, part, letter, padded) if part else {}
    except (zipfile.BadZipFile, OSError, KeyError, ElementTree.ParseError, ValueError, RuntimeError):
        return {}  # .xls, .ods, .xlsb or a damaged file: the roster's own 工号 still match


def _padding_styles(archive: zipfile.ZipFile) -> dict[int, int]:
    """style index -> digits, for the cell styles whose number format is all zeros."""
    if "xl/styles.xml" not in archive.namelist():
        return {}
    root = ElementTree.fromstring(archive.read("xl/styles.xml"))
    widths = {}
    for number_format in root.iter(f"{_MAIN}numFmt"):
        code = number_format.get("formatCode", "")
        if _ZEROS.match(code):
            widths[int(number_format.get("numFmtId"))] = code.count("0")
    if not widths:
        return {}
    cell_styles = root.find(f"{_MAIN}cellXfs")
    styles = cell_styles.findall(f"{_MAIN}xf") if cell_styles is not None else []
    return {
        index: widths[int(style.get("numFmtId", 0))]
        for index, style in enumerate(styles)
        if int(style.get("numFmtId", 0)) in widths
    }


def _sheet_part(archive: zipfile.ZipFile, sheet_name: str) -> str | None:
    workbook = ElementTree.fromstring(archive.read("xl/workbook.xml"))
    relation = next(
        (sheet.get(_RELATIONSHIP) for sheet in workbook.iter(f"{_MAIN}sheet") if sheet.get("name") == sheet_name),
        None,
    )
    links = ElementTree.fromstring(archive.read("xl/_rels/workbook.xml.rels"))
    for link in links:
        if link.get("Id") == relation:
            target = link.get("Target", "")
            return target.lstrip("/") if target.startswith("/") else f"xl/{target}"
    return None


def _cells(archive: zipfile.ZipFile, part: str, letter: str, padded: dict[int, int]) -> dict[int, int]:
    """A regular expression over the sheet's XML in chunks: far quicker than parsing it,
    and the sheet is never whole in memory."""
    cell = re.compile(rf'<c r="{letter}(\d+)"[^>]*? s="(\d+)"'.encode())
    found = {}
    tail = b""
    with archive.open(part) as stream:
        while chunk := stream.read(_CHUNK):
            text = tail + chunk
            cut = text.rfind(b"<c ")
            if cut <= 0:
                cut = len(text)
            for match in cell.finditer(text, 0, cut):
                digits = padded.get(int(match.group(2)))
                if digits:
                    found[int(match.group(1))] = digits
            tail = text[cut:]
        for match in cell.finditer(tail):
            digits = padded.get(int(match.group(2)))
            if digits:
                found[int(match.group(1))] = digits
    return found
