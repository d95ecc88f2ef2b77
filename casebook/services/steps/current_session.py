"""The session a new case is registered in by default: this year's, as of ``clock.today()``."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import select

from casebook import clock
from casebook.domain.enums import SessionKind
from casebook.domain.errors import CasebookError
from casebook.domain.roles import Permission
from casebook.domain.session_names import interim_period_name
from casebook.services.admin.reference import add_session
from casebook.store.database import Database
from casebook.store.models import CongressSession


def session_for_new_case(db: Database, today: date | None = None) -> int | None:
    """The meeting of the congress under way on ``today`` (by its dates), else the year's interim
    period (闭会期间), registered the first time a new case needs it (in the term of the latest
    session, from the day after the year's meeting). None when there is none and the signed-in user
    may not register cases (the form then keeps its first choice)."""
    day = today or clock.today()
    with db.read() as session:
        of_year = session.scalars(
            select(CongressSession).where(CongressSession.year == day.year).order_by(CongressSession.id)
        ).all()
        for found in of_year:
            under_way = found.starts_on is not None and found.starts_on <= day <= (found.ends_on or found.starts_on)
            if found.kind is SessionKind.MEETING and under_way:
                return found.id
        interim = next((s.id for s in of_year if s.kind is SessionKind.INTERIM), None)
        if interim is not None:
            return interim
        term = session.scalar(
            select(CongressSession.term)
            .where(CongressSession.term.is_not(None), CongressSession.year <= day.year)
            .order_by(CongressSession.year.desc(), CongressSession.id.desc())
            .limit(1)
        )
        meetings_end = [s.ends_on for s in of_year if s.kind is SessionKind.MEETING and s.ends_on is not None]
    starts_on = max(meetings_end) + timedelta(days=1) if meetings_end else date(day.year, 1, 1)
    try:
        created = add_session(
            db,
            interim_period_name(day.year),
            day.year,
            kind=SessionKind.INTERIM,
            term=term,
            starts_on=min(starts_on, day),
            ends_on=date(day.year, 12, 31),
            needs=Permission.EDIT_CASES,
        )
    except CasebookError:  # not signed in, a role that may not register cases, or the name taken
        return None
    return created.id
