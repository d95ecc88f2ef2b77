"""The demo's years after the Zhenjiang history (2024 onwards, up to ``casebook demo --until``).

2021–2023 are the seeds' register and never change (2022: 250 suggestions, 188 resolved, 75.2%,
+4.7 points). Each later year has its meeting (市九届人大三次会议 in 2024, …) and its interim period,
planned from a seed of its own, so adding a year changes none before it. A year that is over by the
register's day is handled to its end; the register's own year stands half-way, each case as far as
the days since its assignment allow, so nothing in it is dated after that day.
"""

from __future__ import annotations

import random
from datetime import date

from casebook.demo import zhenjiang as zj
from casebook.demo.cohorts import Planner, check_year, link_pairs, number_sessions, set_link_dates
from casebook.demo.flows import Outcome, Stage, days
from casebook.demo.plans import CasePlan
from casebook.demo.years import ClosedYear, closed_year
from casebook.domain.enums import SessionKind
from casebook.domain.session_names import interim_period_name

FIRST_LATER_YEAR = 2024
# A term has five yearly meetings: 市九届人大一次会议 was in 2022 (zhenjiang.MEETING_2022).
TERM_9_FIRST_YEAR = 2022
CHINESE_NUMBERS = "一二三四五"


def sessions_of(year: int) -> tuple[zj.SessionSpec, zj.SessionSpec]:
    """The year's meeting (early January, as in the seeds) and its interim period."""
    term = 9 + (year - TERM_9_FIRST_YEAR) // 5
    number = (year - TERM_9_FIRST_YEAR) % 5 + 1
    terms = {9: "九", 10: "十", 11: "十一", 12: "十二"}
    name = f"市{terms.get(term, str(term))}届人大{CHINESE_NUMBERS[number - 1]}次会议"
    meeting = zj.SessionSpec(name, year, SessionKind.MEETING, term, number, date(year, 1, 8), date(year, 1, 10))
    interim = zj.SessionSpec(
        interim_period_name(year), year, SessionKind.INTERIM, term, None, date(year, 1, 11), date(year, 12, 31)
    )
    return meeting, interim


def later_sessions(until: int) -> list[zj.SessionSpec]:
    return [spec for year in range(FIRST_LATER_YEAR, until + 1) for spec in sessions_of(year)]


def later_years(deputies: list[zj.DeputySpec], seed: int, until: int, as_of: date, serial: int) -> list[CasePlan]:
    """The plans of every year from 2024 to ``until`` (none after ``as_of``), numbered from ``serial``."""
    plans: list[CasePlan] = []
    for year in range(FIRST_LATER_YEAR, until + 1):
        meeting, interim = sessions_of(year)
        if as_of < meeting.ends_on:
            break  # the year's meeting has not been held yet
        rng = random.Random(seed * 10_000 + year)
        planner = Planner(rng, as_of=as_of, deputies=deputies)
        planner.serial = serial
        if date(year + 1, 3, 1) <= as_of:  # over, and its follow-up reviews can be dated
            spec = _closed_spec(rng, meeting, interim)
            year_plans = closed_year(planner, spec, [])
            year_plans = set_link_dates(number_sessions(year_plans, rng, (meeting, interim)), rng)
            check_year(year_plans, year, spec.cohort, spec.resolved)
        else:
            year_plans = _in_progress(planner, meeting, interim, as_of)
            year_plans = set_link_dates(number_sessions(year_plans, rng, (meeting, interim)), rng)
        serial = planner.serial
        plans += year_plans
    for plan in plans:
        if max(plan.dates()) > as_of:
            raise RuntimeError(f"demo plan: case {plan.serial} has a date after {as_of}")
    return plans


def _closed_spec(rng: random.Random, meeting: zj.SessionSpec, interim: zj.SessionSpec) -> ClosedYear:
    cohort = rng.randint(225, 260)
    resolved = round(cohort * rng.uniform(0.74, 0.80))
    return ClosedYear(
        meeting,
        interim,
        (date(meeting.year, 2, 17), date(meeting.year, 2, 21)),
        cohort=cohort,
        resolved=resolved,
        interim_ordinary=rng.randint(14, 22),
        late=2,
        court=(Outcome.A,) * 6 + (Outcome.B,),
        court_interim=1,
        procuratorate=(Outcome.A,) * 5 + (Outcome.C,),
        procuratorate_interim=0,
        special=((Outcome.A_REHANDLE, 2), (Outcome.REHANDLE_OTHER, 1)),
        unresolved_spread=(17, 13, 9),
        changes=1,
        pairs=2,
    )


def _in_progress(planner: Planner, meeting: zj.SessionSpec, interim: zj.SessionSpec, as_of: date) -> list[CasePlan]:
    """The register's own year: meeting cases assigned in February, interim ones as they come,
    each as far as its days since assignment allow."""
    rng = planner.rng
    entries = [planner.ordinary(meeting, planner.meeting_day(meeting)) for _ in range(rng.randint(200, 235))]
    window = (date(meeting.year, 2, 17), date(meeting.year, 2, 21))
    for entry in entries:
        assigned_on = planner.flows.between(*window)
        if assigned_on + days(14) <= as_of:  # its receipt and any change of unit come within two weeks
            entry.assigned_on = assigned_on
            entry.stage = _stage(rng, (as_of - assigned_on).days)
    assigned = [entry for entry in entries if entry.assigned_on is not None]
    if len(assigned) > 10:
        link_pairs(planner, assigned, 2)
    last = min(as_of - days(10), date(meeting.year, 11, 30))
    for _ in range(rng.randint(12, 18) if last > date(meeting.year, 3, 1) else 0):
        entry = planner.ordinary(interim, planner.flows.between(date(meeting.year, 3, 1), last))
        assigned_on = entry.plan.submitted_on + days(rng.randint(10, 20))
        if assigned_on + days(14) <= as_of:  # its receipt and any change of unit come within two weeks
            entry.assigned_on = assigned_on
            entry.stage = _stage(rng, (as_of - assigned_on).days)
        entries.append(entry)
    return [planner.handle(entry, year_over=False) for entry in entries]


def _stage(rng: random.Random, since: int) -> Stage:
    """Where a case assigned ``since`` days before the register's day stands."""
    if since > 150:
        return rng.choices(
            (Stage.CLOSED, Stage.RATED, Stage.REPLIED, Stage.REHANDLED, Stage.OVERDUE), (70, 12, 8, 4, 6)
        )[0]
    if since > 100:
        return rng.choices((Stage.CLOSED, Stage.RATED, Stage.REPLIED, Stage.OVERDUE), (35, 25, 25, 15))[0]
    if since > 45:
        return rng.choices((Stage.REPLIED, Stage.ASSIGNED), (40, 60))[0]
    return Stage.ASSIGNED
