"""The three demo years: who submitted what in 2021, 2022 and 2023, and how far it got.

2021 and 2022 end with the seeds' figures (141 of 200 and 188 of 250 suggestions resolved as of 31
December); some of their B replies become A by a follow-up review the next year, so later figures
differ. 2023 is the register on :data:`~casebook.demo.plans.DEMO_AS_OF`, half-way through handling.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, replace
from datetime import date

from casebook.demo import topics
from casebook.demo import zhenjiang as zj
from casebook.demo.cohorts import (
    ORDINARY_UNITS,
    Entry,
    Planner,
    check_year,
    link_pairs,
    number_sessions,
    set_link_dates,
)
from casebook.demo.flows import Outcome, Stage, days
from casebook.demo.plans import DEMO_AS_OF, CasePlan
from casebook.domain.dates import add_months
from casebook.domain.enums import CaseKind


@dataclass(frozen=True)
class DemoPlan:
    deputies: tuple[zj.DeputySpec, ...]
    cases: tuple[CasePlan, ...]  # in the order they are loaded


@dataclass(frozen=True)
class ClosedYear:
    meeting: zj.SessionSpec
    interim: zj.SessionSpec
    assign_window: tuple[date, date]
    cohort: int
    resolved: int
    interim_ordinary: int
    late: int
    court: tuple[Outcome, ...]  # the last ``court_interim`` come from the interim period
    court_interim: int
    procuratorate: tuple[Outcome, ...]
    procuratorate_interim: int
    special: tuple[tuple[Outcome, int], ...]  # outcomes that need a meeting case's long year
    unresolved_spread: tuple[int, int, int]  # B, C, D among the other unresolved cases
    changes: int
    pairs: int


YEAR_2021 = ClosedYear(
    zj.MEETING_2021,
    zj.INTERIM_2021,
    (date(2021, 2, 22), date(2021, 2, 26)),
    cohort=200,
    resolved=141,
    interim_ordinary=16,
    late=2,
    court=(Outcome.A,) * 6 + (Outcome.B,),
    court_interim=0,
    procuratorate=(Outcome.A,) * 4 + (Outcome.C,),
    procuratorate_interim=0,
    special=((Outcome.A_FOLLOW, 6), (Outcome.A_REHANDLE, 2), (Outcome.REHANDLE_OTHER, 1), (Outcome.B_NEXT, 10)),
    unresolved_spread=(20, 14, 10),
    changes=1,
    pairs=3,
)
YEAR_2022 = ClosedYear(
    zj.MEETING_2022,
    zj.INTERIM_2022,
    (date(2022, 2, 14), date(2022, 2, 18)),
    cohort=250,
    resolved=188,
    interim_ordinary=20,
    late=3,
    court=(Outcome.A,) * 6 + (Outcome.B, Outcome.B, Outcome.C) + (Outcome.A, Outcome.A),  # 11 (000:587)
    court_interim=2,
    procuratorate=(Outcome.A,) * 6 + (Outcome.B, Outcome.D) + (Outcome.A,),  # 9, all closed (000:695)
    procuratorate_interim=1,
    special=((Outcome.A_FOLLOW, 8), (Outcome.A_REHANDLE, 3), (Outcome.REHANDLE_OTHER, 2), (Outcome.B_NEXT, 12)),
    unresolved_spread=(17, 13, 9),
    changes=1,
    pairs=3,
)


def build_plan(seed: int) -> DemoPlan:
    rng = random.Random(seed)
    planner = Planner(rng)
    plans = closed_year(planner, YEAR_2021, fixed_2021(planner))
    plans += closed_year(planner, YEAR_2022, fixed_2022(planner))
    plans += year_2023(planner)
    plans = set_link_dates(number_sessions(plans, rng), rng)
    check_year(plans, 2021, YEAR_2021.cohort, YEAR_2021.resolved)
    check_year(plans, 2022, YEAR_2022.cohort, YEAR_2022.resolved)
    for plan in plans:
        if max(plan.dates()) > DEMO_AS_OF:
            raise RuntimeError(f"demo plan: case {plan.serial} has a date after {DEMO_AS_OF}")
    return DemoPlan(tuple(planner.deputies), tuple(plans))


# ── closed years ────────────────────────────────────────────────────────────────────────────────


def closed_year(planner: Planner, year: ClosedYear, fixed: list[Entry]) -> list[CasePlan]:
    flows = planner.flows
    entries = list(fixed)
    entries += _judicial(planner, year, zj.COURT, topics.COURT_TOPICS, year.court, year.court_interim)
    entries += _judicial(
        planner, year, zj.PROCURATORATE, topics.PROCURATORATE_TOPICS, year.procuratorate, year.procuratorate_interim
    )
    for entry in entries[len(fixed) :]:
        entry.always_close = entry.lead_units == (zj.PROCURATORATE,)
    for _ in range(year.late):
        late = planner.ordinary(
            year.interim, flows.between(date(year.meeting.year, 11, 10), date(year.meeting.year, 12, 10))
        )
        late.outcome = Outcome.LATE
        entries.append(late)
    counted = [e for e in entries if e.plan.counts_as_suggestion]
    resolved = sum(1 for e in counted if e.outcome is not None and e.outcome.resolved_at_year_end)
    ordinary_count = year.cohort - len(counted)
    meeting = [
        planner.ordinary(year.meeting, planner.meeting_day(year.meeting))
        for _ in range(ordinary_count - year.interim_ordinary)
    ]
    interim = [
        planner.ordinary(year.interim, flows.between(date(year.meeting.year, 3, 1), date(year.meeting.year, 10, 15)))
        for _ in range(year.interim_ordinary)
    ]
    _changes(planner, meeting, year.changes)
    link_pairs(planner, meeting, year.pairs)
    _outcomes(planner, year, meeting, interim, year.resolved - resolved)
    entries += meeting + interim
    for entry in entries:
        if entry.assigned_on is None and entry.outcome is not None:
            entry.assigned_on = _assignment_day(planner, year.assign_window, entry.plan)
    return [planner.handle(e, year_over=True) for e in entries]


def _assignment_day(planner: Planner, window: tuple[date, date], plan: CasePlan) -> date:
    if plan.submitted_on.month == 1:
        return planner.flows.between(*window)
    return plan.submitted_on + days(planner.rng.randint(7, 20))


def _judicial(
    planner: Planner, year: ClosedYear, unit: str, titles: tuple[str, ...], outcomes: tuple[Outcome, ...], interim: int
) -> list[Entry]:
    entries = []
    chosen = planner.rng.sample(titles, len(outcomes)) if len(outcomes) <= len(titles) else list(titles)
    for i, outcome in enumerate(outcomes):
        from_interim = i >= len(outcomes) - interim
        session = year.interim if from_interim else year.meeting
        submitted = (
            planner.flows.between(date(session.year, 3, 1), date(session.year, 9, 30))
            if from_interim
            else planner.meeting_day(session)
        )
        lead = planner.rng.randrange(len(planner.deputies))
        title = f"关于{chosen[i % len(chosen)]}的建议"
        plan = planner.case(session, submitted, title, "政法", lead, planner.cosigners(lead))
        entries.append(Entry(plan, (unit,), outcome=outcome))
    return entries


def _changes(planner: Planner, entries: list[Entry], count: int) -> None:
    for entry in planner.rng.sample([e for e in entries if len(e.lead_units) == 1], count):
        wrong = [u for u in ORDINARY_UNITS if u not in entry.lead_units + entry.assisting]
        entry.change_from = planner.rng.choice(wrong)


def _outcomes(planner: Planner, year: ClosedYear, meeting: list[Entry], interim: list[Entry], resolved: int) -> None:
    """Give the ordinary cases outcomes so that exactly ``resolved`` of them are A at the year's end."""
    rng = planner.rng
    free = list(meeting)
    rng.shuffle(free)
    for outcome, count in year.special:
        for _ in range(count):
            free.pop().outcome = outcome
            resolved -= outcome.resolved_at_year_end
    rest = free + interim
    unresolved = len(rest) - resolved
    if resolved < 0 or unresolved < 0:
        raise RuntimeError(f"demo plan for {year.meeting.year}: cannot resolve {resolved} of {len(rest)}")
    weights = year.unresolved_spread
    b = unresolved * weights[0] // sum(weights)
    c = unresolved * weights[1] // sum(weights)
    outcomes = [Outcome.A] * resolved + [Outcome.B] * b + [Outcome.C] * c + [Outcome.D] * (unresolved - b - c)
    rng.shuffle(outcomes)
    for entry, outcome in zip(rest, outcomes, strict=True):
        entry.outcome = outcome


