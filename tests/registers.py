"""Registers built once per test run and copied for each test: the empty migrated database, the same
with the seeds' reference data (for the tests that ask for ``seeds``), and the demo register.

Building the demo through the services takes half a minute or more, and before this module four
fixtures each built their own; migrating a new SQLite file takes about 0.2 s, for every test. Now the
first pytest-xdist worker that needs one builds it in a folder all workers of the run share (under a
file lock, so it is built once), and every user gets a copy of the file. Tests of loading the demo
itself (forced load, cancelling, progress) and of migrating still do the real thing.
"""

from __future__ import annotations

import dataclasses
import fcntl
import json
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from casebook.demo.generator import DemoSummary, load_demo
from casebook.store.backup import NO_BACKUPS
from casebook.store.database import Database, open_database

FILE_NAME = "demo.sqlite"
SUMMARY_NAME = "demo-summary.json"
EMPTY_NAME = "empty.sqlite"
SEEDED_NAME = "seeded.sqlite"
SEEDED_IDS_NAME = "seeded-ids.json"


@dataclass(frozen=True)
class DemoRegister:
    """The built demo register: its file (never opened for writing by a test) and what loading it made."""

    path: Path
    summary: DemoSummary

    def copy_to(self, folder: Path) -> Path:
        """A copy of the register in ``folder`` for one test or module to open and change."""
        folder.mkdir(parents=True, exist_ok=True)
        copy = folder / FILE_NAME
        shutil.copyfile(self.path, copy)
        return copy


def shared_folder(tmp_path_factory: pytest.TempPathFactory, worker_id: str) -> Path:
    """A folder all workers of this run share: the parent of the workers' own base folders under
    xdist (as pytest-xdist documents for session fixtures built once), the base folder without it."""
    base = tmp_path_factory.getbasetemp()
    return base if worker_id == "master" else base.parent


def empty_register(folder: Path) -> Path:
    """A new database migrated to the head revision, built once in ``folder``: copy it, never open it."""
    folder.mkdir(parents=True, exist_ok=True)
    register = folder / EMPTY_NAME
    with (folder / "empty.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not register.exists():
            building = folder / "empty.building.sqlite"
            building.unlink(missing_ok=True)
            open_database(str(building), user="template").close()
            building.rename(register)
    return register


def build_once(folder: Path) -> DemoRegister:
    """The demo register in ``folder``, built by whichever process gets here first."""
    folder.mkdir(parents=True, exist_ok=True)
    register, summary_file = folder / FILE_NAME, folder / SUMMARY_NAME
    with (folder / "demo.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not summary_file.exists():
            building = folder / "demo.building.sqlite"
            building.unlink(missing_ok=True)
            database = open_database(str(building), user="demo")
            try:
                summary = load_demo(database)
            finally:
                database.close()
            building.rename(register)
            summary_file.write_text(json.dumps(dataclasses.asdict(summary)), encoding="utf-8")
    return DemoRegister(register, DemoSummary(**json.loads(summary_file.read_text(encoding="utf-8"))))


def seeded_register(folder: Path, empty: Path, add_seeds: Callable[[Database], object]) -> tuple[Path, dict[str, Any]]:
    """The empty register with the seeds' reference data added by ``add_seeds`` (what it returns, a
    dataclass, as a dict), built once in ``folder`` as clerk-wang opens a test's database: copy it."""
    folder.mkdir(parents=True, exist_ok=True)
    register, ids_file = folder / SEEDED_NAME, folder / SEEDED_IDS_NAME
    with (folder / "seeded.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not ids_file.exists():
            building = folder / "seeded.building.sqlite"
            shutil.copyfile(empty, building)
            database = open_database(str(building), user="clerk-wang", backups=NO_BACKUPS)
            try:
                ids = dataclasses.asdict(add_seeds(database))  # type: ignore[call-overload]
            finally:
                database.close()
            building.rename(register)
            ids_file.write_text(json.dumps(ids), encoding="utf-8")
    return register, json.loads(ids_file.read_text(encoding="utf-8"))
