"""Statistics of a cohort as of a date, the same for the previous year, breakdowns and unit ranking."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from casebook import clock
from casebook.domain.comparison import Comparison, SessionRef, check_as_of, comparison_for, default_as_of
from casebook.domain.enums import CaseKind
from casebook.domain.figure_style import FigureKind, Share, shares
from casebook.domain.metrics import Figures, Rate, RateName
from casebook.domain.office_settings import OfficeSettings
from casebook.domain.rate_targets import RateTarget, rate_targets
from casebook.domain.report_sentences import change_phrase, narrative, period_phrase, rate_change, report_words
from casebook.domain.report_templates import class_share_phrase, headline
from casebook.i18n import translate
from casebook.services.admin.office import load_settings
from casebook.services.queries.evaluations import unit_evaluation_points
from casebook.services.statistics.dimensions import dimension_levels
from casebook.services.statistics.outcome_counts import OutcomeCounts, overall_outcomes
from casebook.services.statistics.published import PublishedCounts, published_counts
from casebook.services.statistics.sql import CASE_DIMENSIONS, OVERALL, Cohort, statistics_statement
from casebook.store.database import Database
from casebook.store.models import (
    Category,
    CongressSession,
    Delegation,
    HandlingUnit,
    Leader,
    SpecialCommittee,
)


@dataclass(frozen=True)
class BreakdownRow:
    key: int | None
    name: str
    figures: Figures


@dataclass(frozen=True)
class UnitScore:
    rank: int
    unit: str
    score: Decimal
    figures: Figures
    evaluation: Decimal | None = None  # the mean points of the unit's evaluations of the year, when weighted


@dataclass(frozen=True)
class Statistics:
    year: int
    kind: CaseKind
    as_of: date
    session_id: int | None
    figures: Figures
    comparison: Comparison  # what ``previous`` counts: the previous year, or the same kind of session
    previous: Figures
    breakdowns: dict[str, tuple[BreakdownRow, ...]]
    unit_ranking: tuple[UnitScore, ...]
    settings: OfficeSettings = field(default_factory=OfficeSettings)  # the office's conventions
    outcomes: OutcomeCounts = field(default_factory=OutcomeCounts)  # by result class and rating level
    published: PublishedCounts = field(default_factory=PublishedCounts)  # closed, units, 并案 …
    # 三见面: the cases whose deputy was met before, during and after handling, of all the cohort's
    # (published.met_three_times of figures.total)
    three_meetings: Rate = field(default_factory=lambda: Rate(0, 0))
    unit_kind: str | None = None  # only the cases a unit of this kind answers for
    # 办理工作 / 办理结果 when recorded: dimension → level → cases (services.statistics.dimensions)
    dimensions: dict[str, Counter[str]] = field(default_factory=dict)

    @property
    def previous_year(self) -> int:
        return self.comparison.year

    @property
    def previous_as_of(self) -> date:
        return self.comparison.as_of

    def rate(self, name: RateName) -> Rate:
        return self.figures.rate(name)

    def change(self, name: RateName) -> Decimal | None:
        """Percentage points against the previous year's cohort at the same day of year (the
        difference of the two rates as the office prints them)."""
        return rate_change(self.settings.figure_style(FigureKind.RATE), self.figures, self.previous, name)

    def targets(self) -> list[RateTarget]:
        """The office's target of each rate that has one, with the actual as the office prints it."""
        rates = {name: self.rate(name) for name in RateName}
        return rate_targets(self.settings.rate_targets, rates, self.settings.figure_style(FigureKind.RATE))

    @property
    def total_change(self) -> int:
        """Cases this year minus last year's (「比上年增加15件」)."""
        return self.figures.total - self.previous.total


