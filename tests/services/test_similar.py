"""Similar suggestions (「避免重复提、年年提」): earlier cases found by their title or body, and the
groups of cases submitted again in different years — on a real SQLite register, through the services."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from casebook.demo.topics import TOPICS
from casebook.domain.enums import AssignmentRole
from casebook.domain.similarity import SimilarityIndex
from casebook.excel.export_similar import export_similar_clusters
from casebook.services.admin import reference
from casebook.services.admin.office import update_settings
from casebook.services.queries.similar import (
    DEFAULT_MIN_SCORE,
    index_builds,
    index_ready,
    resubmitted_clusters,
    similar_cases,
    similar_to_case,
)
from casebook.services.steps.assignments import assign_case
from casebook.services.steps.cases import case_draft, edit_case, get_case, register_case, withdraw_case
from casebook.services.steps.ratings import RatingDraft, record_rating
from casebook.services.steps.replies import ReplyDraft, record_reply
from casebook.store.database import Database
from tests.conftest import Seeds, courier_draft

PARKING_2021 = "关于缓解老城区停车难问题的建议"
PARKING_2023 = "关于有效缓解主城区停车难的建议"
PRESCHOOL = "关于加强学前教育资源建设的建议"
# Other subjects, with the words many titles have, so that the register's frequencies tell
# boilerplate from subject as a real register's do.
OTHERS = (
    "关于进一步加快推进老旧小区改造的建议",
    "关于加强电动自行车通行管理的建议",
    "关于进一步推进农村生活污水治理的建议",
    "关于完善居家社区养老服务体系的建议",
    "关于进一步规范物业服务管理的建议",
    "关于加强校园食品安全管理问题的建议",
    "关于解决学校周边交通拥堵问题的建议",
    "关于加强基层医疗卫生服务能力建设的建议",
)


@dataclass
class Register:
    db: Database
    seeds: Seeds
    sessions: dict[int, int]  # year → session id
    numbers: int = 0

    def add(
        self, year: int, title: str, *, body: str = "", result: str | None = None, rating: str | None = None
    ) -> int:
        """Register a case in ``year``'s session; with a result, assign and answer it (and rate it)."""
        self.numbers += 1
        submitted = date(year, 1, 7)
        case = register_case(
            self.db,
            courier_draft(
                self.seeds,
                session_id=self.sessions[year],
                number=f"{self.numbers:04d}",
                title=title,
                body=body,
                submitted_on=submitted,
                is_key=False,
                key_designated_by=None,
                supervising_leader_id=None,
                supervising_committee_id=None,
            ),
        )
        if result is not None:
            unit = self.seeds.units["市交通运输局"]
            assignment = assign_case(self.db, case.id, unit, AssignmentRole.LEAD, date(year, 2, 1))
            record_reply(self.db, assignment.id, ReplyDraft(date(year, 4, 1), result))
            if rating is not None:
                record_rating(self.db, case.id, RatingDraft(self.seeds.wei_min, date(year, 4, 20), rating))
        return case.id


@pytest.fixture
def register(db: Database, seeds: Seeds) -> Register:
    sessions = {2023: seeds.session_id}
    for year, term, meeting in ((2021, 8, 5), (2022, 9, 1)):
        sessions[year] = reference.add_session(db, f"市{term}届人大{meeting}次会议", year).id
    return Register(db, seeds, sessions)


def test_a_reworded_suggestion_of_an_earlier_year_is_found_and_an_unrelated_one_is_not(register: Register) -> None:
    parking = register.add(2021, PARKING_2021, result="B", rating="basically_satisfied")
    preschool = register.add(2022, PRESCHOOL, result="A", rating="satisfied")
    for title in OTHERS:
        register.add(2022, title)
    assert not index_ready(register.db)  # nothing is built before the first question

    found = similar_cases(register.db, PARKING_2023)

    assert [case.case_id for case in found] == [parking]
    match = found[0]
    assert (match.year, match.session, match.number, match.title) == (2021, "市8届人大5次会议", "0001", PARKING_2021)
    assert (match.result, match.rating) == ("B", "basically_satisfied")
    assert match.score >= 0.4  # well above what is shown
    unrelated = similar_cases(register.db, PARKING_2023, min_score=0.0, limit=50)
    assert preschool not in [case.case_id for case in unrelated if case.score >= DEFAULT_MIN_SCORE]
    assert index_ready(register.db) and index_builds(register.db) == 1


