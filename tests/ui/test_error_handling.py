"""An error nobody caught: a storage problem tells the clerk what to do, a defect is logged; the
form being typed keeps its text either way."""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from casebook.store.database import Database
from casebook.ui.dialogs.case_editor import CaseEditor
from casebook.ui.error_handling import ErrorReporter, start_logging
from tests.conftest import Seeds


def full_disk_error(tmp_path: Path) -> sqlite3.OperationalError:
    connection = sqlite3.connect(tmp_path / "full.sqlite")
    connection.execute("CREATE TABLE t (x BLOB)")
    connection.execute(f"PRAGMA max_page_count = {connection.execute('PRAGMA page_count').fetchone()[0] + 1}")
    try:
        connection.execute("INSERT INTO t VALUES (zeroblob(1000000))")
    except sqlite3.OperationalError as error:
        return error
    raise AssertionError("the insert should not fit")


@pytest.fixture
def editor(qtbot: QtBot, db: Database, seeds: Seeds) -> CaseEditor:
    editor = CaseEditor(db, None)
    qtbot.addWidget(editor)
    editor.show()
    editor.form.title.insert("关于加强老旧小区加装电梯工作的建议")
    assert editor.dirty  # what the clerk typed is not saved yet
    return editor


def done_with(editor: CaseEditor) -> None:
    """The test is over: let pytest-qt close the editor without the "save the changes?" question."""
    editor.dirty = False


@pytest.mark.logs_warnings
def test_a_full_disk_is_told_in_chinese_and_the_form_keeps_its_text(
    qtbot: QtBot, editor: CaseEditor, tmp_path: Path, chinese: None
) -> None:
    reporter = ErrorReporter(tmp_path / "casebook.log")
    error = full_disk_error(tmp_path)
    reporter.handle(type(error), error, error.__traceback__)
    box = reporter.message_box
    assert box is not None and box.isVisible()
    assert "磁盘" in box.text() and "清理" in box.text()
    assert editor.isVisible() and editor.form.title.text() == "关于加强老旧小区加装电梯工作的建议"
    done_with(editor)


@pytest.mark.logs_warnings
def test_a_defect_is_logged_with_its_traceback_and_the_log_named(
    qtbot: QtBot, editor: CaseEditor, tmp_path: Path
) -> None:
    log = start_logging(tmp_path / "casebook.log")
    reporter = ErrorReporter(log)
    try:
        1 / 0  # noqa: B018 (a real exception with a real traceback)
    except ZeroDivisionError:
        kind, error, traceback = sys.exc_info()
    assert kind is not None and error is not None
    reporter.handle(kind, error, traceback)
    text = log.read_text(encoding="utf-8")
    assert "unexpected error" in text and "ZeroDivisionError" in text and "test_error_handling.py" in text
    box = reporter.message_box
    assert box is not None and str(log) in box.text() and "division by zero" in box.text()
    assert editor.form.title.text() == "关于加强老旧小区加装电梯工作的建议"
    done_with(editor)
