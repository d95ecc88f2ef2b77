"""The register as rows (台账): one row per case with every field a clerk keeps in the ledger.

Used by the exports and the case list. Rows are assembled from a few set-based queries per batch
of cases (never one query per case).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session, aliased

from casebook.domain.enums import (
    AssignmentRole,
    AssignmentStatus,
    CaseKind,
    CaseState,
    ContactMethod,
    ContactPerson,
    UnitKind,
)
from casebook.services.queries.unit_kinds import handled_by_kind
from casebook.store.database import Database
from casebook.store.models import (
    Assignment,
    Case,
    CaseCosigner,
    Category,
    CongressSession,
    Delegation,
    Deputy,
    FollowUp,
    HandlingUnit,
    Leader,
    Rating,
    Reply,
    SpecialCommittee,
    SupervisionRecord,
)
from casebook.store.text_order import by_number

BATCH = 1_000


@dataclass(frozen=True)
class CaseFilter:
    year: int | None = None
    session_id: int | None = None
    kind: CaseKind | None = None
    lead_unit_id: int | None = None
    include_withdrawn: bool = True
    unit_kind: UnitKind | None = None  # only the cases a unit of this kind answers for (queries.unit_kinds)


@dataclass
class CaseRow:
    id: int
    session: str
    number: str
    kind: CaseKind
    submitted_kind: CaseKind
    title: str
    body: str
    state: CaseState
    submitted_on: date
    lead_deputy: str | None
    delegation: str | None
    category: str | None
    is_key: bool
    key_designated_by: str | None
    supervising_leader: str | None
    supervising_committee: str | None
    leading_leader: str | None
    remarks: str | None
    closed_on: date | None
    withdrawn_on: date | None
    cosigners: list[str] = field(default_factory=list)
    lead_units: list[str] = field(default_factory=list)
    assisting_units: list[str] = field(default_factory=list)
    separate_units: list[str] = field(default_factory=list)
    assigned_on: date | None = None
    acknowledged_on: date | None = None
    due_on: date | None = None
    replied_on: date | None = None
    result_code: str | None = None
    contact_method: ContactMethod | None = None
    contact_person: ContactPerson | None = None
    rating: str | None = None
    rated_on: date | None = None
    handling_round: int = 1
    supervision_count: int = 0


def cases_matching(filters: CaseFilter) -> Select[Case]:
    """The cases of ``filters`` (a select the other register readers build on)."""
    query = select(Case)
    if filters.year is not None:
        query = query.where(
            Case.submitted_on >= date(filters.year, 1, 1), Case.submitted_on <= date(filters.year, 12, 31)
        )
    if filters.session_id is not None:
        query = query.where(Case.session_id == filters.session_id)
    if filters.kind is not None:
        query = query.where(Case.kind == filters.kind)
    if not filters.include_withdrawn:
        query = query.where(Case.state != CaseState.WITHDRAWN)
    if filters.lead_unit_id is not None:
        query = query.where(
            Case.id.in_(
                select(Assignment.case_id).where(
                    Assignment.unit_id == filters.lead_unit_id,
                    Assignment.role == AssignmentRole.LEAD,
                    Assignment.status != AssignmentStatus.CHANGED,
                )
            )
        )
    if filters.unit_kind is not None:
        query = query.where(handled_by_kind(Case.id, filters.unit_kind))
    return query


def count_cases(db: Database, filters: CaseFilter = CaseFilter()) -> int:
    with db.read() as session:
        return int(session.scalar(select(func.count()).select_from(cases_matching(filters).subquery())) or 0)


def ids_in_register_order(session: Session, filters: CaseFilter) -> list[int]:
    """The ids of the cases of ``filters`` in register order: year, session, then case number."""
    return list(
        session.scalars(
            cases_matching(filters)
            .join(CongressSession, CongressSession.id == Case.session_id)
            .with_only_columns(Case.id)
            .order_by(CongressSession.year, CongressSession.id, *by_number(Case.number))
        )
    )


def iter_case_rows(db: Database, filters: CaseFilter = CaseFilter()) -> Iterator[CaseRow]:
    """Every case of ``filters`` in register order (session, number), in batches."""
    with db.read() as session:
        ids = ids_in_register_order(session, filters)
        for start in range(0, len(ids), BATCH):
            yield from case_rows(session, ids[start : start + BATCH])


def case_rows(session: Session, case_ids: Sequence[int]) -> list[CaseRow]:
    """The rows of ``case_ids``, in that order."""
    if not case_ids:
        return []
    supervisor = aliased(Leader)
    leading = aliased(Leader)
    query = (
        select(
            Case,
            CongressSession.name,
            Deputy.name,
            Delegation.name,
            Category.name,
            supervisor.name,
            SpecialCommittee.name,
            leading.name,
        )
        .join(CongressSession, CongressSession.id == Case.session_id)
        .outerjoin(Deputy, Deputy.id == Case.lead_deputy_id)
        .outerjoin(Delegation, Delegation.id == Case.delegation_id)
        .outerjoin(Category, Category.id == Case.category_id)
        .outerjoin(supervisor, supervisor.id == Case.supervising_leader_id)
        .outerjoin(SpecialCommittee, SpecialCommittee.id == Case.supervising_committee_id)
        .outerjoin(leading, leading.id == Case.leading_leader_id)
        .where(Case.id.in_(case_ids))
    )
    rows: dict[int, CaseRow] = {}
    for case, session_name, lead, delegation, category, leader, committee, leading_name in session.execute(query):
        rows[case.id] = CaseRow(
            id=case.id,
            session=session_name,
            number=case.number,
            kind=case.kind,
            submitted_kind=case.submitted_kind,
            title=case.title,
            body=case.body,
            state=case.state,
            submitted_on=case.submitted_on,
            lead_deputy=lead,
            delegation=delegation,
            category=category,
            is_key=case.is_key,
            key_designated_by=case.key_designated_by,
            supervising_leader=leader,
            supervising_committee=committee,
            leading_leader=leading_name,
            remarks=case.remarks,
            closed_on=case.closed_on,
            withdrawn_on=case.withdrawn_on,
            handling_round=case.handling_round,
        )
    _add_cosigners(session, rows)
    _add_handling(session, rows)
    _add_ratings(session, rows)
    for case_id, count in session.execute(
        select(SupervisionRecord.case_id, func.count())
        .where(SupervisionRecord.case_id.in_(rows))
        .group_by(SupervisionRecord.case_id)
    ):
        rows[case_id].supervision_count = count
    return [rows[i] for i in case_ids if i in rows]


def _add_cosigners(session: Session, rows: dict[int, CaseRow]) -> None:
    query = (
        select(CaseCosigner.case_id, Deputy.name)
        .join(Deputy, Deputy.id == CaseCosigner.deputy_id)
        .where(CaseCosigner.case_id.in_(rows))
        .order_by(CaseCosigner.case_id, CaseCosigner.position)
    )
    for case_id, name in session.execute(query):
        rows[case_id].cosigners.append(name)


def _add_handling(session: Session, rows: dict[int, CaseRow]) -> None:
    """Units by role (current round, not changed away), dates, and the latest result."""
    query = (
        select(Assignment, HandlingUnit.name, Reply)
        .join(HandlingUnit, HandlingUnit.id == Assignment.unit_id)
        .outerjoin(Reply, Reply.assignment_id == Assignment.id)
        .where(Assignment.case_id.in_(rows))
        .order_by(Assignment.case_id, Assignment.id)
    )
    results: dict[int, list[tuple[date, int, int, str]]] = defaultdict(list)
    for assignment, unit, reply in session.execute(query):
        row = rows[assignment.case_id]
        row.assigned_on = min(row.assigned_on or assignment.assigned_on, assignment.assigned_on)
        current = assignment.status is AssignmentStatus.ACTIVE and assignment.handling_round == row.handling_round
        if current:
            names = {
                AssignmentRole.LEAD: row.lead_units,
                AssignmentRole.ASSISTING: row.assisting_units,
                AssignmentRole.SEPARATE: row.separate_units,
            }[assignment.role]
            if unit not in names:
                names.append(unit)
            if assignment.role is not AssignmentRole.ASSISTING:
                row.due_on = assignment.due_on if row.due_on is None else min(row.due_on, assignment.due_on)
                row.acknowledged_on = row.acknowledged_on or assignment.acknowledged_on
        if reply is not None and assignment.role is not AssignmentRole.ASSISTING:
            if row.replied_on is None or reply.replied_on >= row.replied_on:
                row.replied_on = reply.replied_on
                row.contact_method = reply.contact_method
                row.contact_person = reply.contact_person
            if reply.result_code:
                results[row.id].append((reply.replied_on, 0, reply.id, reply.result_code))
    for follow_up in session.scalars(select(FollowUp).where(FollowUp.case_id.in_(rows))):
        results[follow_up.case_id].append((follow_up.reviewed_on, 1, follow_up.id, follow_up.result_code))
    for case_id, dated in results.items():
        rows[case_id].result_code = max(dated)[3]


def _add_ratings(session: Session, rows: dict[int, CaseRow]) -> None:
    query = (
        select(Rating.case_id, Rating.overall, Rating.rated_on)
        .where(Rating.case_id.in_(rows))
        .order_by(Rating.case_id, Rating.handling_round, Rating.rated_on, Rating.id)
    )
    for case_id, overall, rated_on in session.execute(query):
        rows[case_id].rating = overall  # the last in order is the latest
        rows[case_id].rated_on = rated_on