def fixed_2021(planner: Planner) -> list[Entry]:
    """The 2021 motion (invented; see topics.MOTION_2021)."""
    session = zj.MEETING_2021
    lead = planner.rng.randrange(len(planner.deputies))
    plan = planner.case(
        session,
        session.starts_on,
        topics.MOTION_2021,
        "城乡建设",
        lead,
        planner.cosigners(lead, 10),
        kind=CaseKind.MOTION,
        supervising_committee=zj.ENVIRONMENT,
    )
    return [Entry(plan, ("市住建局",), ("市自然资源和规划局", "市发改委"), outcome=Outcome.A, always_close=True)]


def fixed_2022(planner: Planner) -> list[Entry]:
    """The seeds' motion and five important suggestions of 2022 (000:463), a motion handled as a
    suggestion, and two withdrawn suggestions."""
    rng, session = planner.rng, zj.MEETING_2022
    entries: list[Entry] = []
    outcomes = {zj.MAOSHAN_TRAIL.title: Outcome.B_NEXT, zj.CITY_PARKING.title: Outcome.A_FOLLOW}
    for key in zj.KEY_SUGGESTIONS_2022:
        if key is zj.COURIER_SAFETY:
            lead = planner.index[zj.COURIER_LEAD]
            cosigners = tuple(planner.index[name] for name in zj.COURIER_COSIGNERS)
        else:
            lead = rng.randrange(len(planner.deputies))
            cosigners = planner.cosigners(lead, rng.randint(2, 6))
        plan = planner.case(
            session,
            session.starts_on + days(1),
            key.title,
            key.category,
            lead,
            cosigners,
            is_key=True,
            key_designated_by=zj.KEY_DESIGNATED_BY,
            supervising_leader=key.supervising_leader,
            supervising_committee=key.committee,
            leading_leader=key.leading_leader,
        )
        outcome = outcomes.get(key.title, Outcome.A)
        entries.append(
            Entry(
                plan,
                (key.lead_unit,),
                key.assisting_units,
                outcome,
                supervised_by=(key.supervising_leader, key.committee),
            )
        )
    lead = rng.randrange(len(planner.deputies))
    motion = planner.case(
        session,
        session.starts_on,
        zj.COMMON_PROSPERITY_MOTION,
        "社会事业",
        lead,
        planner.cosigners(lead, 11),
        kind=CaseKind.MOTION,
        supervising_leader="李健",
        supervising_committee=zj.SOCIAL,
        leading_leader="徐曙海",
    )
    assisting = ("市人社局", "市民政局", "市医保局", "市教育局")
    entries.append(
        Entry(motion, ("市发改委",), assisting, Outcome.A, always_close=True, supervised_by=("李健", zj.SOCIAL))
    )
    lead = rng.randrange(len(planner.deputies))
    converted = planner.case(
        session,
        session.starts_on + days(1),
        topics.CONVERTED_MOTION_2022,
        "社会事业",
        lead,
        planner.cosigners(lead, 9),
        kind=CaseKind.MOTION,
        converted_on=session.ends_on,
    )
    entries.append(Entry(converted, ("市民政局",), ("市卫健委",), Outcome.A))
    for withdrawn_on, assigned in ((date(2022, 1, 25), False), (date(2022, 2, 28), True)):
        entry = planner.ordinary(session, planner.meeting_day(session))
        entry.plan = replace(entry.plan, withdrawn_on=withdrawn_on, withdraw_reason="代表经沟通后主动撤回。")
        entry.ordinary = False
        if assigned:
            entry.assigned_on = date(2022, 2, 16)
        entries.append(entry)
    return entries


