"""`casebook audit`, run as a real process on a register made through the services."""

from __future__ import annotations

import json
import sqlite3
from datetime import date, timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook

from casebook import clock
from casebook.domain.enums import AssignmentRole
from casebook.services.admin import reference
from casebook.services.queries.case_views import CaseSummary
from casebook.services.steps.assignments import assign_case
from casebook.services.steps.cases import edit_case, register_case
from casebook.store.database import Database
from tests.cli.test_cli_accounts import VIEWER_PASSWORD, casebook, office
from tests.cli.test_cli_backup import casebook as run_casebook
from tests.cli.test_cli_backup import register
from tests.conftest import Seeds, courier_draft

NEW_TITLE = "关于加强快递企业安全管理的建议"
OLD_TITLE = "关于加强对快递和外卖服务企业安全管理的建议"


@pytest.fixture
def handled(db: Database, seeds: Seeds, courier_case: CaseSummary) -> CaseSummary:
    """Case 0012 registered, its title corrected, assigned; and a 0012 of another session."""
    edit_case(db, courier_case.id, courier_case.version, courier_draft(seeds, title=NEW_TITLE))
    assign_case(db, courier_case.id, seeds.units["市邮政管理局"], AssignmentRole.LEAD, date(2023, 2, 10))
    earlier = reference.add_session(db, "市九届人大一次会议", 2022)
    register_case(db, courier_draft(seeds, session_id=earlier.id, title="关于规范电动自行车停放的建议"))
    return courier_case


def test_a_cases_history_oldest_first(db_target: str, handled: CaseSummary) -> None:
    result = casebook(db_target, "audit", "--case", "0012", "--session", "市九届人大二次会议")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "History of 市九届人大二次会议 No. 0012: 3 entries"
    assert lines[1].split() == ["Recorded", "at", "User", "Step", "Date", "Changes"]
    steps = [line for line in lines[3:] if line[:4].isdigit()]
    assert [line.split()[2:4] for line in steps] == [
        ["clerk-wang", "Register"],
        ["clerk-wang", "Edit"],
        ["clerk-wang", "Assign"],
    ]
    assert f"title: {OLD_TITLE} → {NEW_TITLE}" in result.stdout
    assert "assignment·handling unit: 市邮政管理局" in result.stdout
    assert "state: Registered → Assigned" in result.stdout

    as_json = json.loads(
        casebook(db_target, "audit", "--case", "0012", "--session", "市九届人大二次会议", "--json").stdout
    )
    assert [entry["action"] for entry in as_json] == ["register", "edit", "assign"]
    assert {entry["case_id"] for entry in as_json} == {handled.id}
    assert as_json[2]["business_date"] == "2023-02-10"
    title = next(change for change in as_json[1]["changes"] if change["field"] == "title")
    assert (title["old"], title["new"]) == (OLD_TITLE, NEW_TITLE)

    both = casebook(db_target, "audit", "--case", "0012")  # the number is in two sessions: both histories
    assert both.returncode == 0, both.stderr
    headings = [line for line in both.stdout.splitlines() if line.startswith("History of")]
    assert headings == [
        "History of 市九届人大二次会议 No. 0012: 3 entries",
        "History of 市九届人大一次会议 No. 0012: 1 entries",
    ]


def test_an_unknown_case_is_refused(db_target: str, handled: CaseSummary) -> None:
    result = casebook(db_target, "audit", "--case", "0999")
    assert (result.returncode, result.stdout, result.stderr) == (2, "", "Error: There is no case numbered 0999.\n")
    result = casebook(db_target, "audit", "--case", "0012", "--session", "2023年闭会期间")
    assert (result.returncode, result.stderr) == (
        2,
        "Error: There is no case numbered 0012 in the session 2023年闭会期间.\n",
    )
    assert casebook(db_target, "audit", "--session", "2023年闭会期间").returncode == 2
    assert casebook(db_target, "audit", "--limit", "0").returncode == 2


