"""The main window over a real database, driven offscreen with pytest-qt."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtGui import QKeySequence
from pytestqt.qtbot import QtBot

from casebook.services.queries.case_views import CaseSummary
from casebook.store.database import Database
from casebook.ui.main_window import MainWindow


def test_window_shows_the_register_in_chinese(
    qtbot: QtBot, db: Database, courier_case: CaseSummary, tmp_path: Path, chinese: None
) -> None:
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.windowTitle() == "代表议案建议办理台账"
    assert window.statusBar().currentMessage() == f"数据库：{db.location}"
    labels = [window.navigation.item(i).text() for i in range(window.navigation.count())]
    assert labels[0] == "案件" and "督办" in labels
    assert window.cases.model.total == 1
    assert window.cases.model.index(0, 3).data() == "关于加强对快递和外卖服务企业安全管理的建议"
    window.grab().save(str(tmp_path / "main_window.png"))
    assert (tmp_path / "main_window.png").stat().st_size > 1000


def test_window_geometry_and_database_are_remembered(qtbot: QtBot, db: Database) -> None:
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.resize(780, 560)  # within the offscreen screen (800×600), which clamps restored geometry
    window.show()
    expected = window.size()
    window.close()
    assert QSettings().value("last_database") == db.location
    again = MainWindow(db)
    qtbot.addWidget(again)
    assert again.size() == expected


def test_find_shortcut_focuses_the_search_box(qtbot: QtBot, db: Database, courier_case: CaseSummary) -> None:
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.show_view("supervision")
    edit_menu = next(a.menu() for a in window.menuBar().actions() if a.menu() and a.menu().title() == "&Edit")
    find = edit_menu.actions()[0]
    assert find.shortcut() == QKeySequence(QKeySequence.StandardKey.Find)
    find.trigger()
    assert window.stack.currentWidget() is window.cases
    assert window.focusWidget() is window.cases.search


def test_projects_and_opinions_are_views_of_the_window(qtbot: QtBot, demo_db: Database, chinese: None) -> None:
    """民生实事 and 群众意见 in the navigation after 督办, each built when first shown, reading the register."""
    from casebook.ui.views.opinions import OpinionView
    from casebook.ui.views.projects import ProjectView

    window = MainWindow(demo_db)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    labels = [window.navigation.item(i).text() for i in range(window.navigation.count())]
    assert labels[labels.index("督办") + 1 : labels.index("督办") + 3] == ["民生实事", "群众意见"]
    window.show_view("projects")
    projects = window.stack.currentWidget()
    assert isinstance(projects, ProjectView)
    projects.year.setValue(2022)
    qtbot.waitUntil(lambda: projects.table.rowCount() == 40, timeout=20_000)
    window.show_view("opinions")
    opinions = window.stack.currentWidget()
    assert isinstance(opinions, OpinionView)
    qtbot.waitUntil(lambda: opinions.table.rowCount() == 72, timeout=20_000)  # 42 of 2022 and 30 of 2023
