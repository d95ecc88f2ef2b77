"""The window's cold start (casebook.ui.application), run as the program runs it: in a fresh interpreter.

The shell (frame, navigation, menus, 「正在打开…」) is painted before the database layer is imported;
then the register opens into it (on a worker: the window answers meanwhile) and the case list shows
its first page. A database that cannot be
opened is told in a message box, and the program ends with exit code 2.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from casebook.services.queries.case_views import CaseSummary
from casebook.store.database import Database
from casebook.store.migrate import migrate_to
from tests.ui.accounts_helpers import create_office_accounts

ROOT = Path(__file__).resolve().parents[2]

# Starts the window as `casebook --db TARGET --lang zh_CN` does, and reports what it saw as JSON.
PROBE = """
import builtins, gc, json, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from casebook.ui import application

seen = {"ticks_while_opening": 0}
startup = application.start(sys.argv[1], "zh_CN")
window = startup.window
ticking = QTimer()  # runs only while the GUI thread is free
ticking.timeout.connect(lambda: seen.__setitem__("ticks_while_opening", seen["ticks_while_opening"] + 1))

def shown():
    ticking.start(20)
    seen["database_layer_imported"] = any(m.split(".")[0] == "sqlalchemy" for m in sys.modules)
    seen["shell_text"] = window.stack.currentWidget().text()
    seen["navigation_enabled"] = window.navigation.isEnabled()
    seen["new_case_enabled"] = window.new_action.isEnabled()
    seen["accounts_shown"] = not window.navigation.item(list(window.entries).index("accounts")).isHidden()

def titles():
    return [window.cases.model.index(row, 3).data() for row in range(window.cases.model.rowCount())]

def first_page():
    QApplication.processEvents()
    seen["first_page_database_layer_imported"] = any(m.split(".")[0] == "sqlalchemy" for m in sys.modules)
    seen["first_page_titles"] = titles()
    seen["first_page_count"] = window.cases.count.text()

def opened():
    ticking.stop()
    QApplication.processEvents()
    seen["titles"] = titles()
    seen["rows"] = window.cases.model.rowCount()
    seen["first_title"] = window.cases.model.index(0, 3).data()
    seen["count"] = window.cases.count.text()
    seen["status"] = window.statusBar().currentMessage()
    seen["navigation_enabled_after"] = window.navigation.isEnabled()
    seen["new_case_enabled_after"] = window.new_action.isEnabled()
    # the database layer was imported past PySide6's import hook, with the collector paused: both back
    seen["import_hook_back"] = builtins.__import__ is getattr(builtins, "__feature_import__", builtins.__import__)
    seen["collector_on"] = gc.isenabled()
    seen["views_built"] = list(window.built)
    seen["postgresql_dialect"] = "sqlalchemy.dialects.postgresql" in sys.modules
    QApplication.exit(0)

def answer_message_box():
    box = QApplication.activeModalWidget()
    if box is not None:
        seen["message"] = box.text() if hasattr(box, "text") else box.windowTitle()
        box.close()

