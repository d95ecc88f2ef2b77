"""Races of finding 5, with real processes on both backends: two imports creating the same
reference data at once, and two administrators demoting each other at the same moment."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from sqlalchemy import func, select, update

from casebook.domain.roles import Role
from casebook.services.admin import accounts
from casebook.store.database import Database
from casebook.store.models import Account, CongressSession, Deputy, HandlingUnit
from tests.services.race_worker import NAMES

ROOT = Path(__file__).resolve().parents[2]
WORKER = Path(__file__).with_name("race_worker.py")
PASSWORD = "Zhenjiang-2023"
TRIALS = 6


def race(*sides: list[str]) -> list[str]:
    """Start every side, wait until all are ready, give the start signal to all at once."""
    workers = [
        subprocess.Popen(
            [sys.executable, str(WORKER), *side],
            cwd=ROOT,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for side in sides
    ]
    for worker in workers:
        assert worker.stdout is not None and worker.stdout.readline() == "ready\n", worker.stderr
    for worker in workers:
        assert worker.stdin is not None
        worker.stdin.write("go\n")
        worker.stdin.flush()
    results = []
    for worker in workers:
        out, err = worker.communicate(timeout=120)
        assert worker.returncode == 0 and "Traceback" not in err, err
        results.append(out.strip())
    return results


def test_two_imports_at_once_share_the_reference_data_they_create(db: Database, db_target: str) -> None:
    results = race(["reference", db_target, "1"], ["reference", db_target, "2"])
    assert results == ["done", "done"]
    with db.read() as session:
        deputies = session.execute(select(Deputy.name, func.count()).group_by(Deputy.name)).all()
        sessions = session.scalar(select(func.count()).select_from(CongressSession))
        units = session.scalar(select(func.count()).select_from(HandlingUnit))
    assert sorted(deputies) == sorted((name, 1) for name in NAMES)  # no duplicate deputies
    assert (sessions, units) == (1, len(NAMES))


def test_two_administrators_demoting_each_other_leave_one(db: Database, db_target: str) -> None:
    accounts.create_account(db, "zhou", Role.ADMIN, PASSWORD)
    accounts.sign_in(db, "zhou", PASSWORD)
    accounts.create_account(db, "qian", Role.ADMIN, PASSWORD)
    for _ in range(TRIALS):
        results = race(["demote", db_target, "zhou", PASSWORD, "qian"], ["demote", db_target, "qian", PASSWORD, "zhou"])
        with db.read() as session:
            admins = session.scalars(select(Account.name).where(Account.role == Role.ADMIN, Account.active)).all()
        assert len(admins) == 1, results
        refused = sorted(results)[1]
        assert sorted(results)[0] == "done"
        assert "last active administrator" in refused or "(clerk) may not manage accounts" in refused
        with db.engine.begin() as connection:  # both administrators again, for the next trial
            connection.execute(update(Account).values(role=Role.ADMIN))
