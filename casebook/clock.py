"""The program's one clock: what "today" and "now" are.

Every part of Casebook that needs the current date or time asks here, never ``date.today()`` or
``datetime.now()`` itself, so that a test (or a clerk re-running last year's reports) can fix the day:
``CASEBOOK_TODAY=2023-12-31`` in the environment, or ``clock.fixed(date(2023, 12, 31))`` in-process.
The time of day stays the real one, so record times keep their order.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime

TODAY_VARIABLE = "CASEBOOK_TODAY"

_fixed_today: date | None = None


def _from_environment() -> date | None:
    value = os.environ.get(TODAY_VARIABLE, "").strip()
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise SystemExit(f"{TODAY_VARIABLE}={value!r} is not a date (YYYY-MM-DD)") from None


def today() -> date:
    """The business day the program takes as today."""
    if _fixed_today is not None:
        return _fixed_today
    return _from_environment() or date.today()


def now() -> datetime:
    """The current date and time (the date is :func:`today`'s, the time of day the real one)."""
    real = datetime.now()
    day = today()
    return real if day == real.date() else datetime.combine(day, real.time())


def set_today(day: date | None) -> None:
    """Fix today to ``day`` for this process (``None``: the real calendar, or CASEBOOK_TODAY)."""
    global _fixed_today
    _fixed_today = day


@contextmanager
def fixed(day: date) -> Iterator[None]:
    """Today is ``day`` inside the block."""
    previous = _fixed_today
    set_today(day)
    try:
        yield
    finally:
        set_today(previous)
