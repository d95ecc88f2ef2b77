"""Importing a ledger again: what a clerk changed in the program since the last import is kept
(and listed) unless --overwrite; numbers written twice in one file are refused, not merged."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from casebook.excel.reading import read_workbook
from casebook.services.admin.office import get_settings
from casebook.services.ledger.importing import import_ledger
from casebook.services.ledger.report import ImportReport, KeptChange, summary_lines
from casebook.services.ledger.rows import read_ledger
from casebook.services.steps.cases import case_draft, edit_case, find_case
from casebook.store.database import Database
from tests.excel.ledger_files import write_ledger

SESSION = "市九届人大二次会议"
HEADER = ["编号", "标题", "领衔代表", "主办单位", "备注"]


def ledger(path: Path, *rows: list[object]) -> Path:
    return write_ledger(path, [HEADER, *rows])


def take(db: Database, path: Path, overwrite: bool = False) -> ImportReport:
    found = read_ledger(read_workbook(path), get_settings(db))
    return import_ledger(db, found, session_name=SESSION, session_date=date(2023, 1, 6), overwrite=overwrite)


def session_id(db: Database) -> int:
    from sqlalchemy import select

    from casebook.store.models import CongressSession

    with db.read() as session:
        return session.scalars(select(CongressSession.id)).one()


def clerk_changes_title(db: Database, number: str, title: str) -> None:
    case = find_case(db, session_id(db), number)
    assert case is not None
    edit_case(db, case.id, case.version, replace(case_draft(db, case.id), title=title))


def test_a_clerks_change_is_kept_and_listed(db: Database, tmp_path: Path) -> None:
    path = ledger(tmp_path / "l.xlsx", ["1", "关于建设口袋公园的建议", "魏敏", "市住建局", "首批"])
    assert take(db, path).created == 1
    clerk_changes_title(db, "1", "关于建设城市口袋公园的建议")
    again = take(db, path)
    assert (again.created, again.updated, again.unchanged) == (0, 0, 1)
    label = f"{SESSION} No. 1"
    assert again.kept_changes == [KeptChange(label, "标题", "关于建设城市口袋公园的建议", "关于建设口袋公园的建议")]
    assert "Import again with --overwrite to take the ledger's values instead." in summary_lines(again)
    case = find_case(db, session_id(db), "1")
    assert case is not None and case.title == "关于建设城市口袋公园的建议"
    # a field the clerk did not touch still follows the ledger
    changed = ledger(tmp_path / "l2.xlsx", ["1", "关于建设口袋公园的建议", "魏敏", "市住建局", "第二批"])
    third = take(db, changed)
    assert third.updated == 1 and [c.field for c in third.kept_changes] == ["标题"]
    case = find_case(db, session_id(db), "1")
    assert case is not None and case.title == "关于建设城市口袋公园的建议"
    assert case_draft(db, case.id).remarks == "第二批"


def test_overwrite_takes_the_ledgers_value(db: Database, tmp_path: Path) -> None:
    path = ledger(tmp_path / "l.xlsx", ["1", "关于建设口袋公园的建议", "魏敏", "市住建局", None])
    take(db, path)
    clerk_changes_title(db, "1", "关于建设城市口袋公园的建议")
    again = take(db, path, overwrite=True)
    assert again.updated == 1 and again.kept_changes == []
    assert [(c.field, c.program, c.ledger) for c in again.overwritten] == [
        ("标题", "关于建设城市口袋公园的建议", "关于建设口袋公园的建议")
    ]
    case = find_case(db, session_id(db), "1")
    assert case is not None and case.title == "关于建设口袋公园的建议"
    # from now on the ledger's value is the imported one: nothing to report the next time
    assert take(db, path).kept_changes == []


def test_numbers_written_twice_are_refused_with_both_rows(db: Database, tmp_path: Path) -> None:
    path = ledger(
        tmp_path / "l.xlsx",
        ["7", "关于建设口袋公园的建议", "魏敏", "市住建局", None],
        ["8", "关于更新路灯的建议", "刘洋", "市公安局", None],
        ["7", "关于修缮学校的建议", "陈静", "市教育局", None],
    )
    report = take(db, path)
    assert report.created == 1
    assert [(r.source.line, r.reason) for r in report.rejected] == [
        (2, "the number 7 is in this file more than once (also 台账 row 4): neither row was imported"),
        (4, "the number 7 is in this file more than once (also 台账 row 2): neither row was imported"),
    ]
    assert find_case(db, session_id(db), "7") is None


def test_1_and_0001_in_one_file_are_one_number_twice_and_a_number_of_thousands_of_digits_is_refused(
    db: Database, tmp_path: Path
) -> None:
    """Excel drops the zeros of a number typed as one: 「1」 beside 「0001」 is the same case twice,
    neither taken (the register's 0001 keeps its title), not one row silently over the other."""
    take(db, ledger(tmp_path / "first.xlsx", ["0001", "关于建设口袋公园的建议", "魏敏", "市住建局", None]))
    path = ledger(
        tmp_path / "l.xlsx",
        ["1", "关于更新路灯的建议", "刘洋", "市公安局", None],
        ["0001", "关于修缮学校的建议", "陈静", "市教育局", None],
        ["9" * 5000, "关于编号很长的建议", "陈静", "市教育局", None],
    )
    report = take(db, path)
    reasons = {r.source.line: r.reason for r in report.rejected}
    assert reasons[2] == "the number 1 is in this file more than once (also 台账 row 3): neither row was imported"
    assert reasons[3] == "the number 0001 is in this file more than once (also 台账 row 2): neither row was imported"
    assert set(reasons) == {2, 3, 4} and report.created == report.updated == 0
    case = find_case(db, session_id(db), "0001")
    assert case is not None and case.title == "关于建设口袋公园的建议"
    assert find_case(db, session_id(db), "1") is None


def test_a_lead_deputy_the_clerk_changed_is_kept_and_listed_by_name(db: Database, tmp_path: Path) -> None:
    path = ledger(tmp_path / "l.xlsx", ["1", "关于建设口袋公园的建议", "魏敏", "市住建局", None])
    take(db, ledger(tmp_path / "other.xlsx", ["2", "关于更新路灯的建议", "刘洋", "市公安局", None]))
    take(db, path)
    other = find_case(db, session_id(db), "2")
    case = find_case(db, session_id(db), "1")
    assert case is not None and other is not None
    liu = case_draft(db, other.id).lead_deputy_id
    edit_case(db, case.id, case.version, replace(case_draft(db, case.id), lead_deputy_id=liu))
    again = take(db, path)
    assert again.kept_changes == [KeptChange(f"{SESSION} No. 1", "领衔代表", "刘洋", "魏敏")]
