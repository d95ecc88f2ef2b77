"""The case window's 办理 tab: units' status, follow-up reviews and the current result; an assisting
unit assigned through the real step dialog is due in one month."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QComboBox, QDateEdit, QLabel, QPlainTextEdit, QTableWidget
from pytestqt.qtbot import QtBot

from casebook import clock
from casebook.domain.enums import AssignmentRole, ContactMethod
from casebook.domain.errors import RuleViolation
from casebook.domain.workflow import Action
from casebook.services.queries.case_views import CaseSummary, case_detail
from casebook.services.steps.assignments import assign_case
from casebook.services.steps.closing import close_case, record_follow_up
from casebook.services.steps.ratings import RatingDraft, record_rating
from casebook.services.steps.replies import ReplyDraft, record_reply
from casebook.store.database import Database
from casebook.ui.dialogs.case_actions import EDITOR_ACTIONS, STEP_BUILDERS, build_step
from casebook.ui.dialogs.case_editor import CaseEditor
from casebook.ui.dialogs.step_dialog import StepDialog
from tests.conftest import Seeds


@pytest.fixture(autouse=True)
def similar_queries_finish(db: Database) -> Iterator[None]:
    """The case window asks for similar cases on a worker thread: let it finish before the database closes."""
    yield
    QThreadPool.globalInstance().waitForDone()


def cells(table: QTableWidget, column: int) -> list[str]:
    return [table.item(row, column).text() for row in range(table.rowCount())]  # type: ignore[union-attr]


def test_an_assisting_unit_chosen_in_the_real_dialog_is_due_in_one_month(
    qtbot: QtBot, db: Database, seeds: Seeds, courier_case: CaseSummary
) -> None:
    step = build_step(db, Action.ASSIGN, case_detail(db, courier_case.id), (seeds.wei_min,))
    dialog = StepDialog(step.form)
    qtbot.addWidget(dialog)
    unit = dialog.widgets["unit"]
    role = dialog.widgets["role"]
    day = dialog.widgets["day"]
    assert isinstance(unit, QComboBox) and isinstance(role, QComboBox) and isinstance(day, QDateEdit)
    unit.setCurrentIndex(unit.findData(seeds.units["市交通运输局"]))
    role.setCurrentIndex(role.findData(AssignmentRole.ASSISTING))
    day.setDate(date(2023, 2, 10))
    step.run(dialog.values())
    [helper] = case_detail(db, courier_case.id).assignments
    assert (helper.role, helper.due_on) == (AssignmentRole.ASSISTING, date(2023, 3, 10))


def test_the_handling_tab_shows_follow_ups_status_and_the_current_result(
    qtbot: QtBot, db: Database, seeds: Seeds, courier_case: CaseSummary
) -> None:
    lead = assign_case(db, courier_case.id, seeds.units["市邮政管理局"], AssignmentRole.LEAD, date(2023, 2, 10))
    record_reply(db, lead.id, ReplyDraft(date(2023, 4, 20), "B", ContactMethod.FACE_TO_FACE))
    record_rating(db, courier_case.id, RatingDraft(seeds.wei_min, date(2023, 5, 4), "unsatisfied"))
    record_rating(db, courier_case.id, RatingDraft(seeds.cosigners[0], date(2023, 5, 5), "satisfied"))
    from casebook.domain.handling_steps import ClosingReason

    close_case(db, courier_case.id, date(2023, 5, 10), ClosingReason(date(2023, 5, 9), "代表同意办结"))
    record_follow_up(db, courier_case.id, date(2023, 11, 1), "A", "已全部落实")
    with clock.fixed(date(2023, 12, 1)):
        editor = CaseEditor(db, courier_case.id)
        qtbot.addWidget(editor)
    result = editor.findChild(QLabel, "current_result")
    assert result is not None
    assert result.text() == "Result now: A 所提问题已经解决或基本解决; the rating that counts: 不满意"
    assignments = editor.findChild(QTableWidget, "assignments")
    follow_ups = editor.findChild(QTableWidget, "follow_ups")
    assert assignments is not None and follow_ups is not None
    assert cells(assignments, 6) == ["Closed"]
    assert cells(follow_ups, 0) == ["2023-11-01"] and cells(follow_ups, 1) == ["A"]


def test_every_editor_step_has_a_builder_and_closing_asks_for_the_reason(
    qtbot: QtBot, db: Database, seeds: Seeds, courier_case: CaseSummary
) -> None:
    assert set(EDITOR_ACTIONS) <= set(STEP_BUILDERS)
    lead = assign_case(db, courier_case.id, seeds.units["市邮政管理局"], AssignmentRole.LEAD, date(2023, 2, 10))
    record_reply(db, lead.id, ReplyDraft(date(2023, 4, 20), "B", ContactMethod.FACE_TO_FACE))
    record_rating(db, courier_case.id, RatingDraft(seeds.wei_min, date(2023, 5, 4), "unsatisfied"))
    step = build_step(db, Action.CLOSE, case_detail(db, courier_case.id), (seeds.wei_min,))
    dialog = StepDialog(step.form)
    qtbot.addWidget(dialog)
    day, agreed = dialog.widgets["day"], dialog.widgets["agreed"]
    assert isinstance(day, QDateEdit) and isinstance(agreed, QDateEdit)
    day.setDate(date(2023, 5, 10))
    agreed.setDate(date(2023, 5, 9))
    with pytest.raises(RuleViolation) as refused:
        step.run(dialog.values())  # no reason typed: the rule says no
    assert refused.value.rule == "close_on_unsatisfied"
    reason = dialog.widgets["reason"]
    assert isinstance(reason, QPlainTextEdit)
    reason.setPlainText("代表同意办结")
    step.run(dialog.values())
    assert case_detail(db, courier_case.id).summary.state.value == "closed"
