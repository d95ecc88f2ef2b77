"""Step dialogs stay open on a refusal, with the message beside its field and what was typed kept;
the case window's step buttons are enabled from the checks the services run (domain.case_steps)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtWidgets import QComboBox, QDateEdit, QDialogButtonBox, QPlainTextEdit
from pytestqt.qtbot import QtBot
from shiboken6 import isValid

from casebook.domain.case_steps import allowed_steps
from casebook.domain.enums import CaseKind, CaseState
from casebook.domain.workflow import Action
from casebook.services.admin.office import get_settings
from casebook.services.queries.case_views import case_detail
from casebook.services.steps.assignments import request_unit_change
from casebook.services.steps.case_access import load_case
from casebook.services.steps.closing import close_case
from casebook.services.steps.ratings import RatingDraft, record_rating, rehandle_case
from casebook.services.steps.replies import ReplyDraft, record_reply
from casebook.services.steps.step_checks import case_snapshot
from casebook.store.database import Database
from casebook.ui.dialogs.case_actions import EDITOR_ACTIONS
from casebook.ui.dialogs.case_editor import CaseEditor
from casebook.ui.dialogs.step_dialog import StepDialog
from tests.conftest import Seeds
from tests.services.case_builder import build_case
from tests.snapshot import table_contents
from tests.ui.operations import answered


@pytest.fixture(autouse=True)
def similar_queries_finish(db: Database) -> Iterator[None]:
    """The case window asks for similar cases on a worker thread: let it finish before the database closes."""
    yield
    QThreadPool.globalInstance().waitForDone()


def open_editor(qtbot: QtBot, db: Database, case_id: int) -> CaseEditor:
    editor = CaseEditor(db, case_id)
    qtbot.addWidget(editor)
    editor.show()
    return editor


def open_step(qtbot: QtBot, editor: CaseEditor, action: Action) -> StepDialog:
    button = editor.action_buttons[action]
    assert button.isEnabled(), button.toolTip()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = editor.step_dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def press_ok(qtbot: QtBot, dialog: StepDialog) -> None:
    """OK, then wait for the step's service call (on a worker) to answer."""
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    answered(qtbot)


def choose(dialog: StepDialog, key: str, value: object) -> None:
    combo = dialog.widgets[key]
    assert isinstance(combo, QComboBox)
    index = combo.findData(value)
    assert index >= 0, (key, value)
    combo.setCurrentIndex(index)


def set_day(dialog: StepDialog, key: str, day: date) -> None:
    edit = dialog.widgets[key]
    assert isinstance(edit, QDateEdit)
    edit.setDate(day)


def test_a_refused_reply_keeps_its_text_and_shows_the_message_beside_the_date(
    qtbot: QtBot, db: Database, db_target: str, seeds: Seeds, chinese: None
) -> None:
    built = build_case(db, seeds, "0012", assigned_on=date(2023, 2, 10))
    editor = open_editor(qtbot, db, built.case_id)
    before = table_contents(db_target)
    dialog = open_step(qtbot, editor, Action.REPLY)
    press_ok(qtbot, dialog)  # nothing chosen: said beside the field, nothing sent to the service
    assert dialog.isVisible() and dialog.field_errors["assignment"].text() == "请选择"
    assert table_contents(db_target) == before
    choose(dialog, "assignment", built.assignment_id)
    set_day(dialog, "day", date(2023, 2, 1))  # before the assignment
    choose(dialog, "result", "B")
    summary = dialog.widgets["summary"]
    assert isinstance(summary, QPlainTextEdit)
    summary.insertPlainText("已制定整治方案")  # what an input method commits
    press_ok(qtbot, dialog)

    assert dialog.isVisible()  # refused: the form stays
    assert dialog.field_errors["day"].text() == "日期 2023-02-01 早于交办日期（2023-02-10）"
    assert dialog.field_errors["day"].isVisibleTo(dialog) and not dialog.error.isVisibleTo(dialog)
    assert dialog.field_errors["assignment"].text() == ""  # fixed, so no longer said
    assert summary.toPlainText() == "已制定整治方案"  # everything typed is kept
    assert dialog.values()["result"] == "B" and dialog.values()["assignment"] == built.assignment_id
    assert table_contents(db_target) == before

    set_day(dialog, "day", date(2023, 3, 1))
    press_ok(qtbot, dialog)
    assert not isValid(dialog) or not dialog.isVisible()  # taken: closed (and deleted)
    [reply] = case_detail(db, built.case_id).replies
    assert (reply.replied_on, reply.result_code, reply.summary) == (date(2023, 3, 1), "B", "已制定整治方案")
    assert editor.detail is not None and editor.detail.summary.state is CaseState.REPLIED  # the window follows


