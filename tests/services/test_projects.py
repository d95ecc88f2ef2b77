"""民生实事项目 through their workflow: vote, milestones, progress, the year-end report and rating, with
the domain's refusals (nothing changed), and the year's figures and sentences."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from casebook import clock
from casebook.domain.errors import NotFound, RuleViolation
from casebook.domain.project_figures import ProjectRateName
from casebook.domain.projects import ProjectState
from casebook.services.admin.office import update_settings
from casebook.services.queries.projects import project_by_number, project_detail, project_list
from casebook.services.statistics.projects import project_statistics, project_statistics_dict
from casebook.services.steps.projects import (
    ProjectDraft,
    add_milestone,
    add_project,
    mark_milestone_done,
    rate_project,
    report_progress,
)
from casebook.store.database import Database
from casebook.store.models import Event, LivelihoodProject, ProjectMilestone, ProjectRating, ProjectReport
from tests.conftest import Seeds

VOTED = date(2023, 1, 8)  # 市九届人大二次会议 第三次全体会议


def draft(seeds: Seeds, title: str = "妇女“两癌”免费筛查", **changes: object) -> ProjectDraft:
    values: dict[str, object] = {
        "year": 2023,
        "title": title,
        "lead_unit_id": seeds.units["市市场监管局"],
        "voted_on": VOTED,
        "category": "完善卫生健康体系",
        "session_id": seeds.session_id,
        "votes_for": 412,
        "votes_cast": 420,
        "assisting_unit_ids": (seeds.units["市交通运输局"],),
    }
    values.update(changes)
    return ProjectDraft(**values)  # type: ignore[arg-type]


def counts(db: Database) -> tuple[int, ...]:
    with db.read() as session:
        return tuple(
            session.scalar(select(func.count()).select_from(model)) or 0
            for model in (LivelihoodProject, ProjectMilestone, ProjectReport, ProjectRating, Event)
        )


def test_a_project_through_its_year(db: Database, seeds: Seeds) -> None:
    with clock.fixed(date(2024, 1, 20)):
        first = add_project(db, draft(seeds))
        second = add_project(db, draft(seeds, "为适龄女生免费接种HPV疫苗", votes_for=None, votes_cast=None))
        step = add_milestone(db, first, "完成筛查对象摸底", date(2023, 3, 31))
        last = add_milestone(db, first, "完成全年筛查任务", date(2023, 11, 30))
        assert project_detail(db, first, date(2023, 2, 1)).state is ProjectState.VOTED
        mark_milestone_done(db, step, date(2023, 3, 28), "摸底完成")
        report_progress(db, first, date(2023, 6, 30), "上半年完成筛查2.1万人。")
        mark_milestone_done(db, last, date(2023, 12, 5))
        report_progress(db, first, date(2023, 12, 20), "全年完成筛查4.3万人。", outcome=ProjectState.DONE)
        rate_project(db, first, date(2024, 1, 10), {"满意": 380, "基本满意": 30, "不满意": 10})
        rows = project_list(db, 2023, date(2023, 12, 31))
    assert [row.number for row in rows] == ["2023-01", "2023-02"]
    project = rows[0]
    assert project.id == first and project.state is ProjectState.DONE and project.finished_on == date(2023, 12, 20)
    assert project.vote_text == "412/420" and rows[1].vote_text == ""
    assert project.assisting_units == ("市交通运输局",) and project.lead_unit == "市市场监管局"
    assert [m.done_on for m in project.milestones] == [date(2023, 3, 28), date(2023, 12, 5)]
    assert [r.year_end for r in project.reports] == [False, True]
    assert project.ratings == (("满意", 380), ("基本满意", 30), ("不满意", 10))
    assert project_by_number(db, 2023, "2") == second == project_by_number(db, 2023, "2023-02")
    with db.read() as session:
        actions = [e.action for e in session.scalars(select(Event).order_by(Event.id)) if "project" in e.action]
    assert actions == [
        "add_project",
        "add_project",
        "add_project_milestone",
        "add_project_milestone",
        "project_milestone_done",
        "project_report",
        "project_milestone_done",
        "project_report",
        "rate_project",
    ]


def test_the_refusals_change_nothing(db: Database, seeds: Seeds) -> None:
    with clock.fixed(date(2023, 7, 1)):
        project = add_project(db, draft(seeds))
        milestone = add_milestone(db, project, "完成筛查对象摸底", date(2023, 3, 31))
        before = counts(db)
        refusals = {
            "project_votes": lambda: add_project(db, draft(seeds, "x", votes_for=430, votes_cast=420)),
            "project_vote_year": lambda: add_project(db, draft(seeds, "x", voted_on=date(2021, 1, 8))),
            "project_date_in_future": lambda: add_project(db, draft(seeds, "x", voted_on=date(2023, 7, 2))),
            "project_title": lambda: add_project(db, draft(seeds, "  ")),
            "unit_twice": lambda: add_project(db, draft(seeds, "x", assisting_unit_ids=(seeds.units["市市场监管局"],))),
            "project_number_taken": lambda: add_project(db, draft(seeds, "x", number="2023-01")),
            "project_date_early": lambda: add_milestone(db, project, "早于票决", date(2023, 1, 2)),
            "milestone_after_year": lambda: add_milestone(db, project, "次年", date(2024, 2, 1)),
            "milestone_content": lambda: add_milestone(db, project, " ", date(2023, 5, 1)),
        }
        refusals["project_date_in_future"] = lambda: mark_milestone_done(db, milestone, date(2023, 7, 5))
        refusals["project_open_milestones"] = lambda: report_progress(
            db, project, date(2023, 6, 30), "完成", outcome=ProjectState.DONE
        )
        refusals["project_not_reported"] = lambda: rate_project(db, project, date(2023, 6, 30), {"满意": 3})
        refusals["report_text"] = lambda: report_progress(db, project, date(2023, 6, 30), "")
        for rule, step in refusals.items():
            with pytest.raises(RuleViolation) as refused:
                step()
            assert refused.value.rule == rule, rule
            assert refused.value.message
        with pytest.raises(NotFound):
            mark_milestone_done(db, 999, date(2023, 6, 1))
        assert counts(db) == before
        assert project_detail(db, project, date(2023, 7, 1)).state is ProjectState.VOTED


def test_the_rating_once_with_the_offices_options(db: Database, seeds: Seeds) -> None:
    with clock.fixed(date(2024, 1, 20)):
        project = add_project(db, draft(seeds))
        report_progress(db, project, date(2023, 12, 20), "因征地未完成。", outcome=ProjectState.NOT_DONE)
        with pytest.raises(RuleViolation) as reported:
            add_milestone(db, project, "补充节点", date(2023, 12, 25))
        assert reported.value.rule == "project_reported"
        before = counts(db)
        for counts_given, rule in (
            ({"很满意": 3}, "project_rating_option"),
            ({"满意": 0}, "project_rating_counts"),
            ({"满意": -1, "不满意": 4}, "project_rating_counts"),
        ):
            with pytest.raises(RuleViolation) as refused:
                rate_project(db, project, date(2024, 1, 10), counts_given)
            assert refused.value.rule == rule
        with pytest.raises(RuleViolation) as early:
            rate_project(db, project, date(2023, 12, 1), {"满意": 3})
        assert early.value.rule == "project_date_early"
        assert counts(db) == before
        update_settings(
            db, project_rating_options=("好", "较好", "一般", "差"), project_satisfied_options=("好", "较好")
        )
        rate_project(db, project, date(2024, 1, 10), {"好": 5, "一般": 1})
        with pytest.raises(RuleViolation) as twice:
            rate_project(db, project, date(2024, 1, 11), {"好": 1})
        assert twice.value.rule == "project_already_rated"
        stats = project_statistics(db, 2023)
    rate = stats.figures.rate(ProjectRateName.SATISFACTION)
    assert (rate.numerator, rate.denominator) == (5, 6)
    with pytest.raises(RuleViolation) as bad:
        update_settings(db, project_satisfied_options=("满意",))
    assert bad.value.rule == "bad_project_satisfied_options"


def test_the_years_figures_and_sentences(db: Database, seeds: Seeds) -> None:
    with clock.fixed(date(2024, 1, 20)):
        ids = [add_project(db, draft(seeds, f"项目{n}")) for n in range(1, 5)]
        add_project(db, draft(seeds, "2022年项目", year=2022, voted_on=date(2022, 1, 9)))
        plan = [add_milestone(db, i, "主体完工", date(2023, 9, 30)) for i in ids]
        mark_milestone_done(db, plan[0], date(2023, 9, 20))  # on time
        mark_milestone_done(db, plan[1], date(2023, 10, 15))  # late
        mark_milestone_done(db, plan[2], date(2023, 11, 1))  # late
        # plan[3] never done: overdue
        for project in ids[:3]:
            report_progress(db, project, date(2023, 12, 20), "已完成。", outcome=ProjectState.DONE)
        report_progress(db, ids[3], date(2023, 12, 20), "未完成。", outcome=ProjectState.NOT_DONE)
        for project in ids:
            rate_project(db, project, date(2024, 1, 10), {"满意": 9, "基本满意": 1, "不满意": 2})
        year_end = project_statistics(db, 2023, date(2023, 12, 31))
        autumn = project_statistics(db, 2023, date(2023, 10, 1))
        with pytest.raises(RuleViolation):
            project_statistics(db, 2024, date(2024, 2, 1))
    figures = year_end.figures
    assert (figures.voted, figures.done, figures.not_done) == (4, 3, 1)
    assert (figures.milestones_due, figures.milestones_on_time, figures.milestones_overdue) == (4, 1, 1)
    assert (figures.rating_votes, figures.satisfied_votes) == (0, 0)  # rated in 2024: after the year's end
    assert year_end.sentences[0] == (
        "The deputies' vote chose 4 livelihood projects for 2023; 3 are done, a completion rate of 75.0%."
    )
    assert year_end.sentences[1] == "1 of the 4 milestones due were reached on time (25.0%); 1 are overdue."
    assert autumn.sentences[0].startswith("As of 2023-10-01, the deputies' vote chose 4 livelihood projects")
    assert (autumn.figures.done, autumn.figures.milestones_overdue, autumn.figures.on_schedule) == (0, 3, 1)
    with clock.fixed(date(2024, 2, 1)):
        rated = project_statistics(db, 2023)  # by default as of today: the rating given in January counts
    assert rated.as_of == date(2024, 2, 1)
    assert (rated.figures.rating_votes, rated.figures.satisfied_votes) == (48, 40)
    assert rated.sentences[0].endswith("the satisfaction rate of the deputies' rating was 83.3%.")
    data = project_statistics_dict(year_end)
    assert data["rates"]["completion_rate"] == {"numerator": 3, "denominator": 4, "rate": 75.0, "text": "75.0%"}
    assert data["rates"]["milestone_on_time_rate"]["text"] == "25.0%"
    assert data["counts"]["voted"] == 4 and data["narrative_sentences"] == year_end.sentences
