"""Load the demo register (Zhenjiang, 2021–2023) into a database, through the workflow services."""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, fields
from datetime import date

from casebook import clock
from casebook.demo import zhenjiang as zj
from casebook.demo.handling import CaseRun, ReferenceIds
from casebook.demo.later_years import FIRST_LATER_YEAR, later_sessions, later_years
from casebook.demo.opinions import load_opinions
from casebook.demo.projects import load_projects
from casebook.demo.records import load_records
from casebook.demo.years import DemoPlan, build_plan
from casebook.domain.enums import SessionKind
from casebook.domain.errors import RuleViolation
from casebook.domain.roles import Permission
from casebook.i18n import noop
from casebook.services.admin import reference
from casebook.services.admin.register_reset import clear_register, holds_register_data
from casebook.store.database import Database

CASES_PER_COMMIT = 25  # a commit, and the derived rows rebuilt, for this many cases at once
SEED = 20230106  # the day 市九届人大二次会议 opened; the same seed gives the same register every time

Progress = Callable[[int, int], bool]


@dataclass(frozen=True)
class DemoSummary:
    """What one :func:`load_demo` created (``cancelled``: it stopped early at the caller's request)."""

    sessions: int = 0
    delegations: int = 0
    deputy_groups: int = 0
    deputies: int = 0
    units: int = 0
    committees: int = 0
    leaders: int = 0
    categories: int = 0
    cases: int = 0
    motions: int = 0  # registered as motions, including those later handled as suggestions
    suggestions: int = 0  # registered as suggestions
    converted: int = 0
    withdrawn: int = 0
    assignments: int = 0
    acknowledgements: int = 0
    unit_changes: int = 0
    replies: int = 0
    ratings: int = 0
    rehandled: int = 0
    closed: int = 0
    follow_ups: int = 0
    supervision_records: int = 0
    joint_links: int = 0
    cancelled: bool = False

    @classmethod
    def from_counts(cls, counts: Counter[str], *, cancelled: bool) -> DemoSummary:
        return cls(**{f.name: counts[f.name] for f in fields(cls) if f.name != "cancelled"}, cancelled=cancelled)


def demo_plan(until: int | None = None, as_of: date | None = None) -> tuple[DemoPlan, list[zj.SessionSpec]]:
    """The plan of the Zhenjiang years 2021–2023, and with ``until`` the seeded years after them up
    to that year (none dated after ``as_of``: today by default, else the end of ``until``)."""
    plan = build_plan(SEED)
    sessions = list(zj.SESSIONS)
    if until is None or until < FIRST_LATER_YEAR:
        return plan, sessions
    as_of = min(as_of or clock.today(), date(until, 12, 31))
    serial = max(case.serial for case in plan.cases)
    later = later_years(list(plan.deputies), SEED, until, as_of, serial)
    sessions += [s for s in later_sessions(until) if any(case.session == s.name for case in later)]
    return DemoPlan(plan.deputies, (*plan.cases, *later)), sessions


