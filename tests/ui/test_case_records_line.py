"""The case window's handling tab shows the case's year decision (优秀议案建议) and its evaluations;
the reference list shows a unit's (先进承办单位, 人大评议); meetings (三见面) are recorded there."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import TypeVar

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt, QThreadPool
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from casebook import clock
from casebook.domain.tracked_records import DecisionKind, MeetingStage
from casebook.services.admin.reference_admin import ReferenceKind
from casebook.services.queries.case_views import CaseSummary
from casebook.services.queries.evaluations import evaluation_list
from casebook.services.queries.meetings import case_meetings
from casebook.services.steps.decisions import DecisionDraft, add_decision
from casebook.services.steps.evaluations import EvaluationDraft, add_evaluation
from casebook.store.database import Database
from casebook.ui.dialogs.case_editor import CaseEditor
from casebook.ui.dialogs.step_dialog import StepDialog
from casebook.ui.views.reference import ReferenceView
from tests.conftest import Seeds
from tests.services.case_builder import build_case
from tests.ui.forms_settle import settle
from tests.ui.test_reference_view import choose_kind, click_row
from tests.ui.test_step_dialogs import choose, press_ok, set_day

W = TypeVar("W", bound=QWidget)
SHOTS = Path(os.environ.get("CASEBOOK_SHOTS", "/tmp/casebook-shots"))


@pytest.fixture(autouse=True)
def similar_queries_finish(db: Database) -> Iterator[None]:
    yield
    QThreadPool.globalInstance().waitForDone()


def editor_of(qtbot: QtBot, db: Database, case_id: int) -> CaseEditor:
    with clock.fixed(date(2024, 2, 1)):
        editor = CaseEditor(db, case_id)
    qtbot.addWidget(editor)
    return editor


def current(editor: CaseEditor, kind: type[W], name: str) -> W | None:
    """The editor's widget of that name now: those its last reload replaced are deleted first."""
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return editor.findChild(kind, name)


def open_form(qtbot: QtBot, editor: CaseEditor) -> StepDialog:
    """The form just opened (a closed one may linger until Qt deletes it)."""
    qtbot.waitUntil(lambda: any(d.isVisible() for d in editor.findChildren(StepDialog)))
    return next(d for d in editor.findChildren(StepDialog) if d.isVisible())


def test_the_handling_tab_names_the_decision_and_the_evaluation(
    qtbot: QtBot, db: Database, courier_case: CaseSummary, chinese: None
) -> None:
    assert editor_of(qtbot, db, courier_case.id).findChild(QLabel, "case_records") is None  # nothing to show
    add_decision(
        db,
        DecisionDraft(
            DecisionKind.EXCELLENT_CASE, 2023, date(2024, 1, 20), "镇人常〔2024〕3号", case_id=courier_case.id
        ),
    )
    add_evaluation(
        db, EvaluationDraft("第三方评估", "江苏大学评估组", date(2023, 12, 1), case_id=courier_case.id, grade="优秀")
    )
    editor = editor_of(qtbot, db, courier_case.id)
    line = editor.findChild(QLabel, "case_records")
    assert line is not None
    assert line.text().splitlines() == [
        "2023年度优秀议案建议（镇人常〔2024〕3号，2024-01-20）",
        "第三方评估：优秀（江苏大学评估组，2023-12-01）",
    ]
    editor.tabs.setCurrentIndex(1)
    editor.resize(1000, 700)
    editor.show()
    qtbot.waitExposed(editor)
    SHOTS.mkdir(parents=True, exist_ok=True)
    editor.grab().save(str(SHOTS / "case_records_zh.png"))


def test_the_reference_list_names_a_units_decision_and_evaluation(
    qtbot: QtBot, db: Database, seeds: Seeds, chinese: None
) -> None:
    postal = seeds.units["市邮政管理局"]
    add_decision(
        db, DecisionDraft(DecisionKind.ADVANCED_UNIT, 2023, date(2024, 1, 20), "镇人常〔2024〕3号", unit_id=postal)
    )
    add_evaluation(
        db,
        EvaluationDraft(
            "人大评议", "市人大常委会", date(2023, 11, 20), unit_id=postal, year=2023, score=Decimal("92.5")
        ),
    )
    view = ReferenceView(db)
    qtbot.addWidget(view)
    view.resize(1100, 600)
    view.show()
    qtbot.waitExposed(view)
    choose_kind(qtbot, view, ReferenceKind.UNIT)
    click_row(qtbot, view, "市交通运输局")
    assert view.unit_records.text() == "无评议评估和年度决定"  # nothing for this unit
    click_row(qtbot, view, "市邮政管理局")
    assert view.unit_records.text().splitlines() == [
        "2023年度先进承办单位（镇人常〔2024〕3号，2024-01-20）",
        "2023年度人大评议：92.5（市人大常委会，2023-11-20）",
    ]
    assert view.unit_records.isVisible()
    qtbot.wait(100)  # the layout follows the lines shown
    SHOTS.mkdir(parents=True, exist_ok=True)
    view.grab().save(str(SHOTS / "unit_records_zh.png"))
    choose_kind(qtbot, view, ReferenceKind.DEPUTY)
    assert view.unit_records.isHidden()


