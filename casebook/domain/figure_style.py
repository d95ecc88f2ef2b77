"""How an office prints its percentages: decimals and rounding per kind of figure, shares made to add
up to 100 (largest remainder) or not.

Offices mix them: one prints rates with one decimal half up (75.2%) and class shares with two
(58.07%); another truncates (92.47% → 92.4%); another prints whole numbers. The defaults are the
seeds': one decimal, half up, shares each rounded on their own.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import ROUND_DOWN, ROUND_FLOOR, ROUND_HALF_UP, Decimal
from enum import StrEnum

DECIMAL_CHOICES = (0, 1, 2)


class Rounding(StrEnum):
    HALF_UP = "half_up"  # 四舍五入
    TRUNCATE = "truncate"  # 截尾


class FigureKind(StrEnum):
    """The kinds of figure an office may round differently (the settings' key prefixes)."""

    RATE = "rate"  # 解决率, 满意率, 办复率 …
    CLASS_SHARE = "class_share"  # A类 … 占58.07%
    CATEGORY_SHARE = "category_share"  # 财政经济方面 … 占26.8%
    RATING_SHARE = "rating_share"  # 满意率92.47%，基本满意率7.53%


@dataclass(frozen=True)
class FigureStyle:
    decimals: int = 1
    rounding: Rounding = Rounding.HALF_UP

    @property
    def quantum(self) -> Decimal:
        return Decimal(1).scaleb(-self.decimals)

    def round(self, value: Decimal) -> Decimal:
        mode = ROUND_HALF_UP if self.rounding is Rounding.HALF_UP else ROUND_DOWN
        return value.quantize(self.quantum, rounding=mode)

    def percent(self, numerator: int, denominator: int) -> Decimal | None:
        """``numerator / denominator`` as a percentage in this style; None when nothing to divide."""
        if denominator <= 0:
            return None
        return self.round(Decimal(numerator) * 100 / Decimal(denominator))

    def number(self, value: Decimal | None) -> str:
        """75.2 → "75.2" (with this style's decimals), None → "—"."""
        return "—" if value is None else f"{value:.{self.decimals}f}"

    def text(self, value: Decimal | None) -> str:
        """The percentage as printed: "58.07%" ("—" when there is nothing to divide)."""
        return "—" if value is None else f"{self.number(value)}%"


SEEDS_STYLE = FigureStyle()  # one decimal, half up


@dataclass(frozen=True)
class Share:
    """One part of a whole: a result class, a category, a rating level."""

    code: str
    label: str
    count: int
    share: Decimal | None

    def text(self, style: FigureStyle) -> str:
        return style.text(self.share)


def shares(
    parts: Sequence[tuple[str, str, int]], denominator: int, style: FigureStyle, *, add_to_100: bool = False
) -> list[Share]:
    """Each part's share of ``denominator``. With ``add_to_100`` the shares are allotted by largest
    remainder so that, with whatever is not in any part, they add up to exactly 100 (a part with the
    larger remainder gets the last unit first; ties go to the earlier part)."""
    if denominator <= 0:
        return [Share(code, label, count, None) for code, label, count in parts]
    if not add_to_100:
        return [Share(code, label, count, style.percent(count, denominator)) for code, label, count in parts]
    counts = [count for _, _, count in parts]
    rest = denominator - sum(counts)
    if rest > 0:
        counts.append(rest)  # the cases in no part take their place in the allotment, then are dropped
    scale = Decimal(10) ** style.decimals
    exact = [Decimal(count) * 100 * scale / Decimal(denominator) for count in counts]
    units = [value.to_integral_value(rounding=ROUND_FLOOR) for value in exact]
    missing = int(100 * scale - sum(units))
    order = sorted(range(len(exact)), key=lambda i: (-(exact[i] - units[i]), i))
    for i in order[: max(missing, 0)]:
        units[i] += 1
    return [
        Share(code, label, count, (units[i] / scale).quantize(style.quantum))
        for i, (code, label, count) in enumerate(parts)
    ]
