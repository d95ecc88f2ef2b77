"""Stations and opinions for the 群众意见 tests: two stations of 句容 and 京口 with the seeds' deputies."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from casebook.domain.opinions import StationKind
from casebook.services.admin.stations import add_station
from casebook.services.steps.opinions import OpinionDraft
from casebook.store.database import Database
from tests.conftest import Seeds


@dataclass(frozen=True)
class Stations:
    huayang: int  # 华阳街道人大代表联络总站
    jingkou: int  # 京口三组 (a deputy group)


def add_stations(db: Database, seeds: Seeds) -> Stations:
    huayang = add_station(
        db, "华阳街道人大代表联络总站", StationKind.LIAISON_STATION, area="句容市华阳街道", deputy_ids=[seeds.wei_min]
    )
    jingkou = add_station(db, "京口三组", StationKind.DEPUTY_GROUP, area="京口区", deputy_ids=seeds.cosigners[:2])
    return Stations(huayang.id, jingkou.id)


def road_lamp(station_id: int, **changes: object) -> OpinionDraft:
    """A voter's opinion on the lamps of a village road, received at the 2023 voters' reception day."""
    values: dict[str, object] = {
        "station_id": station_id,
        "received_on": date(2023, 5, 20),
        "content": "村道路灯损坏多处，夜间出行不便，希望尽快维修。",
        "summary": "维修村道路灯",
        "voter_name": "刘建国",
        "voter_contact": "139****1234",
    }
    values.update(changes)
    return OpinionDraft(**values)  # type: ignore[arg-type]
