"""先进承办单位: the unit ranking with its formula and each term, for the command line, the JSON and
the workbook (the ranking itself is :func:`casebook.services.statistics.figures.rank_units`)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from casebook.domain.metrics import Rate, RateName
from casebook.i18n import translate
from casebook.services.statistics.figures import Statistics


@dataclass(frozen=True)
class RankingTerm:
    rate: RateName
    weight: int
    value: Rate


@dataclass(frozen=True)
class RankingRow:
    rank: int
    unit: str
    cases: int
    score: Decimal
    terms: tuple[RankingTerm, ...]


def weighted_rates(stats: Statistics) -> list[tuple[RateName, int]]:
    """The rates that count in a unit's score, with their weights (the office settings)."""
    return [(RateName(name), weight) for name, weight in stats.settings.unit_score_weights.items() if weight]


def ranking_formula(stats: Statistics) -> str:
    """「得分 = (按期答复率×30 + 解决率×30 + …) ÷ 权重之和」; a rate a unit has nothing to divide for
    is left out of its sum and of its weights."""
    terms = " + ".join(f"{name.label}×{weight}" for name, weight in weighted_rates(stats))
    if stats.settings.evaluation_weight:  # the unit's evaluations of the year (人大评议, 第三方评估 …)
        evaluations = translate("Statistics", "Evaluations")
        terms += f" + {evaluations}×{stats.settings.evaluation_weight}"
    return translate("Statistics", "Score = ({terms}) ÷ the sum of the weights of the rates the unit has").format(
        terms=terms
    )


def ranking_rows(stats: Statistics) -> list[RankingRow]:
    weighted = weighted_rates(stats)
    return [
        RankingRow(
            score.rank,
            score.unit,
            score.figures.total,
            score.score,
            tuple(RankingTerm(name, weight, score.figures.rate(name)) for name, weight in weighted),
        )
        for score in stats.unit_ranking
    ]


def ranking_dict(stats: Statistics) -> dict[str, Any]:
    return {
        "year": stats.year,
        "as_of": stats.as_of.isoformat(),
        "kind": stats.kind.value,
        "formula": ranking_formula(stats),
        "weights": {name.value: weight for name, weight in weighted_rates(stats)},
        "evaluation_weight": stats.settings.evaluation_weight,
        "units": [
            {
                "rank": row.rank,
                "unit": row.unit,
                "cases": row.cases,
                "score": float(row.score),
                "evaluation": _evaluation(stats, row.rank),
                "terms": {
                    term.rate.value: {
                        "weight": term.weight,
                        "numerator": term.value.numerator,
                        "denominator": term.value.denominator,
                        "rate": None if term.value.value is None else float(term.value.value),
                    }
                    for term in row.terms
                },
            }
            for row in ranking_rows(stats)
        ],
    }


def _evaluation(stats: Statistics, rank: int) -> float | None:
    """The mean points of the unit's evaluations of the year that its score counted (None: not weighted, or none)."""
    value = next((s.evaluation for s in stats.unit_ranking if s.rank == rank), None)
    return None if value is None else float(value)
