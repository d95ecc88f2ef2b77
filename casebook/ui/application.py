"""Start the window: Qt application, translations, the database, the main window."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QSettings, QThreadPool, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from casebook.domain.errors import CasebookError
from casebook.i18n import translate
from casebook.paths import DATABASE_ENV
from casebook.store.database import open_database
from casebook.store.failures import storage_problem
from casebook.ui.dialogs.sign_in import sign_in_if_needed
from casebook.ui.error_handling import ErrorReporter, start_logging
from casebook.ui.main_window import MainWindow
from casebook.ui.translation import use_language

ORGANISATION = "Casebook"
APPLICATION = "Casebook"


def make_application() -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(sys.argv[:1])
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    return app


def remembered_database() -> str | None:
    """The database of the last session (unless CASEBOOK_DB says otherwise): a server URL, or a file
    that still exists; else None, for the default file in the user's data folder."""
    if os.environ.get(DATABASE_ENV):
        return None
    last = QSettings().value("last_database")
    if not last:
        return None
    last = str(last)
    return last if "://" in last or Path(last).is_file() else None


def run(target: str | None, language: str | None = None) -> int:
    """Open the window; the language is --lang, else the one chosen in 设置, else Chinese."""
    app = make_application()
    use_language(language or str(QSettings().value("language", "zh_CN")))
    reporter = ErrorReporter(start_logging())
    try:
        db = open_database(target or remembered_database())
    except CasebookError as error:
        QMessageBox.critical(None, translate("Application", "Casebook"), error.message)
        return 2
    except Exception as error:  # the file is missing, read-only, locked …: say what to do
        problem = storage_problem(error)
        if problem is None:
            raise
        QMessageBox.critical(None, translate("Application", "Casebook"), problem.message)
        return 2
    if not sign_in_if_needed(db):  # the clerk chose to quit instead of signing in
        db.close()
        return 0
    reporter.install()
    window = MainWindow(db)
    reporter.sign_in_again = window.sign_in_again
    window.show()
    QTimer.singleShot(0, window.offer_first_start)
    try:
        return app.exec()
    finally:
        QThreadPool.globalInstance().waitForDone()  # the reads and steps still on workers end first
        db.close()
