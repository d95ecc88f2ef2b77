"""Roles in the service layer: every call a viewer or a clerk may not make is refused, nothing written.

The services are called directly (no buttons): the refusal is the service layer's own. Each refused
call leaves every table of the database exactly as it was (tests/snapshot.py reads them all).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import openpyxl
import pytest

from casebook.domain.enums import AssignmentRole, CaseState, LeaderKind, SupervisionKind, UnitKind
from casebook.domain.errors import Forbidden
from casebook.domain.roles import Permission, Role
from casebook.excel.export_register import export_register
from casebook.excel.reading import read_workbook
from casebook.services.admin import accounts, reference
from casebook.services.admin.audit import audit_entries
from casebook.services.admin.holiday_calendar import set_calendar_day
from casebook.services.admin.office import get_settings, update_settings
from casebook.services.admin.reference_admin import NameDraft, UnitDraft, add_item, delete_item, edit_item, set_retired
from casebook.services.admin.reference_admin_rows import ReferenceKind
from casebook.services.admin.reference_admin_settings import save_settings
from casebook.services.admin.register_reset import clear_register
from casebook.services.ledger.importing import import_ledger
from casebook.services.ledger.rows import read_ledger
from casebook.services.queries.case_views import AssignmentView, CaseSummary, case_detail
from casebook.services.statistics.figures import compute_statistics
from casebook.services.steps.assignments import assign_case, extend_deadline, request_unit_change
from casebook.services.steps.cases import convert_to_suggestion, edit_case, find_case, register_case, withdraw_case
from casebook.services.steps.closing import close_case, record_follow_up
from casebook.services.steps.ratings import RatingDraft, record_rating
from casebook.services.steps.replies import ReplyDraft, record_reply
from casebook.services.steps.supervision import add_supervision_record, link_cases
from casebook.store.database import Database, open_database
from tests.conftest import Seeds, courier_draft
from tests.excel.test_import_ledgers import MERGES, messy_rows, write_ledger
from tests.snapshot import table_contents

PASSWORD = "office-password"


@pytest.fixture
def office(db: Database) -> Database:
    """An office database: the admin zhou (signed in on ``db``), the clerk wang, the viewer li."""
    accounts.create_account(db, "zhou", Role.ADMIN, PASSWORD)
    accounts.sign_in(db, "zhou", PASSWORD)
    accounts.create_account(db, "wang", Role.CLERK, PASSWORD)
    accounts.create_account(db, "li", Role.VIEWER, PASSWORD)
    return db


def client(db_target: str, name: str) -> Database:
    database = open_database(db_target)
    accounts.sign_in(database, name, PASSWORD)
    return database


@pytest.fixture
def clerk(office: Database, db_target: str) -> Iterator[Database]:
    database = client(db_target, "wang")
    yield database
    database.close()


@pytest.fixture
def viewer(office: Database, db_target: str) -> Iterator[Database]:
    database = client(db_target, "li")
    yield database
    database.close()


@pytest.fixture
def lead(office: Database, seeds: Seeds, courier_case: CaseSummary) -> AssignmentView:
    return assign_case(office, courier_case.id, seeds.units["市邮政管理局"], AssignmentRole.LEAD, date(2023, 2, 10))


def refused(db_target: str, call: Callable[[], object], who: str, permission: Permission) -> None:
    before = table_contents(db_target)
    with pytest.raises(Forbidden) as caught:
        call()
    assert (caught.value.user, caught.value.permission) == (who, permission)
    assert table_contents(db_target) == before, "a refused call wrote something"


def admin_only_calls(db: Database, seeds: Seeds) -> dict[str, tuple[Callable[[], object], Permission]]:
    """What only an administrator may do: reference data, office settings, accounts, emptying a register."""
    unit = seeds.units["市邮政管理局"]
    return {
        "add_unit": (lambda: reference.add_unit(db, "市水利局"), Permission.EDIT_REFERENCE),
        "add_deputy": (lambda: reference.add_deputy(db, "新代表"), Permission.EDIT_REFERENCE),
        "add_session": (lambda: reference.add_session(db, "市九届人大三次会议", 2024), Permission.EDIT_REFERENCE),
        "add_leader": (
            lambda: reference.add_leader(db, "钱副市长", LeaderKind.GOVERNMENT),
            Permission.EDIT_REFERENCE,
        ),
        "add_category": (lambda: add_item(db, ReferenceKind.CATEGORY, NameDraft("教育")), Permission.EDIT_REFERENCE),
        "rename_unit": (
            lambda: edit_item(db, ReferenceKind.UNIT, unit, UnitDraft("市邮政局", UnitKind.GOVERNMENT)),
            Permission.EDIT_REFERENCE,
        ),
        "retire_unit": (lambda: set_retired(db, ReferenceKind.UNIT, unit, True), Permission.EDIT_REFERENCE),
        "delete_unit": (
            lambda: delete_item(db, ReferenceKind.UNIT, seeds.units["市中级人民法院"]),
            Permission.EDIT_REFERENCE,
        ),
        "holiday": (lambda: set_calendar_day(db, date(2027, 10, 1), False, "国庆节"), Permission.EDIT_REFERENCE),
        "update_settings": (lambda: update_settings(db, reply_due_months=2), Permission.EDIT_SETTINGS),
        "save_settings": (lambda: save_settings(db, reply_due_months=2), Permission.EDIT_SETTINGS),
        "clear_register": (lambda: clear_register(db), Permission.EDIT_SETTINGS),
        "create_account": (
            lambda: accounts.create_account(db, "zhao", Role.CLERK, PASSWORD),
            Permission.MANAGE_ACCOUNTS,
        ),
        "set_role": (lambda: accounts.set_role(db, "wang", Role.ADMIN), Permission.MANAGE_ACCOUNTS),
        "switch_off": (lambda: accounts.set_active(db, "zhou", False), Permission.MANAGE_ACCOUNTS),
        "reset_password": (lambda: accounts.reset_password(db, "zhou", "taken-over!"), Permission.MANAGE_ACCOUNTS),
        "list_accounts": (lambda: accounts.list_accounts(db), Permission.MANAGE_ACCOUNTS),
    }


def case_calls(
    db: Database, seeds: Seeds, case: CaseSummary, lead: AssignmentView, ledger: Path
) -> dict[str, tuple[Callable[[], object], Permission]]:
    """Every handling step of a case, and a ledger import: a clerk's work."""
    needs = Permission.EDIT_CASES
    unit = seeds.units["市交通运输局"]

    def take_ledger() -> object:
        return import_ledger(db, read_ledger(read_workbook(ledger), get_settings(db)))

    return {
        "register": (lambda: register_case(db, courier_draft(seeds, number="0099")), needs),
        "edit": (lambda: edit_case(db, case.id, case.version, courier_draft(seeds, title="改")), needs),
        "assign": (lambda: assign_case(db, case.id, unit, AssignmentRole.ASSISTING, date(2023, 2, 11)), needs),
        "reply": (lambda: record_reply(db, lead.id, ReplyDraft(date(2023, 4, 20), "A")), needs),
        "extend": (lambda: extend_deadline(db, lead.id, date(2023, 6, 10), "周副主任", date(2023, 4, 1)), needs),
        "request_change": (lambda: request_unit_change(db, lead.id, date(2023, 2, 15), "职能不符"), needs),
        "convert": (lambda: convert_to_suggestion(db, case.id, date(2023, 2, 1)), needs),
        "withdraw": (lambda: withdraw_case(db, case.id, date(2023, 3, 1)), needs),
        "supervise": (lambda: add_supervision_record(db, case.id, SupervisionKind.MEETING, date(2023, 3, 1)), needs),
        "link": (lambda: link_cases(db, case.id, case.id + 1, date(2023, 3, 1)), needs),
        "rate": (lambda: record_rating(db, case.id, RatingDraft(seeds.wei_min, date(2023, 5, 1), "satisfied")), needs),
        "close": (lambda: close_case(db, case.id, date(2023, 5, 5)), needs),
        "follow_up": (lambda: record_follow_up(db, case.id, date(2023, 9, 1), "A"), needs),
        "import": (take_ledger, needs),
        "import_dry_run": (
            lambda: import_ledger(db, read_ledger(read_workbook(ledger), get_settings(db)), dry_run=True),
            needs,
        ),
    }


