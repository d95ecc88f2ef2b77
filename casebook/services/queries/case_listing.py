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
            Case.id,
            CongressSession.name,
            Case.number,
            Case.kind,
            Case.submitted_kind,
            Case.title,
            Case.body,
            Case.state,
            Case.submitted_on,
            Deputy.name,
            Delegation.name,
            Category.name,
            Case.is_key,
            Case.key_designated_by,
            supervisor.name,
            SpecialCommittee.name,
            leading.name,
            Case.remarks,
            Case.closed_on,
            Case.withdrawn_on,
        )
        .add_columns(Case.handling_round)
        .join(CongressSession, CongressSession.id == Case.session_id)
        .outerjoin(Deputy, Deputy.id == Case.lead_deputy_id)
        .outerjoin(Delegation, Delegation.id == Case.delegation_id)
        .outerjoin(Category, Category.id == Case.category_id)
        .outerjoin(supervisor, supervisor.id == Case.supervising_leader_id)
        .outerjoin(SpecialCommittee, SpecialCommittee.id == Case.supervising_committee_id)
        .outerjoin(leading, leading.id == Case.leading_leader_id)
        .where(Case.id.in_(case_ids))
    )
    # plain rows, no Case objects: the columns in CaseRow's order, the handling round last
    rows: dict[int, CaseRow] = {}
    for values in session.execute(query):
        row = rows[values[0]] = CaseRow(*values[:-1])
        row.handling_round = values[-1]
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
        select(
            Assignment.case_id,
            Assignment.assigned_on,
            Assignment.status,
            Assignment.handling_round,
            Assignment.role,
            Assignment.due_on,
            Assignment.acknowledged_on,
            HandlingUnit.name,
            Reply.id,
            Reply.replied_on,
            Reply.contact_method,
            Reply.contact_person,
            Reply.result_code,
        )
        .join(HandlingUnit, HandlingUnit.id == Assignment.unit_id)
        .outerjoin(Reply, Reply.assignment_id == Assignment.id)
        .where(Assignment.case_id.in_(rows))
        .order_by(Assignment.case_id, Assignment.id)
    )
    results: dict[int, list[tuple[date, int, int, str]]] = defaultdict(list)
    # plain rows, no Assignment or Reply objects
    for (
        case_id,
        assigned_on,
        status,
        handling_round,
        role,
        due_on,
        acknowledged_on,
        unit,
        reply_id,
        replied_on,
        contact_method,
        contact_person,
        result_code,
    ) in session.execute(query):
        row = rows[case_id]
        row.assigned_on = assigned_on if row.assigned_on is None else min(row.assigned_on, assigned_on)
        if status is AssignmentStatus.ACTIVE and handling_round == row.handling_round:
            if role is AssignmentRole.LEAD:
                names = row.lead_units
            elif role is AssignmentRole.ASSISTING:
                names = row.assisting_units
            else:
                names = row.separate_units
            if unit not in names:
                names.append(unit)
            if role is not AssignmentRole.ASSISTING:
                row.due_on = due_on if row.due_on is None else min(row.due_on, due_on)
                row.acknowledged_on = row.acknowledged_on or acknowledged_on
        if reply_id is not None and role is not AssignmentRole.ASSISTING:
            if row.replied_on is None or replied_on >= row.replied_on:
                row.replied_on = replied_on
                row.contact_method = contact_method
                row.contact_person = contact_person
            if result_code:
                results[case_id].append((replied_on, 0, reply_id, result_code))
    follow_ups = select(FollowUp.case_id, FollowUp.reviewed_on, FollowUp.id, FollowUp.result_code).where(
        FollowUp.case_id.in_(rows)
    )
    for case_id, reviewed_on, follow_up_id, result_code in session.execute(follow_ups):
        results[case_id].append((reviewed_on, 1, follow_up_id, result_code))
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
