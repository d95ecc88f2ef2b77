"""The File menu's long jobs in the window: import with its preview, export, demo load, first start."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from casebook.services.queries.overview import register_overview
from casebook.store.database import Database
from casebook.store.migrate import head_revision
from casebook.ui.dialogs.first_start import FIRST_START_KEY
from casebook.ui.jobs.files import ANNUAL, REGISTER, ExportRequest
from casebook.ui.main_window import MainWindow
from tests.conftest import Seeds
from tests.excel.ledger_files import write_ledger
from tests.excel.test_import_ledgers import MERGES, messy_rows
from tests.snapshot import table_contents

JOB_TIMEOUT = 60_000


def window_on(qtbot: QtBot, db: Database) -> MainWindow:
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def wait_for_jobs(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: not window.jobs.busy, timeout=JOB_TIMEOUT)


def test_an_import_is_previewed_then_taken(
    qtbot: QtBot, db: Database, db_target: str, seeds: Seeds, tmp_path: Path
) -> None:
    ledger = write_ledger(tmp_path / "台账.xlsx", messy_rows(), MERGES, title="2023年建议")
    window = window_on(qtbot, db)
    before = table_contents(db_target)
    window.jobs.rehearse_import(ledger)
    qtbot.waitUntil(lambda: getattr(window.jobs, "preview", None) is not None, timeout=JOB_TIMEOUT)
    preview = window.jobs.preview
    assert table_contents(db_target) == before  # the rehearsal wrote nothing
    assert "4 new" in preview.summary.text() and "4 refused" in preview.summary.text()
    assert "the row has no title (标题)" in preview.refused.toPlainText()
    assert preview.import_button.text() == "Import 4 cases" and preview.import_button.isEnabled()

    rejects = tmp_path / "refused.xlsx"
    preview.save_rejects.emit(rejects)
    rows = list(openpyxl.load_workbook(rejects)["2023年建议"].iter_rows(values_only=True))
    assert [row[-2] for row in rows[2:]] == [11, 12, 13, 14]

    total = register_overview(db).total
    preview.import_button.click()
    wait_for_jobs(qtbot, window)
    assert register_overview(db).total == total + 4
    assert "Cases: 4 new, 0 updated, 0 unchanged, 4 refused." in window.jobs.last_message
    assert window.cases.model.total == total + 4  # the list in front was refreshed


def test_a_broken_ledger_says_why_and_changes_nothing(
    qtbot: QtBot, db: Database, db_target: str, tmp_path: Path
) -> None:
    broken = tmp_path / "坏文件.xlsx"
    broken.write_bytes(b"PK\x03\x04 not really a workbook")
    window = window_on(qtbot, db)
    before = table_contents(db_target)
    window.jobs.rehearse_import(broken)
    wait_for_jobs(qtbot, window)
    assert "坏文件.xlsx" in window.jobs.last_message
    assert getattr(window.jobs, "preview", None) is None
    assert table_contents(db_target) == before


def test_export_dialog_writes_the_register(qtbot: QtBot, db: Database, courier_case: object, tmp_path: Path) -> None:
    QSettings().setValue("dashboard/export_folder", str(tmp_path))
    window = window_on(qtbot, db)
    window.export_action.trigger()  # Ctrl+E
    dialog = window.export_dialog
    assert dialog.isVisible() and dialog.path.text() == str(tmp_path / "Register.xlsx")
    dialog.path.setText(str(tmp_path / "nowhere" / "x.xlsx"))
    dialog.buttons.accepted.emit()
    assert dialog.isVisible() and "There is no folder" in dialog.error.text()  # the form stays as typed
    dialog.path.setText(str(tmp_path / "台账.xlsx"))
    dialog.buttons.accepted.emit()
    assert not dialog.isVisible()
    wait_for_jobs(qtbot, window)
    workbook = openpyxl.load_workbook(tmp_path / "台账.xlsx", read_only=True)
    assert len(workbook.sheetnames) >= 1
    workbook.close()
    assert "台账.xlsx" in window.statusBar().currentMessage()


def test_dashboard_export_buttons_write_the_report(
    qtbot: QtBot, db: Database, courier_case: object, tmp_path: Path
) -> None:
    window = window_on(qtbot, db)
    window.show_view("dashboard")
    target = tmp_path / "annual.xlsx"
    window.dashboard.export_requested.emit(ANNUAL, str(target))
    wait_for_jobs(qtbot, window)
    assert target.is_file() and openpyxl.load_workbook(target).sheetnames


def test_a_cancelled_demo_load_keeps_whole_cases(qtbot: QtBot, db: Database) -> None:
    window = window_on(qtbot, db)
    loaded: list[object] = []
    window.jobs.demo_loaded.connect(loaded.append)
    job = window.jobs.load_demo()
    qtbot.waitUntil(lambda: job.dialog.value() >= 3, timeout=JOB_TIMEOUT)  # a few cases in
    cancel = job.dialog.findChild(QPushButton)
    assert cancel is not None and cancel.text() == "Cancel"
    cancel.click()  # the progress dialog's Cancel button
    wait_for_jobs(qtbot, window)
    summary = loaded[0]
    assert summary.cancelled and 0 < summary.cases < 600  # type: ignore[attr-defined]
    assert register_overview(db).total == summary.cases  # type: ignore[attr-defined]
    assert "each one complete" in window.statusBar().currentMessage()


def test_first_start_on_an_empty_register_asks_once(qtbot: QtBot, db: Database) -> None:
    window = window_on(qtbot, db)
    window.offer_first_start()
    box = window.first_start
    assert box.isVisible() and "empty" in box.text()
    labels = sorted(button.text() for button in box.buttons())  # their order is the platform's
    assert labels == ["Import a ledger…", "Load the demonstration data", "Start with an empty register"]
    empty = next(b for b in box.buttons() if b.text() == "Start with an empty register")
    empty.click()
    assert QSettings().value(FIRST_START_KEY) == [db.location]
    window.first_start = None
    window.offer_first_start()
    assert window.first_start is None  # answered: not asked again for this database


def test_first_start_is_not_offered_when_the_register_holds_cases(
    qtbot: QtBot, db: Database, courier_case: object
) -> None:
    window = window_on(qtbot, db)
    window.offer_first_start()
    assert getattr(window, "first_start", None) is None


def test_about_names_version_database_and_revision(qtbot: QtBot, db: Database) -> None:
    window = window_on(qtbot, db)
    text = window.about_text()
    assert db.location in text and f"Schema revision: {head_revision()}" in text


def test_register_export_request_from_code(qtbot: QtBot, db: Database, courier_case: object, tmp_path: Path) -> None:
    window = window_on(qtbot, db)
    window.jobs.export(ExportRequest(REGISTER, tmp_path / "r.xlsx", year=None))
    wait_for_jobs(qtbot, window)
    assert (tmp_path / "r.xlsx").is_file()
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QMessageBox):
            widget.close()


@pytest.mark.sqlite_only("backs up and restores the SQLite file (a server is backed up with pg_dump)")
def test_back_up_then_restore_from_the_file_menu(
    qtbot: QtBot, db: Database, seeds: Seeds, courier_case: object, tmp_path: Path
) -> None:
    window = window_on(qtbot, db)
    copy = tmp_path / "备份.sqlite"
    window.jobs.backup(copy)
    wait_for_jobs(qtbot, window)
    assert copy.is_file() and str(copy) in window.jobs.last_message
    assert register_overview(db).total == 1

    from casebook.services.steps.cases import register_case
    from tests.conftest import courier_draft

    register_case(db, courier_draft(seeds, number="0099"))  # typed in after the backup
    assert register_overview(db).total == 2
    window.jobs.restore(copy)
    wait_for_jobs(qtbot, window)
    assert register_overview(db).total == 1  # the open window reads the restored register
    assert "kept in" in window.jobs.last_message
    assert window.cases.model.total == 1