def demo_register_titles() -> list[str]:
    """Titles like a real register's (the demo's subjects, in each area), with the issue's two cases."""
    areas = ("丹阳", "句容", "扬中", "丹徒", "京口", "润州", "镇江新区")
    titles = [
        f"关于{subject.replace('{place}', area)}的建议"
        for subjects in TOPICS.values()
        for subject in subjects
        for area in (areas if "{place}" in subject else areas[:1])
    ]
    return [*titles, PARKING_2021, PRESCHOOL]


def test_on_a_register_of_real_size_the_words_every_title_has_weigh_nothing() -> None:
    titles = demo_register_titles()
    index = SimilarityIndex.build((key, title, "") for key, title in enumerate(titles, 1))

    found = index.search(PARKING_2023, min_score=DEFAULT_MIN_SCORE)

    assert [titles[m.key - 1] for m in found] == [PARKING_2021, "关于缓解医院周边停车难问题的建议"]
    assert found[0].score > 0.5
    preschool = index.search(PARKING_2023, min_score=0.0, limit=len(titles))
    assert next((m.score for m in preschool if titles[m.key - 1] == PRESCHOOL), 0.0) < 0.1
    assert index.search("关于进一步加强问题的建议", min_score=DEFAULT_MIN_SCORE) == []


def test_what_is_similar_in_a_small_register(register: Register) -> None:
    register.add(2021, PARKING_2021)
    register.add(2022, PRESCHOOL)
    assert similar_cases(register.db, "关于加强学前教育资源建设问题的建议")[0].title == PRESCHOOL
    assert similar_cases(register.db, "   ") == []


def test_a_similar_body_counts_too(register: Register) -> None:
    river = register.add(
        2021, "关于整治古运河沿线环境的建议", body="古运河沿线黑臭水体反复出现，建议实施截污纳管和清淤疏浚。"
    )
    for title in OTHERS:
        register.add(2022, title)
    title, body = "关于治理古运河黑臭水体的建议", "古运河黑臭水体截污纳管、清淤疏浚。"

    by_title = similar_cases(register.db, title)
    by_both = similar_cases(register.db, title, body=body)

    assert [case.case_id for case in by_both] == [case.case_id for case in by_title] == [river]
    assert by_both[0].score > by_title[0].score + 0.05


def test_the_case_itself_is_left_out(register: Register) -> None:
    earlier = register.add(2021, PARKING_2021)
    later = register.add(2023, PARKING_2023)
    for title in OTHERS:
        register.add(2022, title)

    assert [case.case_id for case in similar_to_case(register.db, later)] == [earlier]
    assert [case.case_id for case in similar_cases(register.db, PARKING_2023, exclude_case_id=later)] == [earlier]
    assert similar_cases(register.db, PARKING_2023)[0].case_id == later  # itself, with the same words
    assert similar_cases(register.db, PARKING_2023)[0].score == pytest.approx(1.0)


def test_a_new_and_an_edited_case_are_found_without_building_the_index_again(register: Register) -> None:
    for title in OTHERS:
        register.add(2022, title)
    assert similar_cases(register.db, PARKING_2023) == []
    case_id = register.add(2023, "关于规划建设茅山福道的建议")

    assert [c.case_id for c in similar_cases(register.db, "关于加快规划建设茅山福道的建议")] == [case_id]

    summary = get_case(register.db, case_id)
    draft = replace(case_draft(register.db, case_id), title=PARKING_2021)
    edit_case(register.db, case_id, summary.version, draft)

    assert [c.case_id for c in similar_cases(register.db, PARKING_2023)] == [case_id]
    assert similar_cases(register.db, "关于加快规划建设茅山福道的建议") == []  # the old title is gone
    assert index_builds(register.db) == 1


def test_an_index_per_database(register: Register, tmp_path: Path) -> None:
    from casebook.store.database import open_database

    register.add(2021, PARKING_2021)
    other = open_database(str(tmp_path / "other.sqlite"))
    try:
        assert similar_cases(other, PARKING_2023) == []
        assert len(similar_cases(register.db, PARKING_2023)) == 1
    finally:
        other.close()


