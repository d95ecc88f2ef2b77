"""The holiday calendar (节假日安排) kept in the database: the days that differ from the plain week.

The migration fills in the official arrangements the ``chinese-calendar`` package knows; the office
enters later years itself, day by day, once the State Council publishes them. Only exceptions are
kept: a day set back to what the plain week says (a weekday working, a weekend off) is removed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import extract, func, select
from sqlalchemy.orm import Session

from casebook.domain import working_days
from casebook.domain.errors import RuleViolation
from casebook.domain.roles import Permission
from casebook.i18n import noop
from casebook.services.steps.case_access import record_event
from casebook.store.database import Database
from casebook.store.models import HolidayCalendarDay

NAME_LENGTH = 60


@dataclass(frozen=True)
class CalendarDay:
    day: date
    is_working_day: bool
    name: str


def calendar_days(db: Database, year: int) -> list[CalendarDay]:
    """The exceptions of ``year`` in date order (empty for a year nobody has entered)."""
    with db.read() as session:
        rows = session.scalars(
            select(HolidayCalendarDay)
            .where(HolidayCalendarDay.day >= date(year, 1, 1), HolidayCalendarDay.day <= date(year, 12, 31))
            .order_by(HolidayCalendarDay.day)
        )
        return [CalendarDay(r.day, r.is_working_day, r.name) for r in rows]


def known_years(db: Database) -> list[int]:
    """The years that have at least one exception in the calendar."""
    with db.read() as session:
        years = session.scalars(select(extract("year", HolidayCalendarDay.day)).distinct())
        return sorted(int(y) for y in years)


def set_calendar_day(db: Database, day: date, is_working_day: bool, name: str = "") -> CalendarDay | None:
    """Make ``day`` a working day or a day off; the exception as kept, or None when the day now
    follows the plain week (and no row is kept). Logged as an event."""
    name = name.strip()
    if len(name) > NAME_LENGTH:
        raise RuleViolation(
            "calendar_name_too_long",
            noop("Rule", "The name of a holiday is at most {length} characters."),
            length=NAME_LENGTH,
        )
    with db.write(Permission.EDIT_REFERENCE) as session:
        row = session.get(HolidayCalendarDay, day)
        before = None if row is None else {"is_working_day": row.is_working_day, "name": row.name}
        kept: CalendarDay | None = None
        if working_days.differs_from_plain_week(day, is_working_day):
            if row is None:
                row = HolidayCalendarDay(day=day, is_working_day=is_working_day, name=name)
                session.add(row)
            else:
                row.is_working_day, row.name = is_working_day, name
            kept = CalendarDay(day, is_working_day, name)
        elif row is not None:
            session.delete(row)
        record_event(
            session,
            db.user,
            None,
            "set_calendar_day",
            day,
            is_working_day=is_working_day,
            name=name,
            before=before,
        )
        return kept


def is_working_day(db: Database, day: date) -> bool:
    with db.read() as session:
        return working_days.is_working_day(day, load_exceptions(session, day, day))


def add_working_days(db: Database, start: date, count: int) -> date:
    """The ``count``-th working day after ``start`` by the calendar in the database."""
    with db.read() as session:
        return working_day_after(session, start, count)


def load_exceptions(session: Session, first: date, last: date) -> dict[date, bool]:
    """The calendar's exceptions from ``first`` to ``last`` (both included)."""
    rows = session.execute(
        select(HolidayCalendarDay.day, HolidayCalendarDay.is_working_day).where(
            HolidayCalendarDay.day >= first, HolidayCalendarDay.day <= last
        )
    )
    return {day: working for day, working in rows}


def working_day_after(session: Session, start: date, count: int) -> date:
    """:func:`casebook.domain.working_days.add_working_days` with the exceptions that can matter."""
    if count < 0:
        raise ValueError("count must not be negative")
    span = working_days.span_for(count)
    while True:
        last = start + timedelta(days=span)
        result = working_days.add_working_days(start, count, load_exceptions(session, start, last))
        if result <= last:
            return result
        span *= 2  # a calendar with more days off than any year has had: look further


def calendar_size(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(HolidayCalendarDay)) or 0
