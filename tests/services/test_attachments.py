"""Attachments: kept in the database once per SHA-256, within the size limit, audited, carried by
backups; on both backends."""

from __future__ import annotations

import hashlib
import os
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from casebook import clock
from casebook.cli.main import main
from casebook.domain.errors import CasebookError, RuleViolation
from casebook.services.admin.office import update_settings
from casebook.services.queries.attachments import attachment_content, attachments_of, save_copy
from casebook.services.queries.case_views import case_detail
from casebook.services.steps.attachments import attach_file, remove_attachment
from casebook.store.backup import create_backup
from casebook.store.database import Database
from casebook.store.models import AttachmentContent, Event
from casebook.store.restore import restore_backup
from tests.conftest import Seeds
from tests.services.case_builder import build_case

SCAN = b"%PDF-1.4\n" + bytes(range(256)) * 40 + b"\n%%EOF\n"


def scan(folder: Path, name: str, data: bytes = SCAN) -> Path:
    path = folder / name
    path.write_bytes(data)
    return path


def contents(db: Database) -> int:
    with db.read() as session:
        return int(session.scalar(select(func.count()).select_from(AttachmentContent)) or 0)


def test_files_are_kept_once_per_content_listed_and_removed(db: Database, seeds: Seeds, tmp_path: Path) -> None:
    with clock.fixed(date(2023, 5, 1)):
        built = build_case(db, seeds, "0012", assigned_on=date(2023, 2, 1), replied_on=date(2023, 4, 1))
        reply_id = case_detail(db, built.case_id).replies[0].id
        letter = attach_file(db, built.case_id, scan(tmp_path, "答复函（盖章）.pdf"), reply_id=reply_id)
        again = attach_file(db, built.case_id, scan(tmp_path, "答复函-复印件.pdf"))
        photo = attach_file(db, built.case_id, scan(tmp_path, "现场.jpg", b"\xff\xd8\xff" + b"\x00" * 500))
    listed = attachments_of(db, built.case_id)
    assert [(a.file_name, a.size, a.added_by, a.reply_id) for a in listed] == [
        ("答复函（盖章）.pdf", len(SCAN), "clerk-wang", reply_id),
        ("答复函-复印件.pdf", len(SCAN), "clerk-wang", None),
        ("现场.jpg", 503, "clerk-wang", None),
    ]
    assert letter.sha256 == again.sha256 == hashlib.sha256(SCAN).hexdigest()
    assert contents(db) == 2  # the same scan twice is kept once
    view, data = attachment_content(db, letter.id)
    assert view.file_name == "答复函（盖章）.pdf" and data == SCAN
    copy = save_copy(db, again.id, tmp_path)  # 答复函-复印件.pdf is there already: a numbered copy
    assert copy.name == "答复函-复印件 (2).pdf" and copy.read_bytes() == SCAN

    remove_attachment(db, letter.id)
    assert contents(db) == 2  # still shared by the copy
    remove_attachment(db, again.id)
    remove_attachment(db, photo.id)
    assert attachments_of(db, built.case_id) == [] and contents(db) == 0
    with db.read() as session:
        trail = [entry for e in session.scalars(select(Event).order_by(Event.id)) for entry in e.changes or []]
    added = [
        e for e in trail if e["table"] == "attachment" and e["operation"] == "insert" and e["field"] == "file_name"
    ]
    removed = [
        e for e in trail if e["table"] == "attachment" and e["operation"] == "delete" and e["field"] == "file_name"
    ]
    assert [e["new"] for e in added] == ["答复函（盖章）.pdf", "答复函-复印件.pdf", "现场.jpg"]
    assert [e["old"] for e in removed] == ["答复函（盖章）.pdf", "答复函-复印件.pdf", "现场.jpg"]
    assert not [e for e in trail if e["field"] == "file_bytes"]  # the bytes never go into the trail


def test_a_file_over_the_limit_or_of_another_kind_is_refused_and_nothing_kept(
    db: Database, seeds: Seeds, tmp_path: Path
) -> None:
    built = build_case(db, seeds, "0012")
    big = tmp_path / "扫描件.pdf"
    with big.open("wb") as stream:
        stream.truncate(30 * 1024 * 1024)  # 30 MB
    with pytest.raises(RuleViolation, match=r"“扫描件\.pdf” is 30\.0 MB, over the limit of 20 MB"):
        attach_file(db, built.case_id, big)
    with pytest.raises(RuleViolation, match="is not a kind of file"):
        attach_file(db, built.case_id, scan(tmp_path, "setup.exe"))
    assert attachments_of(db, built.case_id) == [] and contents(db) == 0
    update_settings(db, attachment_limit_mb=40)
    assert attach_file(db, built.case_id, big).size == 30 * 1024 * 1024
    for wrong in (0, -5, 501):
        with pytest.raises(RuleViolation, match="attachment_limit_mb must be a whole number of MB from 1 to 500"):
            update_settings(db, attachment_limit_mb=wrong)


def test_attachments_come_back_with_a_restored_backup(
    db: Database, db_path: Path, seeds: Seeds, tmp_path: Path
) -> None:
    built = build_case(db, seeds, "0012")
    kept = attach_file(db, built.case_id, scan(tmp_path, "答复函.pdf"))
    backup = create_backup(db).path
    remove_attachment(db, kept.id)
    assert attachments_of(db, built.case_id) == []
    restore_backup(db_path, backup)
    [back] = attachments_of(db, built.case_id)
    assert back.file_name == "答复函.pdf" and attachment_content(db, back.id)[1] == SCAN


def test_the_attach_command(
    db: Database, db_target: str, seeds: Seeds, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    build_case(db, seeds, "0012")
    base = ["--db", db_target, "--lang", "en", "attach"]
    files = [str(scan(tmp_path, "答复函.pdf")), str(scan(tmp_path, "附表.xlsx", b"PK\x03\x04table"))]
    assert main([*base, "add", "0012", "--session", "市九届人大二次会议", *files]) == 0
    assert main([*base, "list", "0012", "--session", "市九届人大二次会议"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split("\t")[1:4] for line in lines[2:]] == [
        ["答复函.pdf", str(len(SCAN)), "case"],
        ["附表.xlsx", "9", "case"],
    ]
    out = tmp_path / "out"
    out.mkdir()
    assert main([*base, "export", lines[3].split("\t")[0], "-o", str(out)]) == 0
    assert (out / "附表.xlsx").read_bytes() == b"PK\x03\x04table"
    every = tmp_path / "every"
    every.mkdir()
    assert main([*base, "export-case", "0012", "--session", "市九届人大二次会议", "-o", str(every)]) == 0
    assert sorted(p.name for p in every.iterdir()) == ["答复函.pdf", "附表.xlsx"]
    big = tmp_path / "大.pdf"
    with big.open("wb") as stream:
        stream.truncate(21 * 1024 * 1024)
    assert main([*base, "add", "0012", "--session", "市九届人大二次会议", str(big)]) == 2
    assert "over the limit of 20 MB" in capsys.readouterr().err
    assert os.path.exists(big)
    with pytest.raises(CasebookError):
        remove_attachment(db, 999)