def test_a_refused_assignment_stays_open_with_the_unit_chosen(
    qtbot: QtBot, db: Database, db_target: str, seeds: Seeds, chinese: None
) -> None:
    built = build_case(db, seeds, "0012", assigned_on=date(2023, 2, 10))
    editor = open_editor(qtbot, db, built.case_id)
    before = table_contents(db_target)
    dialog = open_step(qtbot, editor, Action.ASSIGN)
    choose(dialog, "unit", seeds.units["市邮政管理局"])  # the unit already handles it
    set_day(dialog, "day", date(2023, 2, 12))
    press_ok(qtbot, dialog)
    assert dialog.isVisible()
    assert "市邮政管理局" in dialog.field_errors["unit"].text()
    assert dialog.field_errors["day"].text() == ""
    assert dialog.values()["unit"] == seeds.units["市邮政管理局"]
    assert table_contents(db_target) == before

    set_day(dialog, "day", date(2023, 1, 1))  # now both wrong: the first rule that says no is shown
    choose(dialog, "unit", seeds.units["市交通运输局"])
    press_ok(qtbot, dialog)
    assert dialog.field_errors["day"].text() == "日期 2023-01-01 早于提出日期（2023-01-07）"
    assert dialog.field_errors["unit"].text() == ""  # the earlier message went with its cause
    dialog.reject()
    assert table_contents(db_target) == before


def test_a_refused_closing_reason_is_shown_beside_the_agreement_date(
    qtbot: QtBot, db: Database, seeds: Seeds, chinese: None
) -> None:
    built = build_case(
        db,
        seeds,
        "0012",
        assigned_on=date(2023, 2, 10),
        replied_on=date(2023, 3, 1),
        rated_on=date(2023, 3, 10),
        rating="unsatisfied",
    )
    editor = open_editor(qtbot, db, built.case_id)
    dialog = open_step(qtbot, editor, Action.CLOSE)
    set_day(dialog, "day", date(2023, 4, 1))
    reason = dialog.widgets["reason"]
    assert isinstance(reason, QPlainTextEdit)
    reason.insertPlainText("代表同意办结")
    set_day(dialog, "agreed", date(2023, 3, 1))  # before the rating
    press_ok(qtbot, dialog)
    assert dialog.isVisible() and reason.toPlainText() == "代表同意办结"
    assert "2023-03-01" in dialog.field_errors["agreed"].text()
    set_day(dialog, "agreed", date(2023, 3, 20))
    press_ok(qtbot, dialog)
    assert not isValid(dialog) or not dialog.isVisible()  # taken: closed (and deleted)
    assert case_detail(db, built.case_id).summary.state is CaseState.CLOSED


def enabled_buttons(editor: CaseEditor) -> frozenset[Action]:
    return frozenset(a for a, button in editor.action_buttons.items() if button.isEnabled())


def domain_allows(db: Database, case_id: int) -> frozenset[Action]:
    with db.read() as session:
        snapshot = case_snapshot(session, load_case(session, case_id))
    return allowed_steps(snapshot, get_settings(db), EDITOR_ACTIONS)


