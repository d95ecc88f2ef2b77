"""Ledger files built in code for the import tests: messy workbooks, and files that are not ledgers."""

from __future__ import annotations

import struct
import zipfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import openpyxl

Row = Sequence[Any]


def write_ledger(path: Path, rows: Sequence[Row], merges: Sequence[str] = (), title: str = "台账") -> Path:
    """A one-sheet workbook with ``rows`` from A1 and the merged ranges ``merges``."""
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = title
    for row in rows:
        sheet.append(list(row))
    for cell_range in merges:
        sheet.merge_cells(cell_range)
    for row in sheet.iter_rows():
        for cell in row:
            if hasattr(cell.value, "year"):
                cell.number_format = "yyyy-mm-dd"
    book.save(path)
    return path


def write_xls(path: Path, rows: Sequence[Row], merges: Sequence[tuple[int, int, int, int]] = ()) -> Path:
    """The same as an Excel 97–2003 file (xlwt); merges are (first row, last row, first col, last col), 0-based."""
    import xlwt  # type: ignore[import-untyped]

    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet("台账")
    date_style = xlwt.easyxf(num_format_str="yyyy-mm-dd")
    merged = {(r0, c0): (r1, c1) for r0, r1, c0, c1 in merges}
    covered = {(r, c) for (r0, c0), (r1, c1) in merged.items() for r in range(r0, r1 + 1) for c in range(c0, c1 + 1)}
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            style = date_style if hasattr(value, "year") else xlwt.Style.default_style
            if (r, c) in merged:
                r1, c1 = merged[(r, c)]
                sheet.write_merge(r, r1, c, c1, value, style)
            elif (r, c) not in covered and value is not None:
                sheet.write(r, c, value, style)
    book.save(str(path))
    return path


def write_zip_bomb(path: Path, unpacked_mib: int = 40) -> Path:
    """An .xlsx-shaped zip whose sheet unpacks to ``unpacked_mib`` MiB of zeros (about 1000:1)."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("xl/worksheets/sheet1.xml", "w") as member:
            block = b"\0" * (1024 * 1024)
            for _ in range(unpacked_mib):
                member.write(block)
    return path


def write_encrypted_ole(path: Path) -> Path:
    """A compound file (OLE2) with the streams of an encrypted Office document (EncryptionInfo and
    EncryptedPackage), as Excel and WPS save a workbook protected by a password."""
    sector, end, free, fat_sector, no_stream = 512, 0xFFFFFFFE, 0xFFFFFFFF, 0xFFFFFFFD, 0xFFFFFFFF
    stream_size = 4096  # at the mini-stream cutoff, so in ordinary sectors
    per_stream = stream_size // sector
    header = bytearray(sector)
    header[0:8] = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
    struct.pack_into("<HHHHH", header, 0x18, 0x3E, 3, 0xFFFE, 9, 6)
    struct.pack_into("<IIIIIIII", header, 0x2C, 1, 1, 0, 4096, end, 0, end, 0)
    struct.pack_into("<109I", header, 0x4C, 0, *([free] * 108))
    fat = [fat_sector, end]
    for first in (2, 2 + per_stream):
        fat += [first + i + 1 for i in range(per_stream - 1)] + [end]
    fat += [free] * (128 - len(fat))

    def entry(name: str, kind: int, right: int, child: int, start: int, size: int) -> bytes:
        encoded = (name + "\0").encode("utf-16-le")
        raw = bytearray(128)
        raw[0 : len(encoded)] = encoded
        struct.pack_into("<HBBIII", raw, 64, len(encoded), kind, 1, no_stream, right, child)
        struct.pack_into("<IQ", raw, 116, start, size)
        return bytes(raw)

    directory = (
        entry("Root Entry", 5, no_stream, 1, end, 0)
        + entry("EncryptionInfo", 2, 2, no_stream, 2, stream_size)
        + entry("EncryptedPackage", 2, no_stream, no_stream, 2 + per_stream, stream_size)
        + entry("", 0, no_stream, no_stream, 0, 0)
    )
    streams = b"\x04\x00\x04\x00" + b"\x01" * (stream_size - 4) + b"\x02" * stream_size
    path.write_bytes(bytes(header) + struct.pack("<128I", *fat) + directory + streams)
    return path
