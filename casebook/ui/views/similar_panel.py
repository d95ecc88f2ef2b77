"""相似建议: the cases of any year similar to the title and content being typed or opened.

The query runs on a worker thread (casebook.services.queries.similar): it takes milliseconds once the index
is built, but the first one of a database builds the index (seconds for 100,000 cases), meanwhile
the panel says so and the window stays responsive. Only the answer to the latest question is
shown. Double-clicking a case emits ``open_case(case_id)``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, cast

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from casebook.i18n import translate, translate_n
from casebook.services.admin.office import get_settings
from casebook.services.queries.similar import SimilarCase, index_ready, similar_cases
from casebook.store.database import Database

CASE_ID_ROLE = Qt.ItemDataRole.UserRole
LIMIT = 20


class _Signals(QObject):
    finished = Signal(int, object)
    failed = Signal(int, object)


class _Query(QRunnable):
    """One question, asked on a worker thread; the answer comes back with its number."""

    def __init__(self, number: int, job: Callable[[], Any], signals: _Signals) -> None:
        super().__init__()
        self.number = number
        self.job = job
        self.signals = signals  # no parent: alive as long as this runnable, whatever happens to the panel

    def run(self) -> None:
        try:
            result = self.job()
        except Exception as error:  # shown by the panel
            self.signals.failed.emit(self.number, error)
        else:
            self.signals.finished.emit(self.number, result)


_quit_hooked = False


def _wait_for_queries() -> None:
    QThreadPool.globalInstance().waitForDone()


def _wait_for_queries_at_quit() -> None:
    """A question still running when the program quits is finished first (it reads the database)."""
    global _quit_hooked
    app = QCoreApplication.instance()
    if app is not None and not _quit_hooked:
        app.aboutToQuit.connect(_wait_for_queries)
        _quit_hooked = True


class SimilarCasesPanel(QWidget):
    """The similar cases of a text; ``counted(n)`` after each answer (-1 while it is looking)."""

    open_case = Signal(int)
    counted = Signal(int)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.matches: list[SimilarCase] = []
        self.asked = 0  # the number of the latest question
        self.running = 0  # questions not answered yet
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.table = QTableWidget(0, 7)
        self.table.setHorizontalHeaderLabels(
            [
                translate("SimilarPanel", "Year"),
                translate("SimilarPanel", "Session"),
                translate("SimilarPanel", "No."),
                translate("SimilarPanel", "Title"),
                translate("SimilarPanel", "Result"),
                translate("SimilarPanel", "Rating"),
                translate("SimilarPanel", "Score"),
            ]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.setToolTip(translate("SimilarPanel", "Double-click a case to open it."))
        self.table.cellDoubleClicked.connect(self._open_row)
        self.signals = _Signals()
        self.signals.finished.connect(self._answered)
        self.signals.failed.connect(self._failed)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)
        self.status.setText(translate("SimilarPanel", "Type a title to see the similar cases of earlier years."))
        _wait_for_queries_at_quit()

    @property
    def busy(self) -> bool:
        return self.running > 0

    def show_for_text(self, text: str, exclude_case_id: int | None = None, *, body: str = "") -> None:
        """Look for the cases similar to ``text`` (a title) and ``body``, leaving out case ``exclude_case_id``."""
        self.asked += 1
        if not text.strip() and not body.strip():
            self._show([], {})
            self.status.setText(translate("SimilarPanel", "Type a title to see the similar cases of earlier years."))
            return
        if not index_ready(self.db):
            self.status.setText(translate("SimilarPanel", "Building the index…"))
        db = self.db

        def job() -> tuple[list[SimilarCase], dict[str, str]]:
            found = similar_cases(db, text, body=body, exclude_case_id=exclude_case_id, limit=LIMIT)
            return found, {option.code: option.label for option in get_settings(db).rating_options}

        self.running += 1
        self.counted.emit(-1)
        QThreadPool.globalInstance().start(_Query(self.asked, job, self.signals))

    def _answered(self, number: int, result: object) -> None:
        self.running -= 1
        if number != self.asked:
            return  # a newer question is on its way
        found, ratings = cast(tuple[list[SimilarCase], dict[str, str]], result)
        self._show(found, ratings)
        if found:
            self.status.setText(
                translate_n("SimilarPanel", "%n cases with a similar title or content, most similar first:", len(found))
            )
        else:
            self.status.setText(translate("SimilarPanel", "No similar case."))

    def _failed(self, number: int, error: object) -> None:
        self.running -= 1
        if number != self.asked:
            return
        self._show([], {})
        self.status.setText(translate("SimilarPanel", "Could not look for similar cases: {error}").format(error=error))

    def _show(self, found: list[SimilarCase], ratings: dict[str, str]) -> None:
        self.matches = found
        self.table.setRowCount(len(found))
        for row, case in enumerate(found):
            values = [
                str(case.year),
                case.session,
                case.number,
                case.title,
                case.result or "",
                ratings.get(case.rating, case.rating) if case.rating else "",
                f"{case.score:.2f}",
            ]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(CASE_ID_ROLE, case.case_id)
                if column in (0, 6):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.counted.emit(len(found))

    def _open_row(self, row: int, _column: int) -> None:
        item = self.table.item(row, 0)
        if item is not None:
            self.open_case.emit(int(item.data(CASE_ID_ROLE)))
