"""Reads and writes on a worker (casebook.ui.jobs.operation) and the Changes they tell the views.

Real SQLite / PostgreSQL through the ``db`` fixture, real widgets; each test waits for the workers'
answers, and the fixtures wait for the worker threads before the database closes.
"""

from __future__ import annotations

import sqlite3
import sys
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDateEdit, QDialogButtonBox
from pytestqt.qtbot import QtBot
from shiboken6 import isValid

from casebook.domain.workflow import Action
from casebook.services.queries.case_views import CaseSummary, case_detail
from casebook.store import engine
from casebook.store.database import Database
from casebook.ui.dialogs.step_dialog import StepDialog
from casebook.ui.error_handling import ErrorReporter
from casebook.ui.jobs import operation
from casebook.ui.jobs.changes import Changes
from casebook.ui.main_window import MainWindow
from casebook.ui.views.dashboard import DashboardView
from tests.conftest import Seeds
from tests.snapshot import table_contents
from tests.ui.operations import answered


def window_on(qtbot: QtBot, db: Database, view: str) -> MainWindow:
    window = MainWindow(db)
    window.remember_on_close = False
    qtbot.addWidget(window)
    window.show()
    window.show_view(view)
    answered(qtbot)
    return window


def assign_through_the_dialog(qtbot: QtBot, window: MainWindow, case_id: int, unit: int) -> StepDialog:
    editor = window.open_case(case_id)
    qtbot.mouseClick(editor.action_buttons[Action.ASSIGN], Qt.MouseButton.LeftButton)
    dialog = editor.step_dialog
    assert dialog is not None and dialog.isVisible()
    combo, day = dialog.widgets["unit"], dialog.widgets["day"]
    assert isinstance(combo, QComboBox) and isinstance(day, QDateEdit)
    combo.setCurrentIndex(combo.findData(unit))
    day.setDate(date(2023, 2, 10))
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    return dialog


def test_a_step_on_a_worker_changes_the_register_and_the_open_dashboard_follows(
    qtbot: QtBot, db: Database, seeds: Seeds, courier_case: CaseSummary
) -> None:
    window = window_on(qtbot, db, "dashboard")
    dashboard = window.dashboard
    assert isinstance(dashboard, DashboardView) and dashboard.isVisible()
    assert dashboard.year() == 2023
    assert [count for _label, count in dashboard.state_chart.slices()] == [1]
    registered = dashboard.state_chart.slices()[0][0]
    heard: list[Changes] = []
    editor = window.open_case(courier_case.id)
    editor.changed.connect(heard.append)
    dialog = assign_through_the_dialog(qtbot, window, courier_case.id, seeds.units["市邮政管理局"])
    assert dialog.busy and not dialog.buttons.isEnabled()  # on the worker: no second OK, no Cancel
    dialog.reject()
    assert dialog.isVisible()
    answered(qtbot)
    assert heard == [Changes.of_cases((courier_case.id,))]
    assert not isValid(dialog) or not dialog.isVisible()
    [assignment] = case_detail(db, courier_case.id).assignments
    assert assignment.assigned_on == date(2023, 2, 10)
    # the dashboard in front heard the change and read its figures again, on a worker
    answered(qtbot)
    assert dashboard.state_chart.slices() != [] and dashboard.state_chart.slices()[0][0] != registered
    editor.close()


def test_a_view_not_concerned_by_a_change_reads_nothing(qtbot: QtBot, db: Database, courier_case: CaseSummary) -> None:
    window = window_on(qtbot, db, "dashboard")
    window.apply_changes(Changes(accounts=True))
    assert operation.running() == 0  # the figures do not depend on the accounts
    window.apply_changes(Changes(settings=True))  # the metric definitions do
    assert window.dashboard.busy
    answered(qtbot)
    assert not window.dashboard.busy


def test_views_are_built_when_first_shown(qtbot: QtBot, db: Database) -> None:
    window = window_on(qtbot, db, "cases")
    assert list(window.built) == ["cases"]
    assert list(window.views) == list(window.entries)  # the navigation's order
    window.show_view("supervision")
    assert list(window.built) == ["cases", "supervision"]
    assert window.stack.currentWidget() is window.supervision
    assert window.views["audit"] is window.audit and "audit" in window.built  # built when asked for
    answered(qtbot)


