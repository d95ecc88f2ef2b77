"""Filters, sorting, paging and Chinese substring search of the case list."""

from __future__ import annotations

from datetime import date

from casebook.domain.enums import CaseKind, CaseState
from casebook.services.queries.case_search import CaseQuery, SortKey, count_matching, fetch_page
from casebook.services.steps.cases import edit_case, register_case
from casebook.store.database import Database
from tests.conftest import Seeds, courier_draft
from tests.services.case_builder import build_case


def numbers(db: Database, query: CaseQuery, offset: int = 0, limit: int = 50) -> list[str]:
    return [item.number for item in fetch_page(db, query, offset, limit)]


def make_register(db: Database, seeds: Seeds) -> None:
    register_case(db, courier_draft(seeds, number="1"))  # 关于加强对快递和外卖服务企业安全管理的建议
    register_case(
        db,
        courier_draft(
            seeds,
            number="2",
            title="关于有效缓解主城区停车难的建议",
            body="增加停车泊位",
            cosigner_ids=(),
            lead_deputy_id=seeds.other_deputy,
            is_key=False,
        ),
    )
    register_case(
        db, courier_draft(seeds, number="10", title="关于规划建设茅山福道的建议", kind=CaseKind.MOTION, cosigner_ids=())
    )
    build_case(db, seeds, "11", assigned_on=date(2023, 2, 1), unit="市中级人民法院")  # overdue since May
    build_case(
        db,
        seeds,
        "12",
        assigned_on=date(2023, 2, 1),
        replied_on=date(2023, 3, 1),
        rated_on=date(2023, 3, 5),
        rating="unsatisfied",
    )


def test_search_finds_chinese_substrings_in_every_field(db: Database, seeds: Seeds) -> None:
    make_register(db, seeds)
    assert numbers(db, CaseQuery(text="服务企业安全")) == ["1"]  # title, trigram index
    assert numbers(db, CaseQuery(text="外卖骑手")) == ["1", "10", "11", "12"]  # body (case 2 has its own)
    assert numbers(db, CaseQuery(text="停车")) == ["2"]  # two characters: the one-character index
    assert numbers(db, CaseQuery(text="泊")) == ["2"]  # one character, in the body
    assert numbers(db, CaseQuery(text="车难")) == ["2"]  # adjacent characters only: 「停车难」, not 「车…难」
    assert numbers(db, CaseQuery(text="难车")) == []
    assert numbers(db, CaseQuery(text="魏敏")) == ["1", "10", "11", "12"]  # a two-character name
    assert numbers(db, CaseQuery(text="停车泊位")) == ["2"]  # body
    assert numbers(db, CaseQuery(text="陈静")) == ["2"]  # lead deputy
    assert numbers(db, CaseQuery(text="李娜")) == ["1", "11", "12"]  # co-signer (10 has none)
    assert numbers(db, CaseQuery(text="中级人民法院")) == ["11"]  # unit
    assert numbers(db, CaseQuery(text="法院")) == ["11"]
    assert numbers(db, CaseQuery(text='福道" OR "x')) == []  # search text is never FTS syntax
    assert numbers(db, CaseQuery(text="50%")) == []


def test_filters_sorting_and_paging(db: Database, seeds: Seeds) -> None:
    make_register(db, seeds)
    assert numbers(db, CaseQuery()) == ["1", "2", "10", "11", "12"]  # numbers in numeric order
    assert numbers(db, CaseQuery(descending=True)) == ["12", "11", "10", "2", "1"]
    assert numbers(db, CaseQuery(kind=CaseKind.MOTION)) == ["10"]
    assert numbers(db, CaseQuery(state=CaseState.ASSIGNED)) == ["11"]
    assert numbers(db, CaseQuery(lead_unit_id=seeds.units["市中级人民法院"])) == ["11"]
    assert numbers(db, CaseQuery(is_key=False)) == ["2", "11", "12"]
    assert numbers(db, CaseQuery(overdue=True, today=date(2023, 6, 1))) == ["11"]
    assert numbers(db, CaseQuery(overdue=True, today=date(2023, 4, 1))) == []
    assert numbers(db, CaseQuery(rating="unsatisfied", today=date(2023, 6, 1))) == ["12"]
    assert numbers(db, CaseQuery(sort=SortKey.TITLE))[0] == "1"  # 关于加强… sorts before 关于有效…
    assert numbers(db, CaseQuery(), offset=2, limit=2) == ["10", "11"]
    assert count_matching(db, CaseQuery(text="建议")) == 5
    item = fetch_page(db, CaseQuery(text="法院"), 0, 1)[0]
    assert item.lead_units == ("市中级人民法院",) and item.lead_deputy == "魏敏"


def test_an_edited_case_is_found_by_its_new_words_only(db: Database, seeds: Seeds) -> None:
    """Both indexes drop a case's old text when it changes (the one-character index is contentless)."""
    summary = register_case(db, courier_draft(seeds, number="7", title="关于缓解停车难的建议", body="泊位"))
    for short, long in (("停车", "缓解停车"), ("泊", "泊位")):
        assert numbers(db, CaseQuery(text=short)) == ["7"] and numbers(db, CaseQuery(text=long)) == ["7"]
    draft = courier_draft(seeds, number="7", title="关于增设公交线路的建议", body="线路")
    edit_case(db, summary.id, summary.version, draft)
    for gone in ("停车", "缓解停车", "泊", "泊位"):
        assert numbers(db, CaseQuery(text=gone)) == [], gone
    assert numbers(db, CaseQuery(text="公交")) == ["7"] and numbers(db, CaseQuery(text="增设公交")) == ["7"]


def test_search_and_order_are_the_same_on_every_backend(db: Database, seeds: Seeds) -> None:
    """Latin letters are found whatever their case (the FTS5 index on SQLite, ILIKE on PostgreSQL), and
    titles sort by code point whatever the server's collation (pinyin would put 李 before 张)."""
    register_case(db, courier_draft(seeds, number="1", title="关于规范APP收集个人信息的建议"))
    register_case(db, courier_draft(seeds, number="2", title="李家巷改造的建议"))
    register_case(db, courier_draft(seeds, number="3", title="张家港航道的建议"))
    for text in ("app", "App", "APP收集"):
        assert numbers(db, CaseQuery(text=text)) == ["1"], text
    assert numbers(db, CaseQuery(sort=SortKey.TITLE)) == ["1", "3", "2"]  # 关 U+5173, 张 U+5F20, 李 U+674E
    assert numbers(db, CaseQuery(sort=SortKey.TITLE, descending=True)) == ["2", "3", "1"]