def load_demo(
    db: Database, *, force: bool = False, progress: Progress | None = None, until: int | None = None
) -> DemoSummary:
    """Fill an empty database with the demo register: the reference data of Zhenjiang and about
    690 cases of 2021, 2022 and 2023, each registered and handled through the workflow services, so
    every case has its full event history. The data are the same on every run.

    A database that already holds cases or reference data is refused (``RuleViolation`` with rule
    ``database_not_empty``, nothing written) unless ``force`` is true; then the register is first
    emptied in one transaction (:func:`~casebook.services.admin.register_reset.clear_register`; the office
    settings stay).

    ``until``: also the seeded years after 2023 up to that year (``casebook demo --until``; the
    window and the command pass the current year), the last one as far as today.

    ``progress(done, total)`` is called before anything is written and after the reference data and
    each case; when it returns False the load stops and the summary says ``cancelled``. Each case
    is one transaction (its steps savepoints of it: one wait for the disk, not ten), the reference
    data another, and the load stops only between cases, so a cancelled load leaves the register
    with the reference data and the cases loaded so far, each one complete (and
    the register already emptied, with ``force``).
    """
    plan, sessions = demo_plan(until)
    total = len(plan.cases) + 1
    if not force and holds_register_data(db):
        raise RuleViolation(
            "database_not_empty",
            noop(
                "Rule",
                "This database already holds cases or reference data, so the demonstration data were not "
                "loaded. Load them into a new, empty database, or choose to replace everything in this one.",
            ),
        )
    counts: Counter[str] = Counter()
    if progress is not None and not progress(0, total):
        return DemoSummary.from_counts(counts, cancelled=True)
    if force:
        clear_register(db)
    with db.write(Permission.EDIT_REFERENCE):  # one commit: a synchronous=FULL commit waits for the disk
        ids = load_reference_data(db, plan, counts, sessions)
    done = 1
    if progress is not None and not progress(done, total):
        return DemoSummary.from_counts(counts, cancelled=True)
    case_ids: dict[int, int] = {}
    cases = iter(plan.cases)
    while done < total:
        # CASES_PER_COMMIT cases to a transaction, each case's steps its savepoints: a stop asked for
        # between two cases commits the cases already run, whole
        with db.write(Permission.EDIT_CASES):
            for case in itertools.islice(cases, CASES_PER_COMMIT):
                CaseRun(db, ids, case, case_ids, counts).run()
                done += 1
                if progress is not None and not progress(done, total):
                    stopped = True
                    break
            else:
                stopped = False
        if stopped:
            return DemoSummary.from_counts(counts, cancelled=done < total)
    # the years after 2023 (--until) have their projects and opinions too, as far as the cases go
    later = [spec for spec in sessions if spec.year >= FIRST_LATER_YEAR and spec.kind is SessionKind.MEETING]
    as_of = min(clock.today(), date(until, 12, 31)) if until is not None else None
    load_opinions(db, [m.year for m in later], as_of)  # 群众意见: the stations and their opinions
    load_projects(db, ids, counts, later, as_of)  # 民生实事 (casebook.demo.projects)
    load_records(db, ids, plan, case_ids, counts)  # 审议, 询问, 评议, 优秀建议, 三见面 (casebook.demo.records)
    return DemoSummary.from_counts(counts, cancelled=False)


def load_reference_data(
    db: Database, plan: DemoPlan, counts: Counter[str], session_specs: list[zj.SessionSpec] | None = None
) -> ReferenceIds:
    sessions = {}
    for spec in session_specs or zj.SESSIONS:
        sessions[spec.name] = reference.add_session(
            db,
            spec.name,
            spec.year,
            kind=spec.kind,
            term=spec.term,
            meeting_number=spec.meeting_number,
            starts_on=spec.starts_on,
            ends_on=spec.ends_on,
        ).id
    delegations = {name: reference.add_delegation(db, name).id for name in zj.DELEGATIONS}
    groups = {}
    for delegation, count in zj.GROUPS_PER_DELEGATION.items():
        for number in range(1, count + 1):
            name = zj.group_name(delegation, number)
            groups[name] = reference.add_deputy_group(db, name, delegations[delegation]).id
    deputies = [
        reference.add_deputy(
            db,
            d.name,
            delegation_id=delegations[d.delegation],
            group_id=groups[zj.group_name(d.delegation, d.group)],
            position=d.position,
        ).id
        for d in plan.deputies
    ]
    units = {name: reference.add_unit(db, name, kind).id for name, kind in zj.UNITS}
    committees = {name: reference.add_committee(db, name).id for name in zj.COMMITTEES}
    leaders = {
        name: reference.add_leader(db, name, zj.LEADER_KINDS[name], title).id
        for name, title in zj.CONGRESS_LEADERS + zj.GOVERNMENT_LEADERS
    }
    categories = {c.name: reference.add_category(db, c.name).id for c in zj.CATEGORIES}
    counts.update(
        sessions=len(sessions),
        delegations=len(delegations),
        deputy_groups=len(groups),
        deputies=len(deputies),
        units=len(units),
        committees=len(committees),
        leaders=len(leaders),
        categories=len(categories),
    )
    return ReferenceIds(sessions, delegations, deputies, units, committees, leaders, categories)
