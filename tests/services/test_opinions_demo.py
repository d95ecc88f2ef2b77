"""The demo register's 群众意见: six stations of 句容, 京口 and 润州 with their deputies, a few dozen
opinions in 2022 and 2023 through every state, each step in the trail, none dated after the demo's day."""

from __future__ import annotations

from collections import Counter
from datetime import date

from sqlalchemy import func, select

from casebook.demo.plans import DEMO_AS_OF
from casebook.domain.opinions import OpinionState, StationKind
from casebook.services.admin.stations import station_rows
from casebook.services.queries.opinions import OpinionFilter, opinion_list
from casebook.services.statistics.opinions import opinion_statistics
from casebook.store.database import Database
from casebook.store.models import Event


def test_the_demo_has_stations_and_opinions_through_every_state(demo_db: Database) -> None:
    stations = station_rows(demo_db)
    assert len(stations) == 6
    assert {s.kind for s in stations} == set(StationKind)
    assert all(len(s.deputies) == 3 and s.opinions > 0 for s in stations)
    assert "句容市华阳街道人大代表联络总站" in {s.name for s in stations}
    for year, count in ((2022, 42), (2023, 30)):
        rows = opinion_list(demo_db, OpinionFilter(year=year), limit=None)
        assert len(rows) == count
        assert [r.serial for r in sorted(rows, key=lambda r: r.serial)] == list(range(1, count + 1))
        assert any(r.voter_name == "" for r in rows) and any(r.voter_name for r in rows)
    states = Counter(r.state for r in opinion_list(demo_db, OpinionFilter(year=2023), limit=None))
    assert set(states) == set(OpinionState)
    latest = max(
        max(d for d in (r.received_on, r.passed_on, r.answered_on, r.fed_back_on, r.closed_on) if d is not None)
        for r in opinion_list(demo_db, OpinionFilter(year=2023), limit=None)
    )
    assert latest <= DEMO_AS_OF
    with demo_db.read() as session:
        registered = session.scalar(select(func.count(Event.id)).where(Event.action == "register_opinion"))
    assert registered == 72


def test_the_demo_years_figures(demo_db: Database) -> None:
    stats = opinion_statistics(demo_db, 2022)
    assert stats.as_of == date(2022, 12, 31)
    figures = stats.figures
    assert figures.received == 42 and figures.received >= figures.passed_on >= figures.answered >= figures.fed_back
    assert sum(row.figures.received for row in stats.by_station) == 42
    assert stats.sentences[0].startswith("In 2022, the liaison stations collected 42 opinions")
