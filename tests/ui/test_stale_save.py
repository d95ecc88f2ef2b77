"""Two clerks edit the same case: the later save is refused with who and when, and the clerk chooses
to reload (seeing the other's version) or keep editing (the form keeps her text). The history tab
shows who changed which field from what to what."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from casebook.services.queries.case_views import CaseSummary
from casebook.services.steps.cases import get_case
from casebook.store.database import Database, open_database
from casebook.ui.dialogs.case_editor import CaseEditor


@pytest.fixture
def li(db: Database, db_target: str) -> Iterator[Database]:
    other = open_database(db_target, user="clerk-li")
    yield other
    other.close()


def editor_on(qtbot: QtBot, db: Database, case_id: int) -> CaseEditor:
    editor = CaseEditor(db, case_id)
    qtbot.addWidget(editor)
    editor.show()
    return editor


def retitle(editor: CaseEditor, title: str) -> None:
    editor.form.title.clear()
    editor.form.title.insert(title)


def test_a_stale_save_offers_reload_or_keep_editing(
    qtbot: QtBot, db: Database, li: Database, courier_case: CaseSummary
) -> None:
    mine = editor_on(qtbot, db, courier_case.id)
    theirs = editor_on(qtbot, li, courier_case.id)
    retitle(theirs, "关于加强外卖骑手交通安全管理的建议")
    qtbot.mouseClick(theirs.save_button, Qt.MouseButton.LeftButton)
    assert not theirs.dirty  # clerk-li saved first
    retitle(mine, "关于规范快递企业安全管理的建议")
    qtbot.mouseClick(mine.save_button, Qt.MouseButton.LeftButton)
    box = mine.stale_box
    assert box.isVisible()
    assert "clerk-li" in box.text() and "after you opened it" in box.text()
    assert "clerk-li" in mine.form.message.text()  # also said above the form
    qtbot.mouseClick(mine.keep_editing_button, Qt.MouseButton.LeftButton)
    assert mine.form.title.text() == "关于规范快递企业安全管理的建议" and mine.dirty
    assert get_case(db, courier_case.id).title == "关于加强外卖骑手交通安全管理的建议"  # nothing of mine written
    assert not mine.save()  # still refused: it cannot overwrite clerk-li's save
    qtbot.mouseClick(mine.reload_button, Qt.MouseButton.LeftButton)
    assert mine.form.title.text() == "关于加强外卖骑手交通安全管理的建议" and not mine.dirty
    assert mine.version == get_case(db, courier_case.id).version
    retitle(mine, "关于规范快递企业安全管理的建议")
    assert mine.save()  # based on the current version now
    mine.dirty = theirs.dirty = False


def test_the_history_tab_shows_the_changes_in_words(
    qtbot: QtBot, db: Database, li: Database, courier_case: CaseSummary
) -> None:
    theirs = editor_on(qtbot, li, courier_case.id)
    retitle(theirs, "关于加强外卖骑手交通安全管理的建议")
    assert theirs.save()
    mine = editor_on(qtbot, db, courier_case.id)
    table = mine.history_table
    rows = [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]
    assert [row[2] for row in rows] == ["clerk-wang", "clerk-li"]  # oldest first
    assert rows[0][0] == "2023-01-07"  # the business date: the day it was submitted
    assert "title: — → 关于加强对快递和外卖服务企业安全管理的建议" in rows[0][4].split("\n")
    assert rows[1][4] == "title: 关于加强对快递和外卖服务企业安全管理的建议 → 关于加强外卖骑手交通安全管理的建议"
    assert table.editTriggers() == table.EditTrigger.NoEditTriggers
    mine.dirty = theirs.dirty = False
