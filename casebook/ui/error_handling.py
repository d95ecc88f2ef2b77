"""What the window does with an error nobody caught: a clerk-sized message, a log file, no lost form.

Storage troubles (disk full, database busy, read-only file, file gone) are told with what to do
(:mod:`casebook.store.failures`). Anything else is a defect of the program: its traceback goes to
the log file in the user's log folder and the clerk sees where that file is. Either way the window
keeps running and every open form keeps what was typed in it (an error in a slot stops only that
slot).
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from casebook.domain.errors import CasebookError, NotSignedIn
from casebook.i18n import translate
from casebook.paths import log_dir
from casebook.store.failures import storage_problem

LOG_FILE = "casebook.log"
logger = logging.getLogger("casebook")


def log_path() -> Path:
    return log_dir() / LOG_FILE


def start_logging(path: Path | None = None) -> Path:
    """Write the program's log (warnings and errors, with tracebacks) to ``path``, rotated at 1 MB."""
    path = path or log_path()
    handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return path


class ErrorReporter:
    """sys.excepthook for the window: shows ``message_box`` for the clerk, logs what is a defect."""

    def __init__(self, log_file: Path) -> None:
        self.log_file = log_file
        self.message_box: QMessageBox | None = None  # the last one shown (the tests read it)
        # asks for a sign-in again when a read or write found nobody signed in (the window's)
        self.sign_in_again: Callable[[str], object] | None = None  # the window's; returns its dialog

    def install(self) -> None:
        sys.excepthook = self.handle

    def handle(self, kind: type[BaseException], error: BaseException, traceback: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, traceback)
            return
        if isinstance(error, NotSignedIn) and self.sign_in_again is not None:
            logger.info("sign-in needed: %s", error)
            self.sign_in_again(error.message)
            return
        if isinstance(error, CasebookError):  # a refusal (a role's, a rule's) nobody showed: no defect
            logger.info("refused: %s", error)
            self._show(QMessageBox.Icon.Warning, translate("Errors", "Not done"), error.message)
            return
        problem = storage_problem(error)
        if problem is not None:
            logger.warning("storage problem (%s): %s", problem.kind, error)
            self._show(QMessageBox.Icon.Warning, translate("Errors", "The database could not be used"), problem.message)
            return
        logger.error("unexpected error", exc_info=(kind, error, traceback))
        self._show(
            QMessageBox.Icon.Critical,
            translate("Errors", "Casebook met an unexpected error"),
            translate(
                "Errors",
                "Something went wrong inside Casebook: {error}\n\nWhat you typed is still in the open forms: "
                "save it again, or copy it somewhere safe. The details were written to the log file\n{path}\n"
                "Please send that file to whoever looks after Casebook.",
            ).format(error=error, path=self.log_file),
        )

    def _show(self, icon: QMessageBox.Icon, title: str, text: str) -> None:
        app = QApplication.instance()
        parent = app.activeWindow() if isinstance(app, QApplication) else None
        box = QMessageBox(
            icon, title, text, QMessageBox.StandardButton.Ok, parent if isinstance(parent, QWidget) else None
        )
        box.open()  # window-modal where there is a window; the event loop goes on
        self.message_box = box
