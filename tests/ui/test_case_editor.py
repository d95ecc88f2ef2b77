"""A clerk's day in the case editor: register, assign, reply, rate, re-handle, close — and refusals."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt, QThreadPool
from PySide6.QtWidgets import QComboBox, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from casebook import clock
from casebook.domain.enums import AssignmentRole, CaseState, ContactMethod, ContactPerson, SessionKind
from casebook.domain.errors import CasebookError
from casebook.domain.metrics import RateName
from casebook.domain.workflow import Action
from casebook.services.queries.case_views import case_detail
from casebook.services.statistics.figures import compute_statistics
from casebook.services.steps.cases import get_case
from casebook.store.database import Database
from casebook.store.models import CongressSession
from casebook.ui.dialogs.case_editor import CaseEditor
from casebook.ui.dialogs.step_dialog import StepDialog, StepForm
from casebook.ui.views.dashboard import DashboardView
from tests.conftest import Seeds
from tests.snapshot import table_contents
from tests.ui.operations import answered


@pytest.fixture(autouse=True)
def similar_queries_finish(db: Database) -> Iterator[None]:
    """The case window asks for similar cases on a worker thread: let it finish before the database closes."""
    yield
    QThreadPool.globalInstance().waitForDone()


def choose(combo: QComboBox, value: object) -> None:
    index = combo.findData(value)
    assert index >= 0, value
    combo.setCurrentIndex(index)


class Answers:
    """What the clerk types into the next step dialogs (StepDialog.ask is the dialog's own entry point;
    the dialog itself, staying open on a refusal, is tested in test_step_dialogs.py)."""

    def __init__(self) -> None:
        self.queue: list[dict[str, Any]] = []
        self.forms: list[StepForm] = []
        self.refusals: list[str] = []

    def ask(
        self,
        _parent: object,
        form: StepForm,
        submit: Callable[[dict[str, Any]], object],
        taken: Callable[[object], object] | None = None,
    ) -> None:
        self.forms.append(form)
        answer = self.queue.pop(0)
        assert set(answer) <= {f.key for f in form.fields}, (form.title, answer)
        empty = {"text": "", "long_text": "", "choice": None, "date": None}
        values = {f.key: answer.get(f.key, f.default if f.default is not None else empty[f.kind]) for f in form.fields}
        try:
            result = submit(values)  # the dialog runs it on a worker; here at once
        except CasebookError as error:  # the dialog would show it and stay open; here the clerk cancels
            self.refusals.append(error.message)
            return
        if taken is not None:
            taken(result)


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> Iterator[Answers]:
    stub = Answers()
    monkeypatch.setattr(
        StepDialog,
        "ask",
        classmethod(lambda cls, parent, form, submit, taken=None: stub.ask(parent, form, submit, taken)),
    )
    yield stub
    assert stub.queue == [], "every prepared answer was used"


def register_through_the_form(qtbot: QtBot, db: Database, seeds: Seeds) -> CaseEditor:
    editor = CaseEditor(db, None)
    qtbot.addWidget(editor)
    editor.show()
    form = editor.form
    choose(form.session, seeds.session_id)
    qtbot.keyClicks(form.number, "0012")
    form.title.insert("关于加强对快递和外卖服务企业安全管理的建议")  # what an input method commits
    choose(form.lead_deputy, seeds.wei_min)
    for deputy in seeds.cosigners:
        choose(form.cosigner_picker, deputy)
        qtbot.mouseClick(form.add_cosigner, Qt.MouseButton.LeftButton)
    form.submitted_on.setDate(date(2023, 1, 7))
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert editor.case_id is not None, form.message.text()
    return editor


def test_a_clerks_day(qtbot: QtBot, db: Database, seeds: Seeds, answers: Answers) -> None:
    editor = register_through_the_form(qtbot, db, seeds)
    case_id = editor.case_id or 0
    summary = get_case(db, case_id)
    assert (summary.number, summary.lead_deputy, summary.cosigners) == ("0012", "魏敏", ("张伟", "李娜", "王芳"))
    assert not editor.action_buttons[Action.RATE].isEnabled()
    assert not editor.action_buttons[Action.REPLY].isEnabled()

    post, traffic = seeds.units["市邮政管理局"], seeds.units["市交通运输局"]
    answers.queue += [
        {"unit": post, "role": AssignmentRole.LEAD, "day": date(2023, 2, 10)},
        {"unit": traffic, "role": AssignmentRole.ASSISTING, "day": date(2023, 2, 10)},
    ]
    qtbot.mouseClick(editor.action_buttons[Action.ASSIGN], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(editor.action_buttons[Action.ASSIGN], Qt.MouseButton.LeftButton)
    assert editor.action_buttons[Action.REPLY].isEnabled()
    lead, helper = (a.id for a in case_detail(db, case_id).assignments)

    answers.queue += [
        {"assignment": helper, "day": date(2023, 3, 1), "summary": "建议加强非机动车道执法"},
        {
            "assignment": lead,
            "day": date(2023, 4, 20),
            "result": "B",
            "method": ContactMethod.FACE_TO_FACE,
            "person": ContactPerson.UNIT_HEAD,
            "summary": "已制定整治方案",
        },
        {"deputy": seeds.wei_min, "day": date(2023, 5, 4), "overall": "unsatisfied"},
        {"day": date(2023, 5, 10)},
    ]
    for action in (Action.REPLY, Action.REPLY, Action.RATE, Action.REHANDLE):
        qtbot.mouseClick(editor.action_buttons[action], Qt.MouseButton.LeftButton)
        assert answers.refusals == []
    assert get_case(db, case_id).handling_round == 2
    round_two = next(a.id for a in case_detail(db, case_id).assignments if a.handling_round == 2)

    answers.queue += [
        {"assignment": round_two, "day": date(2023, 6, 5), "result": "A", "method": ContactMethod.MEETING},
        {"deputy": seeds.wei_min, "day": date(2023, 6, 20), "overall": "satisfied"},
        {"day": date(2023, 6, 30)},
    ]
    before = compute_statistics(db, 2023, as_of=date(2023, 12, 31)).figures
    dashboard = DashboardView(db)
    qtbot.addWidget(dashboard)
    dashboard.year_box.setValue(2023)
    dashboard.as_of_edit.setDate(QDate(2023, 12, 31))
    answered(qtbot)  # the figures are read on a worker
    resolution = dashboard.tiles[RateName.RESOLUTION]
    assert (resolution.value_label.text(), resolution.fraction_label.text()) == ("0.0%", "0/1")
    for action in (Action.REPLY, Action.RATE, Action.CLOSE):
        qtbot.mouseClick(editor.action_buttons[action], Qt.MouseButton.LeftButton)
        assert answers.refusals == []
    after = compute_statistics(db, 2023, as_of=date(2023, 12, 31)).figures
    dashboard.refresh()  # what the main window does when the clerk comes back to 统计
    answered(qtbot)
    assert (resolution.value_label.text(), resolution.fraction_label.text()) == ("100.0%", "1/1")
    assert (before.resolved, after.resolved, after.satisfied) == (0, 1, 1)
    assert get_case(db, case_id).state is CaseState.CLOSED
    assert not editor.action_buttons[Action.ASSIGN].isEnabled()
    assert editor.action_buttons[Action.FOLLOW_UP].isEnabled()
    assert [e.action for e in case_detail(db, case_id).events] == [
        "register",
        "assign",
        "assign",
        "reply",
        "reply",
        "rate",
        "rehandle",
        "reply",
        "rate",
        "close",
    ]
    history = editor.history.itemAt(0).widget()
    assert history is not None and history.rowCount() == 10  # the 历史记录 tab shows every step


def test_a_refused_save_keeps_the_form_and_writes_nothing(
    qtbot: QtBot, db: Database, db_target: str, seeds: Seeds, chinese: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    editor = register_through_the_form(qtbot, db, seeds)
    before = table_contents(db_target)
    editor.form.title.clear()
    editor.form.body.insertPlainText("补充的内容")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert editor.form.errors["title"].text() == "请填写标题"  # beside the field: the rule alone
    assert editor.form.body.toPlainText() == "补充的内容"  # nothing the clerk typed is lost
    assert editor.dirty
    assert table_contents(db_target) == before
    asked: list[str] = []

    def answer(button: QMessageBox.StandardButton) -> object:
        def question(_parent: object, title: str, *_args: object) -> QMessageBox.StandardButton:
            asked.append(title)
            return button

        return question

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Cancel))
    assert not editor.close()  # closing with unsaved changes asks; Cancel keeps the editor open
    assert editor.isVisible() and asked == ["尚未保存"]
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Discard))
    assert editor.close()
    assert table_contents(db_target) == before


def test_a_refused_step_shows_the_rule_and_writes_nothing(
    qtbot: QtBot, db: Database, db_target: str, seeds: Seeds, answers: Answers, chinese: None
) -> None:
    editor = register_through_the_form(qtbot, db, seeds)
    before = table_contents(db_target)
    answers.queue.append({"unit": seeds.units["市邮政管理局"], "role": AssignmentRole.LEAD, "day": date(2023, 1, 1)})
    qtbot.mouseClick(editor.action_buttons[Action.ASSIGN], Qt.MouseButton.LeftButton)
    assert answers.refusals == ["市九届人大二次会议第0012号：日期 2023-01-01 早于提出日期（2023-01-07）"]
    assert table_contents(db_target) == before


def test_joined_cases_are_linked_and_assigned_together_from_the_editor(
    qtbot: QtBot, db: Database, seeds: Seeds, answers: Answers
) -> None:
    from casebook.services.steps.cases import register_case
    from tests.conftest import courier_draft

    other = register_case(db, courier_draft(seeds, number="0013", title="关于规范外卖骑手交通行为的建议"))
    editor = register_through_the_form(qtbot, db, seeds)
    case_id = editor.case_id or 0
    answers.queue += [{"session": seeds.session_id, "number": "9999", "day": date(2023, 1, 20)}]
    qtbot.mouseClick(editor.action_buttons[Action.LINK], Qt.MouseButton.LeftButton)
    assert "9999" in answers.refusals[-1]  # no such case: said, nothing joined
    answers.queue += [{"session": seeds.session_id, "number": "0013", "day": date(2023, 1, 20)}]
    qtbot.mouseClick(editor.action_buttons[Action.LINK], Qt.MouseButton.LeftButton)
    answers.queue += [{"unit": seeds.units["市邮政管理局"], "role": AssignmentRole.LEAD, "day": date(2023, 2, 10)}]
    qtbot.mouseClick(editor.action_buttons[Action.ASSIGN], Qt.MouseButton.LeftButton)
    assign_form = answers.forms[-1]
    assert [f.key for f in assign_form.fields][-1] == "together"  # offered, and yes by default
    for one in (case_id, other.id):
        assert [(a.unit, a.role) for a in case_detail(db, one).assignments] == [("市邮政管理局", AssignmentRole.LEAD)]


def test_a_new_case_opens_on_this_year_s_session(qtbot: QtBot, db: Database, seeds: Seeds) -> None:
    """The register's sessions end in 2023; in 2026 a new case defaults to 2026年闭会期间, registered
    the first time it is needed (once), and during a meeting's days to that meeting."""
    with clock.fixed(date(2023, 1, 7)):  # the meeting's days
        editor = CaseEditor(db, None)
        qtbot.addWidget(editor)
        assert editor.form.session.currentData() == seeds.session_id
        assert not editor.dirty
    with clock.fixed(date(2023, 6, 1)):
        editor = CaseEditor(db, None)
        qtbot.addWidget(editor)
        assert editor.form.session.currentData() == seeds.interim_id
    with clock.fixed(date(2026, 3, 10)):
        first = CaseEditor(db, None)
        second = CaseEditor(db, None)
        for editor in (first, second):
            qtbot.addWidget(editor)
            assert not editor.dirty
    created = first.form.session.currentData()
    assert second.form.session.currentData() == created and first.form.session.currentText() == "2026年闭会期间"
    with db.read() as session:
        sessions = session.scalars(select(CongressSession).where(CongressSession.year == 2026)).all()
        assert [(s.id, s.name, s.kind, s.term, s.starts_on, s.ends_on) for s in sessions] == [
            (created, "2026年闭会期间", SessionKind.INTERIM, 9, date(2026, 1, 1), date(2026, 12, 31))
        ]