startup.shown.connect(shown)
startup.first_page.connect(first_page)
startup.opened.connect(opened)
answering = QTimer()
answering.timeout.connect(answer_message_box)
answering.start(50)
code = QApplication.instance().exec()
startup.close()
seen["exit_code"] = startup.exit_code or code
print("SEEN", json.dumps(seen, ensure_ascii=False))
"""


def start_window(target: str, home: Path) -> dict[str, object]:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPATH": str(ROOT),
        "HOME": str(home),  # the program's settings and log go here, not to the user's
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_STATE_HOME": str(home / "state"),
        "XDG_DATA_HOME": str(home / "data"),
    }
    ran = subprocess.run(
        [sys.executable, "-c", PROBE, target], capture_output=True, text=True, env=env, timeout=120, check=False
    )
    seen = [line for line in ran.stdout.splitlines() if line.startswith("SEEN ")]
    assert seen, f"the window did not start:\n{ran.stdout}\n{ran.stderr}"
    result: dict[str, object] = json.loads(seen[-1].removeprefix("SEEN "))
    return result


def test_the_shell_is_painted_before_the_register_opens(
    db: Database, db_target: str, courier_case: CaseSummary, tmp_path: Path
) -> None:
    seen = start_window(db_target, tmp_path / "home")
    assert seen["database_layer_imported"] is False
    assert seen["shell_text"] == "正在打开台账…"
    assert seen["navigation_enabled"] is False and seen["new_case_enabled"] is False
    assert seen["accounts_shown"] is False  # shown to those who manage accounts, once signed in
    assert seen["rows"] == 1
    assert seen["first_title"] == "关于加强对快递和外卖服务企业安全管理的建议"
    assert seen["count"] == "共1件"
    assert seen["status"] == f"数据库：{db.location}"
    assert seen["navigation_enabled_after"] is True and seen["new_case_enabled_after"] is True
    assert seen["import_hook_back"] is True and seen["collector_on"] is True
    assert seen["views_built"] == ["cases"]  # the other views are built when first shown
    # a SQLite register loads no PostgreSQL dialect (the models' PostgreSQL parts are added with its engine)
    assert seen["postgresql_dialect"] is (db.path is None)
    # the database layer was imported and the register opened on a worker: the window answered
    assert seen["ticks_while_opening"] >= 3
    assert seen["exit_code"] == 0


def test_a_sqlite_register_shows_its_first_page_before_the_database_layer_is_imported(
    db: Database, db_path: Path, courier_case: CaseSummary, tmp_path: Path
) -> None:
    seen = start_window(str(db_path), tmp_path / "home")
    assert seen["first_page_database_layer_imported"] is False  # read with sqlite3, then the register opened
    assert seen["first_page_titles"] == seen["titles"] == ["关于加强对快递和外卖服务企业安全管理的建议"]
    assert seen["first_page_count"] == seen["count"] == "共1件"
    assert seen["navigation_enabled_after"] is True and seen["new_case_enabled_after"] is True
    assert seen["exit_code"] == 0


def test_a_register_that_needs_an_upgrade_is_upgraded_before_its_first_page(
    db: Database, db_path: Path, courier_case: CaseSummary, tmp_path: Path
) -> None:
    migrate_to(db.engine, "0017", backup=False)  # as the program before the last migration left it
    db.close()
    seen = start_window(str(db_path), tmp_path / "home")
    assert seen["first_page_database_layer_imported"] is True  # not read ahead: opened (upgraded) first
    assert seen["titles"] == seen["first_page_titles"] == ["关于加强对快递和外卖服务企业安全管理的建议"]
    assert list(db_path.parent.glob("*.before-0018.sqlite"))  # the upgrade's backup: it ran
    assert seen["exit_code"] == 0


def test_a_file_that_is_no_register_is_told_and_the_program_ends(tmp_path: Path) -> None:
    letter = tmp_path / "letter.sqlite"
    letter.write_text("这不是数据库", encoding="utf-8")
    seen = start_window(str(letter), tmp_path / "home")
    assert seen["database_layer_imported"] is False
    assert "rows" not in seen and "first_page_titles" not in seen  # never opened
    assert seen["message"]
    assert seen["exit_code"] == 2
    assert letter.read_text(encoding="utf-8") == "这不是数据库"  # nothing changed


def test_a_register_with_accounts_asks_for_a_sign_in_over_the_window(
    db: Database, db_target: str, courier_case: CaseSummary, tmp_path: Path
) -> None:
    create_office_accounts(db)
    seen = start_window(db_target, tmp_path / "home")
    assert seen["shell_text"] == "正在打开台账…"
    assert seen["message"] == "登录 Casebook"  # the sign-in dialog, over the shell; closing it quits
    assert "rows" not in seen and "first_page_titles" not in seen  # no case shown before the sign-in
    assert seen["exit_code"] == 0
