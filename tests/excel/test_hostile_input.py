"""Hostile and broken ledgers: every one ends in one clear message (the file refused, exit code 2) or
in rows refused with their reasons (exit code 1), quickly, and with the database unchanged; and what
the exports write from such data stays text, in the one file the clerk chose.

The workbooks are built here byte by byte (a minimal .xlsx package with the sheet XML as given), so
that they can hold what Excel would never write: a value a million rows down, a 1 MB cell, an XML
entity bomb, a number cell holding "#REF!".
"""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import random
import subprocess
import sys
import time
import tracemalloc
import zipfile
from datetime import date, datetime
from pathlib import Path
from xml.sax.saxutils import escape

import openpyxl
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

from casebook.cli.ledger_import import add_parser
from casebook.domain.enums import AssignmentRole, CaseKind
from casebook.excel.cell_safety import FORMULA_SIGNS, clean_text, safe_value, text_cell
from casebook.excel.export_register import export_register
from casebook.excel.export_units import export_unit_lists
from casebook.excel.reading import OLE_MAGIC, ZIP_MAGIC, read_workbook
from casebook.excel.workbook_errors import LedgerFileError
from casebook.services.admin import reference
from casebook.services.steps.assignments import assign_case
from casebook.services.steps.cases import find_case
from casebook.store.database import Database
from tests.conftest import Seeds, courier_draft
from tests.excel.ledger_files import write_ledger, write_xls
from tests.snapshot import file_bytes, table_contents

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
SESSION = "市九届人大二次会议"
HEADER = ["届次会议", "编号", "标题", "领衔代表", "提出日期"]
LAUGHS = (
    '<!DOCTYPE lolz [<!ENTITY lol "lol">'
    + "".join(f'<!ENTITY lol{n} "{f"&lol{n - 1};" * 10 if n > 1 else "&lol;" * 10}">' for n in range(1, 10))
    + "]>"
)


# --- building workbooks ----------------------------------------------------------------------------


def inline(reference_: str, value: object) -> str:
    return f'<c r="{reference_}" t="inlineStr"><is><t>{escape(str(value))}</t></is></c>'


def row(number: int, values: list[object] | tuple[object, ...], *, raw: dict[int, str] | None = None) -> str:
    """A <row> with inline strings for ``values`` (None: no cell) and raw <c> XML for some columns."""
    cells = []
    for column, value in enumerate(values):
        reference_ = f"{chr(ord('A') + column)}{number}"
        if raw and column in raw:
            cells.append(raw[column].replace("{ref}", reference_))
        elif value is not None:
            cells.append(inline(reference_, value))
    return f'<row r="{number}">{"".join(cells)}</row>'


def ledger_rows(*rows: str) -> str:
    return row(1, HEADER) + "".join(rows)


def good_row(number: int, case_number: str) -> str:
    return row(number, [SESSION, case_number, f"关于第{case_number}号事项的建议", "魏敏", "2023-01-07"])


def xlsx(
    path: Path,
    sheet_data: str,
    *,
    shared: list[str] | None = None,
    dimension: str | None = None,
    sheet_prolog: str = "",
    shared_xml: str | None = None,
    after_data: str = "",
) -> Path:
    """A minimal .xlsx package (content types, relations, workbook, one sheet, shared strings)."""
    relations = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    package = "http://schemas.openxmlformats.org/package/2006/relationships"
    types = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        '<Override PartName="/xl/worksheets/sheet1.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        '<Override PartName="/xl/sharedStrings.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
        "</Types>"
    )
    root_relations = (
        f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{package}">'
        f'<Relationship Id="rId1" Type="{relations}/officeDocument" Target="xl/workbook.xml"/></Relationships>'
    )
    workbook = (
        f'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{MAIN}" xmlns:r="{relations}">'
        '<sheets><sheet name="台账" sheetId="1" r:id="rId1"/></sheets></workbook>'
    )
    workbook_relations = (
        f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{package}">'
        f'<Relationship Id="rId1" Type="{relations}/worksheet" Target="worksheets/sheet1.xml"/>'
        f'<Relationship Id="rId2" Type="{relations}/sharedStrings" Target="sharedStrings.xml"/></Relationships>'
    )
    dimension_xml = f'<dimension ref="{dimension}"/>' if dimension else ""
    sheet = (
        f'<?xml version="1.0" encoding="UTF-8"?>{sheet_prolog}<worksheet xmlns="{MAIN}">{dimension_xml}'
        f"<sheetData>{sheet_data}</sheetData>{after_data}</worksheet>"
    )
    if shared_xml is None:
        items = "".join(f"<si><t>{escape(text)}</t></si>" for text in shared or [])
        shared_xml = f'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{MAIN}">{items}</sst>'
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", types)
        archive.writestr("_rels/.rels", root_relations)
        archive.writestr("xl/workbook.xml", workbook)
        archive.writestr("xl/_rels/workbook.xml.rels", workbook_relations)
        archive.writestr("xl/worksheets/sheet1.xml", sheet)
        archive.writestr("xl/sharedStrings.xml", shared_xml)
    return path


