"""An account changed outside the program (e.g. ``UPDATE account SET role = 'admin'`` by the office
server's login role, which must be able to write accounts) is found by the audit trail's check."""

from __future__ import annotations

from sqlalchemy import text

from casebook.domain.roles import Role
from casebook.services.admin.accounts import create_account, set_active, set_role, sign_in
from casebook.services.admin.audit_verify import verify_trail
from casebook.store.database import Database
from casebook.store.engine import database_url, make_engine


def office_accounts(db: Database) -> None:
    create_account(db, "zhou", Role.ADMIN, "secret-password-1", "周敏")
    sign_in(db, "zhou", "secret-password-1")
    create_account(db, "wang", Role.CLERK, "secret-password-2", "王芳")
    set_role(db, "wang", Role.VIEWER)
    set_active(db, "wang", False)
    set_active(db, "wang", True)


def by_hand(db_target: str, statement: str) -> None:
    """The statement run on its own connection, as someone with the database's rights would."""
    engine = make_engine(database_url(db_target))
    try:
        with engine.begin() as connection:
            connection.execute(text(statement))
    finally:
        engine.dispose()


def test_accounts_changed_by_the_program_agree_with_the_trail(db: Database) -> None:
    office_accounts(db)
    verdict = verify_trail(db)
    assert verdict.intact and verdict.accounts == (), verdict.message


def test_a_role_given_by_hand_is_named(db: Database, db_target: str) -> None:
    office_accounts(db)
    by_hand(db_target, "UPDATE account SET role = 'admin' WHERE name = 'wang'")
    verdict = verify_trail(db)
    assert not verdict.intact
    assert verdict.message == (
        "The account wang was changed outside Casebook: its role is “administrator”, the audit trail's last "
        "change made it “viewer”."
    )
    by_hand(db_target, "UPDATE account SET role = 'viewer' WHERE name = 'wang'")
    assert verify_trail(db).intact


def test_an_account_switched_on_or_added_by_hand_is_named(db: Database, db_target: str) -> None:
    office_accounts(db)
    by_hand(db_target, "UPDATE account SET active = false WHERE name = 'zhou'")
    by_hand(
        db_target,
        "INSERT INTO account (name, name_key, full_name, role, active, password_hash, salt, scrypt_n, scrypt_r, "
        "scrypt_p, created_at, created_by) SELECT 'mallory', 'mallory', '', 'admin', true, password_hash, salt, "
        "scrypt_n, scrypt_r, scrypt_p, created_at, 'nobody' FROM account WHERE name = 'zhou'",
    )
    verdict = verify_trail(db)
    assert not verdict.intact
    assert [(m.account, m.field) for m in verdict.accounts] == [("zhou", "active"), ("mallory", None)]
    assert "The account mallory is not in the audit trail: it was added outside Casebook." in verdict.message
