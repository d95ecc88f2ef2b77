"""Stations as reference data: the 代表联络站, 人大代表之家 and 代表小组 where deputies receive voters,
with their town or district and the deputies attached. Added, renamed, retired (停用) or reinstated,
never deleted once opinions name them; each change is an event."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session, selectinload

from casebook.domain.errors import NotFound, RuleViolation
from casebook.domain.opinions import StationKind
from casebook.domain.roles import Permission
from casebook.i18n import noop
from casebook.services.admin.reference import normalise_name
from casebook.services.steps.case_access import record_event
from casebook.store.database import Database
from casebook.store.models import Deputy, Station, StationDeputy, VoterOpinion

NAME_LENGTH = 100  # Station.name
AREA_LENGTH = 60  # Station.area


@dataclass(frozen=True)
class StationRow:
    id: int
    name: str
    kind: StationKind
    area: str
    deputies: tuple[str, ...]
    retired: bool
    opinions: int  # how many opinions name it


def _name(name: str) -> str:
    clean = normalise_name(name)
    if not clean:
        raise RuleViolation("name_required", noop("Rule", "A station needs a name."))
    if len(clean) > NAME_LENGTH:
        raise RuleViolation(
            "station_name_long", noop("Rule", "The name is longer than {length} characters."), length=NAME_LENGTH
        )
    return clean


def _refuse_taken(session: Session, name: str, station_id: int | None = None) -> None:
    found = session.scalar(select(Station.id).where(Station.name == name))
    if found is not None and found != station_id:
        raise RuleViolation("duplicate_name", noop("Rule", "A station called “{name}” already exists."), name=name)


def _deputies(session: Session, deputy_ids: Iterable[int]) -> list[int]:
    ids = list(dict.fromkeys(deputy_ids))
    for deputy_id in ids:
        if session.get(Deputy, deputy_id) is None:
            raise NotFound(noop("Rule", "There is no deputy with id {id}."), id=deputy_id)
    return ids


def load_station(session: Session, station_id: int) -> Station:
    station = session.get(Station, station_id)
    if station is None:
        raise NotFound(noop("Rule", "There is no station with id {id}."), id=station_id)
    return station


def add_station(
    db: Database, name: str, kind: StationKind, *, area: str = "", deputy_ids: Iterable[int] = ()
) -> StationRow:
    """Register a station with the deputies who receive voters there."""
    clean = _name(name)
    place = " ".join(area.split())
    if len(place) > AREA_LENGTH:
        raise RuleViolation(
            "station_area_long", noop("Rule", "The area is longer than {length} characters."), length=AREA_LENGTH
        )
    with db.write(Permission.EDIT_REFERENCE) as session:
        _refuse_taken(session, clean, None)
        ids = _deputies(session, deputy_ids)
        station = Station(name=clean, kind=kind, area=place)
        session.add(station)
        session.flush()
        session.add_all(StationDeputy(station_id=station.id, deputy_id=d) for d in ids)
        session.flush()
        record_event(
            session, db.user, None, "add_liaison_station", None, id=station.id, name=clean, kind=kind, deputy_ids=ids
        )
        return station_row(session, station.id)


def rename_station(db: Database, station_id: int, name: str) -> StationRow:
    clean = _name(name)
    with db.write(Permission.EDIT_REFERENCE) as session:
        station = load_station(session, station_id)
        _refuse_taken(session, clean, station_id)
        if station.name != clean:
            old, station.name = station.name, clean
            session.flush()
            record_event(
                session, db.user, None, "edit_liaison_station", None, id=station.id, name=clean, changes={"name": old}
            )
        return station_row(session, station_id)


def set_station_deputies(db: Database, station_id: int, deputy_ids: Iterable[int]) -> StationRow:
    """The deputies attached to the station, in place of those before."""
    with db.write(Permission.EDIT_REFERENCE) as session:
        station = load_station(session, station_id)
        ids = _deputies(session, deputy_ids)
        for link in list(station.deputies):
            if link.deputy_id not in ids:
                session.delete(link)
        present = {link.deputy_id for link in station.deputies}
        session.add_all(StationDeputy(station_id=station.id, deputy_id=d) for d in ids if d not in present)
        session.flush()
        record_event(session, db.user, None, "edit_liaison_station", None, id=station.id, deputy_ids=ids)
        session.expire(station)
        return station_row(session, station_id)


def set_station_retired(db: Database, station_id: int, retired: bool) -> StationRow:
    """Retire (停用) a station: the forms stop offering it; its opinions keep it. Or reinstate it."""
    with db.write(Permission.EDIT_REFERENCE) as session:
        station = load_station(session, station_id)
        if station.retired != retired:
            station.retired = retired
            session.flush()
            action = "retire_liaison_station" if retired else "reinstate_liaison_station"
            record_event(session, db.user, None, action, None, id=station.id, name=station.name)
        return station_row(session, station_id)


def station_row(session: Session, station_id: int) -> StationRow:
    rows = _rows(session, select(Station).where(Station.id == station_id))
    if not rows:
        raise NotFound(noop("Rule", "There is no station with id {id}."), id=station_id)
    return rows[0]


def station_rows(db: Database, *, include_retired: bool = True) -> list[StationRow]:
    """Every station by kind and name (the retired ones too, unless asked not to)."""
    with db.read() as session:
        query = select(Station)
        if not include_retired:
            query = query.where(Station.retired.is_(False))
        return _rows(session, query)


def station_by_name(db: Database, name: str) -> StationRow:
    clean = normalise_name(name)
    with db.read() as session:
        found = session.scalar(select(Station.id).where(Station.name == clean))
        if found is None:
            known = session.scalars(select(Station.name).order_by(Station.name)).all()
            raise RuleViolation(
                "unknown_station",
                noop("Rule", "there is no station called “{name}” (stations: {known})"),
                name=clean,
                known="、".join(known) or "—",
            )
        return station_row(session, found)


def refuse_if_named_by_opinions(session: Session, deputy_id: int | None, category_id: int | None, name: str) -> None:
    """A deputy attached to a station or who received an opinion, or a category of an opinion, is
    retired, not deleted (the reference data's deletion asks this first)."""
    count = 0
    if deputy_id is not None:
        count += session.scalar(select(func.count()).where(StationDeputy.deputy_id == deputy_id)) or 0
        count += session.scalar(select(func.count()).where(VoterOpinion.deputy_id == deputy_id)) or 0
    if category_id is not None:
        count += session.scalar(select(func.count()).where(VoterOpinion.category_id == category_id)) or 0
    if count:
        raise RuleViolation(
            "in_use",
            noop("Rule", "“{name}” is named by {count} stations or opinions of the public; retire it instead."),
            name=name,
            count=count,
        )


def _rows(session: Session, query: Select[Station]) -> list[StationRow]:
    stations = session.scalars(query.options(selectinload(Station.deputies).selectinload(StationDeputy.deputy)))
    grouped = select(VoterOpinion.station_id, func.count(VoterOpinion.id)).group_by(VoterOpinion.station_id)
    counts: dict[int, int] = {station_id: count for station_id, count in session.execute(grouped)}
    rows = [
        StationRow(
            s.id,
            s.name,
            s.kind,
            s.area,
            tuple(link.deputy.name for link in s.deputies),
            s.retired,
            counts.get(s.id, 0),
        )
        for s in stations
    ]
    order = list(StationKind)
    return sorted(rows, key=lambda r: (r.retired, order.index(r.kind), r.area, r.name))