# ── 2023, in progress ───────────────────────────────────────────────────────────────────────────

STAGES_2023 = (
    (Stage.CLOSED, 85),
    (Stage.RATED, 48),
    (Stage.REPLIED, 40),
    (Stage.OVERDUE, 14),
    (Stage.ASSIGNED, 4),  # due later: an extension to 6 months was approved
    (Stage.REHANDLED, 3),
    (Stage.REHANDLING, 1),
    (Stage.UNSATISFIED, 1),
)
JUDICIAL_STAGES_2023 = {
    zj.COURT: (Stage.CLOSED,) * 5 + (Stage.RATED,) * 3 + (Stage.REPLIED,) * 2,
    zj.PROCURATORATE: (Stage.CLOSED,) * 4 + (Stage.RATED,) * 2,
}
KEYS_2023 = (
    (topics.KEY_TITLES_2023[0], "经济发展", "市发改委", ("市工信局",), "戴非平", zj.FINANCE, Stage.RATED),
    (topics.KEY_TITLES_2023[1], "经济发展", "市政务办", ("市市场监管局",), "卜晓放", zj.FINANCE, Stage.CLOSED),
    (topics.KEY_TITLES_2023[2], "城乡建设", "市住建局", ("市财政局",), "胡宗元", zj.ENVIRONMENT, Stage.REPLIED),
)
INTERIM_2023 = 16