@pytest.fixture
def ledger(tmp_path: Path) -> Path:
    return write_ledger(tmp_path / "台账.xlsx", messy_rows(), MERGES, title="2023年建议")


def test_a_viewer_is_refused_every_change(
    office: Database,
    seeds: Seeds,
    courier_case: CaseSummary,
    lead: AssignmentView,
    viewer: Database,
    db_target: str,
    ledger: Path,
) -> None:
    calls = case_calls(viewer, seeds, courier_case, lead, ledger) | admin_only_calls(viewer, seeds)
    for name, (call, permission) in calls.items():
        try:
            refused(db_target, call, "li", permission)
        except AssertionError as error:
            raise AssertionError(f"{name}: {error}") from error
    assert len(calls) == 32


def test_a_viewer_reads_and_exports(
    office: Database, seeds: Seeds, courier_case: CaseSummary, viewer: Database, db_target: str, tmp_path: Path
) -> None:
    before = table_contents(db_target)
    assert case_detail(viewer, courier_case.id).summary.title == courier_case.title
    assert compute_statistics(viewer, 2023) is not None
    out = tmp_path / "台账.xlsx"
    summary = export_register(viewer, out)
    assert summary.rows == 1
    book = openpyxl.load_workbook(out, read_only=True)
    assert book.sheetnames[0] == summary.sheets[0]
    book.close()
    assert [e.what for e in audit_entries(viewer, limit=1)] == ["Signed in"]
    assert table_contents(db_target) == before  # reading and exporting wrote nothing


def test_a_clerk_is_refused_what_only_an_administrator_may_do(
    office: Database, seeds: Seeds, clerk: Database, db_target: str
) -> None:
    calls = admin_only_calls(clerk, seeds)
    for name, (call, permission) in calls.items():
        try:
            refused(db_target, call, "wang", permission)
        except AssertionError as error:
            raise AssertionError(f"{name}: {error}") from error


def test_a_clerk_handles_cases_and_imports_ledgers(
    office: Database, seeds: Seeds, courier_case: CaseSummary, clerk: Database, ledger: Path
) -> None:
    unit = seeds.units["市邮政管理局"]
    lead = assign_case(clerk, courier_case.id, unit, AssignmentRole.LEAD, date(2023, 2, 10))
    record_reply(clerk, lead.id, ReplyDraft(date(2023, 4, 20), "A"))
    record_rating(clerk, courier_case.id, RatingDraft(seeds.wei_min, date(2023, 5, 1), "satisfied"))
    assert close_case(clerk, courier_case.id, date(2023, 5, 5)).state is CaseState.CLOSED
    # The import adds the units and deputies its rows name, as part of entering those cases.
    report = import_ledger(clerk, read_ledger(read_workbook(ledger), get_settings(clerk)))
    assert report.new_units == ["市公安局", "市民政局"]
    assert find_case(clerk, seeds.session_id, "0003") is not None
    users = {e.user for e in audit_entries(clerk) if e.case_id == courier_case.id}
    assert users == {"zhou", "wang"}  # registered by the admin, handled by the clerk
