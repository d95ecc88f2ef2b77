"""The audit trail: who changed what when, old and new values, kept on the event table for good."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError

from casebook import clock
from casebook.domain.enums import AssignmentRole, UnitKind
from casebook.domain.errors import RuleViolation
from casebook.services.admin import reference
from casebook.services.admin.audit import AuditFilter, audit_entries, audit_users, case_history, cases_numbered
from casebook.services.admin.audit_verify import verify_trail
from casebook.services.admin.office import update_settings
from casebook.services.admin.reference_admin import UnitDraft, edit_item
from casebook.services.admin.reference_admin_rows import ReferenceKind
from casebook.services.queries.case_views import CaseSummary
from casebook.services.steps.assignments import assign_case
from casebook.services.steps.cases import edit_case
from casebook.store.audit_chain import TRIGGERS, link_hash, missing_triggers
from casebook.store.database import Database, open_database
from casebook.store.models import Event
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
    assert abs(edited.recorded_at - clock.now()) < timedelta(minutes=1)


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
    today = clock.today()
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
    """Not through the program, and not with SQL either: the trigger of migration 0011."""
    first = case_history(db, courier_case.id)[0].id
    for statement in (
        "UPDATE event SET \"user\" = 'someone-else' WHERE id = :id",
        "UPDATE event SET changes = NULL WHERE id = :id",
        "UPDATE event SET details = '{}' WHERE id = :id",
    ):
        with pytest.raises(DBAPIError, match="audit trail"), db.engine.begin() as connection:
            connection.execute(text(statement), {"id": first})
    assert case_history(db, courier_case.id)[0].user == "clerk-wang"


# --- the hash chain and its guards (migration 0011) -----------------------------------------------


def test_the_database_refuses_to_delete_an_event_or_unseal_one(
    db: Database, seeds: Seeds, courier_case: CaseSummary
) -> None:
    first = case_history(db, courier_case.id)[0].id
    for statement in (
        "DELETE FROM event WHERE id = :id",
        "DELETE FROM event",
        "UPDATE event SET chain_hash = NULL WHERE id = :id",
        "UPDATE event SET chain_seq = chain_seq + 1000 WHERE id = :id",
    ):
        with pytest.raises(DBAPIError, match="audit trail"), db.engine.begin() as connection:
            connection.execute(text(statement), {"id": first})
    if db.engine.dialect.name == "postgresql":
        with pytest.raises(DBAPIError, match="audit trail"), db.engine.begin() as connection:
            connection.execute(text("TRUNCATE event CASCADE"))
    assert verify_trail(db).intact


def test_every_event_is_sealed_into_the_chain_and_an_untouched_trail_passes(
    db: Database, seeds: Seeds, courier_case: CaseSummary
) -> None:
    edit_case(db, courier_case.id, courier_case.version, courier_draft(seeds, title="关于快递安全的建议"))
    verdict = verify_trail(db)
    with db.engine.connect() as connection:
        count, sealed, last = connection.execute(
            text("SELECT count(*), count(chain_hash), max(chain_seq) FROM event")
        ).one()
    assert verdict.intact and verdict.check.events == count == sealed == last > 10
    assert verdict.message == f"The audit trail is intact: {count} events, each linked to the one before."


def _as_owner(db: Database, statement: str, **params: object) -> None:
    """What the database's owner can do with psql or sqlite3: switch the guards off, change, switch on."""
    with db.engine.begin() as connection:
        if db.engine.dialect.name == "postgresql":
            connection.execute(text("ALTER TABLE event DISABLE TRIGGER USER"))
            connection.execute(text(statement), params)
            connection.execute(text("ALTER TABLE event ENABLE TRIGGER USER"))
        else:
            saved = connection.execute(text("SELECT sql FROM sqlite_master WHERE type = 'trigger'")).scalars().all()
            for name in TRIGGERS:
                connection.execute(text(f"DROP TRIGGER {name}"))
            connection.execute(text(statement), params)
            for sql in saved:
                connection.execute(text(sql))


def test_a_deleted_event_breaks_the_chain_at_its_place(db: Database, seeds: Seeds, courier_case: CaseSummary) -> None:
    with db.engine.connect() as connection:
        rows = connection.execute(text("SELECT id, chain_seq FROM event ORDER BY chain_seq")).all()
    before, (deleted, seq) = rows[3][0], rows[4]
    _as_owner(db, "DELETE FROM event WHERE id = :id", id=deleted)
    verdict = verify_trail(db)
    assert not verdict.intact and verdict.check.kind == "missing"
    assert verdict.message == (
        f"The audit trail is broken after event {before}: link {seq} is missing (an event was deleted)."
    )


