"""督办 › deliberations and inquiries: recorded through the tab's forms, their 整改清单 below with the
overdue items in red, a refusal kept in its form; screenshots in both languages."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit
from pytestqt.qtbot import QtBot

from casebook.domain.tracked_records import DeliberationKind
from casebook.services.queries.deliberations import deliberation_list
from casebook.services.steps.deliberations import DeliberationDraft, add_deliberation, add_follow_up_item
from casebook.store.database import Database
from casebook.ui.views.deliberations import OVERDUE_COLOUR, DeliberationView
from casebook.ui.views.supervision import SupervisionView
from tests.conftest import Seeds
from tests.ui.forms_settle import settle
from tests.ui.test_step_dialogs import press_ok, set_day

TODAY = date(2023, 4, 1)
SHOTS = Path(os.environ.get("CASEBOOK_SHOTS", "/tmp/casebook-shots"))


def inquiry(db: Database, seeds: Seeds) -> int:
    postal, transport = seeds.units["市邮政管理局"], seeds.units["市交通运输局"]
    draft = DeliberationDraft(
        DeliberationKind.TOPICAL_INQUIRY,
        date(2022, 10, 26),
        "关于重点建议办理情况的专题询问",
        "周副主任主持；询问人：魏敏、张伟",
        (postal, transport),
    )
    deliberation = add_deliberation(db, draft)
    add_follow_up_item(db, deliberation, "建立快递企业安全约谈机制", date(2022, 12, 31), unit_id=postal)
    add_follow_up_item(db, deliberation, "完善电动自行车停放管理", date(2023, 6, 30), unit_id=transport)
    return deliberation


def shown(qtbot: QtBot, db: Database) -> DeliberationView:
    view = DeliberationView(db, today=TODAY)
    qtbot.addWidget(view)
    view.resize(1100, 600)
    view.show()
    qtbot.waitExposed(view)
    settled(qtbot, view)
    return view


def settled(qtbot: QtBot, view: DeliberationView) -> None:
    """The list is read on a worker: wait for its answer."""
    qtbot.waitUntil(lambda: not view.busy, timeout=10_000)


def test_the_tab_in_supervision_lists_deliberations_with_overdue_items_in_red(
    qtbot: QtBot, db: Database, seeds: Seeds
) -> None:
    inquiry(db, seeds)
    supervision = SupervisionView(db, today=TODAY)
    qtbot.addWidget(supervision)
    supervision.resize(1200, 700)
    supervision.show()
    qtbot.waitExposed(supervision)
    supervision.tabs.setCurrentWidget(supervision.deliberations)
    view = supervision.deliberations
    settled(qtbot, view)
    assert supervision.tabs.tabText(supervision.tabs.currentIndex()) == "Deliberations and inquiries"
    assert [view.table.item(0, c).text() for c in range(7)] == [
        "2022-10-26",
        "Topical inquiry",
        "关于重点建议办理情况的专题询问",
        "市邮政管理局、市交通运输局",
        "2",
        "2",
        "1",
    ]
    assert view.items.rowCount() == 2
    late, open_item = (view.items.item(r, 4) for r in range(2))
    assert (late.text(), open_item.text()) == ("Overdue", "Open")
    assert late.foreground().color().name() == OVERDUE_COLOUR
    assert open_item.foreground().color().name() != OVERDUE_COLOUR
    assert "1 follow-up items overdue" in view.summary.text()
    SHOTS.mkdir(parents=True, exist_ok=True)
    supervision.grab().save(str(SHOTS / "deliberations_en.png"))


def test_forms_record_a_deliberation_an_item_and_its_done_date(qtbot: QtBot, db: Database, seeds: Seeds) -> None:
    view = shown(qtbot, db)
    dialog = view.ask_new_deliberation()
    set_day(dialog, "day", date(2023, 3, 1))
    title = dialog.widgets["title"]
    assert isinstance(title, QLineEdit)
    press_ok(qtbot, dialog)  # no title: refused beside the field, nothing written
    assert dialog.isVisible() and "needs a title" in dialog.field_errors["title"].text()
    assert deliberation_list(db, TODAY) == []
    title.setText("市人大常委会审议重点建议办理情况报告")
    dialog.tick(seeds.units["市市场监管局"])
    press_ok(qtbot, dialog)  # taken: the form closes (and is deleted), the list shows it
    settled(qtbot, view)
    assert view.table.rowCount() == 1 and view.table.item(0, 3).text() == "市市场监管局"
    item_dialog = view.ask_new_item()
    assert item_dialog is not None
    content = item_dialog.widgets["content"]
    assert isinstance(content, QPlainTextEdit)
    content.setPlainText("开展电动自行车专项整治")
    set_day(item_dialog, "due", date(2023, 3, 20))
    press_ok(qtbot, item_dialog)
    settled(qtbot, view)
    assert view.items.rowCount() == 1 and view.items.item(0, 4).text() == "Overdue"
    view.items.selectRow(0)
    done = view.ask_item_done()
    assert done is not None
    set_day(done, "day", date(2023, 2, 1))  # before the deliberation: refused
    press_ok(qtbot, done)
    assert done.isVisible() and "before the deliberation" in done.field_errors["day"].text()
    set_day(done, "day", date(2023, 3, 25))
    press_ok(qtbot, done)
    settled(qtbot, view)
    assert view.items.item(0, 3).text() == "2023-03-25" and view.items.item(0, 4).text() == "Done"
    assert view.items.item(0, 4).foreground().color().name() != OVERDUE_COLOUR
    settle()


def test_in_chinese(qtbot: QtBot, db: Database, seeds: Seeds, chinese: None) -> None:
    inquiry(db, seeds)
    view = shown(qtbot, db)
    assert view.table.item(0, 1).text() == "专题询问"
    assert view.items.item(0, 4).text() == "已逾期"
    assert view.new_button.text() == "新增审议或询问…"
    view.items.selectRow(0)
    assert view.done_button.isEnabled()
    view.table.setFocus(Qt.FocusReason.OtherFocusReason)
    SHOTS.mkdir(parents=True, exist_ok=True)
    view.grab().save(str(SHOTS / "deliberations_zh.png"))
