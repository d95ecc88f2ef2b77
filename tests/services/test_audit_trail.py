"""The audit trail: who changed what when, old and new values, kept on the event table for good."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from casebook.domain.enums import AssignmentRole, UnitKind
from casebook.domain.errors import RuleViolation
from casebook.services import reference
from casebook.services.assignments import assign_case
from casebook.services.audit import AuditFilter, audit_entries, audit_users, case_history, cases_numbered
from casebook.services.case_views import CaseSummary
from casebook.services.cases import edit_case
from casebook.services.office import update_settings
from casebook.services.reference_admin import UnitDraft, edit_item
from casebook.services.reference_admin_rows import ReferenceKind
from casebook.store.database import Database, open_database
from tests.conftest import Seeds, courier_draft


def changes_of(entry: object) -> dict[str, tuple[str, str]]:
    return {c.field_label: (c.old_text, c.new_text) for c in entry.changes}  # type: ignore[attr-defined]


def test_an_edit_keeps_each_field_with_its_old_and_new_value(
    db: Database, seeds: Seeds, courier_case: CaseSummary
) -> None:
    draft = courier_draft(seeds, title="关于加强快递企业安全管理的建议", cosigner_ids=(seeds.cosigners[0],))
    edit_case(db, courier_case.id, courier_case.version, draft)
    history = case_history(db, courier_case.id)
    assert [e.action for e in history] == ["register", "edit"]
    registered, edited = history
    assert registered.user == edited.user == "clerk-wang"
    assert changes_of(registered)["title"] == ("", "关于加强对快递和外卖服务企业安全管理的建议")
    assert changes_of(registered)["lead deputy"] == ("", "魏敏")
    assert changes_of(edited)["title"] == (
        "关于加强对快递和外卖服务企业安全管理的建议",
        "关于加强快递企业安全管理的建议",
    )
    assert changes_of(edited)["co-signer·co-signers"] == ("张伟、李娜、王芳", "张伟")
    assert edited.subject == "市九届人大二次会议 No. 0012"
    assert abs(edited.recorded_at - datetime.now()) < timedelta(minutes=1)


def test_handling_steps_and_reference_data_are_in_the_trail(
    db: Database, seeds: Seeds, courier_case: CaseSummary
) -> None:
    unit = seeds.units["市邮政管理局"]
    assign_case(db, courier_case.id, unit, AssignmentRole.LEAD, date(2023, 2, 10))
    assigned = case_history(db, courier_case.id)[-1]
    assert (assigned.action, assigned.business_date) == ("assign", date(2023, 2, 10))
    fields = changes_of(assigned)
    assert fields["assignment·handling unit"] == ("", "市邮政管理局")
    assert fields["assignment·due on"] == ("", "2023-05-10")
    assert fields["state"] == ("Registered", "Assigned")

    edit_item(db, ReferenceKind.UNIT, unit, UnitDraft("市邮政局", UnitKind.GOVERNMENT))
    renamed = audit_entries(db, limit=1)[0]
    assert renamed.case_id is None
    assert changes_of(renamed)["handling unit·name"] == ("市邮政管理局", "市邮政局")
    update_settings(db, reply_due_months=2)
    setting = audit_entries(db, limit=1)[0]
    assert setting.action == "change_setting"
    assert any(c.old_text == "3" and c.new_text == "2" for c in setting.changes)


def test_the_trail_is_searchable_by_user_and_date(db: Database, db_target: str, seeds: Seeds) -> None:
    colleague = open_database(db_target, user="clerk-li")
    try:
        reference.add_unit(colleague, "市水利局")
    finally:
        colleague.close()
    assert audit_users(db) == ["clerk-li", "clerk-wang"]
    by_li = audit_entries(db, AuditFilter(user="clerk-li"))
    assert [(e.what, e.subject) for e in by_li] == [("Added handling unit", "handling unit 市水利局")]
    today = date.today()
    assert len(audit_entries(db, AuditFilter(since=today, until=today))) == len(audit_entries(db))
    assert audit_entries(db, AuditFilter(until=today - timedelta(days=1))) == []
    assert audit_entries(db, AuditFilter(since=today + timedelta(days=1))) == []
    assert [e.subject for e in audit_entries(db, AuditFilter(text="水利"))] == ["handling unit 市水利局"]


def test_cases_are_found_by_number(db: Database, seeds: Seeds, courier_case: CaseSummary) -> None:
    assert cases_numbered(db, "0012") == [courier_case.id]
    assert cases_numbered(db, "0012", "市九届人大二次会议") == [courier_case.id]
    assert cases_numbered(db, "0012", "2023年闭会期间") == []


def test_a_refused_step_leaves_no_trail(db: Database, seeds: Seeds, courier_case: CaseSummary) -> None:
    before = audit_entries(db)
    with pytest.raises(RuleViolation):
        assign_case(db, courier_case.id, seeds.units["市邮政管理局"], AssignmentRole.LEAD, date(2022, 1, 1))
    assert audit_entries(db) == before


def test_the_database_refuses_to_change_a_recorded_event(db: Database, seeds: Seeds, courier_case: CaseSummary) -> None:
    """Not through the program, and not with SQL either: the trigger of migration 0008."""
    first = case_history(db, courier_case.id)[0].id
    for statement in (
        "UPDATE event SET \"user\" = 'someone-else' WHERE id = :id",
        "UPDATE event SET changes = NULL WHERE id = :id",
        "UPDATE event SET details = '{}' WHERE id = :id",
    ):
        with pytest.raises(DBAPIError, match="audit trail"), db.engine.begin() as connection:
            connection.execute(text(statement), {"id": first})
    assert case_history(db, courier_case.id)[0].user == "clerk-wang"
