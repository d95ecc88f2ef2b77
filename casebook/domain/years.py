"""The years a register can hold: from the founding of the People's Republic (1949) to 2100.

A date outside them is a typing mistake (9999-12-01, 0001-01-01), refused where it is typed: on the
command line, in a ledger cell, in a form."""

from __future__ import annotations

from datetime import date

EARLIEST_YEAR, LATEST_YEAR = 1949, 2100
EARLIEST_DAY, LATEST_DAY = date(EARLIEST_YEAR, 1, 1), date(LATEST_YEAR, 12, 31)


def is_register_year(year: int) -> bool:
    return EARLIEST_YEAR <= year <= LATEST_YEAR


def is_register_day(day: date) -> bool:
    return EARLIEST_DAY <= day <= LATEST_DAY
