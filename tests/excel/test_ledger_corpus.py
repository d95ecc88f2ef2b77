"""Every ledger of the corpus (tests/excel/ledger_corpus.py) imports to the counts worked out by hand."""

from __future__ import annotations

from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from casebook.excel.reading import read_workbook
from casebook.services.admin.office import get_settings
from casebook.services.ledger.entries import LedgerMappings
from casebook.services.ledger.importing import import_ledger
from casebook.services.ledger.mappings import load_mappings, merged
from casebook.services.ledger.report import ImportReport, summary_lines
from casebook.services.ledger.rows import read_ledger
from casebook.services.ledger.sessions import SessionYearUnknown
from casebook.store.database import Database
from casebook.store.models import (
    Assignment,
    Case,
    CaseCosigner,
    CongressSession,
    Delegation,
    Deputy,
    Rating,
    Reply,
)
from tests.excel.ledger_corpus import CORPUS, MEETING, OPENING, CorpusLedger, delegation_as_group

IDS = [ledger.name for ledger in CORPUS]


def tally(db: Database) -> dict[str, Any]:
    """What the register holds, in the terms of :class:`~tests.excel.ledger_corpus.Expected`."""
    with db.read() as session:
        sessions = {s.id: s for s in session.scalars(select(CongressSession))}
        cases = list(session.scalars(select(Case)))
        leads = {d.id: d.name for d in session.scalars(select(Deputy))}
        return {
            "sessions": {s.name: (s.kind.value, s.year) for s in sessions.values()},
            "per_session": dict(Counter(sessions[c.session_id].name for c in cases)),
            "numbers": sorted(c.number for c in cases),
            "kinds": dict(Counter(c.kind.value for c in cases)),
            "states": dict(Counter(c.state.value for c in cases)),
            "submitted": dict(Counter(c.submitted_on.isoformat() for c in cases)),
            "lead_deputies": sorted(leads[c.lead_deputy_id] for c in cases if c.lead_deputy_id),
            "results": dict(Counter(session.scalars(select(Reply.result_code)))),
            "replied_on": dict(Counter(d.isoformat() for d in session.scalars(select(Reply.replied_on)))),
            "contacts": dict(Counter(m.value for m in session.scalars(select(Reply.contact_method)) if m)),
            "ratings": dict(Counter(session.scalars(select(Rating.overall)))),
            "cosigners": session.scalar(select(func.count()).select_from(CaseCosigner)),
            "assignments": session.scalar(select(func.count()).select_from(Assignment)),
            "delegations": sorted(session.scalars(select(Delegation.name))),
        }


def take(db: Database, path: Path, corpus: CorpusLedger, mappings: LedgerMappings | None = None) -> ImportReport:
    ledger = read_ledger(read_workbook(path), get_settings(db), merged(load_mappings(db), mappings or LedgerMappings()))
    return import_ledger(
        db, ledger, session_name=corpus.session_name, session_date=corpus.session_date, mappings=mappings
    )


@pytest.mark.parametrize("corpus", CORPUS, ids=IDS)
def test_each_ledger_imports_to_its_counts(db: Database, tmp_path: Path, corpus: CorpusLedger) -> None:
    report = take(db, corpus.write(tmp_path), corpus)
    expected = corpus.expected
    refused = {r.source.line: r.reason for r in report.rejected}
    assert (report.created, sorted(refused)) == (expected.created, sorted(expected.refused))
    for line, part in expected.refused.items():
        assert part in refused[line], refused[line]
    found = tally(db)
    assert {key: found[key] for key in expected.counts} == expected.counts
    assert {k: v for k, v in report.inferred.items() if v} == expected.inferred
    assert report.by_cues == expected.by_cues
    assert sorted(wording for _, wording in report.unmapped) == sorted(expected.unmapped)


def test_there_are_at_least_twelve_ledgers() -> None:
    assert len({ledger.name for ledger in CORPUS}) == len(CORPUS) >= 12


def test_every_column_is_listed_with_what_it_was_read_as(db: Database, tmp_path: Path) -> None:
    corpus = CORPUS[0]
    report = take(db, corpus.write(tmp_path), corpus)
    readings = {r.label: (r.field, r.how) for r in report.readings}
    assert readings["所在代表团"] == ("delegation", "synonym")
    assert readings["建议题目"] == ("title", "synonym")
    lines = summary_lines(report)
    read = next(line for line in lines if line.startswith("Columns read: "))
    assert "建议题目 → 标题" in read and "所在代表团 → 代表团" in read
    assert "Submission dates inferred as 1 January of the session's year: 4." in lines
    assert "Session 句容市十八届人大二次会议: year 2023, first day —." in lines


def test_a_header_is_read_by_similarity_and_a_clerk_mapping_wins(db: Database, tmp_path: Path) -> None:
    from tests.excel.ledger_files import write_ledger

    rows = [
        ["序号", "建议题目", "领衔代表", "所属代表团组", "承办单位", "联系人电话"],
        [1, "关于快递安全管理的建议", "魏敏", "京口", "市邮政管理局", "0511-1234567"],
    ]
    path = write_ledger(tmp_path / "l.xlsx", rows)
    corpus = CorpusLedger("similar", lambda folder: path, CORPUS[0].expected, MEETING, OPENING)
    first = take(db, path, corpus, LedgerMappings(columns={"联系人电话": "remarks"}))
    readings = {r.label: (r.field, r.how) for r in first.readings}
    assert readings["所属代表团组"] == ("delegation", "similar")
    assert readings["联系人电话"] == ("remarks", "clerk")
    # remembered: the next ledger with that header is read the same way without saying so again
    assert load_mappings(db).columns == {"联系人电话": "remarks"}
    again = read_ledger(read_workbook(path), get_settings(db), load_mappings(db))
    assert {r.label: r.field for r in again.readings}["联系人电话"] == "remarks"


def test_after_mapping_the_wordings_the_same_file_imports_whole(db: Database, tmp_path: Path) -> None:
    corpus = next(c for c in CORPUS if c.name == "long_result_descriptions")
    path = corpus.write(tmp_path)
    mapping = LedgerMappings(values={"result": {"因财力所限，暂缓解决": "C", "已列入计划，近期尚不能解决": "C"}})
    report = take(db, path, corpus, mapping)
    assert (report.created, report.rejected, report.unmapped) == (6, [], {})
    assert tally(db)["results"] == {"A": 2, "B": 2, "C": 2}
    assert load_mappings(db).values == mapping.values


def test_without_any_year_the_import_stops_and_names_the_option(db: Database, tmp_path: Path) -> None:
    path = delegation_as_group(tmp_path)
    ledger = read_ledger(read_workbook(path), get_settings(db))
    with pytest.raises(SessionYearUnknown) as stopped:
        import_ledger(db, ledger)
    assert "--session-date" in stopped.value.message and MEETING in stopped.value.message
    assert tally(db)["numbers"] == []


def test_a_reply_without_a_class_counts_as_replied_not_resolved(db: Database, tmp_path: Path) -> None:
    from casebook.domain.enums import CaseKind
    from casebook.services.statistics.figures import compute_statistics

    corpus = next(c for c in CORPUS if c.name == "motion_without_class")
    take(db, corpus.write(tmp_path), corpus)
    motions = compute_statistics(db, 2023, as_of=date(2023, 12, 31), kind=CaseKind.MOTION).figures
    suggestions = compute_statistics(db, 2023, as_of=date(2023, 12, 31)).figures
    assert (motions.total, motions.replied, motions.resolved) == (1, 1, 0)
    assert (suggestions.total, suggestions.replied, suggestions.resolved) == (1, 1, 1)
