"""Long jobs (demo load, import, export) on a worker thread with a progress dialog that can cancel.

The job is a plain function ``job(progress) -> result`` where ``progress(done, total) -> bool``
returns False once the clerk pressed Cancel; the GUI thread only shows progress and the result.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from casebook.i18n import translate

Progress = Callable[[int, int], bool]
Job = Callable[[Progress], Any]


class _Signals(QObject):
    progressed = Signal(int, int)
    finished = Signal(object)
    failed = Signal(object)


class _Runnable(QRunnable):
    def __init__(self, job: Job, signals: _Signals, cancelled: threading.Event) -> None:
        super().__init__()
        self.job = job
        self.signals = signals
        self.cancelled = cancelled

    def run(self) -> None:
        def progress(done: int, total: int) -> bool:
            self.signals.progressed.emit(done, total)
            return not self.cancelled.is_set()

        try:
            result = self.job(progress)
        except BaseException as error:  # reported to the GUI thread, which shows it
            self.signals.failed.emit(error)
        else:
            self.signals.finished.emit(result)


class BackgroundJob(QObject):
    """Run ``job`` off the GUI thread; ``finished(result)`` or ``failed(error)`` comes back on it."""

    finished = Signal(object)
    failed = Signal(object)

    def __init__(self, parent: QWidget | None, title: str, job: Job) -> None:
        super().__init__(parent)
        self.cancelled = threading.Event()
        self.signals = _Signals()
        self.dialog = QProgressDialog(title, translate("Worker", "Cancel"), 0, 0, parent)
        self.dialog.setWindowTitle(title)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(300)
        self.dialog.canceled.connect(self.cancelled.set)
        self.signals.progressed.connect(self._progress)
        self.signals.finished.connect(self._done)
        self.signals.failed.connect(self._fail)
        self.runnable = _Runnable(job, self.signals, self.cancelled)

    def start(self) -> None:
        QThreadPool.globalInstance().start(self.runnable)

    def _progress(self, done: int, total: int) -> None:
        if total > 0:
            self.dialog.setMaximum(total)
            self.dialog.setValue(min(done, total))

    def _done(self, result: object) -> None:
        self.dialog.reset()
        self.finished.emit(result)

    def _fail(self, error: object) -> None:
        self.dialog.reset()
        self.failed.emit(error)
