"""Start the window: Qt application, translations, the database, the main window."""

from __future__ import annotations

import sys

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMessageBox

from casebook.domain.errors import CasebookError
from casebook.i18n import translate
from casebook.store.database import open_database
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


def run(target: str | None, language: str | None = None) -> int:
    """Open the window; the language is --lang, else the one chosen in 设置, else Chinese."""
    app = make_application()
    use_language(language or str(QSettings().value("language", "zh_CN")))
    try:
        db = open_database(target)
    except CasebookError as error:
        QMessageBox.critical(None, translate("Application", "Casebook"), error.message)
        return 2
    window = MainWindow(db)
    window.show()
    try:
        return app.exec()
    finally:
        db.close()
