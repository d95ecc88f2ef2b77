"""Shared fixtures: a fresh database per test on every backend, with the reference data of the seeds.

The ``db`` fixture (and ``db_target``, the same database's path or URL) runs on SQLite always, and on
PostgreSQL as well when CASEBOOK_TEST_PG_URL names a server (a role that may create databases, e.g.
``postgresql+psycopg://casebook@127.0.0.1:54329/casebook``). A test that needs a file (``db_path``:
backups, crash loops, the FTS5 index) or is marked ``sqlite_only`` runs on SQLite alone.
"""

from __future__ import annotations

import logging
import os
import shutil
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import cast

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# SQLite commits without waiting for the disk in tests (and the programs they start): durable
# against a killed program, not a power cut; the program's own FULL is checked in test_migrations.
os.environ["CASEBOOK_SQLITE_SYNCHRONOUS"] = "NORMAL"
# The hundreds of programs the tests start (`python -m casebook …`) read our modules' bytecode
# rather than compile them again each time (a machine may set PYTHONDONTWRITEBYTECODE: 0.07 s a start).
os.environ.pop("PYTHONDONTWRITEBYTECODE", None)

from casebook import clock, i18n
from casebook.domain.enums import CaseKind, LeaderKind, UnitKind
from casebook.services.admin import reference
from casebook.services.queries.case_views import CaseSummary
from casebook.services.steps.cases import CaseDraft, register_case
from casebook.store.backup import NO_BACKUPS
from casebook.store.database import Database, open_database
from tests.backends import BACKENDS, PostgresServer, backends_for
from tests.registers import DemoRegister, build_once, empty_register, seeded_register, shared_folder

# One "today" for the whole run, in this process and in every process a test starts: a run that
# crosses midnight sees the same day at its start and at its end. A test about a given day fixes its
# own with ``clock.fixed``.
os.environ.setdefault(clock.TODAY_VARIABLE, clock.today().isoformat())
clock.set_today(date.fromisoformat(os.environ[clock.TODAY_VARIABLE]))


@pytest.fixture(autouse=True)
def english_messages() -> Iterator[None]:
    """Every test starts in English (the source language); a test that wants Chinese installs it."""
    i18n.install(None)
    yield
    i18n.install(None)


