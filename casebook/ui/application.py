"""Start the window: Qt application, translations, the window's shell, then the database.

A cold start paints the main window's shell first (its frame, navigation and menus, 「正在打开…」 where
the case list goes). Then, for a SQLite register at the program's schema without accounts, the case
list's first page is read with the standard library's sqlite3 (casebook.services.queries.first_page)
and painted; only then is the database layer (SQLAlchemy, the models, the services) imported and the
register opened on a worker, as it is at once for any other register; a sign-in is asked for if the
database has accounts, and the window is filled (:class:`Startup`). Importing the database layer is
most of a cold start; the clerk sees the window meanwhile — mostly with the cases — and it answers.
"""

from __future__ import annotations

import builtins
import gc
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QEvent, QObject, QSettings, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMessageBox

from casebook.domain.errors import CasebookError
from casebook.i18n import translate
from casebook.paths import DATABASE_ENV
from casebook.ui.jobs.operation import Operation
from casebook.ui.main_window import MainWindow
from casebook.ui.translation import use_language

if TYPE_CHECKING:
    from casebook.services.queries.first_page import FirstPage
    from casebook.store.database import Database

ORGANISATION = "Casebook"
APPLICATION = "Casebook"
UNPAINTED_OPEN_MS = 500  # a window never painted (started minimised) opens its register after this
EXIT_NOT_OPENED = 2  # the database could not be opened (the message said why)


@contextmanager
def plain_imports() -> Iterator[None]:
    """Python's own import for the block (on any thread), instead of PySide6's.

    PySide6 replaces ``builtins.__import__`` with a hook for its ``from __feature__ import …``
    switches, which reads the source of every module imported after Qt (to see whether it uses
    PySide6): a sixth of the database layer's import time (~70 ms of ~0.4 s). The database layer
    uses no Qt, and the program no ``__feature__``: a module imported in the block is simply not
    in PySide6's list of modules, which reads as "no switches" as its entry would have.
    """
    hooked = builtins.__import__
    original = getattr(builtins, "__orig_import__", None)
    if original is None or original is hooked:  # not PySide6's hook (another Qt, a later PySide6)
        yield
        return
    builtins.__import__ = original
    try:
        yield
    finally:
        builtins.__import__ = hooked


