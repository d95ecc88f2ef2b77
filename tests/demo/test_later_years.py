"""`casebook demo --until YEAR`: seeded years after the Zhenjiang 2021–2023 history, whose figures stay
exact; the year of the register's day half-way through handling, nothing dated after that day. Every
test passes a fixed year and day, so nothing depends on the calendar."""

from __future__ import annotations

import subprocess
import sys
from collections import Counter
from datetime import date
from pathlib import Path

import pytest

from casebook import clock
from casebook.demo.generator import demo_plan, load_demo
from casebook.demo.later_years import sessions_of
from casebook.domain.metrics import RateName
from casebook.services.queries.opinions import OpinionFilter, opinion_count, opinion_list
from casebook.services.queries.projects import project_list
from casebook.services.statistics.figures import compute_statistics
from casebook.store.database import Database, open_database


def test_the_seeds_years_do_not_change_when_later_years_are_added() -> None:
    seeds_only, sessions = demo_plan()
    with_later, later_sessions = demo_plan(2025, as_of=date(2026, 12, 6))
    assert with_later.cases[: len(seeds_only.cases)] == seeds_only.cases
    assert later_sessions[: len(sessions)] == sessions
    assert [s.name for s in later_sessions[len(sessions) :]] == [
        "市九届人大三次会议",
        "2024年闭会期间",
        "市九届人大四次会议",
        "2025年闭会期间",
    ]
    by_year = Counter(case.submitted_on.year for case in with_later.cases)
    assert 210 <= by_year[2024] <= 290 and 210 <= by_year[2025] <= 290
    assert demo_plan(2025, as_of=date(2026, 12, 6))[0] == with_later  # the same every time


def test_the_register_s_own_year_stands_half_way() -> None:
    plan, _ = demo_plan(2026, as_of=date(2026, 7, 15))
    this_year = [case for case in plan.cases if case.submitted_on.year == 2026]
    assert this_year and max(max(case.dates()) for case in plan.cases) <= date(2026, 7, 15)
    closed = sum(1 for case in this_year if case.closed_on is not None)
    assert 0 < closed < len(this_year)  # some done, some still being handled
    assert sessions_of(2027)[0].name == "市十届人大一次会议"


def test_a_meeting_not_yet_held_has_no_cases() -> None:
    plan, sessions = demo_plan(2026, as_of=date(2026, 1, 5))
    assert not [case for case in plan.cases if case.submitted_on.year == 2026]
    assert "市九届人大五次会议" not in [s.name for s in sessions]


def test_the_command_line_refuses_a_year_it_cannot_plan(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "casebook", "--db", str(tmp_path / "d.sqlite"), "demo", "--until", "20x4"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 2 and "--until" in result.stderr
    assert not (tmp_path / "d.sqlite").exists() or "demo" not in result.stdout


@pytest.mark.slow
def test_loading_2024_keeps_2022_at_188_of_250(tmp_path: Path) -> None:
    db: Database = open_database(str(tmp_path / "demo.sqlite"), user="clerk")
    try:
        with clock.fixed(date(2024, 6, 30)):
            summary = load_demo(db, until=2024)
        assert summary.cases > 688
        figures = compute_statistics(db, 2022, as_of=date(2022, 12, 31)).figures
        rate = figures.rate(RateName.RESOLUTION)
        assert (figures.total, figures.resolved, str(rate.value)) == (250, 188, "75.2")
        latest = compute_statistics(db, 2024, as_of=date(2024, 6, 30)).figures
        assert latest.total > 200 and latest.replied > 0
        # the later year has its 民生实事 and 群众意见 too, none dated after the register's day
        projects = project_list(db, 2024, date(2024, 6, 30))
        assert 25 <= len(projects) <= 40 and all(p.voted_on == date(2024, 1, 10) for p in projects)
        assert all("2023年" not in p.title for p in projects)
        assert not any(p.state.reported for p in projects)  # half-way through its year
        assert len(project_list(db, 2023, date(2024, 6, 30))) == 40  # the seeds' list, as before
        opinions = opinion_list(db, OpinionFilter(year=2024))
        assert opinions and max(o.received_on for o in opinions) <= date(2024, 6, 30)
        assert opinion_count(db, OpinionFilter(year=2022)) == 42
    finally:
        db.close()
