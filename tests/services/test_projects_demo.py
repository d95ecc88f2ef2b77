"""The demo register's livelihood projects: the seeds' forty of 2023 in ten categories (「票决产生了镇江市人民
政府2023年民生实事项目10大类40项」), forty of 2022 all done, with their milestones, reports and rating."""

from __future__ import annotations

from datetime import date

from casebook.domain.project_figures import ProjectRateName
from casebook.domain.projects import ProjectState
from casebook.services.queries.projects import project_list
from casebook.services.statistics.projects import project_statistics
from casebook.store.database import Database


def test_the_demo_years_projects(demo_db: Database) -> None:
    rows = project_list(demo_db, 2023, date(2023, 6, 30))
    assert len(rows) == 40 and len({row.category for row in rows}) == 10
    assert rows[0].number == "2023-01" and rows[0].title == "基本公共卫生服务提升"
    assert rows[-1].title == "扬中市南江段江堤提升" and rows[0].session == "市九届人大二次会议"
    assert all(len(row.milestones) == 3 and len(row.reports) == 1 for row in rows)  # half-way on the register's day
    assert {row.state for row in rows} == {ProjectState.IN_PROGRESS}
    half_way = project_statistics(demo_db, 2023, date(2023, 6, 30))
    assert (half_way.figures.voted, half_way.figures.done, half_way.figures.milestones_due) == (40, 0, 40)
    assert half_way.sentences[0].startswith("As of 2023-06-30, the deputies' vote chose 40 livelihood projects")

    earlier = project_list(demo_db, 2022, date(2022, 12, 31))
    assert len(earlier) == 40 and all(row.state is ProjectState.DONE and row.ratings for row in earlier)
    stats = project_statistics(demo_db, 2022, date(2022, 12, 31))
    completion = stats.figures.rate(ProjectRateName.COMPLETION)
    assert (completion.numerator, completion.denominator, str(completion.value)) == (40, 40, "100.0")
    satisfaction = stats.figures.rate(ProjectRateName.SATISFACTION)
    assert satisfaction.denominator > 40 * 40 and 0.9 < satisfaction.numerator / satisfaction.denominator < 1
    assert stats.sentences[0].startswith(
        "The deputies' vote chose 40 livelihood projects for 2022; 40 are done, a completion rate of 100.0%; "
        "the satisfaction rate of the deputies' rating was "
    )
