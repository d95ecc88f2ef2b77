"""帮助 → 校验审计日志 in the window: the verdict on the hash chain, on a real database."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from casebook.services.queries.case_views import CaseSummary
from casebook.store.database import Database
from casebook.ui.dialogs.trail_check import show_trail_check


def test_the_check_says_intact_then_names_the_changed_event(
    qtbot: QtBot, db: Database, db_path: object, courier_case: CaseSummary
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    box = show_trail_check(parent, db)
    assert box.icon() == QMessageBox.Icon.Information and box.text().startswith("The audit trail is intact: ")
    box.close()
    with db.engine.begin() as connection:  # the file's owner, with sqlite3: guards off, a change, guards on
        saved = (
            connection.execute(text("SELECT sql FROM sqlite_master WHERE name = 'event_is_append_only'"))
            .scalars()
            .all()
        )
        connection.execute(text("DROP TRIGGER event_is_append_only"))
        connection.execute(text("UPDATE event SET \"user\" = 'nobody' WHERE case_id = :id"), {"id": courier_case.id})
        for sql in saved:
            connection.execute(text(sql))
    box = show_trail_check(parent, db)
    assert box.icon() == QMessageBox.Icon.Warning
    assert box.text().startswith("The audit trail is broken at event ")
    box.close()
