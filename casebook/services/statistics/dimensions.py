"""Two rated dimensions (办理工作 / 办理结果), when the feedback forms record them: how many of the
cohort's cases had each level in each dimension, on the rating that counts for the case (the lead
deputy's, or the least satisfied signer's, of the latest round rated by the as-of date —
casebook.domain.ratings.counting_rating, the rule the statistics' facts follow).

Nothing is read when no rating of the register records a dimension.
"""

from __future__ import annotations

from collections import Counter, defaultdict

from sqlalchemy import exists, or_, select
from sqlalchemy.orm import Session

from casebook.domain.office_settings import OfficeSettings
from casebook.domain.ratings import SignerRating, counting_rating, rating_count_of
from casebook.services.statistics.sql import Cohort
from casebook.store.models import Case, CaseFactRow, Rating

DIMENSIONS = ("handling", "result")  # 办理工作, 办理结果


def dimension_levels(session: Session, cohort: Cohort, settings: OfficeSettings) -> dict[str, Counter[str]]:
    """dimension → level code → cases, for the dimensions recorded on some counting rating."""
    recorded = or_(Rating.handling_level.is_not(None), Rating.result_level.is_not(None))
    if not session.scalar(select(exists().where(recorded))):
        return {}
    cases = select(CaseFactRow.case_id).where(*cohort.rows(CaseFactRow))
    rows = session.execute(
        select(
            Rating.id,
            Rating.case_id,
            Rating.handling_round,
            Rating.rated_on,
            Rating.overall,
            Rating.deputy_id == Case.lead_deputy_id,
            Rating.handling_level,
            Rating.result_level,
        )
        .join(Case, Case.id == Rating.case_id)
        .where(Rating.case_id.in_(cases), Rating.rated_on <= cohort.as_of)
    ).all()
    by_case: dict[int, list[SignerRating]] = defaultdict(list)
    levels: dict[int, tuple[str | None, str | None]] = {}
    for rating_id, case_id, handling_round, rated_on, overall, by_lead, handling, result in rows:
        by_case[case_id].append(SignerRating(rating_id, handling_round, rated_on, overall, bool(by_lead)))
        levels[rating_id] = (handling, result)
    counts: dict[str, Counter[str]] = {dimension: Counter() for dimension in DIMENSIONS}
    rule = rating_count_of(settings)
    for ratings in by_case.values():
        counting = counting_rating(ratings, rule, settings.rating_options)
        if counting is None:
            continue
        for dimension, level in zip(DIMENSIONS, levels[counting.rating_id], strict=True):
            if level is not None:
                counts[dimension][level] += 1
    return {dimension: found for dimension, found in counts.items() if found}