def resubmissions(register: Register) -> dict[str, list[int]]:
    """The parking suggestion three years running (resolved in 2022); the drinking water one in
    2021 and 2023 (never resolved); two similar suggestions of one year; unrelated cases."""
    cases = {
        "parking": [
            register.add(2021, PARKING_2021, result="C", rating="unsatisfied"),
            register.add(2022, "关于缓解老城区停车难的建议", result="A", rating="satisfied"),
            register.add(2023, PARKING_2023),
        ],
        "water": [
            register.add(2021, "关于保障农村饮水安全的建议", result="B", rating="satisfied"),
            register.add(2023, "关于进一步保障农村饮水安全问题的建议"),
        ],
        "same_year": [
            register.add(2022, "关于推进生活垃圾分类处置的建议"),
            register.add(2022, "关于加快推进生活垃圾分类处置的建议"),
        ],
    }
    for title in OTHERS:
        register.add(2022, title)
    return cases


def test_clusters_group_yearly_resubmissions_and_say_whether_any_was_resolved(register: Register) -> None:
    cases = resubmissions(register)

    clusters = resubmitted_clusters(register.db)

    assert [[c.case_id for c in cluster.cases] for cluster in clusters] == [cases["water"], cases["parking"]]
    water, parking = clusters
    assert (water.resolved, water.years, water.size) == (False, (2021, 2023), 2)
    assert (parking.resolved, parking.years, parking.size) == (True, (2021, 2022, 2023), 3)
    first = parking.cases[0]
    assert (first.year, first.number, first.title, first.lead_deputy) == (2021, "0001", PARKING_2021, "魏敏")
    assert (first.result, first.rating, first.resolved) == ("C", "unsatisfied", False)
    assert [c.resolved for c in parking.cases] == [False, True, False]
    assert [c.result for c in parking.cases] == ["C", "A", None]

    assert [cluster.size for cluster in resubmitted_clusters(register.db, min_years=3)] == [3]
    one_year = resubmitted_clusters(register.db, min_years=1)
    assert cases["same_year"] in [[c.case_id for c in cluster.cases] for cluster in one_year]


def test_what_counts_as_resolved_is_the_offices_setting(register: Register) -> None:
    resubmissions(register)
    update_settings(register.db, resolved_categories=("A", "B"))
    assert [cluster.resolved for cluster in resubmitted_clusters(register.db)] == [True, True]


def test_a_withdrawn_case_is_not_grouped(register: Register) -> None:
    cases = resubmissions(register)
    withdraw_case(register.db, cases["water"][1], date(2023, 1, 20))
    assert [c.size for c in resubmitted_clusters(register.db)] == [3]


def test_the_clusters_workbook(register: Register, tmp_path: Path) -> None:
    resubmissions(register)
    path = tmp_path / "similar.xlsx"

    summary = export_similar_clusters(register.db, path)

    assert summary.rows == 5
    book = load_workbook(path, read_only=True)
    rows = [list(row) for row in book.worksheets[0].iter_rows(values_only=True)]
    book.close()
    assert rows[0][0] == "Suggestions and motions submitted again in different years"
    assert rows[1][0].startswith("2 groups of similar cases (1 never resolved), 5 cases")
    assert rows[2] == [
        "Group",
        "Cases in the group",
        "Years",
        "Resolved in some year",
        "Year",
        "Session",
        "No.",
        "Title",
        "Lead deputy",
        "Result",
        "Resolved",
        "Deputy's opinion",
    ]
    assert rows[3] == [
        1,
        2,
        "2021、2023",
        "No",
        2021,
        "市8届人大5次会议",
        "0004",
        "关于保障农村饮水安全的建议",
        "魏敏",
        "B",
        "No",
        "满意",  # the office's own label
    ]
    assert [row[0] for row in rows[3:]] == [1, 1, 2, 2, 2]
    assert rows[6][3] == "Yes" and rows[6][9:12] == ["A", "Yes", "满意"]
    assert rows[7][9:11] == [None, "No"]
