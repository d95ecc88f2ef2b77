"""The minimal main window over a real database, driven offscreen with pytest-qt."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from casebook.services.case_views import CaseSummary
from casebook.store.database import Database
from casebook.ui.main_window import MainWindow
from casebook.ui.translation import use_language


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path: Path) -> Iterator[None]:
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    yield


def test_window_shows_the_register_in_chinese(
    qtbot: QtBot, db: Database, courier_case: CaseSummary, tmp_path: Path
) -> None:
    use_language("zh_CN")
    try:
        window = MainWindow(db)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        texts = [label.text() for label in window.findChildren(QLabel)]
        assert "台账概况" in texts
        assert window.windowTitle() == "代表议案建议办理台账"
        assert window.statusBar().currentMessage() == f"数据库：{db.location}"
        assert window._total.text() == "1"
        window.grab().save(str(tmp_path / "main_window.png"))
        assert (tmp_path / "main_window.png").stat().st_size > 1000
    finally:
        use_language("en")


def test_window_geometry_and_database_are_remembered(qtbot: QtBot, db: Database) -> None:
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.resize(777, 555)
    window.show()
    window.close()
    assert QSettings().value("last_database") == db.location
    again = MainWindow(db)
    qtbot.addWidget(again)
    assert again.size().width() == 777
