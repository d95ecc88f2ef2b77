"""相似建议 in the case editor: the similar cases of earlier years follow the title as it is typed,
and the tab shows how many there are."""

from __future__ import annotations

from unittest.mock import patch

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from casebook.services.queries import similar
from casebook.ui.dialogs.case_editor import CaseEditor
from casebook.ui.views.similar_panel import SimilarCasesPanel
from tests.services.test_similar import OTHERS, PARKING_2021, PARKING_2023, PRESCHOOL, Register, register

__all__ = ["register"]  # the fixture, imported for these tests


def table_rows(panel: SimilarCasesPanel) -> list[list[str]]:
    table = panel.table
    return [
        [table.item(row, column).text() for column in range(table.columnCount())] for row in range(table.rowCount())
    ]


@pytest.fixture(autouse=True)
def discard_unsaved(monkeypatch: pytest.MonkeyPatch) -> None:
    """An editor closed at the end of a test leaves its typed title unsaved without asking."""
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: QMessageBox.StandardButton.Discard)


def answered(qtbot: QtBot, panel: SimilarCasesPanel) -> None:
    qtbot.waitUntil(lambda: not panel.busy, timeout=10_000)


def test_typing_a_title_lists_the_similar_cases_of_earlier_years(qtbot: QtBot, register: Register) -> None:
    parking = register.add(2021, PARKING_2021, result="B", rating="basically_satisfied")
    register.add(2022, PRESCHOOL, result="A", rating="satisfied")
    for title in OTHERS:
        register.add(2022, title)
    editor = CaseEditor(register.db, None)
    qtbot.addWidget(editor)
    editor.show()
    tab = editor.tabs.indexOf(editor.similar)
    assert editor.tabs.tabText(tab) == "Similar cases"
    assert editor.tabs.isTabEnabled(tab)

    editor.form.title.insert(PARKING_2023)  # what an input method commits
    assert editor.similar_refresh.isActive()  # asked for once the clerk stops typing
    qtbot.waitUntil(lambda: editor.tabs.tabText(tab) == "Similar cases (1)", timeout=10_000)

    rows = table_rows(editor.similar)
    assert [row[:6] for row in rows] == [
        ["2021", "市8届人大5次会议", "0001", PARKING_2021, "B", "基本满意"]
    ]  # the office's label
    assert float(rows[0][6]) >= 0.4
    assert editor.similar.status.text().startswith("1")
    with qtbot.waitSignal(editor.similar.open_case) as opened:
        editor.similar.table.cellDoubleClicked.emit(0, 3)
    assert opened.args == [parking]

    editor.form.title.setText("关于建设长江江豚观测站的建议")
    qtbot.waitUntil(lambda: editor.tabs.tabText(tab) == "Similar cases (0)", timeout=10_000)
    assert editor.similar.status.text() == "No similar case."


def test_an_opened_case_lists_its_earlier_versions_but_not_itself(qtbot: QtBot, register: Register) -> None:
    earlier = register.add(2021, PARKING_2021)
    register.add(2022, "关于缓解老城区停车难的建议")
    later = register.add(2023, PARKING_2023)
    for title in OTHERS:
        register.add(2022, title)
    editor = CaseEditor(register.db, later)
    qtbot.addWidget(editor)
    tab = editor.tabs.indexOf(editor.similar)

    qtbot.waitUntil(lambda: editor.tabs.tabText(tab) == "Similar cases (2)", timeout=10_000)

    assert [m.case_id for m in editor.similar.matches][1] == earlier
    assert later not in [m.case_id for m in editor.similar.matches]
    assert not editor.similar_refresh.isActive()  # asked at once, not again after the delay


def test_the_first_question_builds_the_index_on_a_worker_and_says_so(qtbot: QtBot, register: Register) -> None:
    register.add(2021, PARKING_2021)
    panel = SimilarCasesPanel(register.db)
    qtbot.addWidget(panel)

    panel.show_for_text(PARKING_2023)

    assert panel.status.text() == "Building the index…" and panel.busy  # the window does not wait
    answered(qtbot, panel)
    assert [row[3] for row in table_rows(panel)] == [PARKING_2021]
    assert similar.index_ready(register.db)
    panel.show_for_text(PARKING_2023)
    assert panel.status.text() != "Building the index…"  # built: no such notice
    answered(qtbot, panel)
    assert panel.status.text() == "1 cases with a similar title or content, most similar first:"


def test_only_the_latest_question_is_answered(qtbot: QtBot, register: Register) -> None:
    register.add(2021, PARKING_2021)
    register.add(2022, PRESCHOOL)
    panel = SimilarCasesPanel(register.db)
    qtbot.addWidget(panel)
    panel.show_for_text(PARKING_2023)
    panel.show_for_text(PRESCHOOL)
    answered(qtbot, panel)
    assert [row[3] for row in table_rows(panel)] == [PRESCHOOL]
    panel.show_for_text("  ")
    assert panel.table.rowCount() == 0 and not panel.busy


def test_double_clicking_a_similar_case_opens_it(qtbot: QtBot, register: Register) -> None:
    earlier = register.add(2021, PARKING_2021)
    later = register.add(2023, PARKING_2023)
    editor = CaseEditor(register.db, later)
    qtbot.addWidget(editor)
    answered(qtbot, editor.similar)
    opened: list[CaseEditor] = []
    with patch.object(CaseEditor, "open", lambda self: opened.append(self)):
        editor.tabs.setCurrentWidget(editor.similar)
        editor.show()
        qtbot.waitExposed(editor)
        index: QModelIndex = editor.similar.table.model().index(0, 3)
        rect = editor.similar.table.visualRect(index)
        viewport = editor.similar.table.viewport()
        qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())  # a view wants the press too
        qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
    assert [o.case_id for o in opened] == [earlier]
    answered(qtbot, opened[0].similar)
