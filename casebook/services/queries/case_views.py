"""Plain views of a case for callers outside the transaction (the UI, the CLI, tests)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from casebook import clock
from casebook.domain.enums import (
    AssignmentProgress,
    AssignmentRole,
    AssignmentStatus,
    CaseKind,
    CaseState,
    ContactMethod,
    ContactPerson,
    SupervisionKind,
    assignment_progress,
)
from casebook.domain.ratings import SignerRating, counting_rating, rating_count_of
from casebook.domain.workflow import Action, allowed_actions
from casebook.services.admin.office import load_settings
from casebook.services.steps.case_access import case_label, load_case
from casebook.store.case_facts import fact_rows_valid_on
from casebook.store.database import Database
from casebook.store.models import (
    Assignment,
    AssignmentExtension,
    Case,
    CaseFactRow,
    CaseLink,
    Deputy,
    Event,
    FollowUp,
    HandlingUnit,
    Rating,
    Reply,
    SupervisionRecord,
    UnitChangeRequest,
)


@dataclass(frozen=True)
class CaseSummary:
    id: int
    session_id: int
    session_name: str
    number: str
    label: str
    kind: CaseKind
    submitted_kind: CaseKind
    title: str
    state: CaseState
    handling_round: int
    submitted_on: date
    lead_deputy: str | None
    cosigners: tuple[str, ...]
    is_key: bool
    version: int
    updated_by: str
    updated_at: datetime
    allowed_actions: frozenset[Action]


def summarise(session: Session, case: Case) -> CaseSummary:
    session.flush()
    session.refresh(case)
    return CaseSummary(
        id=case.id,
        session_id=case.session_id,
        session_name=case.session.name,
        number=case.number,
        label=case_label(case),
        kind=case.kind,
        submitted_kind=case.submitted_kind,
        title=case.title,
        state=case.state,
        handling_round=case.handling_round,
        submitted_on=case.submitted_on,
        lead_deputy=case.lead_deputy.name if case.lead_deputy is not None else None,
        cosigners=tuple(c.deputy.name for c in case.cosigners),
        is_key=case.is_key,
        version=case.version,
        updated_by=case.updated_by,
        updated_at=case.updated_at,
        allowed_actions=allowed_actions(case.state),
    )


@dataclass(frozen=True)
class AssignmentView:
    id: int
    unit_id: int
    unit: str
    role: AssignmentRole
    handling_round: int
    status: AssignmentStatus
    assigned_on: date
    acknowledged_on: date | None
    due_on: date
    ended_on: date | None
    progress: AssignmentProgress = AssignmentProgress.ASSIGNED  # follows the replies and the case


@dataclass(frozen=True)
class ReplyView:
    id: int
    assignment_id: int
    unit: str
    role: AssignmentRole
    handling_round: int
    replied_on: date
    result_code: str | None
    contact_method: ContactMethod | None
    contact_person: ContactPerson | None
    summary: str
    opinion: str | None


@dataclass(frozen=True)
class RatingView:
    id: int
    deputy_id: int
    deputy: str
    handling_round: int
    rated_on: date
    overall: str
    handling_level: str | None
    result_level: str | None
    comment: str | None
    entered_by: str


@dataclass(frozen=True)
class FollowUpView:
    reviewed_on: date
    result_code: str
    measures: str


@dataclass(frozen=True)
class SupervisionView:
    id: int
    kind: SupervisionKind
    held_on: date
    participants: str
    notes: str


@dataclass(frozen=True)
class EventView:
    id: int
    action: str
    business_date: date | None
    recorded_at: datetime
    user: str
    details: dict[str, Any]


@dataclass(frozen=True)
class UnitChangeRequestView:
    """调整承办单位申请: a unit's request to be relieved of a case and the office's decision."""

    id: int
    assignment_id: int
    unit: str  # the unit that asks
    requested_on: date
    reason: str
    suggested_unit_id: int | None
    suggested_unit: str | None
    decided_on: date | None
    approved: bool | None  # None while the request waits for a decision
    new_unit_id: int | None
    new_unit: str | None
    new_assignment_id: int | None
    decided_by: str | None
    decision_note: str | None

    @property
    def pending(self) -> bool:
        return self.approved is None


@dataclass(frozen=True)
class ExtensionView:
    """延期: an approved extension of a unit's reply deadline."""

    id: int
    assignment_id: int
    unit: str
    approved_on: date
    approved_by: str
    previous_due_on: date
    new_due_on: date
    reason: str


def signer_ratings(session: Session, case: Case) -> list[SignerRating]:
    """Every rating of the case, each marked whether the lead deputy gave it (the snapshot the
    rules of domain.ratings and domain.handling_steps read)."""
    rows = session.scalars(select(Rating).where(Rating.case_id == case.id)).all()
    return [
        SignerRating(r.id, r.handling_round, r.rated_on, r.overall, r.deputy_id == case.lead_deputy_id) for r in rows
    ]


def unit_change_request_view(request: UnitChangeRequest) -> UnitChangeRequestView:
    return UnitChangeRequestView(
        request.id,
        request.assignment_id,
        request.assignment.unit.name,
        request.requested_on,
        request.reason,
        request.requested_unit_id,
        request.requested_unit.name if request.requested_unit is not None else None,
        request.decided_on,
        request.approved,
        request.new_unit_id,
        request.new_unit.name if request.new_unit is not None else None,
        request.new_assignment_id,
        request.decided_by,
        request.decision_note,
    )