class _WarningRecords(logging.Handler):
    """Collects what the program logs at WARNING or above during one test."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


@pytest.fixture(autouse=True)
def no_warnings_logged(request: pytest.FixtureRequest) -> Iterator[None]:
    """A WARNING logged by casebook.* fails the test, unless it is marked ``logs_warnings`` or checks
    the log itself (``caplog``): a warning nobody expected is a defect the clerk would only see in
    the log file."""
    handler = _WarningRecords()
    logger = logging.getLogger("casebook")
    logger.addHandler(handler)
    try:
        yield
    finally:
        logger.removeHandler(handler)
    expected = request.node.get_closest_marker("logs_warnings") is not None or "caplog" in request.fixturenames
    if handler.records and not expected:
        logged = "\n".join(f"{r.name} {r.levelname}: {r.getMessage()}" for r in handler.records)
        pytest.fail(f"casebook logged {len(handler.records)} warning(s) no test expected:\n{logged}")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The minutes-long tests (marked ``slow``) first: started near the end of a parallel run, one of
    them kept its worker busy for a minute or two after the other had finished everything else."""
    items.sort(key=lambda item: item.get_closest_marker("slow") is None)  # a stable sort: else as collected


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Every test on a database runs once per backend, unless it needs a SQLite file."""
    if "db_backend" in metafunc.fixturenames:
        backends = backends_for(
            needs_file="db_path" in metafunc.fixturenames,
            sqlite_only=metafunc.definition.get_closest_marker("sqlite_only") is not None,
            postgresql_only=metafunc.definition.get_closest_marker("postgresql_only") is not None,
        )
        metafunc.parametrize("db_backend", backends, indirect=True, ids=backends)


@pytest.fixture
def db_backend(request: pytest.FixtureRequest) -> str:
    """``sqlite`` or ``postgresql``: the backend this run of the test is on (parametrized above)."""
    backend = str(getattr(request, "param", "sqlite"))
    assert backend in BACKENDS
    return backend


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    """The PostgreSQL server of CASEBOOK_TEST_PG_URL, with a template database migrated once."""
    server = PostgresServer.from_environment()
    assert server is not None, "CASEBOOK_TEST_PG_URL is not set"
    try:
        yield server
    finally:
        server.close()


@pytest.fixture(scope="session")
def empty_sqlite(tmp_path_factory: pytest.TempPathFactory, worker_id: str) -> Path:
    """A SQLite register migrated once per run (migrating takes 0.2 s a test): copy it, never open it."""
    return empty_register(shared_folder(tmp_path_factory, worker_id) / "empty-register")


@pytest.fixture
def db_target(db_backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[str]:
    """A fresh database of this run's backend: a SQLite file path or a PostgreSQL URL. Empty, or with
    the seeds' reference data already in it when the test asks for ``seeds``.

    On PostgreSQL it is a copy of the migrated template database (or of the seeded one). On SQLite
    it is a path where nothing is yet: ``db`` puts a copy of a file built once per run there; a test
    without ``db`` sees its first ``open_database`` create and migrate the file.
    ``open_database(db_target, user=...)`` opens a second client on the same database as ``db``.
    """
    if db_backend == "sqlite":
        yield str(tmp_path / "casebook.sqlite")
        return
    server: PostgresServer = request.getfixturevalue("postgres_server")
    template = seeded_postgres(server)[0] if "seeds" in request.fixturenames else None
    with server.fresh_database(template) as url:
        yield url


def seeded_postgres(server: PostgresServer) -> tuple[str, Seeds]:
    """The seeded template on the server (built once per process) and the seeds' ids in it."""

    def prepare(url: str) -> Seeds:
        database = open_database(url, user="clerk-wang", backups=NO_BACKUPS)
        try:
            return add_seeds(database)
        finally:
            database.close()

    return server.derived_template("seeded", prepare)


@pytest.fixture(scope="session")
def seeded_sqlite(tmp_path_factory: pytest.TempPathFactory, worker_id: str, empty_sqlite: Path) -> tuple[Path, Seeds]:
    """The empty register with the seeds' reference data, built once per run: copy it, never open it."""
    path, ids = seeded_register(shared_folder(tmp_path_factory, worker_id) / "seeded-register", empty_sqlite, add_seeds)
    return path, Seeds(**ids)


@pytest.fixture
def db_path(db_target: str) -> Path:
    """The SQLite file of ``db`` (a test asking for it runs on SQLite alone)."""
    return Path(db_target)


@pytest.fixture
def db(db_backend: str, db_target: str, request: pytest.FixtureRequest) -> Iterator[Database]:
    """The test's database opened by clerk-wang, as a new database is (no daily backup of it yet)."""
    if db_backend == "sqlite" and not Path(db_target).exists():
        if "seeds" in request.fixturenames:
            shutil.copyfile(request.getfixturevalue("seeded_sqlite")[0], db_target)
        else:
            shutil.copyfile(request.getfixturevalue("empty_sqlite"), db_target)
    database = open_database(db_target, user="clerk-wang", backups=NO_BACKUPS)
    yield database
    finish_background_jobs()
    database.close()


def finish_background_jobs() -> None:
    """Let the window's worker jobs (a similar-cases query, a count) end before their database is
    closed: a connection still out when the engine is disposed is left to the garbage collector,
    whose warning then fails whichever test runs at that moment."""
    qt_core = sys.modules.get("PySide6.QtCore")
    if qt_core is None:
        return
    pool = qt_core.QThreadPool.globalInstance()
    pool.waitForDone(30_000)
    # A read's answer not yet delivered may start the read asked for after it (a view's latest
    # question, casebook.ui.jobs.operation.LatestRead): deliver the answers while the database is
    # open, until nothing is left to run.
    operation = sys.modules.get("casebook.ui.jobs.operation")
    application = qt_core.QCoreApplication.instance()
    for _ in range(100):
        if operation is None or application is None or operation.running() == 0:
            break
        application.processEvents()
        pool.waitForDone(30_000)


