"""The registration form: all problems at once, each cleared as fixed; ranked pickers; the delegation
from the lead deputy; co-signers in the clerk's order; categories in the office's order."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtWidgets import QTableWidget
from pytestqt.qtbot import QtBot

from casebook.domain.enums import AssignmentRole, ContactMethod, ContactPerson
from casebook.services.admin import reference
from casebook.services.queries.case_views import CaseSummary
from casebook.services.steps.assignments import assign_case
from casebook.services.steps.cases import case_draft
from casebook.services.steps.ratings import RatingDraft, record_rating
from casebook.services.steps.replies import ReplyDraft, record_reply
from casebook.store.database import Database
from casebook.ui.dialogs.case_editor import CaseEditor
from casebook.ui.dialogs.case_form import CaseForm
from tests.conftest import Seeds


@pytest.fixture(autouse=True)
def similar_queries_finish(db: Database) -> Iterator[None]:
    """The case window asks for similar cases on a worker thread: let it finish before the database closes."""
    yield
    QThreadPool.globalInstance().waitForDone()


def click(qtbot: QtBot, button: object) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def offered(form: CaseForm, typed: str) -> list[str]:
    completer = form.lead_deputy.completer()
    completer.setCompletionPrefix(typed)  # what typing does, without a keyboard (offscreen)
    model = completer.completionModel()
    return [model.index(row, 0).data() for row in range(completer.completionCount())]


def test_every_problem_is_shown_at_once_and_each_goes_when_fixed(
    qtbot: QtBot, db: Database, seeds: Seeds, chinese: None
) -> None:
    editor = CaseEditor(db, None)
    qtbot.addWidget(editor)
    editor.show()
    form = editor.form
    click(qtbot, editor.save_button)
    shown = {field: label.text() for field, label in form.errors.items() if label.text()}
    assert shown == {"number": "请填写编号", "title": "请填写标题", "lead_deputy": shown["lead_deputy"]}
    assert "领衔代表" in shown["lead_deputy"]
    assert not any("第号" in text for text in shown.values())  # no case named by an empty number
    form.title.insert("关于规划建设茅山福道的建议")
    assert form.errors["title"].text() == "" and form.errors["title"].isHidden()
    assert form.errors["number"].text() == "请填写编号"  # the others stay until fixed
    qtbot.keyClicks(form.number, "0031")
    assert form.errors["number"].text() == ""
    form.lead_deputy.setCurrentIndex(form.lead_deputy.findData(seeds.wei_min))
    assert not [label for label in form.errors.values() if label.text()]
    assert editor.case_id is None  # nothing was saved on the way
    editor.dirty = False  # closing at the end of the test asks nothing


def test_exact_initials_come_first(qtbot: QtBot, db: Database, seeds: Seeds) -> None:
    dantu = reference.add_delegation(db, "丹徒").id
    jingkou = db_delegation = reference.add_delegation(db, "句容").id
    for name, delegation in (("卢斌杰", dantu), ("蒋建东", jingkou), ("金东", db_delegation), ("贾东明", dantu)):
        reference.add_deputy(db, name, delegation_id=delegation)
    form = CaseForm(db)
    qtbot.addWidget(form)
    found = offered(form, "jd")
    assert found[0] == "金东（句容）"  # the initials exactly
    assert found[1:3] == ["贾东明（丹徒）", "蒋建东（句容）"]  # initials starting so, then inside
    assert "卢斌杰（丹徒）" not in found  # 丹徒's dt is not jd
    assert offered(form, "dantu")[:2] == ["卢斌杰（丹徒）", "贾东明（丹徒）"]  # the delegation, last tier


def test_the_delegation_follows_the_lead_deputy(qtbot: QtBot, db: Database, seeds: Seeds) -> None:
    form = CaseForm(db)
    qtbot.addWidget(form)
    assert form.delegation.currentData() is None
    form.lead_deputy.setCurrentIndex(form.lead_deputy.findData(seeds.wei_min))
    assert form.delegation.currentText() == "京口"
    other = reference.add_delegation(db, "润州")
    form = CaseForm(db)
    qtbot.addWidget(form)
    form.delegation.setCurrentIndex(form.delegation.findData(other.id))  # the clerk's own choice stays
    form.lead_deputy.setCurrentIndex(form.lead_deputy.findData(seeds.wei_min))
    assert form.delegation.currentText() == "润州"


def test_co_signers_are_reordered_and_the_order_is_saved(
    qtbot: QtBot, db: Database, seeds: Seeds, courier_case: CaseSummary
) -> None:
    editor = CaseEditor(db, courier_case.id)
    qtbot.addWidget(editor)
    editor.show()
    form = editor.form
    assert form.cosigner_ids() == tuple(seeds.cosigners)
    form.cosigners.setCurrentRow(2)
    click(qtbot, form.cosigner_up)
    assert form.cosigners.currentRow() == 1
    form.cosigners.setCurrentRow(0)
    click(qtbot, form.cosigner_down)
    first, second, third = seeds.cosigners
    assert form.cosigner_ids() == (third, first, second)
    click(qtbot, form.cosigner_down)
    click(qtbot, form.cosigner_down)  # already last: stays
    assert form.cosigner_ids() == (third, second, first)
    assert editor.save()
    assert case_draft(db, courier_case.id).cosigner_ids == (third, second, first)


def test_categories_in_the_office_order_with_other_last(qtbot: QtBot, db: Database, seeds: Seeds) -> None:
    for name in ("其他", "财政经济", "社会事业"):
        reference.add_category(db, name)
    form = CaseForm(db)
    qtbot.addWidget(form)
    names = [form.category.itemText(i) for i in range(form.category.count()) if form.category.itemText(i)]
    assert names == ["城乡建设", "财政经济", "社会事业", "其他"]


def test_the_case_window_shows_the_contact_person_the_summary_and_the_deputy_s_comment(
    qtbot: QtBot, db: Database, seeds: Seeds, courier_case: CaseSummary, chinese: None
) -> None:
    lead = assign_case(db, courier_case.id, seeds.units["市邮政管理局"], AssignmentRole.LEAD, date(2023, 2, 10))
    summary = "已联合市场监管部门开展快递外卖企业安全专项检查，建立骑手安全培训制度。" * 3
    record_reply(
        db,
        lead.id,
        ReplyDraft(date(2023, 4, 20), "A", ContactMethod.FACE_TO_FACE, ContactPerson.UNIT_HEAD, summary),
    )
    comment = "希望进一步加强对外卖骑手交通违法行为的管理。"
    record_rating(db, courier_case.id, RatingDraft(seeds.wei_min, date(2023, 5, 4), "satisfied", comment=comment))
    editor = CaseEditor(db, courier_case.id)
    qtbot.addWidget(editor)
    editor.show()
    replies = editor.findChild(QTableWidget, "replies")
    ratings = editor.findChild(QTableWidget, "ratings")
    assert replies is not None and ratings is not None
    headers = [replies.horizontalHeaderItem(c).text() for c in range(replies.columnCount())]
    assert headers[-2:] == ["沟通人员", "答复摘要"]
    row = [replies.item(0, c).text() for c in range(replies.columnCount())]
    assert ContactPerson.UNIT_HEAD.label in row and summary in row
    assert replies.rowHeight(0) > 2 * replies.fontMetrics().height()  # the summary wraps, all of it shown
    assert comment in [ratings.item(0, c).text() for c in range(ratings.columnCount())]
