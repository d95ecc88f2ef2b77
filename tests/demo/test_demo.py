"""The demo register gives the seeds' figures exactly, and is loaded only where it may be.

The figures are checked with plain SQL over the tables, independently of the statistics service:
the latest result of a case as of a date is its latest reply by a lead or separately handling unit
or a later follow-up review (000:463: 2022, 188 of 250 resolved, 75.2%, up 4.7 points on 2021).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from casebook.demo import zhenjiang as zj
from casebook.demo.generator import DemoSummary, load_demo
from casebook.demo.plans import DEMO_AS_OF
from casebook.domain.enums import AssignmentRole, CaseKind, SupervisionKind
from casebook.domain.errors import RuleViolation
from casebook.services.admin import reference
from casebook.services.steps.assignments import assign_case, change_unit
from casebook.services.steps.cases import CaseDraft, register_case
from casebook.services.steps.closing import record_follow_up
from casebook.services.steps.ratings import RatingDraft, record_rating
from casebook.services.steps.replies import ReplyDraft, record_reply
from casebook.services.steps.supervision import add_supervision_record, link_cases
from casebook.store.database import Database, open_database
from casebook.store.models import Base
from tests.registers import DemoRegister

LATEST_RESULTS = """
WITH dated AS (
    SELECT a.case_id, r.replied_on AS on_date, 0 AS source, r.id AS seq, r.result_code AS code
    FROM reply r JOIN assignment a ON a.id = r.assignment_id
    WHERE a.role IN ('lead', 'separate') AND r.replied_on <= :as_of
    UNION ALL
    SELECT f.case_id, f.reviewed_on, 1, f.id, f.result_code FROM follow_up f WHERE f.reviewed_on <= :as_of
),
latest AS (
    SELECT case_id, code,
           ROW_NUMBER() OVER (PARTITION BY case_id ORDER BY on_date DESC, source DESC, seq DESC) AS rn
    FROM dated
),
cohort AS (
    SELECT c.id FROM case_record c
    WHERE c.kind = 'suggestion' AND c.submitted_on BETWEEN :start AND :end
      AND (c.withdrawn_on IS NULL OR c.withdrawn_on > :as_of)
)
SELECT (SELECT COUNT(*) FROM cohort) AS cohort,
       (SELECT COUNT(*) FROM cohort JOIN latest ON latest.case_id = cohort.id AND latest.rn = 1
        WHERE latest.code = 'A') AS resolved
