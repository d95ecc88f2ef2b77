"""统计 → 承办单位排名 over the demo register, driven offscreen through its own widgets, in Chinese."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from casebook.domain.enums import CaseKind
from casebook.services.statistics.figures import compute_statistics
from casebook.services.statistics.ranking import ranking_rows
from casebook.store.database import Database
from casebook.ui.main_window import MainWindow
from casebook.ui.views.ranking import RankingView


def table_rows(view: RankingView) -> list[list[str]]:
    table = view.table
    return [
        [table.item(r, c).text() for c in range(table.columnCount())]  # type: ignore[union-attr]
        for r in range(table.rowCount())
    ]


def test_the_ranking_shows_each_unit_with_its_terms_and_the_formula(
    qtbot: QtBot, demo_db: Database, chinese: None, tmp_path: Path
) -> None:
    view = RankingView(demo_db)
    qtbot.addWidget(view)
    view.resize(1100, 700)
    view.show()
    qtbot.waitExposed(view)
    qtbot.waitUntil(lambda: not view.busy and view.table.rowCount() > 0, timeout=30_000)  # read on a worker
    assert view.year() == 2023  # the register's latest year, today being after it
    view.year_box.setValue(2022)
    qtbot.waitUntil(lambda: not view.busy and view.title_label.text().startswith("2022"), timeout=30_000)
    expected = ranking_rows(compute_statistics(demo_db, 2022))
    rows = table_rows(view)
    assert len(rows) == len(expected) > 5
    headers = [view.table.horizontalHeaderItem(c).text() for c in range(view.table.columnCount())]  # type: ignore[union-attr]
    assert headers == ["名次", "承办单位", "件数", "按期答复率×30", "解决率×30", "见面率×10", "满意率×30", "得分"]
    first = expected[0]
    on_time = first.terms[0].value
    assert rows[0][:3] == [str(first.rank), first.unit, str(first.cases)]
    assert rows[0][3] == f"{on_time.value:.1f}%（{on_time.numerator}/{on_time.denominator}）"
    assert rows[0][-1] == f"{first.score:.1f}"
    assert [row[1] for row in rows] == [row.unit for row in expected]
    assert view.formula_label.text().startswith("得分 = (按期答复率×30 + 解决率×30 + 见面率×10 + 满意率×30)")
    assert view.title_label.text() == "2022年建议承办单位排名"
    assert view.as_of_label.text().startswith("截至2022-12-31")
    assert view.empty_label.isHidden()
    view.grab().save(str(tmp_path / "ranking.png"))
    assert (tmp_path / "ranking.png").stat().st_size > 10_000


def test_a_year_without_units_says_so(qtbot: QtBot, db: Database, chinese: None) -> None:
    view = RankingView(db)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    qtbot.waitUntil(lambda: not view.busy and view.title_label.text() != "", timeout=30_000)
    assert view.table.rowCount() == 0
    assert view.empty_label.text() == "这一年、这一类没有可排名的承办单位。"
    assert view.empty_label.isVisible()


def test_the_window_lists_the_ranking_after_the_statistics(qtbot: QtBot, db: Database, chinese: None) -> None:
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    keys = list(window.views)
    assert keys.index("ranking") == keys.index("dashboard") + 1
    assert window.navigation.item(keys.index("ranking")).text() == "承办单位排名"
    window.show_view("ranking")
    view = window.views["ranking"]
    assert isinstance(view, RankingView) and window.stack.currentWidget() is view
    qtbot.waitUntil(lambda: not view.busy and view.title_label.text() != "", timeout=30_000)
    assert view.case_kind() is CaseKind.SUGGESTION


def test_the_statistics_show_the_first_units_and_open_the_whole_ranking(
    qtbot: QtBot, demo_db: Database, chinese: None, tmp_path: Path
) -> None:
    from datetime import date

    from casebook.ui.views.dashboard import DashboardView
    from casebook.ui.views.ranking_top import TOP_RANKED

    window = MainWindow(demo_db)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    window.show_view("dashboard")
    dashboard = window.views["dashboard"]
    assert isinstance(dashboard, DashboardView)
    qtbot.waitUntil(lambda: not dashboard.busy and dashboard.top_units.table.rowCount() > 0, timeout=30_000)
    dashboard.year_box.setValue(2022)
    qtbot.waitUntil(lambda: not dashboard.busy and dashboard.as_of() == date(2022, 12, 31), timeout=30_000)
    qtbot.waitUntil(lambda: not dashboard.busy, timeout=30_000)
    box = dashboard.top_units
    expected = ranking_rows(compute_statistics(demo_db, 2022, as_of=date(2022, 12, 31)))[:TOP_RANKED]
    shown = [[box.table.item(r, c).text() for c in range(4)] for r in range(box.table.rowCount())]  # type: ignore[union-attr]
    assert shown == [[str(row.rank), row.unit, str(row.cases), f"{row.score:.1f}"] for row in expected]
    assert "按期答复率×30：" in box.table.item(0, 1).toolTip()  # type: ignore[union-attr]
    assert box.formula_label.text().startswith("得分 = (按期答复率×30")
    window.grab().save(str(tmp_path / "dashboard.png"))
    box.whole_button.click()
    view = window.views["ranking"]
    assert isinstance(view, RankingView) and window.stack.currentWidget() is view
    qtbot.waitUntil(lambda: not view.busy and view.title_label.text().startswith("2022"), timeout=30_000)
    assert [row[1] for row in table_rows(view)][:TOP_RANKED] == [row.unit for row in expected]
