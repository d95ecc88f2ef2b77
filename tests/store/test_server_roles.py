"""The office server's two roles (README, office server): the program's login role cannot delete or
rewrite events, alter or drop tables or triggers; it works the register; it is told to ask the owner
when the database needs an upgrade. PostgreSQL only: the role comes from CASEBOOK_TEST_PG_LOGIN_ROLE
(.ci/run creates it; README's office-server section says how)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from casebook.domain.enums import CaseKind
from casebook.services.admin import reference
from casebook.services.admin.audit_verify import verify_trail
from casebook.services.steps.cases import CaseDraft, register_case
from casebook.store.database import Database, open_database
from casebook.store.engine import make_engine
from casebook.store.migrate import NotTheOwner, migrate_to
from casebook.store.server_roles import grant_login_role, login_role_grants

pytestmark = pytest.mark.postgresql_only("the office server's roles are PostgreSQL's")

LOGIN_ROLE_ENV = "CASEBOOK_TEST_PG_LOGIN_ROLE"
README = Path(__file__).resolve().parents[2] / "README.md"


@pytest.fixture
def login_url(db: Database, db_target: str) -> Iterator[str]:
    """The test database, its login role granted what README says; the URL to sign in as that role."""
    role = os.environ.get(LOGIN_ROLE_ENV)
    if not role:
        pytest.skip(f"{LOGIN_ROLE_ENV} is not set (.ci/run sets it)")
    with db.engine.begin() as connection:
        grant_login_role(connection, role)
    yield make_url(db_target).set(username=role).render_as_string(hide_password=False)


@pytest.mark.parametrize(
    "statement",
    [
        "DELETE FROM event",
        "TRUNCATE event",
        "UPDATE event SET \"user\" = 'someone-else'",
        "UPDATE account SET name = 'x' WHERE false; DROP TABLE event",
        "DROP TRIGGER event_is_never_deleted ON event",
        "ALTER TABLE event DISABLE TRIGGER USER",
        "ALTER TABLE case_record ADD COLUMN secret text",
        "DROP TABLE case_record",
    ],
)
def test_the_login_role_cannot_delete_events_or_change_the_schema(login_url: str, db: Database, statement: str) -> None:
    reference.add_session(db, "市九届人大二次会议", 2023)
    engine = make_engine(login_url)
    try:
        with pytest.raises(DBAPIError, match=r"permission denied|must be owner"), engine.begin() as connection:
            connection.execute(text(statement))
    finally:
        engine.dispose()
    assert verify_trail(db).intact


def test_the_program_works_as_the_login_role(login_url: str) -> None:
    clerk = open_database(login_url, user="clerk-wang")
    try:
        session = reference.add_session(clerk, "市九届人大二次会议", 2023)
        deputy = reference.add_deputy(clerk, "魏敏")
        draft = CaseDraft(session.id, "0001", CaseKind.SUGGESTION, "关于停车的建议", date(2023, 1, 7))
        register_case(clerk, CaseDraft(**{**draft.__dict__, "lead_deputy_id": deputy.id}))
        verdict = verify_trail(clerk)
    finally:
        clerk.close()
    assert verdict.intact, verdict.message


def test_the_login_role_is_told_to_ask_the_owner_to_upgrade(login_url: str, db: Database) -> None:
    owner = make_engine(db.engine.url)
    try:
        migrate_to(owner, "0010", backup=False)
    finally:
        owner.dispose()
    with pytest.raises(NotTheOwner, match="run casebook init as the database's owner role"):
        open_database(login_url)


def test_readme_grants_what_the_program_grants() -> None:
    readme = README.read_text(encoding="utf-8")
    for statement in login_role_grants("casebook_login", "casebook"):
        assert statement in readme, statement


def test_an_account_role_given_by_the_login_role_is_found_by_the_trail_check(login_url: str, db: Database) -> None:
    """The login role must write accounts (administrators manage them through the program), so the
    server lets it give a role by hand; the audit trail's check names the account it changed."""
    from casebook.domain.roles import Role
    from casebook.services.admin.accounts import create_account, sign_in

    create_account(db, "zhou", Role.ADMIN, "secret-password-1", "周敏")
    sign_in(db, "zhou", "secret-password-1")
    create_account(db, "wang", Role.VIEWER, "secret-password-2", "王芳")
    engine = make_engine(login_url)
    try:
        with engine.begin() as connection:
            connection.execute(text("UPDATE account SET role = 'admin' WHERE name = 'wang'"))
    finally:
        engine.dispose()
    verdict = verify_trail(db)
    assert not verdict.intact
    assert [(m.account, m.field, m.found) for m in verdict.accounts] == [("wang", "role", "admin")]
