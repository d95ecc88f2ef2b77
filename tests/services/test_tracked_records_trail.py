"""The audit trail tells issue 21's records in words: each step's name, its record and its fields."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from casebook.domain.enums import ContactMethod
from casebook.domain.tracked_records import DecisionKind, DeliberationKind, MeetingStage
from casebook.services.admin.audit import audit_entries
from casebook.services.queries.case_views import case_detail
from casebook.services.steps.decisions import DecisionDraft, add_decision
from casebook.services.steps.deliberations import (
    DeliberationDraft,
    add_deliberation,
    add_follow_up_item,
    mark_item_done,
)
from casebook.services.steps.evaluations import EvaluationDraft, add_evaluation
from casebook.services.steps.meetings import MeetingDraft, add_meeting
from casebook.store.database import Database
from tests.conftest import Seeds
from tests.services.case_builder import build_case


def test_every_new_record_is_told_in_words(db: Database, seeds: Seeds) -> None:
    postal = seeds.units["市邮政管理局"]
    built = build_case(db, seeds, "12", assigned_on=date(2023, 2, 1), replied_on=date(2023, 4, 20))
    reply = case_detail(db, built.case_id).replies[0].id
    add_meeting(db, reply, MeetingDraft(MeetingStage.BEFORE, date(2023, 2, 10), ContactMethod.FACE_TO_FACE, "张局长"))
    add_evaluation(
        db,
        EvaluationDraft("人大评议", "市人大常委会", date(2023, 11, 20), unit_id=postal, year=2023, score=Decimal(90)),
    )
    deliberation = add_deliberation(
        db, DeliberationDraft(DeliberationKind.TOPICAL_INQUIRY, date(2023, 10, 26), "专题询问", unit_ids=(postal,))
    )
    item = add_follow_up_item(db, deliberation, "建立约谈机制", date(2023, 12, 31), unit_id=postal)
    mark_item_done(db, item, date(2023, 12, 20))
    add_decision(
        db, DecisionDraft(DecisionKind.ADVANCED_UNIT, 2023, date(2024, 1, 20), "镇人常〔2024〕3号", unit_id=postal)
    )
    ours = ("reply_meeting", "evaluation", "deliberation", "deliberation_item", "year_decision")
    entries = {e.action: e for e in audit_entries(db) if e.action.endswith(ours)}
    assert {action: e.what for action, e in entries.items()} == {
        "add_reply_meeting": "Added meeting with the deputy",
        "add_evaluation": "Added evaluation",
        "add_deliberation": "Added deliberation or inquiry",
        "add_deliberation_item": "Added follow-up item",
        "edit_deliberation_item": "Changed follow-up item",
        "add_year_decision": "Added year decision",
    }
    assert entries["add_reply_meeting"].case_id == built.case_id
    meeting = {c.field: (c.field_label, c.new_text) for c in entries["add_reply_meeting"].changes}
    assert meeting["stage"] == ("meeting with the deputy·stage", "before")
    assert meeting["people"] == ("meeting with the deputy·people met", "张局长")
    evaluation = {c.field: (c.field_label, c.new_text) for c in entries["add_evaluation"].changes}
    assert evaluation["score"] == ("evaluation·score", "90.0")
    assert evaluation["unit_id"] == ("evaluation·handling unit", "市邮政管理局")
    done = {c.field: (c.field_label, c.new_text) for c in entries["edit_deliberation_item"].changes}
    assert done["done_on"] == ("follow-up item·done on", "2023-12-20")
    decision = {c.field: c.field_label for c in entries["add_year_decision"].changes}
    assert decision["document_number"] == "year decision·document number"
