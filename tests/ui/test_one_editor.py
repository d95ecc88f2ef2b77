"""One editor per case: a second double-click brings the open editor to the front."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt, QThreadPool
from pytestqt.qtbot import QtBot

from casebook.services.queries.case_views import CaseSummary
from casebook.store.database import Database
from casebook.ui.dialogs.case_editor import CaseEditor
from casebook.ui.main_window import MainWindow


@pytest.fixture(autouse=True)
def similar_queries_finish(db: Database) -> Iterator[None]:
    """The case window asks for similar cases on a worker thread: let it finish before the database closes."""
    yield
    QThreadPool.globalInstance().waitForDone()


def _double_click_first_row(qtbot: QtBot, window: MainWindow) -> None:
    table = window.cases.table
    rect = table.visualRect(window.cases.model.index(0, 3))
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_double_clicking_a_case_twice_opens_one_editor(qtbot: QtBot, db: Database, courier_case: CaseSummary) -> None:
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    _double_click_first_row(qtbot, window)
    _double_click_first_row(qtbot, window)
    editors = [w for w in window.findChildren(CaseEditor) if w.isVisible()]
    assert len(editors) == 1
    assert window.editors == {courier_case.id: editors[0]}
    editor = editors[0]
    editor.form.title.setText(courier_case.title + "（修改）")
    assert editor.save()  # not refused as changed by someone else: there is no second editor
    editor.reject()
    assert window.editors == {}
    window.open_case(courier_case.id)
    assert len([w for w in window.findChildren(CaseEditor) if w.isVisible()]) == 1


def test_a_new_case_once_saved_is_that_case_s_editor(qtbot: QtBot, db: Database, courier_case: CaseSummary) -> None:
    window = MainWindow(db)
    qtbot.addWidget(window)
    editor = window.new_case()
    assert editor is not None and window.editors == {}
    editor.saved.emit(courier_case.id)  # as after registering: the editor now shows that case
    editor.case_id = courier_case.id
    editor.saved.emit(courier_case.id)
    assert window.open_case(courier_case.id) is editor
