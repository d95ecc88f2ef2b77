"""The shares published reports give, in the office's rounding: each result class's and each
category's share of the cases, each rating level's share of the ratings (latest and first round),
and the 办复率 / 办结率 beside the other rates."""

from __future__ import annotations

from collections import Counter
from typing import Any

from casebook.domain.figure_style import FigureKind, FigureStyle, Share, shares
from casebook.services.statistics.figures import Statistics, class_shares


def category_shares(stats: Statistics) -> list[Share]:
    """「财政经济方面25件，占26.8%」: every category with cases, largest first."""
    parts = [
        ("" if row.key is None else str(row.key), row.name, row.figures.total) for row in stats.breakdowns["category"]
    ]
    return _shares(stats, parts, stats.figures.total, FigureKind.CATEGORY_SHARE)


def rating_levels(stats: Statistics, *, first_round: bool = False) -> list[Share]:
    """「满意率92.47%，基本满意率7.53%」: every rating level of the settings, of the rated cases (their
    latest rating, or their first-round one)."""
    counts = stats.outcomes.first_ratings if first_round else stats.outcomes.ratings
    rated = stats.figures.first_rated if first_round else stats.figures.rated
    parts = [(r.code, r.label, counts.get(r.code, 0)) for r in stats.settings.rating_options]
    return _shares(stats, parts, rated, FigureKind.RATING_SHARE)


def dimension_levels(stats: Statistics, dimension: str) -> list[Share]:
    """One rated dimension (办理工作 or 办理结果): every rating level, of the cases rated in it."""
    counts = stats.dimensions.get(dimension, Counter())
    parts = [(r.code, r.label, counts.get(r.code, 0)) for r in stats.settings.rating_options]
    return _shares(stats, parts, sum(counts.values()), FigureKind.RATING_SHARE)


def rate_entry(numerator: int, denominator: int, style: FigureStyle) -> dict[str, Any]:
    """A rate as `stats --json` gives it: {numerator, denominator, rate, text}."""
    value = style.percent(numerator, denominator)
    return {
        "numerator": numerator,
        "denominator": denominator,
        "rate": None if value is None else float(value),
        "text": style.text(value),
    }


def published_dict(stats: Statistics) -> dict[str, Any]:
    """The published figures' keys of `stats --json`."""
    rate_style = stats.settings.figure_style(FigureKind.RATE)

    def listed(items: list[Share], kind: FigureKind) -> list[dict[str, Any]]:
        style = stats.settings.figure_style(kind)
        return [
            {
                "code": s.code,
                "label": s.label,
                "count": s.count,
                "share": None if s.share is None else float(s.share),
                "text": s.text(style),
            }
            for s in items
        ]

    units = stats.published.units
    return {
        "class_shares": listed(class_shares(stats), FigureKind.CLASS_SHARE),
        "category_shares": listed(category_shares(stats), FigureKind.CATEGORY_SHARE),
        "rating_levels": listed(rating_levels(stats), FigureKind.RATING_SHARE),
        "first_rating_levels": listed(rating_levels(stats, first_round=True), FigureKind.RATING_SHARE),
        "reply_rate": rate_entry(stats.figures.replied, stats.figures.total, rate_style),
        "closing_rate": rate_entry(stats.published.closed, stats.figures.total, rate_style),
        "units": {"lead": units.lead, "all": units.all, "by_kind": dict(units.by_kind)},
        "joint_cases": stats.published.joint_cases,
        "converted_motions": stats.published.converted_motions,
        "total_change": stats.total_change,
        "rating_levels_by_dimension": {
            dimension: listed(dimension_levels(stats, dimension), FigureKind.RATING_SHARE)
            for dimension in stats.dimensions
        },
    }


def _shares(stats: Statistics, parts: list[tuple[str, str, int]], denominator: int, kind: FigureKind) -> list[Share]:
    style = stats.settings.figure_style(kind)
    return shares(parts, denominator, style, add_to_100=stats.settings.shares_add_to_100)
