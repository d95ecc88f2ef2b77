"""民生实事项目 in the window: a year's projects with their state, the chosen one's milestones with the
overdue ones in red, the steps through their forms (a refusal kept beside its field, nothing
written), and the figures tab; screenshots in both languages."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit
from pytestqt.qtbot import QtBot

from casebook import clock
from casebook.domain.projects import ProjectState
from casebook.services.queries.projects import project_list
from casebook.services.steps.projects import (
    ProjectDraft,
    add_milestone,
    add_project,
    mark_milestone_done,
    rate_project,
    report_progress,
)
from casebook.store.database import Database
from casebook.ui.views.project_figures import ProjectFiguresView
from casebook.ui.views.project_tables import OVERDUE_COLOUR
from casebook.ui.views.projects import ProjectView
from tests.conftest import Seeds
from tests.ui.forms_settle import settle
from tests.ui.operations import answered
from tests.ui.test_step_dialogs import choose, press_ok, set_day

TODAY = date(2023, 10, 15)
SHOTS = Path(os.environ.get("CASEBOOK_SHOTS", "/tmp/casebook-shots"))


def two_projects(db: Database, seeds: Seeds) -> tuple[int, int]:
    transport, market = seeds.units["市交通运输局"], seeds.units["市市场监管局"]
    with clock.fixed(TODAY):
        parking = add_project(
            db,
            ProjectDraft(
                2023,
                "新增4000个公共停车泊位",
                transport,
                date(2023, 1, 8),
                "推进交通出行便利",
                seeds.session_id,
                401,
                420,
                (market,),
            ),
        )
        screening = add_project(
            db, ProjectDraft(2023, "妇女“两癌”免费筛查", market, date(2023, 1, 8), "完善卫生健康体系", votes_for=398)
        )
        first = add_milestone(db, parking, "完成选址", date(2023, 4, 30))
        add_milestone(db, parking, "建成2000个泊位", date(2023, 9, 30))  # overdue on 15 October
        add_milestone(db, parking, "全部建成", date(2023, 11, 30))
        mark_milestone_done(db, first, date(2023, 4, 20), "选址完成")
        report_progress(db, parking, date(2023, 6, 30), "已建成1500个泊位。")
        done = add_milestone(db, screening, "完成全年筛查", date(2023, 9, 30))
        mark_milestone_done(db, done, date(2023, 9, 28))
        report_progress(db, screening, date(2023, 10, 10), "全年筛查4.3万人。", outcome=ProjectState.DONE)
    return parking, screening


def shown(qtbot: QtBot, db: Database, today: date = TODAY) -> ProjectView:
    view = ProjectView(db, today=today)
    qtbot.addWidget(view)
    view.resize(1200, 720)
    view.show()
    qtbot.waitExposed(view)
    answered(qtbot)
    return view


def test_the_years_projects_with_overdue_milestones_in_red(qtbot: QtBot, db: Database, seeds: Seeds) -> None:
    two_projects(db, seeds)
    view = shown(qtbot, db)
    assert view.year.value() == 2023 and view.table.rowCount() == 2
    assert [view.table.item(0, c).text() for c in range(8)] == [
        "2023-01",
        "新增4000个公共停车泊位",
        "推进交通出行便利",
        "市交通运输局",
        "401/420",
        "In progress",
        "1/3",
        "1",
    ]
    assert view.table.item(1, 5).text() == "Done" and view.table.item(1, 4).text() == "398"
    assert view.table.item(0, 7).foreground().color().name() == OVERDUE_COLOUR
    assert "2 projects, 1 done; 1 milestones overdue" in view.summary.text()
    view.table.selectRow(0)
    states = [view.milestones.item(r, 3).text() for r in range(3)]
    assert states == ["Done", "Overdue", "Open"]
    assert view.milestones.item(1, 0).foreground().color().name() == OVERDUE_COLOUR
    assert view.milestones.item(2, 0).foreground().color().name() != OVERDUE_COLOUR
    assert "市市场监管局" in view.detail.text() and view.reports.rowCount() == 1
    assert view.milestone_button.isEnabled() and not view.rating_button.isEnabled()
    view.table.selectRow(1)
    assert view.rating_button.isEnabled() and not view.milestone_button.isEnabled()
    assert "[year-end]" in view.reports.item(0, 1).text()
    view.table.selectRow(0)
    SHOTS.mkdir(parents=True, exist_ok=True)
    view.grab().save(str(SHOTS / "projects_en.png"))


def test_the_steps_through_their_forms(qtbot: QtBot, db: Database, seeds: Seeds) -> None:
    view = shown(qtbot, db)
    assert view.table.rowCount() == 0
    with clock.fixed(TODAY):
        dialog = view.ask_new_project()
        title = dialog.widgets["title"]
        assert isinstance(title, QLineEdit)
        title.setText("市区交通信号灯智能提升")
        choose(dialog, "lead_unit", seeds.units["市交通运输局"])
        set_day(dialog, "day", date(2023, 1, 8))
        votes = dialog.widgets["votes_for"]
        assert isinstance(votes, QLineEdit)
        votes.setText("四百")
        press_ok(qtbot, dialog)  # not a number: refused beside the votes, nothing written
        assert dialog.isVisible() and "whole numbers" in dialog.field_errors["votes_for"].text()
        assert project_list(db, 2023, TODAY) == []
        votes.setText("405")
        dialog.tick(seeds.units["市市场监管局"])
        press_ok(qtbot, dialog)
        answered(qtbot)
        assert view.table.rowCount() == 1 and view.table.item(0, 4).text() == "405"
        view.table.selectRow(0)
        milestone = view.ask_new_milestone()
        assert milestone is not None
        content = milestone.widgets["content"]
        assert isinstance(content, QPlainTextEdit)
        content.setPlainText("完成信号灯改造300处")
        set_day(milestone, "planned", date(2024, 2, 1))  # after the project's year: refused
        press_ok(qtbot, milestone)
        assert (
            milestone.isVisible() and "after the end of the project's year" in milestone.field_errors["planned"].text()
        )
        set_day(milestone, "planned", date(2023, 9, 30))
        press_ok(qtbot, milestone)
        answered(qtbot)
        assert view.milestones.rowCount() == 1 and view.milestones.item(0, 3).text() == "Overdue"
        view.milestones.selectRow(0)
        done = view.ask_milestone_done()
        assert done is not None
        set_day(done, "day", date(2023, 10, 20))  # after today: refused
        press_ok(qtbot, done)
        assert done.isVisible() and "after today" in done.field_errors["day"].text()
        set_day(done, "day", date(2023, 10, 8))
        press_ok(qtbot, done)
        answered(qtbot)
        assert view.milestones.item(0, 3).text() == "Done"
        year_end = view.ask_report(year_end=True)
        assert year_end is not None
        choose(year_end, "outcome", ProjectState.DONE.value)
        set_day(year_end, "day", date(2023, 10, 10))
        text = year_end.widgets["text"]
        assert isinstance(text, QPlainTextEdit)
        text.setPlainText("全年改造信号灯312处。")
        press_ok(qtbot, year_end)
        answered(qtbot)
        assert view.table.item(0, 5).text() == "Done" and view.rating_button.isEnabled()
        rating = view.ask_rating()
        assert rating is not None
        for key, count in (("option_0", "30"), ("option_1", "5"), ("option_2", "1")):
            field = rating.widgets[key]
            assert isinstance(field, QLineEdit)
            field.setText(count)
        set_day(rating, "day", date(2023, 10, 9))  # before the year-end report: refused
        press_ok(qtbot, rating)
        assert rating.isVisible() and "before the year-end report" in rating.field_errors["day"].text()
        set_day(rating, "day", date(2023, 10, 12))
        press_ok(qtbot, rating)
        answered(qtbot)
    assert "满意 30、基本满意 5、不满意 1" in view.rating.text()
    assert not view.rating_button.isEnabled()
    settle()


def test_in_chinese_with_the_figures_tab(qtbot: QtBot, db: Database, seeds: Seeds, chinese: None) -> None:
    parking, screening = two_projects(db, seeds)
    with clock.fixed(date(2024, 1, 20)):
        mark_milestone_done(db, project_list(db, 2023, TODAY)[0].milestones[1].id, date(2023, 10, 20))
        rate_project(db, screening, date(2024, 1, 10), {"满意": 380, "基本满意": 25, "不满意": 15})
    view = shown(qtbot, db, date(2024, 1, 20))
    view.year.setValue(2023)
    answered(qtbot)
    assert view.table.item(0, 5).text() == "推进中" and view.new_button.text() == "新增项目…"
    SHOTS.mkdir(parents=True, exist_ok=True)
    view.grab().save(str(SHOTS / "projects_zh.png"))
    figures = ProjectFiguresView(db, today=date(2024, 1, 20))
    qtbot.addWidget(figures)
    figures.year.setValue(2023)
    figures.resize(1000, 520)
    figures.show()
    qtbot.waitExposed(figures)
    answered(qtbot)
    assert figures.stats is not None and figures.stats.as_of == date(2024, 1, 20)
    assert figures.sentences.text().startswith(
        "2023年票决产生民生实事项目2项，已完成1项，完成率50.0%，代表满意度测评满意率96.4%。"
    )
    values = {
        figures.figures.item(r, 0).text(): figures.figures.item(r, 1).text() for r in range(figures.figures.rowCount())
    }
    assert values["完成率"] == "50.0% (1/2)" and values["年终测评满意率"] == "96.4% (405/420)"
    assert figures.categories.rowCount() == 2
    figures.grab().save(str(SHOTS / "project_figures_zh.png"))
    assert parking
