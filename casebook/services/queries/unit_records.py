"""What of issue 21's records names a handling unit (evaluations, year decisions, deliberations and
their items): such a unit is kept (retired, not deleted), as a unit that cases use is."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from casebook.store.models import DeliberationItem, DeliberationUnit, Evaluation, VoterOpinion, YearDecision


def unit_record_count(session: Session, unit_id: int) -> int:
    """Evaluations, decisions, deliberations and follow-up items that name the unit."""
    columns = (
        Evaluation.unit_id,
        YearDecision.unit_id,
        DeliberationUnit.unit_id,
        DeliberationItem.unit_id,
        VoterOpinion.unit_id,  # 群众意见 passed on to it
    )
    return sum(int(session.scalar(select(func.count()).where(column == unit_id)) or 0) for column in columns)