@dataclass
class Seeds:
    """The reference data of the 2023 session, from the seeds (000_fb68cdb816e25c23.txt)."""

    session_id: int
    interim_id: int
    wei_min: int
    cosigners: list[int]
    other_deputy: int
    units: dict[str, int]
    congress_leader: int
    committee: int
    category: int


@pytest.fixture
def seeds(db: Database, db_backend: str, request: pytest.FixtureRequest) -> Seeds:
    """The seeds' reference data in the test's database: it came with the database (``db`` copies a
    register built once with :func:`add_seeds`, as a test adding them itself would have); their ids."""
    if db_backend == "sqlite":
        return cast(Seeds, request.getfixturevalue("seeded_sqlite")[1])
    return seeded_postgres(request.getfixturevalue("postgres_server"))[1]


def add_seeds(db: Database) -> Seeds:
    """Add the reference data of the 2023 session from the seeds (sessions, deputies, units, a
    leader, a committee, a category)."""
    session = reference.add_session(
        db,
        "市九届人大二次会议",
        2023,
        term=9,
        meeting_number=2,
        starts_on=date(2023, 1, 6),
        ends_on=date(2023, 1, 8),
    )
    from casebook.domain.enums import SessionKind

    interim = reference.add_session(db, "2023年闭会期间", 2023, kind=SessionKind.INTERIM)
    jingkou = reference.add_delegation(db, "京口")
    wei = reference.add_deputy(db, "魏敏", delegation_id=jingkou.id)
    cosigners = [reference.add_deputy(db, name, delegation_id=jingkou.id).id for name in ("张伟", "李娜", "王芳")]
    other = reference.add_deputy(db, "陈静").id
    units = {
        name: reference.add_unit(db, name, kind).id
        for name, kind in (
            ("市邮政管理局", UnitKind.GOVERNMENT),
            ("市市场监管局", UnitKind.GOVERNMENT),
            ("市交通运输局", UnitKind.GOVERNMENT),
            ("市中级人民法院", UnitKind.COURT),
        )
    }
    leader = reference.add_leader(db, "周副主任", LeaderKind.CONGRESS, title="市人大常委会副主任")
    committee = reference.add_committee(db, "财政经济委员会")
    category = reference.add_category(db, "城乡建设")
    return Seeds(session.id, interim.id, wei.id, cosigners, other, units, leader.id, committee.id, category.id)


def courier_draft(seeds: Seeds, **changes: object) -> CaseDraft:
    """「魏敏等10名代表提出的“关于加强对快递和外卖服务企业安全管理的建议”」, shortened to four signers."""
    from dataclasses import replace

    draft = CaseDraft(
        session_id=seeds.session_id,
        number="0012",
        kind=CaseKind.SUGGESTION,
        title="关于加强对快递和外卖服务企业安全管理的建议",
        submitted_on=date(2023, 1, 7),
        body="加强快递和外卖骑手交通安全管理。",
        category_id=seeds.category,
        lead_deputy_id=seeds.wei_min,
        cosigner_ids=tuple(seeds.cosigners),
        is_key=True,
        key_designated_by="大会主席团",
        supervising_leader_id=seeds.congress_leader,
        supervising_committee_id=seeds.committee,
    )
    return replace(draft, **changes)  # type: ignore[arg-type]


@pytest.fixture
def courier_case(db: Database, seeds: Seeds) -> CaseSummary:
    return register_case(db, courier_draft(seeds))


@pytest.fixture(scope="session")
def demo_register(tmp_path_factory: pytest.TempPathFactory, worker_id: str) -> DemoRegister:
    """The demo register built once per test run (shared by the xdist workers): copy it, never open it."""
    return build_once(shared_folder(tmp_path_factory, worker_id) / "demo-register")


@pytest.fixture
def demo_db(demo_register: DemoRegister, tmp_path: Path) -> Iterator[Database]:
    """A copy of the demo register for one test, opened by clerk-wang."""
    database = open_database(str(demo_register.copy_to(tmp_path / "demo")), user="clerk-wang")
    yield database
    finish_background_jobs()
    database.close()
