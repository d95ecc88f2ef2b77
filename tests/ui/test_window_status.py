"""The status bar's register figures: read on a worker once the case list's first page is shown."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from casebook.services.queries.case_views import CaseSummary
from casebook.store.database import Database
from casebook.ui.jobs import operation
from casebook.ui.main_window import MainWindow
from tests.ui.operations import answered


def test_the_status_bar_counts_the_register_after_the_first_page(
    qtbot: QtBot, db: Database, courier_case: CaseSummary, chinese: None
) -> None:
    window = MainWindow(db)
    qtbot.addWidget(window)
    assert operation.running() == 0  # no read on a worker before the event loop has painted the list
    window.show()
    qtbot.waitUntil(lambda: window.overdue_label.text() != "", timeout=30_000)
    answered(qtbot)
    assert window.overdue_label.text().startswith("台账共1件")