def test_a_meeting_recorded_from_the_handling_tab(qtbot: QtBot, db: Database, seeds: Seeds) -> None:
    built = build_case(db, seeds, "12", assigned_on=date(2023, 2, 1), replied_on=date(2023, 4, 20))
    editor = editor_of(qtbot, db, built.case_id)
    meetings = editor.findChild(QLabel, "meetings")
    assert meetings is not None and meetings.text() == "Meetings with the deputy: none recorded"
    for stage, day, refused in (
        (MeetingStage.AFTER, date(2023, 4, 1), "cannot be before the reply"),
        (MeetingStage.BEFORE, date(2023, 2, 10), None),
        (MeetingStage.DURING, date(2023, 3, 15), None),
        (MeetingStage.AFTER, date(2023, 5, 1), None),
    ):
        button = current(editor, QPushButton, "record_meeting")
        assert button is not None and button.isEnabled()
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        dialog = open_form(qtbot, editor)
        choose(dialog, "stage", stage)
        set_day(dialog, "day", day)
        people = dialog.widgets["people"]
        assert isinstance(people, QLineEdit)
        people.setText("张局长")
        press_ok(qtbot, dialog)
        if refused is not None:
            assert refused in dialog.field_errors["day"].text()  # the form stays, nothing written
            dialog.reject()
    line = current(editor, QLabel, "meetings")
    assert line is not None
    assert line.text() == (
        "Meetings with the deputy: Before handling 2023-02-10 Face to face (张局长); "
        "During handling 2023-03-15 Face to face (张局长); After handling 2023-05-01 Face to face (张局长)"
        " (met before, during and after handling)"
    )
    assert [m.stage for m in case_meetings(db, built.case_id)] == [
        MeetingStage.BEFORE,
        MeetingStage.DURING,
        MeetingStage.AFTER,
    ]
    editor.tabs.setCurrentIndex(1)
    editor.resize(1000, 700)
    editor.show()
    qtbot.waitExposed(editor)
    SHOTS.mkdir(parents=True, exist_ok=True)
    editor.grab().save(str(SHOTS / "meetings_en.png"))
    settle()


def test_an_evaluation_and_a_decision_recorded_from_the_window(qtbot: QtBot, db: Database, seeds: Seeds) -> None:
    postal = seeds.units["市邮政管理局"]
    view = ReferenceView(db)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    choose_kind(qtbot, view, ReferenceKind.UNIT)
    click_row(qtbot, view, "市邮政管理局")
    with clock.fixed(date(2024, 1, 25)):
        dialog = view.unit_records.ask_evaluation()
    assert dialog is not None
    choose(dialog, "year", 2023)
    score, evaluator = dialog.widgets["score"], dialog.widgets["evaluator"]
    assert isinstance(score, QLineEdit) and isinstance(evaluator, QLineEdit)
    score.setText("九十")  # not a number: refused beside the score
    evaluator.setText("市人大常委会")
    press_ok(qtbot, dialog)
    assert "from 0 to 100" in dialog.field_errors["score"].text()
    score.setText("91.5")
    press_ok(qtbot, dialog)
    assert view.unit_records.text() == "Congress evaluation (人大评议) of 2023: 91.5 (市人大常委会, 2024-01-25)"
    with clock.fixed(date(2024, 1, 25)):
        decision = view.unit_records.ask_advanced()
    assert decision is not None
    choose(decision, "year", 2023)
    press_ok(qtbot, decision)  # no document number: refused
    assert "document number" in decision.field_errors["document"].text()
    document = decision.widgets["document"]
    assert isinstance(document, QLineEdit)
    document.setText("镇人常〔2024〕3号")
    press_ok(qtbot, decision)
    assert view.unit_records.text().splitlines()[0] == "Advanced handling unit of 2023 (镇人常〔2024〕3号, 2024-01-25)"
    assert [e.unit_id for e in evaluation_list(db, year=2023)] == [postal]
    built = build_case(db, seeds, "12")
    editor = editor_of(qtbot, db, built.case_id)
    button = current(editor, QPushButton, "mark_excellent")
    assert button is not None
    with clock.fixed(date(2024, 1, 25)):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    excellent = open_form(qtbot, editor)
    choose(excellent, "year", 2023)
    document = excellent.widgets["document"]
    assert isinstance(document, QLineEdit)
    document.setText("镇人常〔2024〕3号")
    press_ok(qtbot, excellent)
    line = current(editor, QLabel, "case_records")
    assert line is not None and line.text() == "Excellent motion or suggestion of 2023 (镇人常〔2024〕3号, 2024-01-25)"
    settle()