def test_the_whole_trail_as_json_newest_first(db_target: str, handled: CaseSummary) -> None:
    result = casebook(db_target, "audit", "--json")
    assert result.returncode == 0, result.stderr
    trail = json.loads(result.stdout)
    ids = [entry["id"] for entry in trail]
    assert ids == sorted(ids, reverse=True)
    assert trail[0]["action"] == "register" and trail[0]["subject"] == "市九届人大一次会议 No. 0012"
    assert {"add_handling_unit", "add_deputy", "register", "edit", "assign"} <= {entry["action"] for entry in trail}
    assert set(trail[0]) == {
        "id",
        "recorded_at",
        "user",
        "action",
        "what",
        "subject",
        "case_id",
        "business_date",
        "details",
        "changes",
    }

    limited = json.loads(casebook(db_target, "audit", "--json", "--limit", "2").stdout)
    assert [entry["id"] for entry in limited] == ids[:2]
    assert json.loads(casebook(db_target, "audit", "--json", "--user", "someone-else").stdout) == []
    tomorrow = (clock.today() + timedelta(days=1)).isoformat()
    assert json.loads(casebook(db_target, "audit", "--json", "--since", tomorrow).stdout) == []
    assert len(json.loads(casebook(db_target, "audit", "--json", "--until", tomorrow).stdout)) == len(trail)

    table = casebook(db_target, "audit", "--limit", "2")
    assert table.returncode == 0, table.stderr
    lines = table.stdout.splitlines()
    assert lines[0].split() == ["Recorded", "at", "User", "Step", "Date", "Case", "or", "record", "Changes"]
    assert "市九届人大一次会议 No. 0012" in lines[2]


def test_the_trail_written_to_a_workbook(db_target: str, handled: CaseSummary, tmp_path: Path) -> None:
    out = tmp_path / "审计日志.xlsx"
    result = casebook(db_target, "audit", "--case", "0012", "--session", "市九届人大二次会议", "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"Audit trail written to {out}: 3 entries.\n"
    entries = json.loads(
        casebook(db_target, "audit", "--case", "0012", "--session", "市九届人大二次会议", "--json").stdout
    )
    book = load_workbook(out, read_only=True)
    try:
        rows = [list(row) for row in book.worksheets[0].iter_rows(values_only=True)]
    finally:
        book.close()
    header = next(i for i, row in enumerate(rows) if row and row[0] == "Recorded at")
    assert "History of 市九届人大二次会议 No. 0012" in str(rows[0][0])
    body = [row for row in rows[header + 1 :] if any(cell is not None for cell in row)]
    assert len(body) == sum(max(1, len(entry["changes"])) for entry in entries)
    assert {row[2] for row in body} == {"Register", "Edit", "Assign"}
    assert [OLD_TITLE, NEW_TITLE] in [row[6:8] for row in body if row[5] == "title"]

    assert casebook(db_target, "audit", "-o", str(tmp_path / "trail.csv")).returncode == 2
    assert casebook(db_target, "audit", "-o", str(tmp_path / "missing" / "trail.xlsx")).returncode == 2


def test_a_viewer_reads_the_trail(db: Database, db_target: str, handled: CaseSummary) -> None:
    office(db)
    anonymous = casebook(db_target, "audit")
    assert anonymous.returncode == 2 and "--user NAME" in anonymous.stderr
    result = casebook(db_target, "audit", "--json", "--limit", "5", user="zhao", password=VIEWER_PASSWORD)
    assert result.returncode == 0, result.stderr
    newest = json.loads(result.stdout)[0]
    assert (newest["action"], newest["user"], newest["subject"]) == ("sign_in", "zhao", "account zhao")


def test_verify_passes_on_an_untouched_trail_and_names_the_place_of_a_change_made_with_sqlite3(
    tmp_path: Path,
) -> None:
    path = tmp_path / "casebook.sqlite"
    register(path, "0001", "0002")
    intact = run_casebook("--db", str(path), "audit", "--verify")
    assert intact.returncode == 0, intact.stderr
    assert intact.stdout.startswith("The audit trail is intact: ") and intact.stdout.endswith(
        " events, each linked to the one before.\n"
    )
    with sqlite3.connect(path) as connection:  # the owner of the file, by hand
        triggers = [sql for (sql,) in connection.execute("SELECT sql FROM sqlite_master WHERE type = 'trigger'")]
        connection.execute("DROP TRIGGER event_is_append_only")
        connection.execute("DROP TRIGGER event_is_never_deleted")
        altered = connection.execute("SELECT min(id) FROM event WHERE case_id IS NOT NULL").fetchone()[0]
        connection.execute("UPDATE event SET \"user\" = 'nobody' WHERE id = ?", (altered,))
        for sql in triggers:
            connection.execute(sql)
    broken = run_casebook("--db", str(path), "audit", "--verify")
    assert broken.returncode == 1
    assert broken.stderr.startswith(f"The audit trail is broken at event {altered} (link ")
    assert "it was changed after it was written" in broken.stderr and "Traceback" not in broken.stderr
