"""The case list's three ways to find a page (casebook.services.queries.case_search.PageWay) give the
same rows, the way is chosen by how many cases match, and a keystroke's one read (first_page) gives
what the count and the first page give apart."""

from __future__ import annotations

import pytest

from casebook.domain.enums import CaseState
from casebook.services.queries import case_search
from casebook.services.queries.case_search import (
    CaseQuery,
    PageWay,
    SortKey,
    count_matching,
    fetch_page,
    first_page,
    page_way,
)
from casebook.store.database import Database
from tests.conftest import Seeds
from tests.services.test_case_search_order import expected, register

QUERIES = [
    CaseQuery(),
    CaseQuery(text="停车难"),
    CaseQuery(text="建议"),
    CaseQuery(text="关于", sort=SortKey.LEAD_DEPUTY),
    CaseQuery(text="停车", year=2023),
    CaseQuery(text="小", state=CaseState.REGISTERED),
    CaseQuery(text="没有这样的案件"),
]


@pytest.mark.parametrize("query", QUERIES, ids=lambda q: f"{q.text or 'all'}-{q.sort}-{q.year}-{q.state}")
def test_every_way_finds_the_same_pages(db: Database, seeds: Seeds, query: CaseQuery) -> None:
    register(db, seeds)
    everything = [item.id for item in fetch_page(db, query, 0, 10_000)]
    if query.year is None and query.state is None:
        assert everything == expected(db, query.sort, keep=query.text)
    with db.read() as session:
        for way in PageWay:
            for size in (1, 2, 4):
                pages = [
                    case_search._page_ids(session, query, offset, size, way)
                    for offset in range(0, len(everything) + size, size)
                ]
                assert [case_id for page in pages for case_id in page] == everything, (way, size)


@pytest.mark.parametrize("query", QUERIES, ids=lambda q: f"{q.text or 'all'}-{q.sort}-{q.year}-{q.state}")
def test_a_keystroke_s_one_read_is_the_count_and_the_first_page(db: Database, seeds: Seeds, query: CaseQuery) -> None:
    register(db, seeds)
    for limit, cap in ((2, 1), (2, 5), (200, 1000)):
        total, items = first_page(db, query, limit, cap)
        assert total == count_matching(db, query, cap=cap)
        assert [item.id for item in items] == [item.id for item in fetch_page(db, query, 0, limit)]


@pytest.mark.sqlite_only  # the text index is SQLite's; PostgreSQL weighs the ways itself
def test_the_way_follows_how_many_cases_have_the_words(
    db: Database, seeds: Seeds, monkeypatch: pytest.MonkeyPatch
) -> None:
    register(db, seeds)  # 9 cases: every title has 关于 and 建议, three 停车难, one 快递
    with db.read() as session:
        cases = len(fetch_page(db, CaseQuery(), 0, 100))
        # a page of 1 along the index may check every case against the list, or half of them in the
        # text index: so the text index when five cases have the words, the list when one has them
        monkeypatch.setattr(case_search, "ALONG_INDEX_CHECKS", cases)
        monkeypatch.setattr(case_search, "ALONG_INDEX_TEXT_CHECKS", 2)
        monkeypatch.setattr(case_search, "TEXT_SAMPLE", 3)
        assert page_way(session, CaseQuery(text="建议"), 1) is PageWay.CHECKED
        assert page_way(session, CaseQuery(text="停车难"), 1) is PageWay.LISTED
        assert page_way(session, CaseQuery(text="停车难"), 1, found=3) is PageWay.LISTED
        assert page_way(session, CaseQuery(text="停车难", sort=SortKey.TITLE), 1) is PageWay.SORTED
        assert page_way(session, CaseQuery(text="停车难", descending=True), 1) is PageWay.SORTED
        monkeypatch.setattr(case_search, "ALONG_INDEX_CHECKS", 1)  # the list would need every case
        assert page_way(session, CaseQuery(text="停车难"), 1) is PageWay.SORTED
