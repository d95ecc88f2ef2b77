"""Accounts: scrypt hashes with a salt per account, signing in, the first admin, the last admin."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from sqlalchemy import select

from casebook.domain.enums import SupervisionKind
from casebook.domain.errors import Forbidden, NotSignedIn, RuleViolation, SignInFailed
from casebook.domain.roles import Role
from casebook.services.admin import accounts, reference
from casebook.services.queries.case_views import CaseSummary
from casebook.services.statistics.dashboard import case_years
from casebook.services.steps.cases import withdraw_case
from casebook.services.steps.supervision import add_supervision_record
from casebook.store.database import Database, open_database
from casebook.store.models import Account
from tests.snapshot import table_contents

ADMIN_PASSWORD = "Zhenjiang-2023"
CLERK_PASSWORD = "renda-lianwei"


@pytest.fixture
def office(db: Database) -> Database:
    """The database after its local administrator created the first accounts, signed in as admin."""
    accounts.create_account(db, "zhou", Role.ADMIN, ADMIN_PASSWORD, full_name="周主任")
    accounts.sign_in(db, "zhou", ADMIN_PASSWORD)
    accounts.create_account(db, "wang", Role.CLERK, CLERK_PASSWORD, full_name="王秘书")
    accounts.create_account(db, "li", Role.VIEWER, CLERK_PASSWORD, full_name="李科员")
    return db


@pytest.fixture
def second_client(db_target: str) -> Iterator[Database]:
    client = open_database(db_target)
    yield client
    client.close()


def test_a_fresh_database_has_a_local_admin_and_no_sign_in(db: Database) -> None:
    assert not db.needs_sign_in
    assert db.actor is not None and db.actor.role is Role.ADMIN and db.actor.account_id is None
    assert db.user == "clerk-wang"
    assert not accounts.has_accounts(db)
    reference.add_unit(db, "市交通运输局")  # writes as the local admin


def test_passwords_are_scrypt_hashes_with_a_salt_of_their_own(office: Database, db_target: str) -> None:
    contents = table_contents(db_target)
    everything = repr(contents)
    assert ADMIN_PASSWORD not in everything and CLERK_PASSWORD not in everything
    rows = {a.name: a for a in accounts.list_accounts(office)}
    assert set(rows) == {"zhou", "wang", "li"}
    with office.read() as session:
        stored = {
            a.name: Account(
                salt=a.salt,
                password_hash=a.password_hash,
                scrypt_n=a.scrypt_n,
                scrypt_r=a.scrypt_r,
                scrypt_p=a.scrypt_p,
            )
            for a in session.scalars(select(Account))
        }
    # wang and li have the same password: different salts give different hashes.
    assert stored["wang"].salt != stored["li"].salt
    assert stored["wang"].password_hash != stored["li"].password_hash
    assert len(stored["wang"].salt) == accounts.SALT_BYTES
    expected = accounts.password_hash(CLERK_PASSWORD, stored["wang"].salt)
    assert stored["wang"].password_hash == expected
    assert (stored["wang"].scrypt_n, stored["wang"].scrypt_r, stored["wang"].scrypt_p) == (2**14, 8, 1)


def test_a_database_with_accounts_asks_everyone_to_sign_in(office: Database, second_client: Database) -> None:
    assert second_client.needs_sign_in
    with pytest.raises(NotSignedIn):
        case_years(second_client)  # not even reading
    with pytest.raises(SignInFailed):
        accounts.sign_in(second_client, "wang", "wrong-password")
    with pytest.raises(SignInFailed):
        accounts.sign_in(second_client, "nobody", CLERK_PASSWORD)
    assert second_client.needs_sign_in
    actor = accounts.sign_in(second_client, "WANG", CLERK_PASSWORD)  # names are not case-sensitive
    assert (actor.name, actor.role) == ("wang", Role.CLERK)
    assert second_client.user == "wang"
    case_years(second_client)


def test_the_local_admin_signs_in_once_accounts_exist(db: Database) -> None:
    accounts.create_account(db, "zhou", Role.ADMIN, ADMIN_PASSWORD)
    with pytest.raises(NotSignedIn):
        reference.add_unit(db, "市交通运输局")
    assert db.needs_sign_in
    accounts.sign_in(db, "zhou", ADMIN_PASSWORD)
    reference.add_unit(db, "市交通运输局")


def test_the_first_account_is_an_administrator(db: Database, db_target: str) -> None:
    before = table_contents(db_target)
    with pytest.raises(RuleViolation) as caught:
        accounts.create_account(db, "wang", Role.CLERK, CLERK_PASSWORD)
    assert caught.value.rule == "first_account_admin"
    with pytest.raises(RuleViolation) as short:
        accounts.create_account(db, "zhou", Role.ADMIN, "short")
    assert short.value.rule == "password_too_short"
    assert table_contents(db_target) == before


def test_the_last_active_administrator_stays(office: Database, db_target: str) -> None:
    before = table_contents(db_target)
    for change in (
        lambda: accounts.set_role(office, "zhou", Role.CLERK),
        lambda: accounts.set_active(office, "zhou", False),
        lambda: accounts.create_account(office, "Wang", Role.CLERK, CLERK_PASSWORD),
    ):
        with pytest.raises(RuleViolation):
            change()
    assert table_contents(db_target) == before
    accounts.set_role(office, "wang", Role.ADMIN)
    accounts.set_role(office, "zhou", Role.VIEWER)  # now allowed: wang is an administrator


def test_a_switched_off_account_cannot_sign_in_and_loses_its_session(
    office: Database, second_client: Database, courier_case: CaseSummary
) -> None:
    accounts.sign_in(second_client, "wang", CLERK_PASSWORD)
    accounts.set_active(office, "wang", False)
    with pytest.raises(NotSignedIn):  # the next write of the signed-in client
        withdraw_case(second_client, courier_case.id, date(2023, 3, 1))
    with pytest.raises(SignInFailed):
        accounts.sign_in(second_client, "wang", CLERK_PASSWORD)
    accounts.set_active(office, "wang", True)
    accounts.sign_in(second_client, "wang", CLERK_PASSWORD)


def test_a_role_changed_by_the_admin_applies_at_the_next_write(
    office: Database, second_client: Database, courier_case: CaseSummary
) -> None:
    accounts.sign_in(second_client, "wang", CLERK_PASSWORD)
    accounts.set_role(office, "wang", Role.VIEWER)
    with pytest.raises(Forbidden):
        add_supervision_record(second_client, courier_case.id, SupervisionKind.SITE_VISIT, date(2023, 3, 1))
    assert second_client.actor is not None and second_client.actor.role is Role.VIEWER


def test_passwords_change_and_reset(office: Database, second_client: Database) -> None:
    accounts.sign_in(second_client, "wang", CLERK_PASSWORD)
    with pytest.raises(SignInFailed):
        accounts.change_own_password(second_client, "not-my-password", "new-password-1")
    accounts.change_own_password(second_client, CLERK_PASSWORD, "new-password-1")
    with pytest.raises(SignInFailed):
        accounts.sign_in(second_client, "wang", CLERK_PASSWORD)
    accounts.sign_in(second_client, "wang", "new-password-1")
    accounts.reset_password(office, "wang", "given-by-admin")
    accounts.sign_in(second_client, "wang", "given-by-admin")
    with pytest.raises(Forbidden):
        accounts.reset_password(second_client, "zhou", "taken-over!")
