"""The statistics as plain JSON-ready data (the `stats --json` output and other machine readers)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from casebook.domain.figure_style import SEEDS_STYLE, FigureKind, FigureStyle
from casebook.domain.metrics import Figures, Rate, RateName
from casebook.domain.rate_targets import target_text
from casebook.services.statistics.figures import Statistics, statistics_narrative
from casebook.services.statistics.shares import published_dict


def number(value: Decimal | None) -> float | None:
    """A rate as a JSON number like 75.2 (None when there is nothing to divide)."""
    return None if value is None else float(value)


def figures_dict(figures: Figures, style: FigureStyle = SEEDS_STYLE) -> dict[str, Any]:
    """The counts and each rate (in the office's rounding of rates)."""
    data: dict[str, Any] = {name: getattr(figures, name) for name in Figures.counts()}
    for name in RateName:
        rate = figures.rate(name)
        data[name.value] = number(style.percent(rate.numerator, rate.denominator))
    return data


def statistics_dict(stats: Statistics) -> dict[str, Any]:
    sentences = statistics_narrative(stats)
    style = stats.settings.figure_style(FigureKind.RATE)
    data: dict[str, Any] = {
        "year": stats.year,
        "as_of": stats.as_of.isoformat(),
        "kind": stats.kind.value,
        "session_id": stats.session_id,
        "unit_kind": stats.unit_kind,
        **figures_dict(stats.figures, style),
        "rates": {name.value: _rate(stats.figures, name, style) for name in RateName},
        "previous": {
            "year": stats.previous_year,
            "as_of": stats.previous_as_of.isoformat(),
            "label": stats.comparison.label,
            "session": stats.comparison.session.name if stats.comparison.session is not None else None,
            **figures_dict(stats.previous, style),
        },
    }
    for name in RateName:
        data[f"{name.value}_change"] = number(stats.change(name))
    for dimension, rows in stats.breakdowns.items():
        label = {"lead_unit": "unit", "unit": "answering_unit"}.get(dimension, dimension)
        data[f"by_{label}"] = [{label: row.name, **figures_dict(row.figures, style)} for row in rows]
    data["unit_ranking"] = [
        {"rank": s.rank, "unit": s.unit, "score": number(s.score), **figures_dict(s.figures, style)}
        for s in stats.unit_ranking
    ]
    data.update(published_dict(stats))
    data["three_meetings_rate"] = rate_dict(stats.three_meetings, style)  # 三见面
    data["targets"] = [
        {
            "rate": target.rate.value,
            "target": number(target.target),
            "actual": number(target.actual),
            "numerator": target.numerator,
            "denominator": target.denominator,
            "met": target.met,
            "gap": number(target.gap),
            "text": target_text(target, style),
        }
        for target in stats.targets()
    ]
    data["narrative"] = join_sentences(sentences)
    data["narrative_sentences"] = sentences
    return data


def _rate(figures: Figures, name: RateName, style: FigureStyle) -> dict[str, Any]:
    rate = figures.rate(name)
    value = style.percent(rate.numerator, rate.denominator)
    return {
        "numerator": rate.numerator,
        "denominator": rate.denominator,
        "value": number(value),
        "rate": number(value),
        "text": style.text(value),
    }


def rate_dict(rate: Rate, style: FigureStyle) -> dict[str, Any]:
    """A rate with its numerator and denominator, in the office's rounding."""
    value = style.percent(rate.numerator, rate.denominator)
    return {
        "numerator": rate.numerator,
        "denominator": rate.denominator,
        "rate": number(value),
        "text": style.text(value),
    }


def join_sentences(sentences: list[str]) -> str:
    """Chinese sentences run on (they end in 。); others are separated by a space."""
    return "".join(s if s.endswith("。") else s + " " for s in sentences).strip()
