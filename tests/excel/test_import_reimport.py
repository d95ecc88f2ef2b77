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
