"""Crash safety: a clerk's process killed (SIGKILL) at random moments loses nothing it had committed.

A worker process (tests/store/crash_worker.py) registers, edits, assigns and answers cases through
the real services and reports each step only after its commit returned. It is killed again and
again at random (seeded) moments, while it starts, while it opens the database, in the middle of a
transaction; after each kill the file must be intact (``PRAGMA integrity_check``), every reported
step must be there with its event, and no step may be there by halves (a case without its event,
an assignment without its case's facts).
"""

from __future__ import annotations

import json
import os
import random
import select
import signal
import sqlite3
import subprocess
import sys
import time
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from casebook.domain.enums import UnitKind
from casebook.services.admin import reference
from casebook.services.steps.cases import get_case
from casebook.store.backup import NO_BACKUPS
from casebook.store.database import open_database
from tests.store.crash_worker import edited_title

ROOT = Path(__file__).resolve().parents[2]
WORKER = Path(__file__).with_name("crash_worker.py")
# Kills per run: a few dozen in CI (the brief: race tests to a few trials), more by hand with
# CASEBOOK_TEST_KILLS=500 before a release.
KILLS = int(os.environ.get("CASEBOOK_TEST_KILLS", "24"))
SEED = 20240315

pytestmark = pytest.mark.slow


def seed_reference(path: Path) -> dict[str, Any]:
    """The session, deputies and units the worker uses, registered through the services."""
    db = open_database(str(path), user="clerk-wang", backups=NO_BACKUPS)
    try:
        session = reference.add_session(db, "市九届人大二次会议", 2023, starts_on=date(2023, 1, 6))
        deputies = [reference.add_deputy(db, name).id for name in ("魏敏", "张伟", "李娜", "王芳")]
        units = [reference.add_unit(db, name, UnitKind.GOVERNMENT).id for name in ("市邮政管理局", "市交通运输局")]
    finally:
        db.close()
    return {"session": session.id, "deputies": deputies, "units": units}


def start_worker(path: Path, run: int, ids: dict[str, Any]) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, str(WORKER), str(path), str(run), json.dumps(ids)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )


def wait_until_ready(worker: subprocess.Popen[bytes], timeout: float = 30.0) -> bytes:
    """The worker's first line ("ready": the database is open), or b"" if it ended before."""
    assert worker.stdout is not None
    ready, _, _ = select.select([worker.stdout], [], [], timeout)
    assert ready, "the worker did not start in time"
    return worker.stdout.readline()


@dataclass
class Reported:
    """What the workers said they committed, per case number."""

    steps: dict[str, dict[str, dict[str, Any]]] = field(default_factory=lambda: defaultdict(dict))

    def add(self, output: bytes) -> int:
        count = 0
        for line in output.decode("utf-8").splitlines(keepends=True):
            if not line.endswith("\n"):
                continue  # a line cut by the kill: its step is not reported
            entry = json.loads(line)
            if "number" in entry:
                self.steps[entry["number"]][entry["step"]] = entry
                count += 1
        return count


def check_database(path: Path, reported: Reported) -> None:
    connection = sqlite3.connect(path)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
        cases = {
            number: (case_id, version, title)
            for case_id, number, version, title in connection.execute(
                "SELECT id, number, version, title FROM case_record"
            )
        }
        events: dict[int, list[str]] = defaultdict(list)
        for case_id, action in connection.execute("SELECT case_id, action FROM event WHERE case_id IS NOT NULL"):
            events[case_id].append(action)
        assignments = dict(connection.execute("SELECT id, case_id FROM assignment").fetchall())
        replies = {a for (a,) in connection.execute("SELECT assignment_id FROM reply")}
        with_facts = {c for (c,) in connection.execute("SELECT DISTINCT case_id FROM case_fact")}
        with_text = {c for (c,) in connection.execute("SELECT rowid FROM case_text")}
    finally:
        connection.close()

    for number, steps in reported.steps.items():
        assert number in cases, f"case {number} was reported registered but is missing"
        case_id, version, title = cases[number]
        assert case_id == steps["registered"]["case"]
        assert "register" in events[case_id]
        if "edited" in steps:
            assert version >= steps["edited"]["version"]
            assert title == steps["edited"]["title"] == edited_title(number)
            assert "edit" in events[case_id]
        if "assigned" in steps:
            assert assignments.get(steps["assigned"]["assignment"]) == case_id
            assert "assign" in events[case_id]
        if "replied" in steps:
            assert steps["replied"]["assignment"] in replies
            assert "reply" in events[case_id]
    # Nothing by halves, reported or not: each step's rows came with their event and derived rows.
    for case_id, _version, title in cases.values():
        assert events[case_id].count("register") == 1
        assert events[case_id].count("edit") <= 1
        assert title.endswith("（修改稿）") == ("edit" in events[case_id])
        assert case_id in with_facts and case_id in with_text
    for assignment_id, case_id in assignments.items():
        assert "assign" in events[case_id]
        assert (assignment_id in replies) == ("reply" in events[case_id])


def test_killed_at_random_moments_loses_no_committed_step(tmp_path: Path) -> None:
    path = tmp_path / "casebook.sqlite"
    ids = seed_reference(path)
    rng = random.Random(SEED)
    reported = Reported()
    runs_that_wrote = 0
    started = time.monotonic()
    for run in range(KILLS):
        worker = start_worker(path, run, ids)
        try:
            if run % 6 == 5:
                time.sleep(rng.uniform(0.05, 0.6))  # while Python starts or the database is being opened
            else:
                assert wait_until_ready(worker) in (b'{"step": "ready"}\n', b"")
                time.sleep(rng.uniform(0.0, 0.5))  # in the middle of the work
        finally:
            worker.send_signal(signal.SIGKILL)
            output, errors = worker.communicate(timeout=30)
        assert worker.returncode == -signal.SIGKILL, errors.decode("utf-8", "replace")
        assert b"Traceback" not in errors, errors.decode("utf-8", "replace")
        steps = reported.add(output)
        runs_that_wrote += steps > 0
        check_database(path, reported)
    elapsed = time.monotonic() - started
    print(f"{KILLS} kills in {elapsed:.1f} s; {len(reported.steps)} cases reported")
    assert runs_that_wrote >= KILLS // 2, "too few kills landed while the worker was writing"
    assert sum(len(steps) for steps in reported.steps.values()) > 100

    # The program itself opens the file after the last kill and reads every reported case.
    db = open_database(str(path), backups=NO_BACKUPS)
    try:
        for steps in reported.steps.values():
            case = get_case(db, steps["registered"]["case"])
            if "edited" in steps:
                assert case.title == steps["edited"]["title"]
    finally:
        db.close()
