"""Signing in against the safekeeping findings: throttling after five wrong passwords (10), names by
one Unicode fold and without invisible characters (11), nothing of what was typed in the trail (11),
and reads that never write: signing in on a read-only or a busy database (7)."""

from __future__ import annotations

import hashlib
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select, text

from casebook.domain.enums import CaseKind
from casebook.domain.errors import RuleViolation, SignInFailed
from casebook.domain.roles import Role
from casebook.services.admin import accounts
from casebook.services.admin.accounts import SignInThrottled
from casebook.services.admin.reference import find_deputies
from casebook.services.admin.sign_in_record import FREE_TRIES, wait_after
from casebook.services.steps.cases import CaseDraft, register_case
from casebook.store.database import Database, open_database
from casebook.store.models import Account, Event
from tests.services.test_accounts import ADMIN_PASSWORD, CLERK_PASSWORD
from tests.snapshot import table_contents
from tests.store.test_restore_protocol import finish, hold


@pytest.fixture
def office(db: Database) -> Database:
    """Accounts zhou (admin, signed in), wang (clerk, id 2), li (viewer)."""
    accounts.create_account(db, "zhou", Role.ADMIN, ADMIN_PASSWORD)
    accounts.sign_in(db, "zhou", ADMIN_PASSWORD)
    accounts.create_account(db, "wang", Role.CLERK, CLERK_PASSWORD)
    accounts.create_account(db, "li", Role.VIEWER, CLERK_PASSWORD)
    return db


def test_waits_double_after_five_wrong_passwords_up_to_half_a_minute() -> None:
    assert [wait_after(n) for n in range(12)] == [0, 0, 0, 0, 0, 1, 2, 4, 8, 16, 30, 30]


def test_after_five_wrong_passwords_even_the_right_one_waits(office: Database, second_client: Database) -> None:
    for _ in range(FREE_TRIES):
        with pytest.raises(SignInFailed, match="Wrong user name or password"):
            accounts.sign_in(second_client, "wang", "not-the-password")
    with pytest.raises(SignInThrottled, match=r"wait 1 seconds"):
        accounts.sign_in(second_client, "wang", CLERK_PASSWORD)
    time.sleep(1.05)
    with pytest.raises(SignInFailed):  # the sixth wrong one: the next must wait 2 seconds
        accounts.sign_in(second_client, "wang", "still-not-it")
    with pytest.raises(SignInThrottled, match=r"wait 2 seconds"):
        accounts.sign_in(second_client, "wang", CLERK_PASSWORD)
    time.sleep(2.05)
    assert accounts.sign_in(second_client, "wang", CLERK_PASSWORD).name == "wang"
    for _ in range(FREE_TRIES):  # a success starts the count again
        with pytest.raises(SignInFailed):
            accounts.sign_in(second_client, "wang", "not-the-password")
    with office.read() as session:
        actions = session.scalars(
            select(Event.action).where(Event.entity_id == 2, Event.action.like("sign_in%")).order_by(Event.id)
        ).all()
    assert actions.count("sign_in_failed") == 2 * FREE_TRIES + 1 and actions.count("sign_in") == 1
    assert actions.count("sign_in_throttled") == 2  # recorded, but not counted as wrong passwords


@pytest.fixture
def second_client(db_target: str) -> Iterator[Database]:
    client = open_database(db_target)
    yield client
    client.close()


def test_what_was_typed_is_never_written(office: Database, second_client: Database, db_target: str) -> None:
    typed = "Wo-De-Mi-Ma-2023!"  # a password typed into the name field
    with pytest.raises(SignInFailed):
        accounts.sign_in(second_client, typed, "anything")
    with pytest.raises(SignInFailed):
        accounts.sign_in(second_client, "wang", typed)
    everything = repr(table_contents(db_target))
    assert typed not in everything
    with office.read() as session:
        refused = session.execute(
            select(Event.entity_id, Event.details, Event.user)
            .where(Event.action == "sign_in_failed")
            .order_by(Event.id)
        ).all()
    assert [tuple(row) for row in refused] == [(None, {}, "?"), (2, {"name": "wang"}, "wang")]


