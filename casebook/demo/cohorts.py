"""The demo's deputies and its three years of cases, planned from one seeded random source.

2021 and 2022 are closed years whose year-end figures match the seeds exactly (000:463: 250
suggestions, 188 resolved, 75.2%, up 4.7 points on 2021's 70.5% = 141 of 200). 2023 is the year
in progress on :data:`~casebook.demo.plans.DEMO_AS_OF`.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date

from casebook.demo import topics
from casebook.demo import zhenjiang as zj
from casebook.demo.flows import Flows, Handling, Outcome, Stage, days
from casebook.demo.plans import DEMO_AS_OF, CasePlan, result_as_of
from casebook.domain.enums import CaseKind

CATEGORY_WEIGHTS = {
    "城乡建设": 15,
    "经济发展": 14,
    "社会事业": 14,
    "交通运输": 11,
    "教育科技": 10,
    "医疗卫生": 9,
    "农业农村": 9,
    "生态环境": 8,
    "政法": 6,
    "其他": 4,
}
ORDINARY_UNITS = tuple(name for name, _ in zj.UNITS if name not in (zj.COURT, zj.PROCURATORATE))


@dataclass
class Entry:
    """A case being planned: its registration, who handles it, and how it ends (or where it stands)."""

    plan: CasePlan
    lead_units: tuple[str, ...]
    assisting: tuple[str, ...] = ()
    outcome: Outcome | None = None
    stage: Stage | None = None
    assigned_on: date | None = None
    change_from: str | None = None
    due_on: date | None = None
    always_close: bool = False
    ordinary: bool = False
    supervised_by: tuple[str, str] | None = None  # (leader, committee) of an important case


class Planner:
    """The seeded source of everything random in the demo, and the deputies cases refer to."""

    def __init__(
        self, rng: random.Random, *, as_of: date = DEMO_AS_OF, deputies: list[zj.DeputySpec] | None = None
    ) -> None:
        self.rng = rng
        self.flows = Flows(rng, as_of)
        self.deputies = plan_deputies(rng) if deputies is None else deputies
        self.index = {d.name: i for i, d in enumerate(self.deputies)}
        self.titles: set[tuple[int, str]] = set()
        self.serial = 0

    # ── registration ────────────────────────────────────────────────────────────────────────

    def case(
        self,
        session: zj.SessionSpec,
        submitted_on: date,
        title: str,
        category: str,
        lead: int,
        cosigners: tuple[int, ...] = (),
        kind: CaseKind = CaseKind.SUGGESTION,
        **fields: object,
    ) -> CasePlan:
        self.serial += 1
        delegation = self.deputies[lead].delegation
        subject = title.removeprefix("关于").removesuffix("的建议").removesuffix("的议案")
        body = f"{self.deputies[lead].name}代表提出：{subject}。"
        plan = CasePlan(
            self.serial,
            session.name,
            "",
            kind,
            title,
            body,
            category,
            submitted_on,
            lead,
            cosigners,
            delegation,
        )
        return replace(plan, **fields)  # type: ignore[arg-type]

    def ordinary(self, session: zj.SessionSpec, submitted_on: date) -> Entry:
        rng = self.rng
        category = zj.CATEGORY_BY_NAME[rng.choices(list(CATEGORY_WEIGHTS), list(CATEGORY_WEIGHTS.values()))[0]]
        lead = rng.randrange(len(self.deputies))
        title = self.title(session.year, category.name, self.deputies[lead].delegation)
        plan = self.case(session, submitted_on, title, category.name, lead, self.cosigners(lead))
        pool = category.units
        leads = tuple(rng.sample(pool, 2)) if len(pool) > 1 and rng.random() < 0.04 else (rng.choice(pool),)
        return Entry(plan, leads, self.assisting(leads), ordinary=True)

    def title(self, year: int, category: str, place: str) -> str:
        for _ in range(6):
            title = f"关于{self.rng.choice(topics.TOPICS[category]).format(place=place)}的建议"
            if (year, title) not in self.titles:
                break
        self.titles.add((year, title))
        return title

    def cosigners(self, lead: int, count: int | None = None) -> tuple[int, ...]:
        rng = self.rng
        if count is None:
            count = rng.choices((0, 1, 2, 3, 4), weights=(55, 15, 12, 10, 8))[0]
        same = [i for i, d in enumerate(self.deputies) if d.delegation == self.deputies[lead].delegation and i != lead]
        others = [i for i in range(len(self.deputies)) if i != lead and i not in same]
        chosen: list[int] = []
        while len(chosen) < count:
            pick = rng.choice(same if rng.random() < 0.8 else others)
            if pick not in chosen:
                chosen.append(pick)
        return tuple(chosen)

    def assisting(self, leads: tuple[str, ...]) -> tuple[str, ...]:
        count = self.rng.choices((0, 1, 2), weights=(62, 30, 8))[0]
        return tuple(self.rng.sample([u for u in ORDINARY_UNITS if u not in leads], count))

    def meeting_day(self, session: zj.SessionSpec) -> date:
        return self.flows.between(session.starts_on, session.ends_on)

    # ── handling ────────────────────────────────────────────────────────────────────────────

    def handle(self, entry: Entry, year_over: bool) -> CasePlan:
        plan = entry.plan
        if entry.assigned_on is None:
            return plan
        units = self.flows.units(
            entry.assigned_on, entry.lead_units, entry.assisting, change_from=entry.change_from, due_on=entry.due_on
        )
        if plan.withdrawn_on is not None:
            return Handling(units).apply(plan)
        if year_over:
            assert entry.outcome is not None
            handling = self.flows.closed_year(
                units, entry.outcome, plan.submitted_on.year, always_close=entry.always_close
            )
        else:
            assert entry.stage is not None
            handling = self.flows.in_progress(units, entry.stage)
        plan = handling.apply(plan)
        if entry.supervised_by is not None:
            leader, committee = entry.supervised_by
            return self.supervise_key(plan, leader, committee, entry.lead_units[0])
        until = min(entry.assigned_on + days(80), self.flows.as_of)
        if entry.ordinary and self.rng.random() < 0.06 and until > entry.assigned_on + days(20):
            committee = zj.CATEGORY_BY_NAME[plan.category].committee
            plan = replace(plan, supervision=(self.flows.committee_check(entry.assigned_on, committee, until),))
        return plan

    def supervise_key(self, plan: CasePlan, leader: str, committee: str, unit: str) -> CasePlan:
        assert plan.units
        start = plan.units[0].assigned_on
        until = min(plan.closed_on or self.flows.as_of, self.flows.as_of)
        records = self.flows.key_supervision(
            start, leader, committee, unit, self.deputies[plan.lead_deputy].name, until=until
        )
        return replace(plan, supervision=records)


def plan_deputies(rng: random.Random) -> list[zj.DeputySpec]:
    """The named deputies of the seeds, the courier suggestion's co-signers, then invented names
    until every delegation has its number of deputies."""
    deputies = list(zj.NAMED_DEPUTIES)
    deputies += [zj.DeputySpec(name, zj.COURIER_DELEGATION, 1) for name in zj.COURIER_COSIGNERS]
    names = {d.name for d in deputies}
    for delegation in zj.DELEGATIONS:
        have = sum(1 for d in deputies if d.delegation == delegation)
        for _ in range(zj.DEPUTIES_PER_DELEGATION[delegation] - have):
            name = _new_name(rng, names)
            names.add(name)
            group = rng.randint(1, zj.GROUPS_PER_DELEGATION[delegation])
            position = rng.choice(zj.POSITIONS) if rng.random() < 0.8 else None
            deputies.append(zj.DeputySpec(name, delegation, group, position))
    return deputies


def _new_name(rng: random.Random, taken: set[str]) -> str:
    while True:
        given = "".join(rng.choice(zj.GIVEN_NAME_CHARACTERS) for _ in range(rng.choice((1, 2, 2, 2))))
        name = rng.choice(zj.SURNAMES) + given
        if name not in taken:
            return name


def number_sessions(
    plans: list[CasePlan], rng: random.Random, sessions: Sequence[zj.SessionSpec] = zj.SESSIONS
) -> list[CasePlan]:
    """Number each session's cases in the order they were submitted; return them in processing
    order (session by session as in ``sessions``, then by number)."""
    ordered: list[CasePlan] = []
    for session in sessions:
        mine = [p for p in plans if p.session == session.name]
        rng.shuffle(mine)
        mine.sort(key=lambda p: p.submitted_on)
        ordered += [replace(p, number=f"{i:04d}") for i, p in enumerate(mine, 1)]
    return ordered


def link_pairs(planner: Planner, entries: list[Entry], pairs: int) -> None:
    """并案: pairs of ordinary meeting cases on the same subject, handled by the same lead unit."""
    candidates = [
        e
        for e in entries
        if e.ordinary and e.change_from is None and len(e.lead_units) == 1 and e.plan.withdrawn_on is None
    ]
    chosen = planner.rng.sample(candidates, 2 * pairs)
    for first, second in zip(chosen[::2], chosen[1::2], strict=True):
        second.plan = replace(
            second.plan, title=first.plan.title, category=first.plan.category, joint_with=first.plan.serial
        )
        second.lead_units = first.lead_units
        first.plan = replace(first.plan, joint_with=second.plan.serial)


def set_link_dates(plans: list[CasePlan], rng: random.Random) -> list[CasePlan]:
    by_serial = {p.serial: p for p in plans}
    result = []
    for plan in plans:
        if plan.joint_with is not None:
            other = by_serial[plan.joint_with]
            start = max(plan.units[0].assigned_on, other.units[0].assigned_on)
            low, high = sorted((plan.serial, other.serial))
            plan = replace(plan, linked_on=start + days(2 + (low * 7 + high) % 5))
        result.append(plan)
    return result


def check_year(plans: list[CasePlan], year: int, cohort: int, resolved: int) -> None:
    """The closed year gives exactly the seeds' figures (a planning error otherwise)."""
    mine = [p for p in plans if p.submitted_on.year == year and p.counts_as_suggestion]
    found = sum(1 for p in mine if result_as_of(p, date(year, 12, 31)) == "A")
    if len(mine) != cohort or found != resolved:
        raise RuntimeError(f"demo plan for {year}: {found} of {len(mine)} resolved, not {resolved} of {cohort}")