def compute_statistics(
    db: Database,
    year: int,
    *,
    as_of: date | None = None,
    kind: CaseKind = CaseKind.SUGGESTION,
    session_id: int | None = None,
    unit_kind: str | None = None,
) -> Statistics:
    """All figures for the cases of ``kind`` submitted in ``year`` as they stood on ``as_of`` (by
    default the year's last day once it is over, else today; a date after today is refused), with
    the previous year's, or for one session the same kind of session's a year earlier."""
    today = clock.today()
    as_of = check_as_of(as_of, today) if as_of is not None else default_as_of(year, today)
    with db.read() as session:
        settings = load_settings(session)
        comparison = _comparison(session, year, as_of, session_id)
        cohort = Cohort(year, kind.value, as_of, session_id, unit_kind)
        current = _run(session, cohort, breakdowns=True)
        outcomes = overall_outcomes(session, cohort)
        published = published_counts(session, cohort, current[OVERALL][None].met_face_to_face)
        dimensions = dimension_levels(session, cohort, settings)
        previous: dict[str, dict[int | None, Figures]] = {OVERALL: {None: Figures()}}
        if session_id is None or comparison.session is not None:  # else no such session a year earlier
            previous_id = comparison.session.id if comparison.session is not None else None
            previous_cohort = Cohort(comparison.year, kind.value, comparison.as_of, previous_id, unit_kind)
            previous = _run(session, previous_cohort, breakdowns=False)
        names = _names(session)
        evaluations = unit_evaluation_points(session, year, as_of, settings) if settings.evaluation_weight else {}
    breakdowns: dict[str, tuple[BreakdownRow, ...]] = {}
    for dimension in CASE_DIMENSIONS:
        rows = current.get(dimension, {})
        breakdowns[dimension] = tuple(
            sorted(
                (BreakdownRow(key, _name(dimension, key, names), figures) for key, figures in rows.items()),
                key=lambda row: (-row.figures.total, row.name),
            )
        )
    units = current.get("unit", {})
    # Every unit that answers for cases of the cohort (lead or separate), and those leading some.
    breakdowns["unit"] = tuple(
        sorted(
            (BreakdownRow(key, names["unit"].get(key, "?"), figures) for key, figures in units.items()),
            key=lambda row: (-row.figures.total, -row.figures.replies_due, row.name),
        )
    )
    breakdowns["lead_unit"] = tuple(row for row in breakdowns["unit"] if row.figures.total)
    return Statistics(
        year=year,
        kind=kind,
        as_of=as_of,
        session_id=session_id,
        figures=current[OVERALL][None],
        comparison=comparison,
        previous=previous[OVERALL][None],
        breakdowns=breakdowns,
        unit_ranking=rank_units(units, names["unit"], settings, evaluations),
        settings=settings,
        outcomes=outcomes,
        published=published,
        three_meetings=Rate(published.met_three_times, current[OVERALL][None].total),
        unit_kind=unit_kind,
        dimensions=dimensions,
    )


def rank_units(
    units: dict[int | None, Figures],
    names: dict[int | None, str],
    settings: OfficeSettings,
    evaluations: dict[int, Decimal] | None = None,
) -> tuple[UnitScore, ...]:
    """先进承办单位: each unit's score is the weighted mean of its rates (weights are office settings);
    a rate with nothing to divide (no replies due yet, say) is left out of that unit's mean. A unit's
    evaluations of the year (``evaluations``: mean points 0–100) count with ``evaluation_weight``."""
    scored: list[tuple[Decimal, str, Figures, Decimal | None]] = []
    for key, figures in units.items():
        weighted = Decimal(0)
        weight_sum = 0
        for rate_name, weight in settings.unit_score_weights.items():
            value = figures.rate(RateName(rate_name)).value
            if value is not None and weight:
                weighted += value * weight
                weight_sum += weight
        evaluation = (evaluations or {}).get(key) if key is not None else None
        if evaluation is not None and settings.evaluation_weight:
            weighted += evaluation * settings.evaluation_weight
            weight_sum += settings.evaluation_weight
        if weight_sum:
            score = (weighted / weight_sum).quantize(Decimal("0.1"))
            scored.append((score, names.get(key, "?"), figures, evaluation))
    scored.sort(key=lambda item: (-item[0], -item[2].total, item[1]))
    return tuple(
        UnitScore(i, name, score, figures, evaluation) for i, (score, name, figures, evaluation) in enumerate(scored, 1)
    )