@pytest.mark.parametrize(
    ("created", "typed"),
    [("ＺＨＡＯ", "zhao"), ("zhao", "ＺＨＡＯ"), ("Älter", "älter"), ("straße", "STRASSE"), ("zh\u200bao", "ZHAO")],
)
def test_names_are_one_account_whatever_their_width_case_or_invisible_characters(
    office: Database, second_client: Database, created: str, typed: str
) -> None:
    made = accounts.create_account(office, created, Role.CLERK, CLERK_PASSWORD)
    assert "\u200b" not in made.name and made.name == made.name.strip()
    with pytest.raises(RuleViolation, match="already an account"):
        accounts.create_account(office, typed, Role.VIEWER, CLERK_PASSWORD)
    assert accounts.sign_in(second_client, typed, CLERK_PASSWORD).account_id == made.id
    assert accounts.set_role(office, typed, Role.VIEWER).role is Role.VIEWER
    with office.read() as session:
        assert session.scalar(select(Account.name_key).where(Account.id == made.id)) == accounts_key(created)


def accounts_key(name: str) -> str:
    from casebook.domain.names import name_key

    return name_key(name)


# --- reads never write ----------------------------------------------------------------------------


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_signing_in_on_a_read_only_database_writes_nothing_and_reads_work(
    office: Database, db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    office.close()
    before = _digest(db_path)
    elsewhere = tmp_path / "working-directory"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    read_only = open_database(f"sqlite+pysqlite:///file:{db_path}?mode=ro&uri=true")
    try:
        assert accounts.sign_in(read_only, "li", CLERK_PASSWORD).name == "li"
        assert find_deputies(read_only, "魏敏") == []
        assert len(read_only.deferred) == 1  # the sign-in's event, for a write that will not come
    finally:
        read_only.close()
    assert _digest(db_path) == before
    # SQLite's URI form names the file itself: nothing (a lock, a backup) is made below a folder
    # called "file:" in the working directory, as it once was.
    assert list(elsewhere.iterdir()) == []


def test_signing_in_while_another_program_writes_does_not_wait_and_is_recorded_with_the_next_write(
    office: Database, db_path: Path
) -> None:
    from casebook.services.admin import reference

    reference.add_session(office, "市九届人大二次会议", 2023)
    reference.add_deputy(office, "魏敏")
    office.close()
    # A clerk's long import, its write transaction open until told: had signing in waited for it,
    # it would have failed on the busy timeout instead (no time limit here: a busy machine is slow).
    importer = hold("import", str(db_path), "50", "release", "zhou", ADMIN_PASSWORD)
    try:
        clerk = open_database(str(db_path))
        accounts.sign_in(clerk, "wang", CLERK_PASSWORD)
        assert importer.poll() is None  # still importing
        assert [d.name for d in find_deputies(clerk, "魏敏")] == ["魏敏"]  # a WAL reader
        assert len(clerk.deferred) == 1
    finally:
        finish(importer, release=True)
    draft = CaseDraft(1, "9999", CaseKind.SUGGESTION, "关于停车的建议", date(2023, 1, 7), lead_deputy_id=1)
    register_case(clerk, draft)  # the next write takes the sign-in's event with it
    with clerk.read() as session:
        signed = session.scalars(select(Event.user).where(Event.action == "sign_in")).all()
    clerk.close()
    assert signed.count("wang") == 1 and not clerk.deferred
    with clerk.engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM case_record")).scalar() == 51


def test_a_viewers_stats_during_a_clerks_long_import(office: Database, db_path: Path) -> None:
    """Finding 7 as it was met: the command line's sign-in and its figures while an import writes."""
    from casebook.services.admin import reference
    from tests.cli.test_cli_accounts import casebook

    reference.add_session(office, "市九届人大二次会议", 2023)
    reference.add_deputy(office, "魏敏")
    office.close()
    importer = hold("import", str(db_path), "50", "release", "zhou", ADMIN_PASSWORD)  # holds until told
    try:
        result = casebook(str(db_path), "stats", "--year", "2023", user="li", password=CLERK_PASSWORD)
        # The figures came while the import still held its write transaction: the sign-in and the
        # reads did not wait for it (no timing: a busy machine may take any time to start a program).
        still_importing = importer.poll() is None
    finally:
        finish(importer, release=True)
    assert result.returncode == 0, result.stderr
    assert "database is locked" not in result.stderr and still_importing
