"""Date arithmetic of the handling rules (months are calendar months: 15 Mar + 3 months = 15 Jun)."""

from __future__ import annotations

from datetime import date

from dateutil.relativedelta import relativedelta


def add_months(start: date, months: int) -> date:
    """``start`` plus whole calendar months; the 31st falls back to the month's last day."""
    result: date = start + relativedelta(months=months)
    return result


def add_days(start: date, days: int) -> date:
    result: date = start + relativedelta(days=days)
    return result