"""


def cohort_figures(db: Database, year: int, as_of: date) -> tuple[int, int]:
    params = {"start": f"{year}-01-01", "end": f"{year}-12-31", "as_of": as_of.isoformat()}
    with db.read() as session:
        row = session.execute(text(LATEST_RESULTS), params).one()
    return row.cohort, row.resolved


def scalar(db: Database, sql: str, **params: Any) -> Any:
    with db.read() as session:
        return session.execute(text(sql), params).scalar()


def rows(db: Database, sql: str, **params: Any) -> list[Any]:
    with db.read() as session:
        return list(session.execute(text(sql), params).all())


def table_counts(db: Database) -> dict[str, int]:
    return {t.name: scalar(db, f"SELECT COUNT(*) FROM {t.name}") for t in Base.metadata.sorted_tables}


def percent(part: int, whole: int) -> Decimal:
    return (Decimal(100 * part) / whole).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


@pytest.fixture(scope="module")
def loaded(
    demo_register: DemoRegister, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[Database, DemoSummary]]:
    """The register the run's one demo load built (tests/demo_register.py), with that load's summary."""
    db = open_database(str(demo_register.copy_to(tmp_path_factory.mktemp("demo"))), user="demo")
    yield db, demo_register.summary
    db.close()


@pytest.fixture(scope="module")
def demo(loaded: tuple[Database, DemoSummary]) -> Database:
    return loaded[0]


@pytest.fixture(scope="module")
def reloaded(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Database, DemoSummary]]:
    """A second file that held a small register of its own, loaded with force=True."""
    db = open_database(str(tmp_path_factory.mktemp("forced") / "demo.sqlite"), user="demo")
    fill_small_register(db)
    summary = load_demo(db, force=True)
    yield db, summary
    db.close()


def fill_small_register(db: Database) -> None:
    """Two joined cases with an assignment changed to another unit (a row pointing at its own table),
    a reply, a rating, a follow-up and a supervision record: every kind of child row."""
    session = reference.add_session(db, "测试会议", 2020).id
    deputy = reference.add_deputy(db, "测试代表").id
    category = reference.add_category(db, "临时类别").id
    first, second = (reference.add_unit(db, name).id for name in ("测试单位甲", "测试单位乙"))
    cases = [
        register_case(
            db,
            CaseDraft(session, number, CaseKind.SUGGESTION, "测试建议", date(2020, 1, 8), "", category, deputy),
        ).id
        for number in ("1", "2")
    ]
    assignment = assign_case(db, cases[0], first, AssignmentRole.LEAD, date(2020, 2, 1)).id
    assignment = change_unit(db, assignment, second, date(2020, 2, 5)).id
    record_reply(db, assignment, ReplyDraft(date(2020, 4, 1), "B"))
    record_rating(db, cases[0], RatingDraft(deputy, date(2020, 4, 20), "basically_satisfied"))
    record_follow_up(db, cases[0], date(2020, 10, 1), "A")
    add_supervision_record(db, cases[0], SupervisionKind.SITE_VISIT, date(2020, 3, 1))
    link_cases(db, cases[0], cases[1], date(2020, 2, 10))
    assert all(table_counts(db)[t] > 0 for t in ("case_link", "follow_up", "supervision_record", "rating"))


# ── the seeds' figures ──────────────────────────────────────────────────────────────────────────


def test_2021_gives_141_of_200_resolved(demo: Database) -> None:
    assert cohort_figures(demo, 2021, date(2021, 12, 31)) == (200, 141)
    assert scalar(demo, "SELECT COUNT(*) FROM case_record WHERE withdrawn_on LIKE '2021-%'") == 0
    assert percent(141, 200) == Decimal("70.5")


def test_2022_gives_188_of_250_resolved_up_4_7_points(demo: Database) -> None:
    cohort, resolved = cohort_figures(demo, 2022, date(2022, 12, 31))
    assert (cohort, resolved) == (250, 188)
    assert percent(resolved, cohort) == Decimal("75.2")
    _, resolved_2021 = cohort_figures(demo, 2021, date(2021, 12, 31))
    assert percent(resolved, cohort) - percent(resolved_2021, 200) == Decimal("4.7")
    withdrawn = scalar(
        demo, "SELECT COUNT(*) FROM case_record WHERE kind = 'suggestion' AND withdrawn_on LIKE '2022-%'"
    )
    assert withdrawn == 2


def test_follow_ups_change_later_figures_only(demo: Database) -> None:
    assert cohort_figures(demo, 2022, DEMO_AS_OF)[1] > 188
    assert cohort_figures(demo, 2021, date(2022, 12, 31))[1] > 141
    turned = scalar(
        demo,
        """SELECT COUNT(DISTINCT f.case_id) FROM follow_up f JOIN case_record c ON c.id = f.case_id
           WHERE c.submitted_on LIKE '2022-%' AND f.reviewed_on LIKE '2023-%' AND f.result_code = 'A'""",
    )
    assert turned >= 5


def test_the_converted_motion_counts_as_a_suggestion(demo: Database) -> None:
    converted = rows(
        demo,
        "SELECT kind, converted_on FROM case_record WHERE submitted_kind = 'motion' AND converted_on IS NOT NULL",
    )
    assert converted == [("suggestion", "2022-01-09")]


def test_court_handled_11_and_procuratorate_9_all_closed_in_2022(demo: Database) -> None:
    by_unit = """
        SELECT COUNT(DISTINCT c.id), SUM(c.state = 'closed')
        FROM case_record c JOIN assignment a ON a.case_id = c.id JOIN handling_unit u ON u.id = a.unit_id
        WHERE u.name = :unit AND a.role = 'lead' AND a.handling_round = 1 AND c.kind = 'suggestion'
          AND c.submitted_on LIKE '2022-%' AND c.withdrawn_on IS NULL
    """
    court = rows(demo, by_unit, unit=zj.COURT)[0]
    assert court[0] == 11
    procuratorate = rows(demo, by_unit, unit=zj.PROCURATORATE)[0]
    assert tuple(procuratorate) == (9, 9)
    kinds = rows(
        demo,
        "SELECT name, kind FROM handling_unit WHERE name IN (:c, :p) ORDER BY kind",
        c=zj.COURT,
        p=zj.PROCURATORATE,
    )
    assert kinds == [(zj.COURT, "court"), (zj.PROCURATORATE, "procuratorate")]


def test_the_five_important_suggestions_and_the_motion(demo: Database) -> None:
    keys = rows(
        demo,
        """SELECT c.title, c.key_designated_by, l.kind, m.name, c.submitted_on,
                  (SELECT COUNT(*) FROM supervision_record s WHERE s.case_id = c.id
                   AND s.kind IN ('meeting', 'site_visit', 'progress_meeting')) AS records
           FROM case_record c JOIN leader l ON l.id = c.supervising_leader_id
           JOIN special_committee m ON m.id = c.supervising_committee_id
           WHERE c.is_key AND c.submitted_on LIKE '2022-%' ORDER BY c.title""",
    )
    assert sorted(k.title for k in keys) == sorted(s.title for s in zj.KEY_SUGGESTIONS_2022)
    assert "关于深度推进数字经济发展的建议" in {k.title for k in keys}
    for key in keys:
        assert key.key_designated_by == "大会主席团"
        assert key.kind == "congress"
        assert key.submitted_on.startswith("2022-01")
        assert key.records >= 2, key.title
    motion = rows(
        demo,
        """SELECT c.kind, c.state, s.name, 1 + (SELECT COUNT(*) FROM case_cosigner x WHERE x.case_id = c.id)
           FROM case_record c JOIN congress_session s ON s.id = c.session_id WHERE c.title = :title""",
        title="聚焦共同富裕，持续增进民生福祉",
    )
    assert len(motion) == 1
    kind, state, session, deputies = motion[0]
    assert (kind, state, session) == ("motion", "closed", "市九届人大一次会议")
    assert deputies >= 10


def test_wei_min_and_nine_cosigners(demo: Database) -> None:
    case = rows(
        demo,
        """SELECT c.id, d.name FROM case_record c JOIN deputy d ON d.id = c.lead_deputy_id
           WHERE c.title = '关于加强对快递和外卖服务企业安全管理的建议'""",
    )
    assert len(case) == 1 and case[0].name == "魏敏"
    cosigners = rows(
        demo,
        "SELECT x.position, d.name FROM case_cosigner x JOIN deputy d ON d.id = x.deputy_id "
        "WHERE x.case_id = :id ORDER BY x.position",
        id=case[0].id,
    )
    assert [c.position for c in cosigners] == list(range(1, 10))
    assert tuple(c.name for c in cosigners) == zj.COURIER_COSIGNERS


# ── the year in progress ────────────────────────────────────────────────────────────────────────


def test_2023_is_a_mix_of_states(demo: Database) -> None:
    states = dict(
        rows(
            demo,
            "SELECT state, COUNT(*) FROM case_record WHERE kind = 'suggestion' AND submitted_on LIKE '2023-%' "
            "GROUP BY state",
        )
    )
    active = sum(n for state, n in states.items() if state != "withdrawn")
    assert 220 <= active <= 240
    assert states["registered"] >= 3
    assert states["assigned"] >= 15
    assert states["replied"] >= 30
    assert states["rated"] >= 30
    assert states["closed"] >= 60
    overdue = scalar(
        demo,
        """SELECT COUNT(*) FROM assignment a JOIN case_record c ON c.id = a.case_id
           WHERE c.submitted_on LIKE '2023-%' AND a.role = 'lead' AND a.status = 'active' AND a.due_on < :as_of
             AND NOT EXISTS (SELECT 1 FROM reply r WHERE r.assignment_id = a.id)""",
        as_of=DEMO_AS_OF.isoformat(),
    )
    assert overdue >= 10
    second_ratings = scalar(
        demo,
        """SELECT COUNT(DISTINCT r.case_id) FROM rating r JOIN case_record c ON c.id = r.case_id
           WHERE c.submitted_on LIKE '2023-%' AND r.handling_round = 2""",
    )
    assert second_ratings >= 2
    changes = rows(
        demo,
        """SELECT julianday(a.ended_on) - julianday(a.assigned_on) FROM assignment a
           JOIN case_record c ON c.id = a.case_id WHERE a.status = 'changed' AND c.submitted_on LIKE '2023-%'""",
    )
    assert len(changes) == 2 and all(days <= 10 for (days,) in changes)
    session = scalar(
        demo,
        "SELECT COUNT(*) FROM case_record c JOIN congress_session s ON s.id = c.session_id "
        "WHERE s.name = '市九届人大二次会议'",
    )
    assert session >= 200


def test_handling_is_varied_and_dated_plausibly(demo: Database) -> None:
    for year in ("2021", "2022", "2023"):
        codes = {
            code
            for (code,) in rows(
                demo,
                """SELECT DISTINCT r.result_code FROM reply r JOIN assignment a ON a.id = r.assignment_id
                   JOIN case_record c ON c.id = a.case_id WHERE a.role = 'lead' AND c.submitted_on LIKE :y""",
                y=f"{year}-%",
            )
        }
        assert codes == {"A", "B", "C", "D"}, year
    assert {o for (o,) in rows(demo, "SELECT DISTINCT overall FROM rating")} == {
        "satisfied",
        "basically_satisfied",
        "unsatisfied",
    }
    assert len(rows(demo, "SELECT DISTINCT contact_method FROM reply WHERE contact_method IS NOT NULL")) == 4
    assert (
        scalar(
            demo,
            "SELECT COUNT(*) FROM reply r JOIN assignment a ON a.id = r.assignment_id "
            "WHERE a.role = 'assisting' AND r.opinion <> ''",
        )
        >= 50
    )
    assert scalar(demo, "SELECT COUNT(*) FROM case_link") >= 3
    on_time, replies = rows(
        demo,
        """SELECT SUM(r.replied_on <= a.due_on), COUNT(*) FROM reply r JOIN assignment a ON a.id = r.assignment_id
           WHERE a.role IN ('lead', 'separate')""",
    )[0]
    assert 0.75 < on_time / replies < 0.97
    assert scalar(demo, "SELECT MAX(business_date) FROM event") <= DEMO_AS_OF.isoformat()
    assert scalar(demo, "SELECT COUNT(*) FROM deputy") == 150
    assert scalar(demo, "SELECT COUNT(*) FROM delegation") == 7


def test_every_case_has_its_history(demo: Database) -> None:
    assert scalar(demo, "SELECT COUNT(*) FROM case_record") > 650
    missing = scalar(
        demo,
        """SELECT COUNT(*) FROM case_record c
           WHERE NOT EXISTS (SELECT 1 FROM event e WHERE e.case_id = c.id AND e.action = 'register')""",
    )
    assert missing == 0
    unlogged_replies = scalar(
        demo,
        "SELECT (SELECT COUNT(*) FROM reply) - (SELECT COUNT(*) FROM event WHERE action = 'reply')",
    )
    assert unlogged_replies == 0


def test_summary_counts_what_is_in_the_tables(loaded: tuple[Database, DemoSummary]) -> None:
    db, summary = loaded
    assert not summary.cancelled
    assert summary.cases == scalar(db, "SELECT COUNT(*) FROM case_record")
    assert summary.deputies == scalar(db, "SELECT COUNT(*) FROM deputy")
    assert summary.units == scalar(db, "SELECT COUNT(*) FROM handling_unit")
    assert summary.replies == scalar(db, "SELECT COUNT(*) FROM reply")
    assert summary.ratings == scalar(db, "SELECT COUNT(*) FROM rating")
    assert summary.assignments == scalar(db, "SELECT COUNT(*) FROM assignment")
    assert summary.follow_ups == scalar(db, "SELECT COUNT(*) FROM follow_up")
    assert summary.supervision_records == scalar(db, "SELECT COUNT(*) FROM supervision_record")
    assert summary.joint_links == scalar(db, "SELECT COUNT(*) FROM case_link")
    assert summary.withdrawn == scalar(db, "SELECT COUNT(*) FROM case_record WHERE state = 'withdrawn'")


# ── where it may be loaded ──────────────────────────────────────────────────────────────────────


def test_refuses_a_database_with_a_register(demo: Database) -> None:
    before = table_counts(demo)
    with pytest.raises(RuleViolation) as refused:
        load_demo(demo)
    assert refused.value.rule == "database_not_empty"
    assert "already holds" in refused.value.message
    assert table_counts(demo) == before


def test_refuses_a_database_with_only_reference_data(tmp_path: Path) -> None:
    db = open_database(str(tmp_path / "reference.sqlite"), user="clerk")
    try:
        reference.add_delegation(db, "京口")
        before = table_counts(db)
        with pytest.raises(RuleViolation) as refused:
            load_demo(db)
        assert refused.value.rule == "database_not_empty"
        assert table_counts(db) == before
    finally:
        db.close()


def test_forced_load_replaces_the_register_with_the_same_demo(
    demo: Database, reloaded: tuple[Database, DemoSummary], loaded: tuple[Database, DemoSummary]
) -> None:
    other, summary = reloaded
    assert summary == loaded[1]
    assert table_counts(other) == table_counts(demo)
    assert scalar(other, "SELECT COUNT(*) FROM category WHERE name = '临时类别'") == 0
    assert scalar(other, "SELECT COUNT(*) FROM deputy WHERE name = '测试代表'") == 0
    assert scalar(other, "SELECT COUNT(*) FROM case_record WHERE title = '测试建议'") == 0
    assert scalar(other, "SELECT COUNT(*) FROM handling_unit WHERE name LIKE '测试单位%'") == 0
    assert cohort_figures(other, 2022, date(2022, 12, 31)) == (250, 188)


def test_two_loads_give_the_same_register(demo: Database, reloaded: tuple[Database, DemoSummary]) -> None:
    listing = """
        SELECT s.name, c.number, c.kind, c.title, c.submitted_on, c.state, c.closed_on, d.name
        FROM case_record c JOIN congress_session s ON s.id = c.session_id JOIN deputy d ON d.id = c.lead_deputy_id
        ORDER BY s.name, c.number
    """
    first = rows(demo, listing)
    assert first == rows(reloaded[0], listing)
    handling = "SELECT assignment_id, replied_on, result_code, contact_method FROM reply ORDER BY id"
    assert rows(demo, handling) == rows(reloaded[0], handling)


def test_cancelled_load_keeps_complete_cases(tmp_path: Path) -> None:
    db = open_database(str(tmp_path / "cancelled.sqlite"), user="clerk")
    calls: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> bool:
        calls.append((done, total))
        return done < 4  # reference data, then three cases

    try:
        summary = load_demo(db, progress=progress)
        assert summary.cancelled
        assert summary.cases == 3 == scalar(db, "SELECT COUNT(*) FROM case_record")
        assert summary.deputies == 150
        assert calls[0] == (0, calls[0][1]) and calls[-1][0] == 4 and calls[0][1] > 650
        unhandled = scalar(db, "SELECT COUNT(*) FROM case_record WHERE state IN ('registered', 'assigned')")
        assert unhandled == 0  # the three 2021 cases were carried through to the end
    finally:
        db.close()


def test_cancel_before_start_writes_nothing(tmp_path: Path) -> None:
    db = open_database(str(tmp_path / "nothing.sqlite"), user="clerk")
    try:
        before = table_counts(db)
        assert load_demo(db, progress=lambda done, total: False) == DemoSummary(cancelled=True)
        assert table_counts(db) == before
    finally:
        db.close()
