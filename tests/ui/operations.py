"""Waiting for the window's worker operations (casebook.ui.jobs.operation) in a test."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from casebook.ui.jobs import operation


def answered(qtbot: QtBot, timeout_ms: int = 30_000) -> None:
    """Wait until every operation started so far has delivered its answer on the GUI thread."""
    qtbot.waitUntil(lambda: operation.running() == 0, timeout=timeout_ms)
