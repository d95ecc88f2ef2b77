"""A ledger read as it is parsed (casebook.services.ledger.rows.stream_ledger, the command line's
way: its rows in a temporary file) is the ledger read whole (read_ledger over read_workbook, the
window's way): the same rows, values, columns, hints and skipped rows, for every ledger of the
corpus and a generated one longer than a chunk; and the file's faults are refused the same way."""

from __future__ import annotations

import io
import zipfile
from dataclasses import fields
from datetime import datetime
from pathlib import Path

import pytest

from benchmarks.excel_import_benchmark import generate_ledger
from casebook.domain.office_settings import OfficeSettings
from casebook.excel.reading import read_workbook
from casebook.excel.sheet_cells import SheetCells
from casebook.excel.sheet_stream import stream_workbook
from casebook.excel.workbook_errors import LEDGER_LIMITS, LedgerFileError
from casebook.services.ledger.entries import Ledger
from casebook.services.ledger.rows import read_ledger, stream_ledger
from casebook.services.ledger.spill import CHUNK, SpilledCases, case_keys, earliest_date
from tests.excel.ledger_corpus import CORPUS, CorpusLedger
from tests.excel.ledger_files import write_ledger


def assert_same_ledger(streamed: Ledger, whole: Ledger) -> None:
    for field in fields(Ledger):
        if field.name != "cases":
            assert getattr(streamed, field.name) == getattr(whole, field.name), field.name
    assert isinstance(streamed.cases, SpilledCases)
    assert len(streamed.cases) == len(whole.cases)
    assert list(streamed.cases) == list(whole.cases)
    assert list(case_keys(streamed.cases)) == list(case_keys(whole.cases))
    assert earliest_date(streamed.cases) == earliest_date(whole.cases)


@pytest.mark.parametrize("corpus", CORPUS, ids=[c.name for c in CORPUS])
def test_every_corpus_ledger_streams_as_it_reads_whole(tmp_path: Path, corpus: CorpusLedger) -> None:
    path = corpus.write(tmp_path)
    settings = OfficeSettings()
    assert_same_ledger(stream_ledger(path, settings), read_ledger(read_workbook(path), settings))


def test_a_ledger_of_several_chunks_streams_and_is_read_back_by_position(tmp_path: Path) -> None:
    path = tmp_path / "台账.xlsx"
    generate_ledger(path, CHUNK * 2 + 37)
    streamed, whole = stream_ledger(path, OfficeSettings()), read_ledger(read_workbook(path), OfficeSettings())
    assert_same_ledger(streamed, whole)
    cases = streamed.cases
    assert len(cases) == CHUNK * 2 + 37
    for index in (0, CHUNK - 1, CHUNK, CHUNK * 2 + 36, -1):
        assert cases[index] == whole.cases[index]
    assert list(cases[CHUNK - 2 : CHUNK + 2]) == list(whole.cases[CHUNK - 2 : CHUNK + 2])
    with pytest.raises(IndexError):
        cases[CHUNK * 2 + 37]


def test_gaps_merges_and_stray_values_stream_as_the_grid_holds_them(tmp_path: Path) -> None:
    rows = [
        ["2023年度建议办理台账"],
        ["序号", "标题", "领衔代表", "主办单位", "办理结果"],
        [1, "关于修路的建议", "张伟", "市交通运输局", "A"],
        [],  # an empty row between two cases
        [2, "关于学校的建议", "李娜", "市教育局", "B"],
        [3, "关于医院的建议", "王芳", None, "C"],
        [4, "关于公园的建议", "赵敏", None, "A", None, None, "stray"],  # wider than the header
    ]
    # the title across the row; a unit written once for two rows
    path = write_ledger(tmp_path / "台账.xlsx", rows, merges=["A1:E1", "D5:D6"])
    grid = read_workbook(path)
    streamed = next(stream_workbook(path, 32).sheets)
    whole = grid.sheets[0]
    streamed_rows = [list(row) for _, row in streamed.rows_from(0)]
    assert len(streamed_rows) == len(whole.rows)
    for mine, theirs in zip(streamed_rows, whole.rows, strict=True):
        assert mine == list(theirs)[: len(mine)] and not any(theirs[len(mine) :])
    assert streamed_rows[4][3] == streamed_rows[5][3] == "市教育局"
    assert [c.title for c in stream_ledger(path, OfficeSettings()).cases] == [
        c.title for c in read_ledger(grid, OfficeSettings()).cases
    ]


def test_rows_written_out_of_order_stream_in_the_grid_order(tmp_path: Path) -> None:
    """Rows out of order within what is parsed at once (64 KiB of XML) are put in order, as the
    grid puts them (further apart, the file is refused as damaged: Excel and WPS never write so)."""
    path = write_ledger(
        tmp_path / "台账.xlsx",
        [["序号", "标题", "领衔代表"], [1, "关于修路的建议", "张伟"], [2, "关于学校的建议", "李娜"]],
    )
    part = "xl/worksheets/sheet1.xml"
    with zipfile.ZipFile(path) as source:
        entries = [(info, source.read(info)) for info in source.infolist()]
    target = tmp_path / "乱序.xlsx"
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as written:
        for info, data in entries:
            if info.filename == part:  # row 3 written before row 2
                data = data.replace(b'r="2"', b'r="X"').replace(b'r="3"', b'r="2"').replace(b'r="X"', b'r="3"')
                data = data.replace(b'"A2"', b'"AX"').replace(b'"A3"', b'"A2"').replace(b'"AX"', b'"A3"')
                data = data.replace(b'"B2"', b'"BX"').replace(b'"B3"', b'"B2"').replace(b'"BX"', b'"B3"')
                data = data.replace(b'"C2"', b'"CX"').replace(b'"C3"', b'"C2"').replace(b'"CX"', b'"C3"')
            written.writestr(info, data)
    streamed, whole = stream_ledger(target, OfficeSettings()), read_ledger(read_workbook(target), OfficeSettings())
    assert_same_ledger(streamed, whole)
    assert [c.title for c in streamed.cases] == ["关于学校的建议", "关于修路的建议"]


def test_a_file_that_is_no_workbook_is_refused_before_any_row(tmp_path: Path) -> None:
    path = tmp_path / "台账.xlsx"
    path.write_bytes(b"not a workbook at all")
    with pytest.raises(LedgerFileError):
        stream_workbook(path, 32)


def test_rows_out_of_order_further_apart_than_one_parse_are_refused() -> None:
    cells = SheetCells("台账.xlsx", "台账", [], datetime(1899, 12, 30), set(), set(), LEDGER_LIMITS)
    xml = (
        b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
        b'<row r="1"><c r="A1"><v>1</v></c></row><row r="3"><c r="A3"><v>3</v></c></row>'
        b'<row r="2"><c r="A2"><v>2</v></c></row></sheetData></worksheet>'
    )
    assert list(cells.stream(io.BytesIO(xml))) == [[1], [2], [3]]  # within one parse: put in order
    with pytest.raises(ValueError, match="ascending"):
        list(cells.stream(io.BytesIO(xml), chunk=16))