def test_deleting_the_newest_event_is_found_too(db: Database, seeds: Seeds, courier_case: CaseSummary) -> None:
    newest = case_history(db, courier_case.id)[-1].id
    _as_owner(db, "DELETE FROM event WHERE id = :id", id=newest)
    verdict = verify_trail(db)
    assert (verdict.intact, verdict.check.kind) == (False, "missing")


def test_an_altered_event_breaks_the_chain_at_that_event(db: Database, seeds: Seeds, courier_case: CaseSummary) -> None:
    registered = case_history(db, courier_case.id)[0].id
    _as_owner(db, "UPDATE event SET \"user\" = 'someone-else' WHERE id = :id", id=registered)
    verdict = verify_trail(db)
    assert (verdict.intact, verdict.check.kind, verdict.check.broken_at) == (False, "changed", registered)
    assert verdict.message.startswith(f"The audit trail is broken at event {registered} (link ")


def test_a_link_made_before_the_store_wrote_json_with_orjson_still_holds(
    db: Database, seeds: Seeds, courier_case: CaseSummary
) -> None:
    """A link made when json.dumps wrote the canonical text (a float such as 1e-05 written that way)
    still holds; the same event changed afterwards does not."""
    registered = case_history(db, courier_case.id)[0].id
    events = Event.__table__
    with db.engine.connect() as connection:  # read as the chain reads them (dates, JSON)
        row = connection.execute(select(events).where(events.c.id == registered)).mappings().one()
        previous = connection.execute(
            text("SELECT chain_hash FROM event WHERE chain_seq = :seq"), {"seq": row["chain_seq"] - 1}
        ).scalar()
    details = {**row["details"], "share": 1e-05}
    values = {**row, "details": details}
    legacy = link_hash(previous or "", row["chain_seq"], values, legacy=True)
    assert legacy != link_hash(previous or "", row["chain_seq"], values)
    _as_owner(
        db,
        "UPDATE event SET details = :details, chain_hash = :hash WHERE id = :id",
        details=json.dumps(details),
        hash=legacy,
        id=registered,
    )
    # the links after it were made over its hash: give them theirs again, as the chain had them then
    with db.engine.connect() as connection:
        later = (
            connection.execute(select(events).where(events.c.chain_seq > row["chain_seq"]).order_by(events.c.chain_seq))
            .mappings()
            .all()
        )
    chained = legacy
    for event in later:
        chained = link_hash(chained, event["chain_seq"], dict(event))
        _as_owner(db, "UPDATE event SET chain_hash = :hash WHERE id = :id", hash=chained, id=event["id"])
    assert verify_trail(db).intact
    changed = json.dumps({**details, "share": 2e-05})
    _as_owner(db, "UPDATE event SET details = :details WHERE id = :id", details=changed, id=registered)
    verdict = verify_trail(db)
    assert (verdict.intact, verdict.check.kind, verdict.check.broken_at) == (False, "changed", registered)


def test_an_event_slipped_in_by_hand_is_found(db: Database, seeds: Seeds) -> None:
    with db.engine.begin() as connection:
        connection.execute(
            text(
                'INSERT INTO event (action, recorded_at, "user", details, changes) '
                "VALUES ('sign_in', '2023-01-01 08:00:00', 'zhou', '{}', '[]')"
            )
        )
        forged = connection.execute(text("SELECT max(id) FROM event")).scalar()
    verdict = verify_trail(db)
    assert (verdict.check.kind, verdict.check.broken_at) == ("unsealed", forged)


@pytest.mark.logs_warnings
def test_a_missing_guard_is_reported_on_opening_and_not_made_again(
    db: Database, db_target: str, seeds: Seeds, caplog: pytest.LogCaptureFixture
) -> None:
    with db.engine.begin() as connection:
        if db.engine.dialect.name == "postgresql":
            connection.execute(text("DROP TRIGGER event_is_never_deleted ON event"))
        else:
            connection.execute(text("DROP TRIGGER event_is_never_deleted"))
    again = open_database(db_target, user="clerk-wang")
    try:
        verdict = verify_trail(again)
    finally:
        again.close()
    assert any("event_is_never_deleted" in record.getMessage() for record in caplog.records)
    assert not verdict.intact and verdict.check.missing_triggers == ("event_is_never_deleted",)
    assert "guards of the audit trail are gone (event_is_never_deleted)" in verdict.message
    with db.engine.connect() as connection:  # reported, not silently made again
        assert missing_triggers(connection) == ["event_is_never_deleted"]
