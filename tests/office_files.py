"""Office files the tests cannot write with openpyxl: .xls and .ods converted by LibreOffice
as an office would save them, .xlsb written record by record (LibreOffice reads it but
cannot save it), and a workbook saved with a password (an OLE compound file holding an
EncryptedPackage stream, as Excel and WPS write it)."""

import os
import shutil
import struct
import subprocess
import zipfile
from pathlib import Path

import pytest


def convert(path: Path, suffix: str) -> Path:
    """The workbook as LibreOffice saves it in another format, beside it."""
    if shutil.which("soffice") is None and not os.environ.get("CI"):
        pytest.skip("LibreOffice is not installed (CI installs it)")
    folder = path.parent / f"as-{suffix}"
    result = subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation=file://{path.parent / 'lo-profile'}",
            "--headless",
            "--convert-to",
            suffix,
            "--outdir",
            str(folder),
            str(path),
        ],
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert result.returncode == 0, result.stderr
    return folder / f"{path.stem}.{suffix}"


# .xlsb: BIFF12 records in a zip ([MS-XLSB]).


def _record(kind: int, payload: bytes = b"") -> bytes:
    head = bytes([kind]) if kind < 0x80 else bytes([(kind & 0x7F) | 0x80, kind >> 7])
    size, length = len(payload), b""
    while True:
        byte = size & 0x7F
        size >>= 7
        length += bytes([byte | (0x80 if size else 0)])
        if not size:
            break
    return head + length + payload


def _wide(text: str) -> bytes:
    return struct.pack("<I", len(text)) + text.encode("utf-16-le")


def write_xlsb(path: Path, sheets: list[tuple[str, list[list], bool]]) -> Path:
    """sheets: (name, rows of str/int/float/None, hidden)."""
    book = b"".join(
        _record(0x9C, struct.pack("<II", 1 if hidden else 0, number) + _wide(f"rId{number}") + _wide(name))
        for number, (name, _rows, hidden) in enumerate(sheets, start=1)
    )
    relations = "".join(
        f'<Relationship Id="rId{number}" Target="worksheets/sheet{number}.bin" '
        'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet"/>'
        for number in range(1, len(sheets) + 1)
    )
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(
            "[Content_Types].xml",
            '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="bin" ContentType="application/vnd.ms-excel.sheet.binary.macroEnabled.main"/>'
            "</Types>",
        )
        archive.writestr(
            "_rels/.rels",
            '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Target="xl/workbook.bin" '
            'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"/>'
            "</Relationships>",
        )
        archive.writestr("xl/workbook.bin", _record(0x83) + _record(0x8F) + book + _record(0x90) + _record(0x84))
        archive.writestr(
            "xl/_rels/workbook.bin.rels",
            '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f"{relations}</Relationships>",
        )
        for number, (_name, rows, _hidden) in enumerate(sheets, start=1):
            archive.writestr(f"xl/worksheets/sheet{number}.bin", _sheet(rows))
    return path


def _sheet(rows: list[list]) -> bytes:
    width = max((len(row) for row in rows), default=1)
    cells = []
    for number, row in enumerate(rows):
        cells.append(_record(0x00, struct.pack("<I", number) + bytes(13)))
        for column, value in enumerate(row):
            place = struct.pack("<II", column, 0)
            if isinstance(value, str):
                cells.append(_record(0x06, place + _wide(value)))
            elif isinstance(value, (int, float)):
                cells.append(_record(0x05, place + struct.pack("<d", value)))
    dimension = _record(0x94, struct.pack("<IIII", 0, max(len(rows) - 1, 0), 0, width - 1))
    return _record(0x81) + dimension + _record(0x91) + b"".join(cells) + _record(0x92) + _record(0x82)


# A workbook with a password: an OLE compound file (version 3, 512-byte sectors).

_END, _FREE, _FAT = 0xFFFFFFFE, 0xFFFFFFFF, 0xFFFFFFFD


def write_encrypted_workbook(path: Path) -> Path:
    streams = [("EncryptionInfo", b"\x04\x00\x04\x00" + bytes(4092)), ("EncryptedPackage", os.urandom(8192))]
    fat = [_FAT, _END]  # sector 0 holds the FAT, sector 1 the directory
    starts = []
    for _name, data in streams:
        count = len(data) // 512
        starts.append(len(fat))
        fat += [len(fat) + index + 1 for index in range(count - 1)] + [_END]
    fat += [_FREE] * (128 - len(fat))
    header = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(16) + struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6)
    header += bytes(6) + struct.pack("<IIIIIIIII", 0, 1, 1, 0, 4096, _END, 0, _END, 0)
    header += struct.pack("<I", 0) + struct.pack("<I", _FREE) * 108
    entries = [_entry("Root Entry", 5, child=1, start=_END, size=0)]
    entries.append(_entry(streams[0][0], 2, right=2, start=starts[0], size=len(streams[0][1])))
    entries.append(_entry(streams[1][0], 2, start=starts[1], size=len(streams[1][1])))
    entries.append(bytes(64) + struct.pack("<HBBIII", 0, 0, 0, _FREE, _FREE, _FREE) + bytes(48))
    body = struct.pack("<128I", *fat) + b"".join(entries) + b"".join(data for _name, data in streams)
    path.write_bytes(header + body)
    return path


def _entry(name: str, kind: int, *, child=_FREE, right=_FREE, start: int, size: int) -> bytes:
    encoded = (name + "\0").encode("utf-16-le")
    return (
        encoded.ljust(64, b"\0")
        + struct.pack("<HBB", len(encoded), kind, 1)
        + struct.pack("<III", _FREE, right, child)
        + bytes(16 + 4 + 16)
        + struct.pack("<IQ", start, size)
    )