@pytest.mark.sqlite_only("a write lock taken by another SQLite connection")
@pytest.mark.logs_warnings
def test_a_busy_database_is_told_and_the_step_form_keeps_what_was_typed(
    qtbot: QtBot,
    db: Database,
    db_path: Path,
    seeds: Seeds,
    courier_case: CaseSummary,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    reporter = ErrorReporter(tmp_path / "casebook.log")
    monkeypatch.setattr(sys, "excepthook", reporter.handle)
    monkeypatch.setattr(engine, "BUSY_TIMEOUT_MS", 200)  # the clerk would wait 10 s
    db.engine.dispose()  # the next connections wait 0.2 s for a lock
    window = window_on(qtbot, db, "cases")
    before = table_contents(str(db_path))
    other = sqlite3.connect(db_path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")  # another program writing
    try:
        dialog = assign_through_the_dialog(qtbot, window, courier_case.id, seeds.units["市邮政管理局"])
        answered(qtbot)
    finally:
        other.execute("ROLLBACK")
        other.close()
    box = reporter.message_box
    assert box is not None and box.isVisible() and "busy" in box.text()
    assert isValid(dialog) and dialog.isVisible() and not dialog.busy and dialog.buttons.isEnabled()
    combo = dialog.widgets["unit"]
    assert isinstance(combo, QComboBox) and combo.currentData() == seeds.units["市邮政管理局"]
    assert table_contents(str(db_path)) == before
    box.close()
    dialog.reject()


def test_a_read_that_meets_a_signed_out_user_tells_nothing_and_an_error_is_told(qtbot: QtBot) -> None:
    """切换用户 signs out while a view's read runs on a worker: the read meets NotSignedIn, and the
    sign-in dialog is already up, so no error is shown (the views read again after signing in). Any
    other error of a read is told (the window's error handling: sys.excepthook)."""
    from PySide6.QtWidgets import QWidget

    from casebook.domain.errors import NotSignedIn

    owner = QWidget()
    qtbot.addWidget(owner)
    told: list[BaseException] = []
    shown: list[object] = []
    hook = sys.excepthook
    sys.excepthook = lambda kind, error, trace: told.append(error)
    try:

        def signed_out() -> object:
            raise NotSignedIn("This database has accounts: sign in first.")

        reads = operation.LatestRead(owner)
        reads.run(signed_out, shown.append)
        qtbot.waitUntil(lambda: not reads.busy, timeout=10_000)
        assert told == [] and shown == []

        def broken() -> object:
            raise ValueError("a defect")

        reads.run(broken, shown.append)
        qtbot.waitUntil(lambda: not reads.busy, timeout=10_000)
        assert [type(error) for error in told] == [ValueError] and shown == []
    finally:
        sys.excepthook = hook


def test_the_work_and_what_it_holds_are_let_go_on_the_gui_thread(qtbot: QtBot) -> None:
    """A view's read often holds the view (``lambda: read(self.db)``); its last reference must not go
    on the worker thread, even when the view is deleted while the read runs."""
    import threading

    from PySide6.QtWidgets import QWidget

    released: list[str] = []
    started = threading.Event()
    go_on = threading.Event()

    class Held:
        def __del__(self) -> None:
            released.append(threading.current_thread().name)

    def make_work() -> operation.Work:
        held = Held()

        def work() -> int:
            started.set()
            go_on.wait(10)
            return id(held)

        return work

    owner = QWidget()
    operation.Operation(owner, make_work()).run()
    assert started.wait(10)
    owner.deleteLater()  # the view goes while its read runs
    qtbot.waitUntil(lambda: not isValid(owner), timeout=5_000)
    assert released == []  # still held for the worker's answer
    go_on.set()
    qtbot.waitUntil(lambda: released != [], timeout=10_000)
    assert released == [threading.main_thread().name]
