"""The pure rules of 民生实事 projects (casebook.domain.projects and project_figures)."""

from __future__ import annotations

from datetime import date

import pytest

from casebook.domain.errors import RuleViolation
from casebook.domain.figure_style import FigureStyle, Rounding
from casebook.domain.project_figures import ProjectFigures, ProjectRateName, project_sentences
from casebook.domain.projects import (
    ProjectState,
    check_rating,
    check_rating_settings,
    check_vote,
    milestone_on_time,
    milestone_overdue,
    project_number,
    typed_count,
)


def test_a_milestone_is_overdue_the_day_after_its_planned_date() -> None:
    planned = date(2023, 9, 30)
    assert not milestone_overdue(planned, None, date(2023, 9, 30))
    assert milestone_overdue(planned, None, date(2023, 10, 1))
    assert milestone_overdue(planned, date(2023, 10, 5), date(2023, 10, 1))  # done later than the day asked about
    assert not milestone_overdue(planned, date(2023, 10, 5), date(2023, 10, 5))
    assert milestone_on_time(planned, planned, date(2023, 12, 31))
    assert not milestone_on_time(planned, date(2023, 10, 1), date(2023, 12, 31))


def test_numbers_votes_and_counts() -> None:
    assert [project_number(2023, n) for n in (1, 40, 100)] == ["2023-01", "2023-40", "2023-100"]
    check_vote(2023, date(2022, 12, 28), 400, 420)  # a vote late in the year before
    for year, day, votes_for, cast, rule in (
        (2023, date(2021, 12, 28), 1, 2, "project_vote_year"),
        (2023, date(2024, 1, 1), 1, 2, "project_vote_year"),
        (2023, date(2023, 1, 8), 421, 420, "project_votes"),
        (2023, date(2023, 1, 8), -1, None, "project_votes"),
        (2023, date(2023, 1, 8), None, 0, "project_votes"),
    ):
        with pytest.raises(RuleViolation) as refused:
            check_vote(year, day, votes_for, cast)
        assert refused.value.rule == rule
    assert typed_count(" 4 05 ") == 405 and typed_count("") is None
    with pytest.raises(RuleViolation) as word:
        typed_count("四百")
    assert word.value.rule == "project_votes"
    with pytest.raises(RuleViolation) as rating:
        typed_count("-3", "project_rating_counts")
    assert rating.value.rule == "project_rating_counts"


def test_the_rating_and_its_settings() -> None:
    options = ("满意", "基本满意", "不满意")
    check_rating({"满意": 3}, options, ProjectState.NOT_DONE)
    for state in (ProjectState.VOTED, ProjectState.IN_PROGRESS):
        with pytest.raises(RuleViolation):
            check_rating({"满意": 3}, options, state)
    check_rating_settings(("好", "差"), ("好",))
    for bad, satisfied in ((("好",), ()), (("好", "好"), ()), (("好", " "), ()), (("好", "差"), ("满意",))):
        with pytest.raises(RuleViolation):
            check_rating_settings(bad, satisfied)


def test_the_sentences_follow_the_offices_rounding() -> None:
    figures = ProjectFigures(voted=40, done=38, rating_votes=1000, satisfied_votes=925)
    assert figures.rate(ProjectRateName.COMPLETION).value is not None
    one = project_sentences(2023, date(2023, 12, 31), figures)
    assert one == [
        "The deputies' vote chose 40 livelihood projects for 2023; 38 are done, a completion rate of 95.0%; "
        "the satisfaction rate of the deputies' rating was 92.5%."
    ]
    whole = project_sentences(2023, date(2023, 12, 31), figures, FigureStyle(0, Rounding.TRUNCATE))
    assert "completion rate of 95%" in whole[0] and "was 92%" in whole[0]
    assert project_sentences(2023, date(2023, 12, 31), ProjectFigures()) == [
        "No livelihood projects of 2023 were registered."
    ]
    half_way = ProjectFigures(voted=40, in_progress=36, milestones_due=40, milestones_on_time=36, milestones_overdue=4)
    assert project_sentences(2023, date(2023, 6, 30), half_way) == [
        "As of 2023-06-30, the deputies' vote chose 40 livelihood projects for 2023; 36 are under way.",
        "36 of the 40 milestones due were reached on time (90.0%); 4 are overdue.",
    ]
