"""Let the forms a test closed be deleted before the test returns.

A step form (casebook.ui.dialogs.step_dialog) is deleted on close, with its worker operation as a
child. Left to pytest-qt's event processing after the test function returned, that deletion now and
then crashed the process (a segmentation fault in about one run in four of a test that records a
deliberation through its form, 2026-12-06); done while the test still holds the form, it did not."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent


def settle() -> None:
    """Delete the closed forms now (call it last in a test that pressed OK on a form)."""
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()
