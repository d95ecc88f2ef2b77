"""A year's figures split by session in one table (「大会期间…件，闭会期间…件」): one column per
session of the year (the meeting, then the interim period) and one for the whole year, each the
statistics of that cohort as of the same date (casebook.services.statistics.figures)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select

from casebook.domain.enums import CaseKind, SessionKind
from casebook.domain.figure_style import FigureKind
from casebook.domain.metrics import RateName
from casebook.i18n import translate
from casebook.services.statistics.figures import Statistics, compute_statistics
from casebook.services.statistics.shares import rate_entry
from casebook.store.database import Database
from casebook.store.models import CongressSession

# The counts of the table, in its order (Figures' names).
COUNTS = ("total", "replied", "resolved", "accomplished", "rated", "satisfied", "replies_due", "replied_on_time")


@dataclass(frozen=True)
class SessionColumn:
    name: str  # the session's name, or 全年 for the whole year
    session_id: int | None
    stats: Statistics


def statistics_by_session(
    db: Database,
    year: int,
    *,
    as_of: date | None = None,
    kind: CaseKind = CaseKind.SUGGESTION,
    unit_kind: str | None = None,
) -> list[SessionColumn]:
    """The sessions of ``year`` that hold cases of the cohort, the meeting first, then the whole year."""
    whole = compute_statistics(db, year, as_of=as_of, kind=kind, unit_kind=unit_kind)
    with db.read() as session:
        sessions = session.execute(
            select(CongressSession.id, CongressSession.name, CongressSession.kind)
            .where(CongressSession.year == year)
            .order_by(CongressSession.kind != SessionKind.MEETING, CongressSession.id)
        ).all()
    columns = []
    for session_id, name, _kind in sessions:
        stats = compute_statistics(db, year, as_of=whole.as_of, kind=kind, session_id=session_id, unit_kind=unit_kind)
        if stats.figures.total:
            columns.append(SessionColumn(name, session_id, stats))
    return [*columns, SessionColumn(translate("Statistics", "Whole year"), None, whole)]


def row_labels() -> list[tuple[str, str]]:
    """(key, label) of each row: the counts, then every rate, 办复率 and 办结率."""
    counts = {
        "total": translate("Statistics", "Cases"),
        "replied": translate("Statistics", "Replied"),
        "resolved": translate("Statistics", "Resolved"),
        "accomplished": translate("Statistics", "Accomplished"),
        "rated": translate("Statistics", "Rated"),
        "satisfied": translate("Statistics", "Satisfied"),
        "replies_due": translate("Statistics", "Replies due"),
        "replied_on_time": translate("Statistics", "Replied on time"),
    }
    return [
        *((key, counts[key]) for key in COUNTS),
        *((name.value, name.label) for name in RateName),
        ("reply_rate", translate("Statistics", "Reply rate")),
        ("closing_rate", translate("Statistics", "Closing rate")),
    ]


def column_values(stats: Statistics) -> dict[str, Any]:
    """One column: each count, and each rate as {numerator, denominator, rate, text} in the office's style."""
    style = stats.settings.figure_style(FigureKind.RATE)
    values: dict[str, Any] = {key: getattr(stats.figures, key) for key in COUNTS}
    for name in RateName:
        rate = stats.figures.rate(name)
        values[name.value] = rate_entry(rate.numerator, rate.denominator, style)
    values["reply_rate"] = rate_entry(stats.figures.replied, stats.figures.total, style)
    values["closing_rate"] = rate_entry(stats.published.closed, stats.figures.total, style)
    return values


def cell_text(value: Any) -> str:
    """A count as is; a rate as 「75.2%（188/250）」."""
    if isinstance(value, dict):
        return f"{value['text']}（{value['numerator']}/{value['denominator']}）"
    return str(value)


def by_session_dict(columns: list[SessionColumn]) -> dict[str, Any]:
    whole = columns[-1].stats
    return {
        "year": whole.year,
        "as_of": whole.as_of.isoformat(),
        "kind": whole.kind.value,
        "unit_kind": whole.unit_kind,
        "columns": [
            {"session": column.name, "session_id": column.session_id, **column_values(column.stats)}
            for column in columns
        ],
    }
