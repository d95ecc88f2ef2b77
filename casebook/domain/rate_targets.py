"""The office's targets per rate (「力争办成率达到80%」) and how the actual figure stands against them.

A target is a percentage (above 0, at most 100) for a rate named by its key (``RateName`` value);
a rate without a target has none. The actual is the rate as the office prints it (its rounding of
rates), so 「办成率79.96%」 printed as 80.0% meets a target of 80%.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from casebook.domain.errors import RuleViolation
from casebook.domain.figure_style import FigureStyle
from casebook.domain.metrics import Rate, RateName
from casebook.i18n import noop, translate


@dataclass(frozen=True)
class RateTarget:
    rate: RateName
    target: Decimal
    actual: Decimal | None  # None: nothing to divide yet
    numerator: int
    denominator: int

    @property
    def met(self) -> bool | None:
        return None if self.actual is None else self.actual >= self.target

    @property
    def gap(self) -> Decimal | None:
        """Percentage points still missing (0 once met); None when there is no actual yet."""
        return None if self.actual is None else max(Decimal(0), self.target - self.actual)


def target_value(value: object) -> Decimal | None:
    """A target as a number, or None when it is not one above 0 and at most 100."""
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        return None
    try:
        number = Decimal(str(value))
    except InvalidOperation:
        return None
    if not number.is_finite() or not Decimal(0) < number <= Decimal(100):
        return None
    return number


def check_targets(targets: Mapping[str, object]) -> None:
    """Refuse a key that is not a rate or a value that cannot be a target (nothing is changed)."""
    names = {name.value for name in RateName}
    for key, value in targets.items():
        if key not in names:
            raise RuleViolation(
                "unknown_rate",
                noop("Rule", "“{key}” is not a rate; the rates are: {names}."),
                key=key,
                names="、".join(name.value for name in RateName),
            )
        if target_value(value) is None:
            raise RuleViolation(
                "bad_rate_target",
                noop("Rule", "The target of {rate} must be a percentage above 0 and at most 100, not “{value}”."),
                rate=RateName(key).label,
                value=value,
            )


def rate_targets(targets: Mapping[str, object], rates: Mapping[RateName, Rate], style: FigureStyle) -> list[RateTarget]:
    """Each rate that has a target, in the order of ``RateName``, with its actual in ``style``."""
    found = []
    for name in RateName:
        target = target_value(targets.get(name.value))
        rate = rates.get(name)
        if target is None or rate is None:
            continue
        actual = style.percent(rate.numerator, rate.denominator)
        found.append(RateTarget(name, target, actual, rate.numerator, rate.denominator))
    return found


def target_text(target: RateTarget, style: FigureStyle) -> str:
    """「目标80%，已达到」, 「目标80%，尚差4.8个百分点」 or 「目标80%，尚无数据」."""
    goal = f"{target.target.normalize():f}%"
    if target.actual is None:
        return translate("Targets", "target {target}, no figures yet").format(target=goal)
    if target.met:
        return translate("Targets", "target {target}, reached").format(target=goal)
    return translate("Targets", "target {target}, {points} points short").format(
        target=goal, points=style.number(target.gap)
    )
