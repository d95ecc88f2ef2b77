"""What figures are compared with, and which dates figures may be taken at.

A year is compared with the previous year at the same day of year; a session with the same kind of
session a year earlier (this year's 闭会期间 with last year's 闭会期间, the congress's meeting with
last year's meeting). Figures are never taken at a future date: an as-of date after today is
refused, a past year's figures default to its last day, the monthly report to the last complete month.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from casebook.domain.enums import SessionKind
from casebook.domain.errors import RuleViolation
from casebook.domain.metrics import same_day_a_year_earlier
from casebook.i18n import noop, translate


@dataclass(frozen=True)
class SessionRef:
    id: int
    name: str
    kind: SessionKind
    year: int


@dataclass(frozen=True)
class Comparison:
    """The cohort a figure is compared with: a year, or one session of it, as of a date."""

    year: int
    as_of: date
    session: SessionRef | None = None

    @property
    def label(self) -> str:
        """「2021年」 or the session's name, 「2021年闭会期间」."""
        if self.session is not None:
            return self.session.name
        return translate("Report", "{year}").format(year=self.year)


def previous_session(current: SessionRef, sessions: Iterable[SessionRef]) -> SessionRef | None:
    """The same kind of session a year earlier (the first registered, if there are several)."""
    found = [s for s in sessions if s.kind is SessionKind(current.kind) and s.year == current.year - 1]
    return min(found, key=lambda s: s.id, default=None)


def comparison_for(year: int, as_of: date, session: SessionRef | None, sessions: Iterable[SessionRef]) -> Comparison:
    """What the cohort of ``year`` (or of ``session``) as of ``as_of`` is compared with."""
    before = same_day_a_year_earlier(as_of)
    if session is None:
        return Comparison(year - 1, before)
    return Comparison(year - 1, before, previous_session(session, sessions))


def check_as_of(as_of: date, today: date) -> date:
    """Refuse an as-of date after today: figures of the future are not known yet."""
    if as_of > today:
        raise RuleViolation(
            "as_of_in_future",
            noop("Rule", "figures cannot be taken at {date}, a date after today ({today})"),
            date=as_of.isoformat(),
            today=today.isoformat(),
        )
    return as_of


def default_as_of(year: int, today: date) -> date:
    """The date a year's figures open at: today within the year, the year's last day once it is over."""
    return min(today, date(year, 12, 31))


def month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def last_complete_month(today: date) -> tuple[int, int]:
    """(year, month) of the last month that has ended by ``today``."""
    last_day = today.replace(day=1) - timedelta(days=1)
    return last_day.year, last_day.month
