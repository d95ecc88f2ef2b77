"""The 督办 view: the three tiers with their cases, the overdue list and the follow-up reviews."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl
from pytestqt.qtbot import QtBot

from casebook.store.database import Database
from casebook.ui.main_window import MainWindow
from casebook.ui.views.supervision import CASE_HEADERS, LATE_COLOUR, SupervisionView
from tests.conftest import Seeds
from tests.services.case_builder import build_case
from tests.services.test_supervision_lists import TODAY, three_tiers
from tests.ui.operations import answered


def shown(qtbot: QtBot, db: Database, today: date = TODAY) -> SupervisionView:
    view = SupervisionView(db, today=today)
    qtbot.addWidget(view)
    view.resize(1200, 700)
    view.show()
    qtbot.waitExposed(view)
    answered(qtbot)  # the lists are read on workers
    return view


def test_tiers_list_supervisors_and_their_cases(qtbot: QtBot, db: Database, seeds: Seeds) -> None:
    ids = three_tiers(db, seeds)
    view = shown(qtbot, db)
    tree = view.supervisor_tree
    groups = [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]
    assert groups == ["Led by congress leaders", "By special committees", "Deputy-affairs office (backstop)"]
    leader = tree.topLevelItem(0).child(0)
    assert [leader.text(c) for c in range(4)] == ["周副主任", "2", "0", "1"]  # cases, closed, overdue
    assert leader.foreground(3).color().name() == LATE_COLOUR
    tree.setCurrentItem(leader)
    answered(qtbot)
    assert view.case_table.rowCount() == 2
    numbers = {view.case_table.item(r, 1).text(): r for r in range(2)}
    late_row = numbers["11"]
    late = view.case_table.item(late_row, 7)
    assert late.text() == "市中级人民法院" and late.foreground().color().name() == LATE_COLOUR
    assert view.case_table.item(numbers["12"], 8).text() == "2"  # supervision records
    opened: list[int] = []
    view.open_case.connect(opened.append)
    view.case_table.cellDoubleClicked.emit(late_row, 2)
    assert opened == [ids["late"]]
    office = tree.topLevelItem(2).child(0)
    tree.setCurrentItem(office)
    answered(qtbot)
    # the office oversees every case (抓总兜底), with the same columns as the other tiers
    assert [view.case_table.item(r, 1).text() for r in range(view.case_table.rowCount())] == ["11", "12", "13", "14"]
    assert view.case_table.columnCount() == len(CASE_HEADERS)


def test_follow_up_tab_lists_and_exports(qtbot: QtBot, db: Database, seeds: Seeds, tmp_path: Path) -> None:
    build_case(
        db,
        seeds,
        "21",
        submitted_on=date(2022, 3, 1),
        assigned_on=date(2022, 3, 10),
        replied_on=date(2022, 6, 1),
        result="C",
        session_id=seeds.interim_id,
    )
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.supervision._today = date(2023, 3, 1)
    window.show()
    window.show_view("supervision")
    view = window.supervision
    view.tabs.setCurrentIndex(2)
    answered(qtbot)
    assert view.follow_up_table.rowCount() == 1
    assert [view.follow_up_table.item(0, c).text() for c in (0, 1, 4)] == ["2022", "21", "C"]
    assert "1 cases to review" in view.follow_up_count.text()
    target = tmp_path / "回头看.xlsx"
    view.export_follow_ups.emit(str(target))
    qtbot.waitUntil(lambda: not window.jobs.busy, timeout=30_000)
    rows = [r for r in openpyxl.load_workbook(target).active.iter_rows(values_only=True) if r[2] == "21"]
    assert len(rows) == 1 and rows[0][5] == "C"


def test_deadline_tab_lists_overdue_and_due_soon_by_unit(qtbot: QtBot, db: Database, seeds: Seeds) -> None:
    three_tiers(db, seeds)  # case 11 at 市中级人民法院, due 2023-05-01, no reply
    build_case(db, seeds, "15", assigned_on=date(2023, 3, 1))  # 市邮政管理局, due 2023-06-01
    view = shown(qtbot, db, today=date(2023, 5, 28))
    view.tabs.setCurrentIndex(1)
    answered(qtbot)
    tree = view.deadlines.tree
    units = [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]
    assert units == ["市中级人民法院 (1, 1 overdue)", "市邮政管理局 (1, 0 overdue)"]
    late = tree.topLevelItem(0).child(0)
    assert late.text(5) == "2023-05-01" and late.text(6) == "27 days overdue"
    assert late.foreground(6).color().name() == LATE_COLOUR
    assert tree.topLevelItem(1).child(0).text(6) == "4 days left"
    view.deadlines.within.setValue(0)  # overdue only
    answered(qtbot)
    assert tree.topLevelItemCount() == 1
    opened: list[int] = []
    view.open_case.connect(opened.append)
    tree.itemDoubleClicked.emit(tree.topLevelItem(0).child(0), 0)
    assert len(opened) == 1
    assert view.tabs.tabText(1) == "Overdue and due soon"
