"""Metric definitions: rates with their numerator and denominator, rounding, year-over-year change.

Percentages have one decimal, rounded half up (188/250 → 75.2). A change 「同比上升4.7个百分点」
is the difference of the two rounded rates (75.2 − 70.5).
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum

from casebook.i18n import noop, translate

ONE_DECIMAL = Decimal("0.1")


def percent(numerator: int, denominator: int) -> Decimal | None:
    """``numerator / denominator`` as a percentage with one decimal, half up; None when nothing to divide."""
    if denominator <= 0:
        return None
    return (Decimal(numerator) * 100 / Decimal(denominator)).quantize(ONE_DECIMAL, rounding=ROUND_HALF_UP)


@dataclass(frozen=True)
class Rate:
    numerator: int
    denominator: int

    @property
    def value(self) -> Decimal | None:
        return percent(self.numerator, self.denominator)

    def change_from(self, previous: Rate) -> Decimal | None:
        """Percentage points from ``previous`` to this rate (difference of the rounded rates)."""
        if self.value is None or previous.value is None:
            return None
        return self.value - previous.value


class Trend(StrEnum):
    UP = "up"  # 上升
    DOWN = "down"  # 下降
    FLAT = "flat"  # 持平


def trend(change: Decimal) -> Trend:
    if change > 0:
        return Trend.UP
    if change < 0:
        return Trend.DOWN
    return Trend.FLAT


class RateName(StrEnum):
    RESOLUTION = "resolution_rate"  # 解决率
    ACCOMPLISHMENT = "accomplishment_rate"  # 办成率
    SATISFACTION = "satisfaction_rate"  # 满意率
    FIRST_SATISFACTION = "first_satisfaction_rate"  # 初次满意率
    ON_TIME = "on_time_rate"  # 按期答复率
    FACE_TO_FACE = "face_to_face_rate"  # 见面率

    @property
    def label(self) -> str:
        """The rate's name in the installed language: the one table of them (screen, files, command line)."""
        return translate("Statistics", _RATE_LABELS[self])


_RATE_LABELS = {
    RateName.RESOLUTION: noop("Statistics", "Resolution rate"),
    RateName.ACCOMPLISHMENT: noop("Statistics", "Accomplishment rate"),
    RateName.SATISFACTION: noop("Statistics", "Satisfaction rate"),
    RateName.FIRST_SATISFACTION: noop("Statistics", "First-round satisfaction rate"),
    RateName.ON_TIME: noop("Statistics", "On-time reply rate"),
    RateName.FACE_TO_FACE: noop("Statistics", "Meeting rate"),
}


@dataclass(frozen=True)
class Figures:
    """The counts of one cohort (or one slice of it) as of a date."""

    total: int = 0
    assigned: int = 0
    replied: int = 0
    resolved: int = 0
    accomplished: int = 0
    rated: int = 0
    satisfied: int = 0
    first_rated: int = 0
    first_satisfied: int = 0
    replies_due: int = 0
    replied_on_time: int = 0
    overdue: int = 0
    replies: int = 0
    met_face_to_face: int = 0

    def rate(self, name: RateName) -> Rate:
        numerator, denominator = {
            RateName.RESOLUTION: (self.resolved, self.total),
            RateName.ACCOMPLISHMENT: (self.accomplished, self.total),
            RateName.SATISFACTION: (self.satisfied, self.rated),
            RateName.FIRST_SATISFACTION: (self.first_satisfied, self.first_rated),
            RateName.ON_TIME: (self.replied_on_time, self.replies_due),
            RateName.FACE_TO_FACE: (self.met_face_to_face, self.replies),
        }[name]
        return Rate(numerator, denominator)

    @classmethod
    def counts(cls) -> tuple[str, ...]:
        return tuple(f.name for f in fields(cls))


def same_day_a_year_earlier(day: date) -> date:
    """The as-of date of the previous year's comparison (29 February becomes 28 February)."""
    try:
        return day.replace(year=day.year - 1)
    except ValueError:
        return day.replace(year=day.year - 1, day=28)


def is_year_end(day: date) -> bool:
    return (day.month, day.day) == (12, 31)
