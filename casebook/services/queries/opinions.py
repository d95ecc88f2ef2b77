"""群众意见 as the lists, the detail and the command line show them: filtered by year, station and state,
newest first, each with its number, station, voter (or 匿名), the unit it went to and where it stands."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import Select, func, select
from sqlalchemy.orm import selectinload

from casebook.domain.enums import ContactMethod, RatingLevel
from casebook.domain.opinions import OpinionState, StationKind, opinion_number
from casebook.services.steps.opinions import load_opinion
from casebook.store.database import Database
from casebook.store.models import VoterOpinion

PAGE = 500  # the lists show the newest first; a year of a city holds a few thousand


@dataclass(frozen=True)
class OpinionFilter:
    year: int | None = None
    station_id: int | None = None
    state: OpinionState | None = None


@dataclass(frozen=True)
class OpinionRow:
    id: int
    number: str
    year: int
    serial: int
    station: str
    station_kind: StationKind
    deputy: str | None
    voter_name: str  # "" = anonymous
    voter_contact: str
    received_on: date
    summary: str
    content: str
    category: str | None
    state: OpinionState
    unit: str | None
    passed_on: date | None
    answered_on: date | None
    answer: str
    fed_back_on: date | None
    feedback_method: ContactMethod | None
    voter_view: RatingLevel | None
    feedback_note: str
    closed_on: date | None

    @property
    def title(self) -> str:
        """The summary, else the content's first line."""
        return self.summary or self.content.splitlines()[0]


def _query(wanted: OpinionFilter) -> Select[VoterOpinion]:
    query = select(VoterOpinion).options(
        selectinload(VoterOpinion.station),
        selectinload(VoterOpinion.deputy),
        selectinload(VoterOpinion.category),
        selectinload(VoterOpinion.unit),
    )
    if wanted.year is not None:
        query = query.where(VoterOpinion.year == wanted.year)
    if wanted.station_id is not None:
        query = query.where(VoterOpinion.station_id == wanted.station_id)
    if wanted.state is not None:
        query = query.where(VoterOpinion.state == wanted.state)
    return query


def opinion_list(
    db: Database, wanted: OpinionFilter = OpinionFilter(), *, limit: int | None = PAGE
) -> list[OpinionRow]:
    """The opinions that match, newest number first (at most ``limit``; None: all)."""
    query = _query(wanted).order_by(VoterOpinion.year.desc(), VoterOpinion.serial.desc())
    if limit is not None:
        query = query.limit(limit)
    with db.read() as session:
        return [_row(found) for found in session.scalars(query)]


def opinion_count(db: Database, wanted: OpinionFilter = OpinionFilter()) -> int:
    subquery = _query(wanted).with_only_columns(VoterOpinion.id).subquery()
    with db.read() as session:
        return session.scalar(select(func.count()).select_from(subquery)) or 0


def opinion_detail(db: Database, number: str) -> OpinionRow:
    with db.read() as session:
        return _row(load_opinion(session, number))


def opinion_years(db: Database) -> list[int]:
    """The years that have opinions, newest first."""
    with db.read() as session:
        return list(session.scalars(select(VoterOpinion.year).distinct().order_by(VoterOpinion.year.desc())))


def _row(found: VoterOpinion) -> OpinionRow:
    return OpinionRow(
        id=found.id,
        number=opinion_number(found.year, found.serial),
        year=found.year,
        serial=found.serial,
        station=found.station.name,
        station_kind=found.station.kind,
        deputy=found.deputy.name if found.deputy is not None else None,
        voter_name=found.voter_name,
        voter_contact=found.voter_contact,
        received_on=found.received_on,
        summary=found.summary,
        content=found.content,
        category=found.category.name if found.category is not None else None,
        state=found.state,
        unit=found.unit.name if found.unit is not None else None,
        passed_on=found.passed_on,
        answered_on=found.answered_on,
        answer=found.answer,
        fed_back_on=found.fed_back_on,
        feedback_method=found.feedback_method,
        voter_view=found.voter_view,
        feedback_note=found.feedback_note,
        closed_on=found.closed_on,
    )
