"""The figures of a year's 群众意见 as of a date: counts, the rates (办复率, 反馈率, 满意率) with what
is divided by what, counts by station, and the report's sentences — one SQL aggregate per station,
each step counted by its own date (see casebook.domain.opinion_figures)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import and_, case, func, select
from sqlalchemy.orm import InstrumentedAttribute
from sqlalchemy.sql.elements import ColumnElement

from casebook import clock
from casebook.domain.comparison import check_as_of, default_as_of
from casebook.domain.enums import RatingLevel
from casebook.domain.figure_style import FigureKind, FigureStyle
from casebook.domain.opinion_figures import OpinionFigures, OpinionRateName, opinion_sentences
from casebook.domain.opinions import StationKind
from casebook.services.admin.office import load_settings
from casebook.services.statistics.export import join_sentences, rate_dict
from casebook.store.database import Database
from casebook.store.models import Station, VoterOpinion


@dataclass(frozen=True)
class StationFigures:
    station_id: int
    name: str
    kind: StationKind
    area: str
    figures: OpinionFigures


@dataclass(frozen=True)
class OpinionStatistics:
    year: int
    as_of: date
    figures: OpinionFigures
    by_station: tuple[StationFigures, ...]
    style: FigureStyle  # the office's rounding of rates

    @property
    def sentences(self) -> list[str]:
        return opinion_sentences(self.year, self.as_of, self.figures, self.style)

    def rate_text(self, name: OpinionRateName, figures: OpinionFigures | None = None) -> str:
        rate = (figures or self.figures).rate(name)
        return self.style.text(self.style.percent(rate.numerator, rate.denominator))


def _by(day: InstrumentedAttribute[date | None], as_of: date) -> ColumnElement[int]:
    return func.coalesce(func.sum(case((and_(day.is_not(None), day <= as_of), 1), else_=0)), 0)


def opinion_statistics(db: Database, year: int, *, as_of: date | None = None) -> OpinionStatistics:
    """The opinions received in ``year`` as they stood on ``as_of`` (default: the year's last day once
    it is over, else today; a date after today is refused)."""
    today = clock.today()
    as_of = check_as_of(as_of, today) if as_of is not None else default_as_of(year, today)
    viewed = and_(VoterOpinion.voter_view.is_not(None), VoterOpinion.fed_back_on <= as_of)
    satisfied = and_(
        VoterOpinion.voter_view.in_([v for v in RatingLevel if v.counts_as_satisfied]),
        VoterOpinion.fed_back_on <= as_of,
    )
    query = (
        select(
            VoterOpinion.station_id,
            func.count(VoterOpinion.id),
            _by(VoterOpinion.passed_on, as_of),
            _by(VoterOpinion.answered_on, as_of),
            _by(VoterOpinion.fed_back_on, as_of),
            _by(VoterOpinion.closed_on, as_of),
            func.coalesce(func.sum(case((viewed, 1), else_=0)), 0),
            func.coalesce(func.sum(case((satisfied, 1), else_=0)), 0),
        )
        .where(VoterOpinion.year == year, VoterOpinion.received_on <= as_of)
        .group_by(VoterOpinion.station_id)
    )
    with db.read() as session:
        style = load_settings(session).figure_style(FigureKind.RATE)
        counts = {row[0]: OpinionFigures(*(int(v) for v in row[1:])) for row in session.execute(query)}
        stations = session.scalars(select(Station).where(Station.id.in_(list(counts))))
        rows = [StationFigures(s.id, s.name, s.kind, s.area, counts[s.id]) for s in stations]
    order = list(StationKind)
    by_station = tuple(sorted(rows, key=lambda row: (-row.figures.received, order.index(row.kind), row.name)))
    total = sum((row.figures for row in by_station), OpinionFigures())
    return OpinionStatistics(year, as_of, total, by_station, style)


def figures_dict(figures: OpinionFigures, style: FigureStyle) -> dict[str, Any]:
    """The counts and each rate in the shape of `stats --json` ({numerator, denominator, rate, text})."""
    return {
        **{name: getattr(figures, name) for name in OpinionFigures.counts()},
        "rates": {name.value: rate_dict(figures.rate(name), style) for name in OpinionRateName},
    }


def opinion_statistics_dict(stats: OpinionStatistics) -> dict[str, Any]:
    sentences = stats.sentences
    return {
        "kind": "opinion",
        "year": stats.year,
        "as_of": stats.as_of.isoformat(),
        **figures_dict(stats.figures, stats.style),
        "by_station": [
            {"station": row.name, "kind": row.kind.value, "area": row.area, **figures_dict(row.figures, stats.style)}
            for row in stats.by_station
        ],
        "narrative": join_sentences(sentences),
        "narrative_sentences": sentences,
    }
