"""The case list's order read through its stored sort keys (casebook.store.list_keys): the same
order as the rule says, on every page, whichever way the page is found (along the index or from
the matching cases), and kept right by every write: registration, edits, a deputy renamed, a
session's year changed, a ledger imported. The capped count stops at its cap."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from benchmarks.excel_import_benchmark import generate_ledger
from casebook.domain.enums import CaseKind, CaseState, SessionKind
from casebook.domain.office_settings import OfficeSettings
from casebook.excel.reading import read_workbook
from casebook.services.admin import reference
from casebook.services.admin.reference_admin import DeputyDraft, ReferenceKind, SessionDraft, edit_item
from casebook.services.ledger.importing import import_ledger
from casebook.services.ledger.rows import read_ledger
from casebook.services.queries.case_search import CaseQuery, SortKey, count_matching, fetch_page
from casebook.services.steps.cases import edit_case, get_case, register_case
from casebook.store.database import Database
from casebook.store.list_keys import list_order
from casebook.store.models import Case, CongressSession, Deputy
from tests.conftest import Seeds, courier_draft

Row = tuple[int, str, int, SessionKind, str, str | None]  # id, number, year, session kind, title, lead deputy


def register(db: Database, seeds: Seeds) -> dict[str, int]:
    """Cases in two years and three sessions, numbers of different lengths, two deputies of one
    name, one case without a lead deputy; returns the deputies' ids by a short key."""
    older = reference.add_session(db, "市九届人大一次会议", 2022).id
    twin = reference.add_deputy(db, "魏敏").id  # a second 魏敏
    delegation = reference.add_delegation(db, "润州").id  # a delegation's motion has no lead deputy
    deputies = {"wei": seeds.wei_min, "twin": twin, "chen": seeds.other_deputy}
    plan = [
        (seeds.session_id, "10", "wei", "关于规划建设茅山福道的建议"),
        (seeds.session_id, "2", "twin", "关于有效缓解主城区停车难的建议"),
        (seeds.session_id, "0012", "chen", "关于加强快递安全管理的建议"),
        (seeds.session_id, "B01", None, "关于完善养老服务体系的建议"),
        (seeds.interim_id, "1", "wei", "关于推进老旧小区改造的建议"),
        (seeds.interim_id, "01", "twin", "关于缓解停车难的建议"),
        (older, "3", "chen", "关于农村饮水安全的建议"),
        (older, "10", "wei", "关于背街小巷整治的建议"),
        (older, "9", None, "关于停车难问题的建议"),
    ]
    for session_id, number, deputy, title in plan:
        draft = courier_draft(
            seeds,
            session_id=session_id,
            number=number,
            title=title,
            lead_deputy_id=deputies[deputy] if deputy else None,
            kind=CaseKind.SUGGESTION if deputy else CaseKind.MOTION,
            delegation_id=None if deputy else delegation,
            cosigner_ids=(),
            submitted_on=date(2022 if session_id == older else 2023, 1, 7),
        )
        register_case(db, draft)
    return deputies


def rows(db: Database) -> list[Row]:
    with db.read() as session:
        found = session.execute(
            select(Case.id, Case.number, CongressSession.year, CongressSession.kind, Case.title, Deputy.name)
            .join(CongressSession, CongressSession.id == Case.session_id)
            .outerjoin(Deputy, Deputy.id == Case.lead_deputy_id)
        )
        return [(r[0], r[1], r[2], SessionKind(r[3]), r[4], r[5]) for r in found]


def register_order(row: Row) -> tuple[int, int, int, str, int]:
    """The rule, in Python: newest year first, the meeting before the interim period, then the
    number (2 before 10, then by code point), then the id."""
    case_id, number, year, kind, _title, _deputy = row
    return (-year, kind == SessionKind.INTERIM, len(number), number, case_id)


def expected(db: Database, sort: SortKey, descending: bool = False, keep: str = "") -> list[int]:
    chosen = [row for row in rows(db) if keep in row[4]]
    if sort is SortKey.NUMBER:  # sessions stay in register order, the numbers turn; ties by id
        ordered = sorted(chosen, key=lambda r: r[0])
        ordered = sorted(ordered, key=lambda r: (len(r[1]), r[1]), reverse=descending)
        ordered = sorted(ordered, key=lambda r: (-r[2], r[3] == SessionKind.INTERIM))
        return [row[0] for row in ordered]
    assert sort is SortKey.LEAD_DEPUTY
    ordered = sorted(chosen, key=register_order)
    named = [row for row in ordered if row[5] is not None]
    named = sorted(named, key=lambda r: r[5] or "", reverse=descending)  # stable: register order within a name
    unnamed = [row for row in ordered if row[5] is None]
    nulls_first = db.engine.dialect.name == "sqlite"  # NULL sorts low on SQLite, high on PostgreSQL
    if descending:
        nulls_first = not nulls_first
    return [row[0] for row in (unnamed + named if nulls_first else named + unnamed)]


