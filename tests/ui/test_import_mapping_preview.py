"""The window's import preview: every column with its field and the unmapped wordings, each with a
drop-down; the clerk fixes both, checks again, imports, and the next ledger is read the same way."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from pytestqt.qtbot import QtBot

from casebook.domain.office_settings import NO_RESULT
from casebook.services.ledger.mappings import load_mappings
from casebook.services.queries.overview import register_overview
from casebook.store.database import Database
from casebook.ui.dialogs.import_preview import ImportPreview
from casebook.ui.main_window import MainWindow
from tests.excel.ledger_corpus import LONG_RESULTS
from tests.excel.ledger_files import write_ledger
from tests.snapshot import table_contents

JOB_TIMEOUT = 60_000
HEADER = [*LONG_RESULTS[0], "代表所在组"]
GROUPS = ["京口", "润州", "句容", "丹阳", "扬中", "京口"]
ROWS = [[*row, group] for row, group in zip(LONG_RESULTS[1:], GROUPS, strict=True)]


def window_on(qtbot: QtBot, db: Database) -> MainWindow:
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def next_preview(qtbot: QtBot, window: MainWindow, before: object = None) -> ImportPreview:
    qtbot.waitUntil(lambda: getattr(window.jobs, "preview", None) not in (None, before), timeout=JOB_TIMEOUT)
    preview: ImportPreview = window.jobs.preview
    return preview


def test_the_clerk_maps_a_column_and_two_wordings_and_they_are_remembered(
    qtbot: QtBot, db: Database, db_target: str, tmp_path: Path
) -> None:
    ledger = write_ledger(tmp_path / "结果描述.xlsx", [HEADER, *ROWS])
    window = window_on(qtbot, db)
    before = table_contents(db_target)
    window.jobs.rehearse_import(ledger)
    first = next_preview(qtbot, window)
    # no session in the ledger, none given: every row is refused until the clerk names one
    assert "0 new" in first.summary.text()
    first.session_name.setText("市九届人大二次会议")
    first.session_name.textEdited.emit("市九届人大二次会议")
    first.use_date.setChecked(True)
    first.session_date.setDate(date(2023, 1, 6))
    assert not first.import_button.isEnabled()  # a choice changed: check again first
    first.check_button.click()

    second = next_preview(qtbot, window, first)
    assert table_contents(db_target) == before  # rehearsals write nothing
    assert "4 new" in second.summary.text() and "2 refused" in second.summary.text()
    columns = {r.label: r.field for r in second.report.readings}
    assert columns["代表所在组"] is None and columns["办理结果"] == "result_code"
    assert second.columns.boxes["办理结果"].currentData() == "result_code"
    assert set(second.wordings.boxes) == {("result", "因财力所限，暂缓解决"), ("result", "已列入计划，近期尚不能解决")}
    # a class each, or 「no result yet」 for a wording that says the case is still being handled
    box = second.wordings.boxes[("result", "因财力所限，暂缓解决")]
    assert [box.itemText(i) for i in range(box.count())][-1] == "No result yet (still being handled)"
    assert box.itemData(box.count() - 1) == NO_RESULT
    second.columns.choose("代表所在组", "delegation")
    second.wordings.choose("因财力所限，暂缓解决", "C")
    second.wordings.choose("已列入计划，近期尚不能解决", "C")
    assert not second.import_button.isEnabled()
    second.check_button.click()

    third = next_preview(qtbot, window, second)
    assert "6 new" in third.summary.text() and "0 refused" in third.summary.text()
    assert third.wordings.rowCount() == 0
    assert {r.label: (r.field, r.how) for r in third.report.readings}["代表所在组"] == ("delegation", "clerk")
    assert third.import_button.isEnabled()
    total = register_overview(db).total
    third.import_button.click()
    qtbot.waitUntil(lambda: not window.jobs.busy, timeout=JOB_TIMEOUT)
    assert register_overview(db).total == total + 6

    remembered = load_mappings(db)
    assert remembered.columns == {"代表所在组": "delegation"}
    assert remembered.values == {"result": {"因财力所限，暂缓解决": "C", "已列入计划，近期尚不能解决": "C"}}

    # the next ledger with that header and those wordings: read the same way, nothing to fix
    again = write_ledger(tmp_path / "下一份.xlsx", [HEADER, *[[f"1{row[0]}", *row[1:]] for row in ROWS]])
    window.jobs.rehearse_import(again, session_name="市九届人大二次会议")
    fourth = next_preview(qtbot, window, third)
    assert "6 new" in fourth.summary.text() and fourth.wordings.rowCount() == 0
    assert fourth.columns.boxes["代表所在组"].currentData() == "delegation"


def test_without_a_year_the_preview_asks_for_the_sessions_first_day(
    qtbot: QtBot, db: Database, db_target: str, tmp_path: Path
) -> None:
    from tests.excel.ledger_corpus import delegation_as_group

    window = window_on(qtbot, db)
    window.jobs.rehearse_import(delegation_as_group(tmp_path))
    first = next_preview(qtbot, window)
    assert "--session-date" in first.summary.text() and "市九届人大二次会议" in first.summary.text()
    assert not first.import_button.isEnabled()
    first.use_date.setChecked(True)
    first.session_date.setDate(date(2023, 1, 6))
    first.check_button.click()
    second = next_preview(qtbot, window, first)
    assert "3 new" in second.summary.text() and second.import_button.isEnabled()
    assert "Session 市九届人大二次会议: year 2023, first day 2023-01-06." in second.summary.text()
    second.import_button.click()
    qtbot.waitUntil(lambda: not window.jobs.busy, timeout=JOB_TIMEOUT)
    assert register_overview(db).total == 3