def _comparison(session: Session, year: int, as_of: date, session_id: int | None) -> Comparison:
    rows = session.execute(
        select(CongressSession.id, CongressSession.name, CongressSession.kind, CongressSession.year)
    ).all()
    sessions = [SessionRef(*row) for row in rows]
    current = next((s for s in sessions if s.id == session_id), None)
    return comparison_for(year, as_of, current, sessions)


def _run(session: Session, cohort: Cohort, *, breakdowns: bool) -> dict[str, dict[int | None, Figures]]:
    result: dict[str, dict[int | None, Figures]] = {OVERALL: {None: Figures()}}
    for row in session.execute(statistics_statement(cohort, breakdowns=breakdowns)):
        dimension, key, *counts = row
        key = int(key) if key is not None else None
        result.setdefault(dimension, {})[key] = Figures(*(int(c or 0) for c in counts))
    return result


def _names(session: Session) -> dict[str, dict[int | None, str]]:
    def pairs(
        model: type[Category] | type[Delegation] | type[HandlingUnit] | type[SpecialCommittee] | type[Leader],
    ) -> dict[int | None, str]:
        return {row.id: row.name for row in session.execute(select(model.id, model.name))}

    return {
        "category": pairs(Category),
        "delegation": pairs(Delegation),
        "leader": pairs(Leader),
        "committee": pairs(SpecialCommittee),
        "unit": pairs(HandlingUnit),
    }


def _name(dimension: str, key: int | None, names: dict[str, dict[int | None, str]]) -> str:
    if dimension == "key":
        return translate("Statistics", "Key") if key == 1 else translate("Statistics", "Ordinary")
    if key is None:
        return translate("Statistics", "(none)")
    return names[dimension].get(key, "?")


def key_figures(stats: Statistics) -> Figures | None:
    """The figures of the key (重点督办) cases of the cohort, if there are any."""
    return next((row.figures for row in stats.breakdowns.get("key", ()) if row.key == 1), None)


def class_shares(stats: Statistics) -> list[Share]:
    """「已经解决或基本解决的(A类)54件，占58.07%」: every result class of the settings, of all cases."""
    results = stats.outcomes.results
    parts = [(c.code, c.label, results.get(c.code, 0)) for c in stats.settings.result_categories]
    style = stats.settings.figure_style(FigureKind.CLASS_SHARE)
    return shares(parts, stats.figures.total, style, add_to_100=stats.settings.shares_add_to_100)


def statistics_narrative(stats: Statistics) -> list[str]:
    """The report's sentences; the headline in the office's template when it has one."""
    compared = stats.comparison.label if stats.comparison.session is not None else None
    sentences = narrative(
        stats.kind,
        stats.year,
        stats.as_of,
        stats.figures,
        stats.previous,
        key_figures(stats),
        compared_with=compared,
        words=report_words(stats.settings),
        contact_recorded=stats.published.contact_recorded,
        converted_motions=stats.published.converted_motions,
    )
    template = stats.settings.report_template
    if template and stats.kind is CaseKind.SUGGESTION and stats.figures.total:
        sentences[0] = headline(template, _template_values(stats, compared))
    return sentences


def _template_values(stats: Statistics, compared: str | None) -> dict[str, str]:
    style = stats.settings.figure_style(FigureKind.RATE)
    figures = stats.figures

    def rate(numerator: int, denominator: int) -> str:
        return style.number(style.percent(numerator, denominator))

    return {
        "period": period_phrase(stats.year, stats.as_of),
        "total": str(figures.total),
        "resolved": str(figures.resolved),
        "resolution_rate": rate(figures.resolved, figures.total),
        "change": change_phrase(stats.change(RateName.RESOLUTION), compared, style),
        "class_shares": class_share_phrase(class_shares(stats), stats.settings.figure_style(FigureKind.CLASS_SHARE)),
        "total_change": f"{stats.total_change:+d}",
        "rated": str(figures.rated),
        "satisfied": str(figures.satisfied),
        "satisfaction_rate": rate(figures.satisfied, figures.rated),
        "reply_rate": rate(figures.replied, figures.total),
        "closing_rate": rate(stats.published.closed, figures.total),
    }
