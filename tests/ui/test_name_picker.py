"""The case form's pickers find a name by part of it, its pinyin initials or its full pinyin."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from casebook.domain.spelling import search_key
from casebook.store.database import Database
from casebook.ui.dialogs.case_form import CaseForm
from tests.conftest import Seeds


def test_search_keys() -> None:
    assert search_key("魏敏") == "魏敏 wm weimin"
    assert search_key("市中级人民法院") == "市中级人民法院 szjrmfy shizhongjirenminfayuan"
    assert search_key("Plan B") == "plan b"  # nothing to spell


@pytest.mark.parametrize("typed", ["wm", "WM", "weimin", "敏"])
def test_typing_initials_finds_the_deputy(qtbot: QtBot, db: Database, seeds: Seeds, typed: str) -> None:
    form = CaseForm(db)
    qtbot.addWidget(form)
    form.show()
    combo = form.lead_deputy
    completer = combo.completer()
    combo.lineEdit().clear()
    combo.lineEdit().insert(typed)
    completer.setCompletionPrefix(typed)  # what typing does, without a keyboard (offscreen)
    found = [completer.completionModel().index(row, 0).data() for row in range(completer.completionCount())]
    assert [name for name in found if name.startswith("魏敏")] == found and len(found) == 1
    completer.complete()
    popup = completer.popup()
    popup.setCurrentIndex(completer.completionModel().index(0, 0))
    QTest.keyClick(popup, Qt.Key.Key_Return)
    assert combo.currentData() == seeds.wei_min
    assert combo.currentText().startswith("魏敏")


def test_initials_that_match_no_one_offer_nothing(qtbot: QtBot, db: Database, seeds: Seeds) -> None:
    form = CaseForm(db)
    qtbot.addWidget(form)
    completer = form.lead_deputy.completer()
    completer.setCompletionPrefix("xyz")
    assert completer.completionCount() == 0


def test_the_pickers_list_passes_the_model_tester(qtmodeltester: Any, qtbot: QtBot, db: Database, seeds: Seeds) -> None:
    """The completer's list is refilled as the clerk types: checked under the model tester throughout."""
    form = CaseForm(db)
    qtbot.addWidget(form)
    completer = form.lead_deputy.completer()
    qtmodeltester.check(completer.names)
    for typed in ("w", "wm", "", "zz", "敏"):
        completer.setCompletionPrefix(typed)
        qtmodeltester.check(completer.names)
    assert completer.names.rowCount() == 1  # 魏敏