def listed(db: Database, query: CaseQuery, page: int) -> list[int]:
    """Every matching case's id, read ``page`` at a time."""
    found: list[int] = []
    while True:
        items = fetch_page(db, query, len(found), page)
        found += [item.id for item in items]
        if len(items) < page:
            return found


QUERIES = [
    (SortKey.NUMBER, False, ""),
    (SortKey.NUMBER, True, ""),
    (SortKey.LEAD_DEPUTY, False, ""),
    (SortKey.LEAD_DEPUTY, True, ""),
    (SortKey.NUMBER, False, "停车难"),
    (SortKey.NUMBER, False, "建议"),  # every case: read along the index
    (SortKey.LEAD_DEPUTY, False, "关于"),
]


@pytest.mark.parametrize(("sort", "descending", "words"), QUERIES)
def test_every_page_in_the_rule_s_order(
    db: Database, seeds: Seeds, sort: SortKey, descending: bool, words: str
) -> None:
    register(db, seeds)
    query = CaseQuery(sort=sort, descending=descending, text=words)
    want = expected(db, sort, descending, keep=words)
    assert want, "the register has such cases"
    for page in (1, 2, 4, 10_000):  # small pages go along the index, a huge one from the matches
        assert listed(db, query, page) == want, page


def test_a_renamed_deputy_moves_in_the_sort_by_lead_deputy(db: Database, seeds: Seeds) -> None:
    deputies = register(db, seeds)
    query = CaseQuery(sort=SortKey.LEAD_DEPUTY)
    before = [item.lead_deputy for item in fetch_page(db, query, 0, 50) if item.lead_deputy]
    assert before[0] == "陈静"  # 陈 U+9648 before 魏 U+9B4F
    edit_item(db, ReferenceKind.DEPUTY, deputies["chen"], DeputyDraft(name="魏静"))  # U+9B4F U+9759: after 魏敏
    after = [item.lead_deputy for item in fetch_page(db, query, 0, 50) if item.lead_deputy]
    assert after == ["魏敏"] * 5 + ["魏静"] * 2
    assert listed(db, query, 2) == expected(db, SortKey.LEAD_DEPUTY)


def test_edits_and_a_session_s_new_year_move_cases_in_register_order(db: Database, seeds: Seeds) -> None:
    register(db, seeds)
    first = fetch_page(db, CaseQuery(), 0, 1)[0]
    assert (first.session, first.number) == ("市九届人大二次会议", "2")
    case = get_case(db, first.id)
    draft = courier_draft(seeds, number="200", title=case.title, lead_deputy_id=seeds.wei_min, cosigner_ids=())
    edit_case(db, case.id, case.version, draft)
    assert [item.number for item in fetch_page(db, CaseQuery(), 0, 3)] == ["10", "200", "B01"]  # '2' before 'B'
    with db.read() as session:
        older = session.scalar(select(CongressSession.id).where(CongressSession.year == 2022))
    assert older is not None
    edit_item(db, ReferenceKind.SESSION, older, SessionDraft(name="市九届人大一次会议", year=2024))
    assert [item.number for item in fetch_page(db, CaseQuery(), 0, 3)] == ["3", "9", "10"]
    assert listed(db, CaseQuery(), 3) == expected(db, SortKey.NUMBER)


def test_an_imported_ledger_is_listed_in_register_order(db: Database, tmp_path: Path) -> None:
    ledger = tmp_path / "台账.xlsx"
    generate_ledger(ledger, 40)
    report = import_ledger(db, read_ledger(read_workbook(ledger), OfficeSettings()))
    assert report.created == 40
    assert listed(db, CaseQuery(), 7) == expected(db, SortKey.NUMBER)
    assert listed(db, CaseQuery(sort=SortKey.LEAD_DEPUTY), 7) == expected(db, SortKey.LEAD_DEPUTY)
    with db.read() as session:
        stored = session.execute(
            select(
                Case.list_order, Case.lead_deputy_name, Case.number, CongressSession.year, CongressSession.kind
            ).join(CongressSession, CongressSession.id == Case.session_id)
        ).all()
    assert all(key == list_order(year, kind, number) for key, _name, number, year, kind in stored)


def test_the_count_stops_at_its_cap(db: Database, seeds: Seeds) -> None:
    register(db, seeds)
    for query, total in (
        (CaseQuery(), 9),
        (CaseQuery(text="停车难"), 3),
        (CaseQuery(text="建议", year=2022), 3),
        (CaseQuery(state=CaseState.REGISTERED, kind=CaseKind.SUGGESTION), 7),  # two are motions
        (CaseQuery(text="没有这样的案件"), 0),
    ):
        assert count_matching(db, query) == total
        for cap in (1, 2, 3, 100):
            assert count_matching(db, query, cap=cap) == min(total, cap), (query, cap)
    assert count_matching(db, replace(CaseQuery(), overdue=True), cap=5) == 0
