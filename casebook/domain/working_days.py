"""Working days (工作日): Monday to Friday, except the exceptions of the holiday calendar.

The calendar keeps only the days that differ from the plain week: public holidays (节假日) that
fall on a weekday are days off, and the weekends swapped into working days (调休上班) are working
days. Everything here is date arithmetic over such a mapping ``day → is a working day``; the
database keeps the mapping (casebook.services.admin.holiday_calendar).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta

Exceptions = Mapping[date, bool]  # day → is a working day, only for days that differ from the plain week

SATURDAY = 5


@dataclass(frozen=True)
class CalendarException:
    """A day that differs from the plain week, with its name (国庆节, 国庆节调休上班 …)."""

    day: date
    is_working_day: bool
    name: str


def is_weekend(day: date) -> bool:
    return day.weekday() >= SATURDAY


def differs_from_plain_week(day: date, is_working_day: bool) -> bool:
    """Whether the calendar has to keep ``day`` as an exception (a working weekend, a weekday off)."""
    return is_working_day == is_weekend(day)


def is_working_day(day: date, exceptions: Exceptions) -> bool:
    found = exceptions.get(day)
    return not is_weekend(day) if found is None else found


def add_working_days(start: date, count: int, exceptions: Exceptions) -> date:
    """The ``count``-th working day after ``start`` (``start`` itself is not counted, as with
    calendar days: 10 working days from an assignment on a Monday end on the second Friday after).
    ``count`` 0 gives ``start``."""
    if count < 0:
        raise ValueError("count must not be negative")
    day = start
    while count > 0:
        day += timedelta(days=1)
        if is_working_day(day, exceptions):
            count -= 1
    return day


def next_working_day(day: date, exceptions: Exceptions) -> date:
    """``day`` itself when it is a working day, else the first working day after it."""
    while not is_working_day(day, exceptions):
        day += timedelta(days=1)
    return day


def working_days_between(start: date, end: date, exceptions: Exceptions) -> int:
    """The working days after ``start`` up to and including ``end`` (0 when ``end`` <= ``start``)."""
    count, day = 0, start
    while day < end:
        day += timedelta(days=1)
        count += is_working_day(day, exceptions)
    return count


def span_for(count: int) -> int:
    """Calendar days that surely hold ``count`` working days: a week has five weekdays, and a year
    at most a dozen weekday holidays, the longest run of them (春节, 国庆节) under two weeks."""
    return count * 2 + 30


# The names as a clerk writes them (the package shortens some: 清明, 端午, 中秋).
_NAMES = {
    "New Year's Day": "元旦",
    "Spring Festival": "春节",
    "Tomb-sweeping Day": "清明节",
    "Labour Day": "劳动节",
    "Dragon Boat Festival": "端午节",
    "Mid-autumn Festival": "中秋节",
    "National Day": "国庆节",
    "Anti-Fascist 70th Day": "抗战胜利70周年纪念日",
}


def official_exceptions() -> list[CalendarException]:
    """The State Council's holiday arrangements (国务院办公厅关于部分节假日安排的通知) for the years the
    installed ``chinese-calendar`` package knows, as exceptions to the plain week, named in Chinese."""
    from chinese_calendar import constants  # type: ignore[import-untyped]

    names = {holiday.value: _NAMES.get(holiday.value, holiday.chinese) for holiday in constants.Holiday}
    found = [
        CalendarException(day, False, names.get(name, name))
        for day, name in constants.holidays.items()
        if not is_weekend(day)
    ]
    found += [
        CalendarException(day, True, f"{names.get(name, name)}调休上班")
        for day, name in constants.workdays.items()
        if is_weekend(day)
    ]
    return sorted(found, key=lambda e: e.day)