@contextmanager
def collector_paused() -> Iterator[None]:
    """Python's cyclic garbage collector paused for the block, then what exists kept out of its way
    for good (``gc.freeze``): for the database layer's import, once a program. Its objects (modules,
    classes, tables) live as long as the program, and the collector walked them again and again
    as they were made (~30 ms of a cold start)."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        gc.enable()


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


class Startup(QObject):
    """The window's shell shown at once; the register opened after its first frame is painted.

    Emits ``shown`` once the shell's first frame is painted, ``first_page`` once the case list's
    first page is painted (read ahead before the register is open, or after), and ``opened`` when
    the register is attached to the window; when the register cannot be opened, or
    the clerk quits at the sign-in, the event loop ends with :attr:`exit_code` (an unexpected error
    is kept in :attr:`failure`, raised again by :func:`run`).
    """

    shown = Signal()
    first_page = Signal()
    opened = Signal()

    def __init__(self, target: str | None) -> None:
        super().__init__()
        self.target = target
        self.db: Database | None = None
        self.exit_code = 0
        self.failure: BaseException | None = None
        self._opening = False
        self._target: str | None = None  # what is opened (the remembered register when none was given)
        self._page_shown = False  # the case list's first page read ahead and shown (see _read_ahead)
        self._registering = False  # the register is being opened (after the first page's paint)
        self._pending: Database | None = None  # opened on the worker, not yet handed to the window
        self.window = MainWindow()
        self.window.installEventFilter(self)
        self.window.show()
        QTimer.singleShot(UNPAINTED_OPEN_MS, self.open)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Paint and watched is self.window:
            self.window.removeEventFilter(self)
            # the rest of this frame (the children, the flush to the screen) is painted before the
            # event loop's next turn, which opens the register
            QTimer.singleShot(0, self.open)
        elif event.type() == QEvent.Type.Paint and self._page_shown and not self._registering:
            watched.removeEventFilter(self)  # the case list's rows: the first page is painted
            QTimer.singleShot(0, self._page_painted)
        return False

    def open(self) -> None:
        """Read the case list's first page ahead when the register allows (see the module's text),
        on a worker; then open the register."""
        if self._opening:
            return
        self._opening = True
        self.shown.emit()
        self._target = self.target or remembered_database()  # QSettings: read on the GUI thread
        target = self._target
        Operation(self.window, lambda: _read_ahead(target)).success(self._show_first_page).failure(
            lambda _error: self._open_register()  # the usual way says what is wrong
        ).run()

    def _show_first_page(self, page: object) -> None:
        if page is None or not self.window.isVisible():
            self._open_register()
            return
        found = cast("FirstPage", page)
        self._page_shown = True
        self.window.show_first_page(found.total, found.rows)
        self.window.cases.table.viewport().installEventFilter(self)
        QTimer.singleShot(UNPAINTED_OPEN_MS, self._page_painted)  # a window not painted goes on too

    def _page_painted(self) -> None:
        if self._registering:
            return
        self.first_page.emit()
        self._open_register()

    def _open_register(self) -> None:
        """Import the database layer and open the register on a worker (the window stays alive
        meanwhile: an upgrade of the schema with its backup may take seconds); then, on the GUI
        thread, sign in and fill the window."""
        if self._registering:
            return
        self._registering = True
        target = self._target
        Operation(self.window, lambda: self._open_database(target)).success(self._opened).failure(
            self._not_opened
        ).run()

    def _open_database(self, target: str | None) -> tuple[Database, Path]:
        """On a worker: the log file started, the database layer imported (with the services the
        window reads first), the register opened. No module defining Qt classes is imported here:
        a Qt class made on a worker crashed the GUI thread once in twenty starts."""
        with collector_paused(), plain_imports():
            import casebook.services.admin.accounts
            import casebook.services.queries.case_search
            import casebook.services.queries.deadlines
            import casebook.services.queries.overview
            import casebook.services.queries.pickers  # noqa: F401 (imported here, used by the window)
            from casebook.store.database import open_database
            from casebook.ui.error_handling import start_logging

        log_file = start_logging()  # the opening's own warnings (a backup not written …) go there
        self._pending = open_database(target)
        return self._pending, log_file

    def _opened(self, opened: object) -> None:
        try:
            self._fill(*cast("tuple[Database, Path]", opened))
        except BaseException as error:  # unexpected: ends the program as an error would before
            self.failure = error
            self._quit(1)

    def _fill(self, db: Database, log_file: Path) -> None:
        from casebook.ui.error_handling import ErrorReporter

        reporter = ErrorReporter(log_file)
        if db.needs_sign_in:  # (the dialogs' module is imported only then)
            from casebook.ui.dialogs.sign_in import sign_in_if_needed

            if not sign_in_if_needed(db, self.window):  # the clerk chose to quit instead of signing in
                self._pending = None
                db.close()
                self._quit(0)
                return
        self.db, self._pending = db, None
        reporter.install()
        self.window.attach(db)
        reporter.sign_in_again = self.window.sign_in_again
        QTimer.singleShot(0, self.window.offer_first_start)
        if not self._page_shown:
            self.first_page.emit()  # painted with the window's next frame
        self.opened.emit()

    def _not_opened(self, error: Exception) -> None:
        from casebook.store.failures import storage_problem

        if isinstance(error, CasebookError):
            self._refuse(error.message)
            return
        problem = storage_problem(error)  # the file is missing, read-only, locked …: say what to do
        if problem is None:  # unexpected: ends the program as an error would before
            self.failure = error
            self._quit(1)
            return
        self._refuse(problem.message)

    def _refuse(self, message: str) -> None:
        QMessageBox.critical(self.window, translate("Application", "Casebook"), message)
        self._quit(EXIT_NOT_OPENED)

    def _quit(self, code: int) -> None:
        self.exit_code = code
        self.window.remember_on_close = False  # nothing was opened: the last database stays as it was
        self.window.close()
        QApplication.exit(code)

    def close(self) -> None:
        """After the event loop: the reads and steps still on workers end, then the register closes."""
        QThreadPool.globalInstance().waitForDone()
        for db in (self.db, self._pending):  # the window closed while the register was opening
            if db is not None:
                db.close()


def _read_ahead(target: str | None) -> FirstPage | None:
    """On a worker: the case list's first page read with sqlite3, if the register allows (its
    modules use no Qt: imported past PySide6's hook, see :func:`plain_imports`)."""
    with plain_imports():
        from casebook.services.queries.first_page import read_first_page

    return read_first_page(target)


def start(target: str | None, language: str | None = None) -> Startup:
    """The application, its language (--lang, else the one chosen in 设置, else Chinese) and the
    window's shell; the register opens on the event loop (see :class:`Startup`)."""
    make_application()
    use_language(language or str(QSettings().value("language", "zh_CN")))
    return Startup(target)


def run(target: str | None, language: str | None = None) -> int:
    """Open the window and run until it is closed."""
    startup = start(target, language)
    try:
        code = make_application().exec()
    finally:
        startup.close()
    if startup.failure is not None:
        raise startup.failure
    return startup.exit_code if startup.exit_code else code
