"""Shared fixtures: a fresh SQLite file per test, with the reference data of the seeds."""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from casebook import i18n
from casebook.domain.enums import CaseKind, LeaderKind, UnitKind
from casebook.services import reference
from casebook.services.case_views import CaseSummary
from casebook.services.cases import CaseDraft, register_case
from casebook.store.database import Database, open_database


@pytest.fixture(autouse=True)
def english_messages() -> Iterator[None]:
    """Every test starts in English (the source language); a test that wants Chinese installs it."""
    i18n.install(None)
    yield
    i18n.install(None)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "casebook.sqlite"


@pytest.fixture
def db(db_path: Path) -> Iterator[Database]:
    database = open_database(str(db_path), user="clerk-wang")
    yield database
    database.close()


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
def seeds(db: Database) -> Seeds:
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