def extension_view(extension: AssignmentExtension) -> ExtensionView:
    return ExtensionView(
        extension.id,
        extension.assignment_id,
        extension.assignment.unit.name,
        extension.approved_on,
        extension.approved_by,
        extension.previous_due_on,
        extension.new_due_on,
        extension.reason,
    )


@dataclass(frozen=True)
class CaseDetail:
    summary: CaseSummary
    assignments: tuple[AssignmentView, ...]
    replies: tuple[ReplyView, ...]
    ratings: tuple[RatingView, ...]
    follow_ups: tuple[FollowUpView, ...]
    supervision: tuple[SupervisionView, ...]
    linked_case_ids: tuple[int, ...]
    events: tuple[EventView, ...]
    # Requests for a change of handling unit and approved deadline extensions, oldest first.
    unit_change_requests: tuple[UnitChangeRequestView, ...] = ()
    extensions: tuple[ExtensionView, ...] = ()
    # The case's result and counting rating today, as every list and the statistics read them (the
    # latest reply or follow-up review; the lead deputy's rating of the latest rated round).
    current_result: str | None = None
    counting_rating: str | None = None
    counting_rating_id: int | None = None


def case_detail(db: Database, case_id: int) -> CaseDetail:
    """Everything about one case, for the editor and the history view."""
    with db.read() as session:
        case = load_case(session, case_id)
        assignments = session.scalars(
            select(Assignment).where(Assignment.case_id == case_id).order_by(Assignment.id)
        ).all()
        replies = session.execute(
            select(Reply, Assignment, HandlingUnit)
            .join(Assignment, Reply.assignment_id == Assignment.id)
            .join(HandlingUnit, Assignment.unit_id == HandlingUnit.id)
            .where(Assignment.case_id == case_id)
            .order_by(Reply.replied_on, Reply.id)
        ).all()
        ratings = session.execute(
            select(Rating, Deputy.name)
            .join(Deputy, Rating.deputy_id == Deputy.id)
            .where(Rating.case_id == case_id)
            .order_by(Rating.handling_round, Rating.rated_on, Rating.id)
        ).all()
        follow_ups = session.scalars(
            select(FollowUp).where(FollowUp.case_id == case_id).order_by(FollowUp.reviewed_on, FollowUp.id)
        ).all()
        supervision = session.scalars(
            select(SupervisionRecord)
            .where(SupervisionRecord.case_id == case_id)
            .order_by(SupervisionRecord.held_on, SupervisionRecord.id)
        ).all()
        links = session.execute(
            select(CaseLink.case_id, CaseLink.linked_case_id).where(
                (CaseLink.case_id == case_id) | (CaseLink.linked_case_id == case_id)
            )
        ).all()
        events = session.scalars(select(Event).where(Event.case_id == case_id).order_by(Event.id)).all()
        change_requests = session.scalars(
            select(UnitChangeRequest)
            .join(Assignment, UnitChangeRequest.assignment_id == Assignment.id)
            .where(Assignment.case_id == case_id)
            .order_by(UnitChangeRequest.requested_on, UnitChangeRequest.id)
        ).all()
        extensions = session.scalars(
            select(AssignmentExtension)
            .join(Assignment, AssignmentExtension.assignment_id == Assignment.id)
            .where(Assignment.case_id == case_id)
            .order_by(AssignmentExtension.approved_on, AssignmentExtension.id)
        ).all()
        today = clock.today()
        now = session.execute(
            select(CaseFactRow.result_code, CaseFactRow.rating).where(
                CaseFactRow.case_id == case_id, *fact_rows_valid_on(CaseFactRow, today)
            )
        ).first()
        settings = load_settings(session)
        counting = counting_rating(
            [r for r in signer_ratings(session, case) if r.rated_on <= today],
            rating_count_of(settings),
            settings.rating_options,
        )
        return CaseDetail(
            current_result=now[0] if now is not None else None,
            counting_rating=counting.overall if counting is not None else None,
            counting_rating_id=counting.rating_id if counting is not None else None,
            summary=summarise(session, case),
            assignments=tuple(
                AssignmentView(
                    a.id,
                    a.unit_id,
                    a.unit.name,
                    a.role,
                    a.handling_round,
                    a.status,
                    a.assigned_on,
                    a.acknowledged_on,
                    a.due_on,
                    a.ended_on,
                    assignment_progress(
                        a.status, a.acknowledged_on is not None, bool(a.replies), case.state is CaseState.CLOSED
                    ),
                )
                for a in assignments
            ),
            replies=tuple(
                ReplyView(
                    r.id,
                    a.id,
                    u.name,
                    a.role,
                    a.handling_round,
                    r.replied_on,
                    r.result_code,
                    r.contact_method,
                    r.contact_person,
                    r.summary,
                    r.opinion,
                )
                for r, a, u in replies
            ),
            ratings=tuple(
                RatingView(
                    r.id,
                    r.deputy_id,
                    name,
                    r.handling_round,
                    r.rated_on,
                    r.overall,
                    r.handling_level,
                    r.result_level,
                    r.comment,
                    r.entered_by,
                )
                for r, name in ratings
            ),
            follow_ups=tuple(FollowUpView(f.reviewed_on, f.result_code, f.measures) for f in follow_ups),
            supervision=tuple(SupervisionView(s.id, s.kind, s.held_on, s.participants, s.notes) for s in supervision),
            linked_case_ids=tuple(sorted({b if a == case_id else a for a, b in links})),
            events=tuple(
                EventView(e.id, e.action, e.business_date, e.recorded_at, e.user, dict(e.details)) for e in events
            ),
            unit_change_requests=tuple(unit_change_request_view(r) for r in change_requests),
            extensions=tuple(extension_view(x) for x in extensions),
        )