def test_the_buttons_are_those_the_domain_allows_with_the_reason_when_not(
    qtbot: QtBot, db: Database, seeds: Seeds, chinese: None
) -> None:
    lead, always = Action.ASSIGN, {Action.SUPERVISE, Action.LINK}
    motion = build_case(db, seeds, "0001", kind=CaseKind.MOTION)
    registered = build_case(db, seeds, "0002")
    assigned = build_case(db, seeds, "0003", assigned_on=date(2023, 2, 10))
    replied = build_case(db, seeds, "0004", assigned_on=date(2023, 2, 10), replied_on=date(2023, 3, 1))
    unsatisfied = build_case(
        db,
        seeds,
        "0005",
        assigned_on=date(2023, 2, 10),
        replied_on=date(2023, 3, 1),
        rated_on=date(2023, 3, 5),
        rating="unsatisfied",
    )
    closed = build_case(
        db, seeds, "0006", assigned_on=date(2023, 2, 10), replied_on=date(2023, 3, 1), rated_on=date(2023, 3, 5)
    )
    close_case(db, closed.case_id, date(2023, 3, 20))
    # re-handled, then the second round rated 满意: no third round
    again = build_case(
        db,
        seeds,
        "0007",
        assigned_on=date(2023, 2, 10),
        replied_on=date(2023, 3, 1),
        rated_on=date(2023, 3, 5),
        rating="unsatisfied",
    )
    [second] = rehandle_case(db, again.case_id, date(2023, 3, 10))
    record_reply(db, second.id, ReplyDraft(date(2023, 3, 25), "A"))
    record_rating(db, again.case_id, RatingDraft(seeds.wei_min, date(2023, 3, 28), "satisfied"))
    # a unit asks to be relieved: the office may decide
    asking = build_case(db, seeds, "0008", assigned_on=date(2023, 2, 10))
    assert asking.assignment_id is not None

    expected = {
        motion.case_id: {lead, Action.CONVERT_TO_SUGGESTION, Action.WITHDRAW, *always},
        registered.case_id: {lead, Action.WITHDRAW, *always},
        assigned.case_id: {
            lead,
            Action.ACKNOWLEDGE,
            Action.REQUEST_UNIT_CHANGE,
            Action.EXTEND_DEADLINE,
            Action.REPLY,
            Action.WITHDRAW,
            *always,
        },
        replied.case_id: {Action.RATE, Action.FOLLOW_UP, *always},
        unsatisfied.case_id: {Action.RATE, Action.REHANDLE, Action.CLOSE, Action.FOLLOW_UP, *always},
        closed.case_id: {Action.FOLLOW_UP, *always},
        again.case_id: {Action.RATE, Action.CLOSE, Action.FOLLOW_UP, *always},
    }
    for case_id, actions in expected.items():
        editor = open_editor(qtbot, db, case_id)
        assert enabled_buttons(editor) == domain_allows(db, case_id) == actions, case_id
        editor.close()

    suggestion = open_editor(qtbot, db, registered.case_id)
    assert suggestion.action_buttons[Action.CONVERT_TO_SUGGESTION].toolTip() == "只有议案才能转为建议处理"
    deciding = suggestion.action_buttons[Action.DECIDE_UNIT_CHANGE]
    assert not deciding.isEnabled() and deciding.toolTip() != ""
    rehandled = open_editor(qtbot, db, again.case_id)
    assert "满意" in rehandled.action_buttons[Action.REHANDLE].toolTip()
    assert rehandled.action_buttons[Action.ASSIGN].toolTip() != ""  # the state's own reason

    editor = open_editor(qtbot, db, asking.case_id)
    assert not editor.action_buttons[Action.DECIDE_UNIT_CHANGE].isEnabled()
    request_unit_change(db, asking.assignment_id, date(2023, 2, 15), "不属于本单位职责")
    editor.reload()
    assert editor.action_buttons[Action.DECIDE_UNIT_CHANGE].isEnabled()
    assert editor.action_buttons[Action.DECIDE_UNIT_CHANGE].toolTip() == ""
    assert Action.DECIDE_UNIT_CHANGE in domain_allows(db, asking.case_id)
    dialog = open_step(qtbot, editor, Action.DECIDE_UNIT_CHANGE)
    request = dialog.widgets["request"]
    assert isinstance(request, QComboBox) and request.count() == 2  # 「— 请选择 —」 and the request
    dialog.reject()
