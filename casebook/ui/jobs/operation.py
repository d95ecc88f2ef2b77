"""A read or write of the services on a worker thread, its answer on the GUI thread (Anki's CollectionOp).

    Operation(view, lambda: compute_statistics(db, year)).success(view.show_figures).run()

``work`` runs on the global QThreadPool; ``success(result)`` or ``failure(error)`` then runs on the
GUI thread. Without a ``failure``, an error goes to the window's error handling
(``sys.excepthook``: a clerk-worded message, the log file for a defect); either way the form that
asked keeps what was typed. The callbacks belong to ``owner``: once it is deleted they are not
called. :func:`running` counts the operations not yet answered (the tests wait for none).
"""

from __future__ import annotations

import itertools
import sys
from collections.abc import Callable
from contextlib import suppress
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal

from casebook.domain.errors import NotSignedIn

Work = Callable[[], Any]
Success = Callable[[Any], object]
Failure = Callable[[Exception], object]

_unanswered: dict[int, Operation] = {}  # by key, until answered (or their owner is deleted)
# The work of each operation by key, until its answer reaches the GUI thread: the worker drops its
# own reference before it answers, so that the last reference to the work (and to whatever it holds:
# a lambda holding a view, ``lambda: read(self.db)``) goes on the GUI thread, never on a worker. A Qt
# object's wrapper freed on a worker thread is a crash waiting for the garbage collector.
_works: dict[int, Work] = {}
_keys = itertools.count(1)


def running() -> int:
    """How many operations have not delivered their answer yet."""
    return len(_unanswered)


def report(error: Exception) -> None:
    """An error nobody handled: the window's error handling shows it (and logs a defect)."""
    sys.excepthook(type(error), error, error.__traceback__)


class _Answers(QObject):
    """The one object the workers tell their answers to, living on the GUI thread as long as the
    program. A QObject per operation, emitting from the worker, was once deleted on the worker
    thread (its last reference dropped there) while the GUI thread disconnected it from a deleted
    form: a segmentation fault about one run in four. Nothing is created or deleted by a worker now."""

    answered = Signal(int, bool, object)  # key, succeeded, result or error

    def __init__(self) -> None:
        super().__init__()
        self.answered.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    @staticmethod
    def _deliver(key: int, succeeded: bool, value: object) -> None:
        _works.pop(key, None)  # the work's last reference, released here on the GUI thread
        operation = _unanswered.pop(key, None)
        if operation is None:  # its owner (a form, a view) was deleted meanwhile
            return
        operation.deliver(succeeded, value)


_answers: _Answers | None = None


def _answers_object() -> _Answers:
    """The answers' object, made on the GUI thread the first time an operation starts."""
    global _answers
    if _answers is None:
        _answers = _Answers()
    return _answers


class _Worker(QRunnable):
    def __init__(self, key: int, answers: _Answers) -> None:
        super().__init__()
        self.key = key
        self.answers = answers  # lives as long as the program: never the last reference

    def run(self) -> None:
        work = _works[self.key]  # kept in _works until the GUI thread has the answer
        try:
            result = work()
        except Exception as error:  # told to the GUI thread, which shows it
            del work
            self._tell(False, error)
        else:
            del work
            self._tell(True, result)

    def _tell(self, succeeded: bool, value: object) -> None:
        with suppress(RuntimeError):  # the program is quitting: nobody is left to tell
            self.answers.answered.emit(self.key, succeeded, value)


class Operation(QObject):
    """One call of ``work`` off the GUI thread; see the module's text."""

    def __init__(self, owner: QObject, work: Work) -> None:
        super().__init__(owner)
        self._work = work
        self._success: Success | None = None
        self._failure: Failure | None = None
        self._key = next(_keys)
        key = self._key  # not self: the callback runs while the object is being destroyed
        self.destroyed.connect(lambda *_: _unanswered.pop(key, None))

    def success(self, callback: Success) -> Operation:
        self._success = callback
        return self

    def failure(self, callback: Failure) -> Operation:
        self._failure = callback
        return self

    def run(self) -> Operation:
        answers = _answers_object()
        _unanswered[self._key] = self
        _works[self._key] = self._work
        QThreadPool.globalInstance().start(_Worker(self._key, answers))
        return self

    def deliver(self, succeeded: bool, value: object) -> None:
        """The answer, on the GUI thread: ``success`` or ``failure`` (or the error handling)."""
        try:
            if succeeded:
                if self._success is not None:
                    self._success(value)
            elif not isinstance(value, Exception):
                raise TypeError(f"a worker's failure is an exception, not {value!r}")
            elif self._failure is not None:
                self._failure(value)
            else:
                report(value)
        finally:
            self.deleteLater()


class LatestRead:
    """A view's reads on workers, one at a time: a read asked for while one runs waits for it, and
    only the latest one asked for runs then and is shown (a clerk spinning a year box starts two
    reads, not ten, and never sees an older answer last). ``on_busy(True/False)`` lets the view
    say it is reading."""

    def __init__(self, owner: QObject, on_busy: Callable[[bool], object] | None = None) -> None:
        self._owner = owner
        self._on_busy = on_busy
        self._current: Operation | None = None
        self._next: tuple[Work, Success] | None = None

    @property
    def busy(self) -> bool:
        return self._current is not None

    def run(self, work: Work, show: Success) -> None:
        """Read ``work()`` on a worker and ``show`` its answer (after the read under way, if any)."""
        if self._current is not None:
            self._next = (work, show)
            return
        self._start(work, show)

    def _start(self, work: Work, show: Success) -> None:
        if self._on_busy is not None:
            self._on_busy(True)
        self._current = (
            Operation(self._owner, work).success(lambda result: self._answered(show, result)).failure(self._failed)
        ).run()

    def _answered(self, show: Success, result: object) -> None:
        self._current = None
        if self._next is not None:  # asked for again meanwhile: that answer is the one to show
            work, show = self._next
            self._next = None
            self._start(work, show)
            return
        if self._on_busy is not None:
            self._on_busy(False)
        show(result)

    def _failed(self, error: Exception) -> None:
        self._current = None
        self._next = None
        if self._on_busy is not None:
            self._on_busy(False)
        if isinstance(error, NotSignedIn):
            # The user signed out (切换用户) while the read ran: the sign-in dialog is up, and the
            # views read again once someone has signed in. Nothing to tell.
            return
        report(error)