def random_chinese(length: int, seed: int = 7) -> str:
    """Text that does not compress much (so no zip-bomb check stops it first)."""
    rng = random.Random(seed)
    return "".join(chr(rng.randint(0x4E00, 0x9FA5)) for _ in range(length))


def import_file(db_target: str, path: Path, *options: str) -> tuple[int, str, str]:
    """`casebook import` (the command's own function), with what it printed."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--db")
    add_parser(parser.add_subparsers())
    args = parser.parse_args(["--db", str(db_target), "import", str(path), *options])
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code: int = args.run(args)
    return code, out.getvalue(), err.getvalue()


# --- files refused whole -----------------------------------------------------------------------------


def far_value(path: Path) -> Path:
    far = '<row r="1000000">' + inline("A1000000", "合计") + "</row>"
    return xlsx(path, ledger_rows(good_row(2, "0101")) + far, dimension="A1:Z1048576")


def last_column(path: Path) -> Path:
    return xlsx(path, ledger_rows(good_row(2, "0101")) + '<row r="3">' + inline("XFD3", "备注") + "</row>")


def huge_inline_cell(path: Path) -> Path:
    big = random_chinese(1_000_000)
    return xlsx(path, ledger_rows(row(2, [SESSION, "0101", big, "魏敏", "2023-01-07"])))


def huge_shared_string(path: Path) -> Path:
    sheet = ledger_rows(
        row(2, [SESSION, "0101", None, "魏敏", "2023-01-07"], raw={2: '<c r="{ref}" t="s"><v>0</v></c>'})
    )
    return xlsx(path, sheet, shared=[random_chinese(1_000_000)])


def laughs_in_sheet(path: Path) -> Path:
    return xlsx(
        path,
        ledger_rows(row(2, [SESSION, "0101", "&lol9;", "魏敏", "2023-01-07"])).replace("&amp;", "&"),
        sheet_prolog=LAUGHS,
    )


def laughs_in_shared_strings(path: Path) -> Path:
    shared = f'<?xml version="1.0"?>{LAUGHS}<sst xmlns="{MAIN}"><si><t>&lol9;</t></si></sst>'
    sheet = ledger_rows(
        row(2, [SESSION, "0101", None, "魏敏", "2023-01-07"], raw={2: '<c r="{ref}" t="s"><v>0</v></c>'})
    )
    return xlsx(path, sheet, shared_xml=shared)


def external_entity(path: Path) -> Path:
    sheet = ledger_rows(row(2, [SESSION, "0101", "&xxe;", "魏敏", "2023-01-07"])).replace("&amp;", "&")
    return xlsx(path, sheet, sheet_prolog='<!DOCTYPE w [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>')


def truncated(path: Path) -> Path:
    whole = write_ledger(path, [HEADER, [SESSION, "0101", "关于…的建议", "魏敏", date(2023, 1, 7)]]).read_bytes()
    path.write_bytes(whole[: len(whole) * 2 // 3])
    return path


def csv_renamed(path: Path) -> Path:
    path.write_text("届次会议,编号,标题\n市九届人大二次会议,0101,关于…的建议\n", encoding="utf-8")
    return path


def empty_file(path: Path) -> Path:
    path.write_bytes(b"")
    return path


def not_xml(path: Path) -> Path:
    return xlsx(path, ledger_rows(good_row(2, "0101")) + "<row r='3'><c r='A3'><v>1</v></row>")


def bad_reference(path: Path) -> Path:
    return xlsx(path, ledger_rows('<row r="2"><c r="ZZZZ2" t="inlineStr"><is><t>x</t></is></c></row>'))


def overlapping_merges(path: Path) -> Path:
    rows = ledger_rows(*(good_row(n, f"{n:04d}") for n in range(2, 40)))
    merges = "".join('<mergeCell ref="A1:Z40"/>' for _ in range(500))
    return xlsx(path, rows, after_data=f'<mergeCells count="500">{merges}</mergeCells>')


def xls_broken_utf16_name(path: Path) -> Path:
    write_xls(path, [HEADER, [SESSION, "0101", "关于…的建议", "魏敏", date(2023, 1, 7)]])
    data = path.read_bytes()
    path.write_bytes(data.replace("台账".encode("utf-16-le"), b"\x00\xd8\x00\xd8"))  # lone surrogates
    return path


def xls_in_another_encoding(path: Path) -> Path:
    """An old .xls whose Chinese was stored as GBK bytes in 8-bit (Latin-1) strings: mojibake."""
    mojibake = [text.encode("gbk").decode("latin-1") for text in HEADER]
    return write_xls(path, [mojibake, [SESSION.encode("gbk").decode("latin-1"), "0101", "x", "y", "z"]])


REFUSED = [
    (far_value, "has a value in cell A1000000 of sheet “台账”, outside the 100,000 rows"),
    (last_column, "has a value in cell XFD3 of sheet “台账”, outside the 100,000 rows and 1,000 columns"),
    (huge_inline_cell, "Cell C2 of sheet “台账” in “台账.xlsx” holds 1,000,000 characters, more than Excel allows"),
    (huge_shared_string, "Cell C2 of sheet “台账” in “台账.xlsx” holds 1,000,000 characters"),
    (laughs_in_sheet, "contains XML entity declarations or external references"),
    (laughs_in_shared_strings, "contains XML entity declarations or external references"),
    (external_entity, "contains XML entity declarations or external references"),
    (truncated, "is damaged and could not be read"),
    (csv_renamed, "is not an Excel workbook (.xlsx or .xls)"),
    (empty_file, "is not an Excel workbook (.xlsx or .xls)"),
    (not_xml, "is damaged and could not be read"),
    (bad_reference, "is damaged and could not be read (the cell reference 'ZZZZ2' of sheet '台账' is not valid)"),
    (overlapping_merges, "is damaged and could not be read (overlapping merged ranges"),
]


@pytest.mark.parametrize(("maker", "message"), REFUSED, ids=[maker.__name__ for maker, _ in REFUSED])
def test_a_hostile_workbook_is_refused_whole_and_changes_nothing(
    maker: object, message: str, tmp_path: Path, db: Database, db_target: str, seeds: Seeds
) -> None:
    path = maker(tmp_path / "台账.xlsx")  # type: ignore[operator]
    before = table_contents(db_target)
    started = time.process_time()  # CPU time: a bound on the work done, which a busy machine does not change
    code, out, err = import_file(db_target, path)
    assert time.process_time() - started < 5
    assert code == 2 and out == ""
    assert err.startswith("Error: ") and message in err and err.count("\n") == 1, err
    assert table_contents(db_target) == before


@pytest.mark.parametrize(
    ("maker", "message"),
    [
        (xls_broken_utf16_name, "“台账.xls” is damaged and could not be read"),
        (xls_in_another_encoding, "No ledger header was found in “台账.xls”"),
    ],
)
def test_an_xls_with_names_in_a_wrong_encoding(
    maker: object, message: str, tmp_path: Path, db: Database, db_target: str, seeds: Seeds
) -> None:
    path = maker(tmp_path / "台账.xls")  # type: ignore[operator]
    before = table_contents(db_target)
    code, _, err = import_file(db_target, path)
    assert code == 2 and message in err and err.count("\n") == 1, err
    assert table_contents(db_target) == before


def test_a_claimed_million_rows_costs_nothing(tmp_path: Path) -> None:
    """The sheet's dimension claims A1:Z1048576 and one value sits a million rows down: the reader
    neither walks nor allocates the rows in between."""
    claimed = xlsx(tmp_path / "claimed.xlsx", ledger_rows(good_row(2, "0101")), dimension="A1:Z1048576")
    far = far_value(tmp_path / "far.xlsx")
    tracemalloc.start()
    try:
        started = time.process_time()  # CPU time, as above
        grid = read_workbook(claimed)
        with pytest.raises(LedgerFileError, match="A1000000"):
            read_workbook(far)
        elapsed = time.process_time() - started
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert [len(sheet.rows) for sheet in grid.sheets] == [2] and len(grid.sheets[0].rows[0]) == len(HEADER)
    assert elapsed < 1.0 and peak < 10 * 1024 * 1024


def test_the_refusal_through_the_real_command(tmp_path: Path, db: Database, db_target: str) -> None:
    bomb = laughs_in_sheet(tmp_path / "台账.xlsx")
    db.close()
    before = table_contents(db_target), file_bytes(db_target)
    result = subprocess.run(
        [sys.executable, "-m", "casebook", "--lang", "en", "--db", str(db_target), "import", str(bomb)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr.startswith("Error: “台账.xlsx” contains XML entity declarations")
    assert (table_contents(db_target), file_bytes(db_target)) == before


# --- rows refused one by one ------------------------------------------------------------------------


def test_cells_of_the_wrong_type_refuse_their_rows(tmp_path: Path, db: Database, db_target: str, seeds: Seeds) -> None:
    """A number cell holding text, a date cell holding words, error values, string indexes that point
    nowhere, a number too large for a float: each row is refused with its reason, nothing is written."""
    no_type, shared = '<c r="{ref}"><v>#REF!</v></c>', '<c r="{ref}" t="s"><v>{index}</v></c>'
    sheet = ledger_rows(
        row(2, [SESSION, "0201", None, "魏敏", "2023-01-07"], raw={2: no_type}),
        row(3, [SESSION, "0202", "关于乙的建议", "魏敏", None], raw={4: '<c r="{ref}" t="d"><v>not a date</v></c>'}),
        row(4, [SESSION, "0203", None, "魏敏", "2023-01-07"], raw={2: '<c r="{ref}" t="e"><v>#N/A</v></c>'}),
        row(5, [SESSION, "0204", None, "魏敏", "2023-01-07"], raw={2: shared.replace("{index}", "99")}),
        row(6, [SESSION, "0205", None, "魏敏", "2023-01-07"], raw={2: shared.replace("{index}", "-1")}),
        row(7, [SESSION, "0206", "关于丙的建议", "魏敏", None], raw={4: '<c r="{ref}" t="n"><v>abc</v></c>'}),
        row(8, [SESSION, "0207", "关于丁的建议", "魏敏", None], raw={4: '<c r="{ref}"><v>1e400</v></c>'}),
    )
    path = xlsx(tmp_path / "台账.xlsx", sheet, shared=HEADER)
    before = table_contents(db_target)
    code, out, err = import_file(db_target, path)
    assert code == 1 and err == ""
    assert "Cases: 0 new, 0 updated, 0 unchanged, 7 refused." in out
    refused = [line for line in out.splitlines() if line.startswith("台账 row ")]
    assert refused == [
        "台账 row 2: the row has no title (标题)",  # an error value is no value, not a title «#REF!»
        "台账 row 3: 提出日期: “not a date” is not a date",
        "台账 row 4: the row has no title (标题)",
        "台账 row 5: the row has no title (标题)",
        "台账 row 6: the row has no title (标题)",  # index -1 is not the last string
        "台账 row 7: 提出日期: “abc” is not a date",
        "台账 row 8: 提出日期: “inf” is not a date",
    ]
    assert table_contents(db_target) == before


def test_formula_results_are_imported_as_text_and_exported_as_text(
    tmp_path: Path, db: Database, db_target: str, seeds: Seeds
) -> None:
    """A formula cell counts with its last result; a result that itself looks like a formula stays
    text on the way in and on the way out. A formula with no result has no value."""
    result = '=HYPERLINK("http://evil.example","点击")'
    formula = '<c r="{ref}" t="str"><f>CONCAT("=HYPERLINK(",A1)</f><v>' + escape(result) + "</v></c>"
    sheet = ledger_rows(
        row(2, [SESSION, "0301", None, "魏敏", "2023-01-07"], raw={2: formula}),
        row(3, [SESSION, "0302", None, "魏敏", "2023-01-07"], raw={2: '<c r="{ref}"><f>1/0</f></c>'}),
    )
    path = xlsx(tmp_path / "台账.xlsx", sheet)
    code, out, _ = import_file(db_target, path)
    assert code == 1 and "台账 row 3: the row has no title (标题)" in out
    case = find_case(db, seeds.session_id, "0301")
    assert case is not None and case.title == result
    exported = tmp_path / "register.xlsx"
    export_register(db, exported)
    cells = [c for ws in openpyxl.load_workbook(exported) for r in ws.iter_rows() for c in r if c.value == result]
    assert cells and all(c.data_type == "s" and c.quotePrefix for c in cells)


def test_a_dimension_claiming_a_million_rows_imports_normally(
    tmp_path: Path, db: Database, db_target: str, seeds: Seeds
) -> None:
    path = xlsx(tmp_path / "台账.xlsx", ledger_rows(good_row(2, "0401")), dimension="A1:Z1048576")
    code, out, _ = import_file(db_target, path)
    assert code == 0 and "Cases: 1 new" in out


def test_text_longer_than_the_register_keeps_refuses_the_row(
    tmp_path: Path, db: Database, db_target: str, seeds: Seeds
) -> None:
    path = write_ledger(tmp_path / "台账.xlsx", [HEADER, [SESSION, "0501", "关" * 30_000, "魏敏", date(2023, 1, 7)]])
    before = table_contents(db_target)
    code, out, _ = import_file(db_target, path)
    assert code == 1 and "台账 row 2:" in out
    assert "is 30000 characters long; the register keeps at most 300 characters in the title" in out
    assert table_contents(db_target) == before


# --- properties ---------------------------------------------------------------------------------------

# 25 examples each in the suite (a few dozen, on each backend); CASEBOOK_HOSTILE_EXAMPLES=1000 for a
# longer hunt.
FEW = settings(
    max_examples=int(os.environ.get("CASEBOOK_HOSTILE_EXAMPLES", "25")),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)


@FEW
@given(
    prefix=st.sampled_from([b"", ZIP_MAGIC, OLE_MAGIC, b"PK\x05\x06", b"\xef\xbb\xbf"]),
    body=st.binary(max_size=4096),
)
def test_random_bytes_are_refused_with_a_message(tmp_path: Path, prefix: bytes, body: bytes) -> None:
    path = tmp_path / "台账.xlsx"
    path.write_bytes(prefix + body)
    with pytest.raises(LedgerFileError) as caught:
        read_workbook(path)
    assert caught.value.message.count("\n") == 0


def _real_ledger() -> bytes:
    buffer = io.BytesIO()
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "台账"
    sheet.append(HEADER)
    for n in range(1, 30):
        sheet.append([SESSION, f"{n:04d}", f"关于第{n}号事项的建议", "魏敏", date(2023, 1, 7)])
    sheet.merge_cells("A2:A10")
    book.save(buffer)
    return buffer.getvalue()


REAL_LEDGER = _real_ledger()


@FEW
@given(
    cut=st.integers(min_value=0, max_value=len(REAL_LEDGER)),
    flips=st.lists(st.tuples(st.integers(0, len(REAL_LEDGER) - 1), st.integers(0, 255)), max_size=8),
)
def test_damaged_copies_of_a_real_ledger_are_read_or_refused(
    tmp_path: Path, cut: int, flips: list[tuple[int, int]]
) -> None:
    data = bytearray(REAL_LEDGER)
    for offset, value in flips:
        data[offset] = value
    path = tmp_path / "台账.xlsx"
    path.write_bytes(bytes(data[:cut]))
    try:
        grid = read_workbook(path)
    except LedgerFileError as error:
        assert error.message.count("\n") == 0
    else:
        assert all(len({len(r) for r in sheet.rows}) <= 1 for sheet in grid.sheets)


def _cell_values() -> st.SearchStrategy[object]:
    text = st.text(st.characters(exclude_categories=("Cs",)), max_size=60).map(
        lambda t: ILLEGAL_CHARACTERS_RE.sub("", t)
    )
    return st.one_of(
        st.none(),
        text,
        st.sampled_from(["=1+1", "@SUM(A1)", "-", "＝", "0", "2023-02-30", "2023.1.7", "魏敏、张伟", "A类", "满意"]),
        st.integers(min_value=-(2**70), max_value=2**70),
        st.floats(allow_nan=False, allow_infinity=False),
        st.datetimes(min_value=datetime(1900, 3, 1), max_value=datetime(9999, 12, 31)),
        st.booleans(),
    )


FULL_HEADER = [*HEADER, "主办单位", "交办日期", "答复日期", "办理结果", "满意度", "备注"]


@FEW
@given(rows=st.lists(st.lists(_cell_values(), min_size=len(FULL_HEADER), max_size=len(FULL_HEADER)), max_size=5))
def test_any_cell_values_end_in_rows_taken_or_refused(
    tmp_path: Path, db: Database, db_target: str, seeds: Seeds, rows: list[list[object]]
) -> None:
    before = table_contents(db_target)
    path = write_ledger(tmp_path / "台账.xlsx", [FULL_HEADER, *rows])
    code, out, err = import_file(db_target, path, "--dry-run")
    assert code in (0, 1, 2)
    if code == 2:
        assert err.startswith("Error: ") and err.count("\n") == 1
    else:
        assert err == "" and "Dry run: nothing was changed" in out
    assert table_contents(db_target) == before


XML_TEXT = st.text(
    st.characters(exclude_categories=("Cs",), exclude_characters="\ufffe\uffff").filter(
        lambda ch: ch in "\t\n" or ord(ch) >= 0x20
    ),
    max_size=24,
)
RAW_CELL = st.tuples(
    st.sampled_from(["n", "s", "b", "d", "e", "str", "inlineStr", ""]),
    st.one_of(XML_TEXT, st.sampled_from(["1e400", "nan", "-inf", "44927", "-1", "1_0", "#DIV/0!", "2023-01-07"])),
)


@FEW
@given(rows=st.lists(st.lists(RAW_CELL, min_size=len(HEADER), max_size=len(HEADER)), min_size=1, max_size=4))
def test_any_stored_cell_is_read_or_refused_with_a_message(
    tmp_path: Path, db: Database, db_target: str, seeds: Seeds, rows: list[list[tuple[str, str]]]
) -> None:
    """Cells as a broken writer might store them: any declared type with any stored text."""

    def cell(kind: str, raw: str) -> str:
        declared = f' t="{kind}"' if kind else ""
        if kind == "inlineStr":
            return f'<c r="{{ref}}"{declared}><is><t>{escape(raw)}</t></is></c>'
        return f'<c r="{{ref}}"{declared}><v>{escape(raw)}</v></c>'

    sheet = ledger_rows(
        *(
            row(n, [None] * len(HEADER), raw={i: cell(*c) for i, c in enumerate(cells)})
            for n, cells in enumerate(rows, 2)
        )
    )
    path = xlsx(tmp_path / "台账.xlsx", sheet, shared=["魏敏"])
    before = table_contents(db_target)
    code, _, err = import_file(db_target, path, "--dry-run")
    assert code in (0, 1, 2)
    assert (err == "") if code != 2 else (err.startswith("Error: ") and err.count("\n") == 1)
    assert table_contents(db_target) == before


# --- exports ------------------------------------------------------------------------------------------


@FEW
@given(text=st.text(st.characters(exclude_categories=("Cs",)), max_size=40))
@example(text="#VALUE!")  # an Excel error code as a title: found by this property in CI, written as an error cell
def test_any_text_is_written_as_text(tmp_path: Path, text: str) -> None:
    book = Workbook(write_only=True)
    sheet = book.create_sheet("x")
    sheet.append([safe_value(sheet, text), text_cell(sheet, text)])
    path = tmp_path / "x.xlsx"
    book.save(path)
    written = clean_text(text)
    if not written:
        return  # an empty cell
    cells = next(openpyxl.load_workbook(path)["x"].iter_rows())
    assert len(cells) == 2
    for cell in cells:
        assert cell.data_type == "s"  # never "f": nothing the register holds becomes a formula
        # Written through lxml (installed with python-docx) a carriage return is kept as &#13;;
        # through the standard library's XML it comes back as the one line end XML keeps.
        assert cell.value in (written, written.replace("\r\n", "\n").replace("\r", "\n"))
        assert bool(cell.quotePrefix) == written.startswith(FORMULA_SIGNS)


@pytest.mark.parametrize(
    "title",
    [
        "=1+1",
        '\x01=HYPERLINK("http://evil.example","点击")',  # a formula once the control character is cleaned
        "+cmd|' /C calc'!A0",
        "-2+3",
        "@SUM(A1:A9)",
        "\t=1+1",
        "\r\n=1+1",
        "＝SUM(A1:A9)",
        "=" + "1+" * 149 + "1",  # as long as a title may be (300); a longer one is refused, see above
    ],
)
def test_the_register_export_writes_formula_looking_titles_as_text(
    tmp_path: Path, db: Database, seeds: Seeds, title: str
) -> None:
    from casebook.services.steps.cases import register_case

    register_case(db, courier_draft(seeds, title=title))
    path = tmp_path / "register.xlsx"
    export_register(db, path)
    written = clean_text(title.strip())
    cells = [c for ws in openpyxl.load_workbook(path) for r in ws.iter_rows() for c in r if c.value == written]
    assert cells, f"the title {title!r} was not written as text"
    assert all(c.data_type == "s" and c.quotePrefix for c in cells)


def _database_files(folder: Path) -> set[str]:
    return {p.name for p in folder.glob("casebook.sqlite*")}


HOSTILE_UNIT_NAMES = [
    "../../etc",
    "..\\..\\Windows",
    "a/b",
    "CON",
    "nul.txt",
    "History",
    "'引号'",
    "[1]",
    "a\x01b",
    "=cmd|' /C calc'!A0",
    "\u202eslx.exe",
    "市" * 40,
    "市" * 39 + "区",
]


def test_unit_names_never_become_paths_or_break_the_workbook(tmp_path: Path, db: Database, seeds: Seeds) -> None:
    from casebook.services.steps.cases import register_case

    for index, name in enumerate(HOSTILE_UNIT_NAMES):
        unit = reference.add_unit(db, name)
        case = register_case(db, courier_draft(seeds, number=f"{index:04d}", kind=CaseKind.SUGGESTION))
        assign_case(db, case.id, unit.id, AssignmentRole.LEAD, date(2023, 1, 20))
    folder = tmp_path / "chosen"
    folder.mkdir()
    summary = export_unit_lists(db, folder / "交办清单.xlsx")
    assert [p.name for p in folder.iterdir()] == ["交办清单.xlsx"]
    assert {p.name for p in tmp_path.rglob("*") if p.parent != folder} <= {"chosen", *_database_files(tmp_path)}
    with zipfile.ZipFile(folder / "交办清单.xlsx") as archive:
        assert all(".." not in name and not name.startswith("/") for name in archive.namelist())
    book = openpyxl.load_workbook(folder / "交办清单.xlsx")  # a name with a control character once broke it
    names = book.sheetnames
    assert len(names) == len(HOSTILE_UNIT_NAMES) == len({n.casefold() for n in names})
    assert names == list(summary.sheets)
    for name in names:
        assert 0 < len(name) <= 31 and not set(name) & set("[]:*?/\\")
        assert name.isprintable() and not name.startswith("'") and name.casefold() != "history"
