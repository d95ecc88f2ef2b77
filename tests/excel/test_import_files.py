"""Files that are no ledger get one clear error and change nothing; the `import` command."""

from __future__ import annotations

import argparse
import zipfile
from pathlib import Path

import openpyxl
import pytest

from casebook.cli.ledger_import import add_parser
from casebook.excel.reading import read_workbook
from casebook.excel.workbook_errors import LedgerFileError, ReadLimits
from casebook.store.database import Database
from tests.conftest import Seeds
from tests.excel.ledger_files import write_encrypted_ole, write_ledger, write_zip_bomb
from tests.excel.test_import_ledgers import MERGES, messy_rows
from tests.snapshot import file_bytes, table_contents


def run(db_target: str, *argv: str) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db")
    add_parser(parser.add_subparsers())
    args = parser.parse_args(["--db", str(db_target), "import", *argv])
    code: int = args.run(args)
    return code


def test_a_text_file_renamed_xlsx(tmp_path: Path) -> None:
    path = tmp_path / "台账.xlsx"
    path.write_text("编号,标题\n1,关于…的建议\n", encoding="utf-8")
    with pytest.raises(LedgerFileError, match="is not an Excel workbook"):
        read_workbook(path)


def test_a_word_document_is_no_workbook(tmp_path: Path) -> None:
    path = tmp_path / "台账.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", '<Types><Override ContentType="wordprocessingml"/></Types>')
        archive.writestr("_rels/.rels", "<Relationships/>")
        archive.writestr("word/document.xml", "<document/>")
    with pytest.raises(LedgerFileError, match="is not an Excel workbook"):
        read_workbook(path)


def test_a_damaged_workbook(tmp_path: Path) -> None:
    good = write_ledger(tmp_path / "good.xlsx", [["编号", "标题"], ["1", "x"]])
    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(good.read_bytes()[:-200])
    with pytest.raises(LedgerFileError, match="damaged"):
        read_workbook(bad)


def test_a_zip_bomb(tmp_path: Path) -> None:
    with pytest.raises(LedgerFileError, match="zip bomb"):
        read_workbook(write_zip_bomb(tmp_path / "bomb.xlsx"))


def test_a_workbook_that_unpacks_too_large(tmp_path: Path) -> None:
    path = write_ledger(tmp_path / "l.xlsx", [["编号", "标题"], ["1", "x"]])
    with pytest.raises(LedgerFileError, match="would unpack to"):
        read_workbook(path, ReadLimits(max_unpacked_bytes=1000))


def test_a_file_over_the_size_limit(tmp_path: Path) -> None:
    path = write_ledger(tmp_path / "l.xlsx", [["编号", "标题"], ["1", "x"]])
    with pytest.raises(LedgerFileError, match="over the limit of 1 KB"):
        read_workbook(path, ReadLimits(max_file_bytes=1024))


def test_a_workbook_protected_by_a_password(tmp_path: Path) -> None:
    with pytest.raises(LedgerFileError, match="protected by a password"):
        read_workbook(write_encrypted_ole(tmp_path / "台账.xlsx"))


def test_a_missing_file(tmp_path: Path) -> None:
    with pytest.raises(LedgerFileError, match="could not be opened"):
        read_workbook(tmp_path / "nowhere.xlsx")


def test_a_workbook_without_a_ledger_header(tmp_path: Path, db: Database, db_target: str) -> None:
    path = write_ledger(tmp_path / "l.xlsx", [["姓名", "电话"], ["张三", "123"]])
    before = table_contents(db_target)
    assert run(db_target, str(path)) == 2
    assert table_contents(db_target) == before


@pytest.mark.parametrize("maker", [write_zip_bomb, write_encrypted_ole])
def test_the_command_refuses_a_bad_file_and_changes_nothing(
    maker: object, tmp_path: Path, db: Database, db_target: str, seeds: Seeds, capsys: pytest.CaptureFixture[str]
) -> None:
    before, file_before = table_contents(db_target), file_bytes(db_target)
    assert run(db_target, str(maker(tmp_path / "台账.xlsx"))) == 2  # type: ignore[operator]
    error = capsys.readouterr().err
    assert error.startswith("Error: “台账.xlsx”") and error.count("\n") == 1
    assert table_contents(db_target) == before and file_bytes(db_target) == file_before


def test_the_command_dry_run_and_rejects(
    tmp_path: Path, db: Database, db_target: str, seeds: Seeds, capsys: pytest.CaptureFixture[str]
) -> None:
    ledger = write_ledger(tmp_path / "台账.xlsx", messy_rows(), MERGES, title="2023年建议")
    before = table_contents(db_target)
    rejects = tmp_path / "refused.xlsx"
    assert run(db_target, str(ledger), "--dry-run", "--rejects", str(rejects)) == 1
    out = capsys.readouterr().out
    assert "Dry run: nothing was changed" in out
    assert "Cases: 4 new, 0 updated, 0 unchanged, 4 refused." in out
    assert "New deputies (3): 刘洋、赵磊、孙丽" in out
    assert "2023年建议 row 13: the row has no title (标题)" in out
    assert table_contents(db_target) == before
    assert openpyxl.load_workbook(rejects)["2023年建议"].max_row == 6  # two header rows, four refused rows
    assert run(db_target, str(ledger)) == 1
    assert "Cases: 4 new" in capsys.readouterr().out
    assert table_contents(db_target) != before


def test_the_command_with_every_row_taken(tmp_path: Path, db: Database, db_target: str, seeds: Seeds) -> None:
    rows = [["届次会议", "编号", "标题", "领衔代表"], ["市九届人大二次会议", "1", "关于…的建议", "魏敏"]]
    assert run(db_target, str(write_ledger(tmp_path / "l.xlsx", rows))) == 0