def year_2023(planner: Planner) -> list[CasePlan]:
    rng, flows, session = planner.rng, planner.flows, zj.MEETING_2023
    window = (date(2023, 2, 13), date(2023, 2, 17))
    entries: list[Entry] = []
    for title, category, unit, assisting, leader, committee, stage in KEYS_2023:
        lead = rng.randrange(len(planner.deputies))
        plan = planner.case(
            session,
            session.starts_on + days(1),
            title,
            category,
            lead,
            planner.cosigners(lead, rng.randint(3, 8)),
            is_key=True,
            key_designated_by=zj.KEY_DESIGNATED_BY,
            supervising_leader=leader,
            supervising_committee=committee,
        )
        entries.append(Entry(plan, (unit,), assisting, stage=stage, supervised_by=(leader, committee)))
    lead = planner.index["沈春雷"]
    motion = planner.case(
        session,
        session.starts_on,
        zj.RURAL_LAND_MOTION,
        "农业农村",
        lead,
        planner.cosigners(lead, 10),
        kind=CaseKind.MOTION,
        supervising_leader="胡宗元",
        supervising_committee=zj.AGRICULTURE,
    )
    entries.append(
        Entry(
            motion,
            ("市农业农村局",),
            ("市自然资源和规划局",),
            stage=Stage.ASSIGNED,
            due_on=add_months(date(2023, 2, 15), 6),
            assigned_on=date(2023, 2, 15),
            supervised_by=("胡宗元", zj.AGRICULTURE),
        )
    )
    lead = planner.index["凌建锋"]
    platform = planner.case(session, session.starts_on + days(1), zj.TOURISM_PLATFORM, "经济发展", lead)
    entries.append(Entry(platform, ("市文广旅局",), ("市交通运输局",), stage=Stage.RATED))
    for unit, stages in JUDICIAL_STAGES_2023.items():
        titles = topics.COURT_TOPICS if unit == zj.COURT else topics.PROCURATORATE_TOPICS
        for title, stage in zip(rng.sample(titles, len(stages)), stages, strict=True):
            lead = rng.randrange(len(planner.deputies))
            plan = planner.case(session, planner.meeting_day(session), f"关于{title}的建议", "政法", lead)
            entries.append(Entry(plan, (unit,), stage=stage))
    withdrawn = planner.ordinary(session, planner.meeting_day(session))
    withdrawn.plan = replace(withdrawn.plan, withdrawn_on=date(2023, 1, 20), withdraw_reason="代表申请撤回。")
    withdrawn.ordinary = False
    entries.append(withdrawn)
    meeting = [planner.ordinary(session, planner.meeting_day(session)) for _ in range(sum(n for _, n in STAGES_2023))]
    meeting_stages = [stage for stage, count in STAGES_2023 for _ in range(count)]
    rng.shuffle(meeting_stages)
    for entry, stage in zip(meeting, meeting_stages, strict=True):
        entry.stage = stage
    _changes(planner, [e for e in meeting if e.stage not in (Stage.REHANDLED, Stage.REHANDLING)], 2)
    link_pairs(planner, meeting, 2)
    entries += meeting
    for entry in entries:
        if entry.stage is not None and entry.assigned_on is None:
            entry.assigned_on = flows.between(*window)
            if entry.stage is Stage.ASSIGNED:  # due later: an extension to 6 months was approved
                entry.due_on = add_months(entry.assigned_on, 6)
    entries += [_interim_2023(planner) for _ in range(INTERIM_2023)]
    return [planner.handle(e, year_over=False) for e in entries]


def _interim_2023(planner: Planner) -> Entry:
    rng = planner.rng
    entry = planner.ordinary(zj.INTERIM_2023, planner.flows.between(date(2023, 2, 20), date(2023, 6, 20)))
    assigned_on = entry.plan.submitted_on + days(rng.randint(10, 20))
    since = (DEMO_AS_OF - assigned_on).days
    if since < 5 or entry.plan.submitted_on.month == 6:  # not yet assigned
        return entry
    entry.assigned_on = assigned_on
    if since > 100:
        entry.stage = rng.choice((Stage.CLOSED, Stage.RATED, Stage.REPLIED))
    elif since > 40:
        entry.stage = rng.choice((Stage.REPLIED, Stage.ASSIGNED))
    else:
        entry.stage = Stage.ASSIGNED
    return entry
