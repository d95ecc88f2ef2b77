"""Registering and editing cases, handling a motion as a suggestion, withdrawing."""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from datetime import date

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from casebook import clock
from casebook.domain.case_steps import check_convertible
from casebook.domain.enums import CaseKind, CaseState
from casebook.domain.errors import NotFound, RuleViolation, StaleVersion
from casebook.domain.roles import Permission
from casebook.domain.workflow import Action
from casebook.i18n import noop, translate
from casebook.services.queries.case_views import CaseSummary, summarise
from casebook.services.steps.case_access import (
    case_by_number,
    case_label,
    load_case,
    load_case_for,
    record_event,
    require_not_before,
    submission_step,
    touch,
)
from casebook.store.audit_trail import RowChange, note_change
from casebook.store.database import Database
from casebook.store.models import Assignment, Case, CaseCosigner, CongressSession, Deputy
from casebook.store.values import plain


@dataclass(frozen=True)
class CaseDraft:
    """What the clerk types in the register form (and what an edit replaces)."""

    session_id: int
    number: str
    kind: CaseKind
    title: str
    submitted_on: date
    body: str = ""
    category_id: int | None = None
    lead_deputy_id: int | None = None
    cosigner_ids: tuple[int, ...] = ()
    delegation_id: int | None = None
    is_key: bool = False
    key_designated_by: str | None = None
    supervising_leader_id: int | None = None
    supervising_committee_id: int | None = None
    leading_leader_id: int | None = None
    remarks: str | None = None


_SCALAR_FIELDS = [f.name for f in fields(CaseDraft) if f.name != "cosigner_ids"]


def register_case(db: Database, draft: CaseDraft) -> CaseSummary:
    with db.write(Permission.EDIT_CASES) as session:
        draft = _clean(draft)
        congress_session = session.get(CongressSession, draft.session_id)
        if congress_session is None:
            raise NotFound(noop("Rule", "There is no session with id {id}."), id=draft.session_id)
        label = translate("Case", noop("Case", "{session} No. {number}")).format(
            session=congress_session.name, number=draft.number
        )
        _validate(session, draft, label)
        if case_by_number(session, draft.session_id, draft.number) is not None:
            raise _duplicate_number(label)
        now = clock.now()
        case = Case(
            **registered_fields(draft),
            submitted_kind=draft.kind,
            state=CaseState.REGISTERED,
            handling_round=1,
            created_at=now,
            updated_at=now,
            updated_by=db.user,
        )
        case.cosigners = [CaseCosigner(position=i, deputy_id=d) for i, d in enumerate(draft.cosigner_ids, 1)]
        session.add(case)
        session.flush()
        record_event(
            session,
            db.user,
            case,
            Action.REGISTER,
            draft.submitted_on,
            **registered_fields(draft),
            cosigner_ids=draft.cosigner_ids,
        )
        return summarise(session, case)


def registered_fields(draft: CaseDraft) -> dict[str, object]:
    """The case row's fields a registration writes from ``draft`` (cosigners aside), as its event names them."""
    return {name: getattr(draft, name) for name in _SCALAR_FIELDS}


def edit_case(db: Database, case_id: int, expected_version: int, draft: CaseDraft) -> CaseSummary:
    """Replace the case's registered fields; refused if someone saved it since ``expected_version``."""
    with db.write(Permission.EDIT_CASES) as session:
        case = load_case_for(session, case_id, Action.EDIT)
        check_version(case, expected_version)
        draft = _clean(draft)
        label = case_label(case)
        _validate(session, draft, label)
        if (draft.session_id, draft.number) != (case.session_id, case.number):
            other = case_by_number(session, draft.session_id, draft.number)
            if other is not None and other.id != case.id:
                raise _duplicate_number(label)
        first_assigned = session.scalar(select(func.min(Assignment.assigned_on)).where(Assignment.case_id == case.id))
        if first_assigned is not None and draft.submitted_on > first_assigned:
            raise RuleViolation(
                "submitted_after_assignment",
                noop("Rule", "the submission date {date} is after the case was assigned ({assigned})"),
                case=label,
                date=draft.submitted_on.isoformat(),
                assigned=first_assigned.isoformat(),
            )
        if draft.kind != case.kind:
            raise RuleViolation(
                "kind_changed_by_edit",
                noop(
                    "Rule",
                    "a motion becomes a suggestion only by the presidium's decision (“Handle as a suggestion”)",
                ),
                case=label,
            )
        changes: dict[str, dict[str, object]] = {}
        old_cosigners = tuple(c.deputy_id for c in case.cosigners)
        if old_cosigners != draft.cosigner_ids:
            changes["cosigner_ids"] = {"old": list(old_cosigners), "new": list(draft.cosigner_ids)}
            # Replace the rows directly (before touching the case) so the case row is versioned once.
            session.execute(delete(CaseCosigner).where(CaseCosigner.case_id == case.id))
            note_change(
                session,
                RowChange(
                    "case_cosigner", None, "update", case.id, {"deputy_ids": (old_cosigners, draft.cosigner_ids)}
                ),
            )
            session.add_all(
                CaseCosigner(case_id=case.id, position=i, deputy_id=d) for i, d in enumerate(draft.cosigner_ids, 1)
            )
            session.expire(case, ["cosigners"])
        for name in _SCALAR_FIELDS:
            old, new = getattr(case, name), getattr(draft, name)
            if old != new:
                changes[name] = {"old": old, "new": new}
                setattr(case, name, new)
        if changes:
            touch(case, db.user)
            try:
                session.flush()
            except StaleDataError:  # another client's save of the same version committed first
                raise _saved_meanwhile(db, case_id) from None
            record_event(session, db.user, case, Action.EDIT, None, changes=_plain_changes(changes))
        return summarise(session, case)


def convert_to_suggestion(db: Database, case_id: int, decided_on: date, decided_by: str = "") -> CaseSummary:
    """作为建议处理: the presidium decides a motion is handled as a suggestion; its history stays."""
    with db.write(Permission.EDIT_CASES) as session:
        case = load_case_for(session, case_id, Action.CONVERT_TO_SUGGESTION)
        check_convertible(case_label(case), case.kind)
        require_not_before(case, decided_on, case.submitted_on, submission_step())
        case.kind = CaseKind.SUGGESTION
        case.converted_on = decided_on
        touch(case, db.user)
        session.flush()
        record_event(session, db.user, case, Action.CONVERT_TO_SUGGESTION, decided_on, decided_by=decided_by)
        return summarise(session, case)


def withdraw_case(db: Database, case_id: int, withdrawn_on: date, reason: str = "") -> CaseSummary:
    """撤回: the deputies withdraw the case before it is answered; it leaves every cohort."""
    with db.write(Permission.EDIT_CASES) as session:
        case = load_case_for(session, case_id, Action.WITHDRAW)
        require_not_before(case, withdrawn_on, case.submitted_on, submission_step())
        case.state = CaseState.WITHDRAWN
        case.withdrawn_on = withdrawn_on
        touch(case, db.user)
        session.flush()
        record_event(session, db.user, case, Action.WITHDRAW, withdrawn_on, reason=reason)
        return summarise(session, case)


def case_draft(db: Database, case_id: int) -> CaseDraft:
    """The case's registered fields as the form edits them."""
    with db.read() as session:
        case = load_case(session, case_id)
        return CaseDraft(
            **{name: getattr(case, name) for name in _SCALAR_FIELDS},
            cosigner_ids=tuple(c.deputy_id for c in case.cosigners),
        )


def get_case(db: Database, case_id: int) -> CaseSummary:
    with db.read() as session:
        return summarise(session, load_case(session, case_id))


def find_case(db: Database, session_id: int, number: str) -> CaseSummary | None:
    with db.read() as session:
        case = case_by_number(session, session_id, number.strip())
        return summarise(session, case) if case is not None else None


def check_version(case: Case, expected_version: int) -> None:
    if case.version != expected_version:
        raise _stale(case)


def _saved_meanwhile(db: Database, case_id: int) -> StaleVersion:
    """The refusal when another client's save won the race: read their name and time as committed."""
    with Session(db.engine) as session:
        case = load_case(session, case_id)
        return _stale(case)


def _stale(case: Case) -> StaleVersion:
    return StaleVersion(
        noop(
            "Rule",
            "{case} was changed by {user} at {time} after you opened it. "
            "Your changes were not saved; reload the case to see theirs.",
        ),
        case=case_label(case),
        user=case.updated_by,
        time=case.updated_at.strftime("%Y-%m-%d %H:%M"),
    )


def clean_draft(draft: CaseDraft) -> CaseDraft:
    """The draft as it is registered: number, title and body trimmed."""
    return _clean(draft)


def _clean(draft: CaseDraft) -> CaseDraft:
    return replace(
        draft,
        number=draft.number.strip(),
        title=draft.title.strip(),
        body=draft.body.strip(),
        cosigner_ids=tuple(draft.cosigner_ids),
    )


def draft_problems(draft: CaseDraft) -> list[RuleViolation]:
    """Every rule the registration form breaks, in the form's order (the form shows them all at
    once, each beside its field; a save raises the first). The messages name no case: it may have
    no number yet."""
    draft = _clean(draft)
    problems = []
    if not draft.number:
        problems.append(RuleViolation("number_required", noop("Rule", "the case number is required")))
    if not draft.title:
        problems.append(RuleViolation("title_required", noop("Rule", "the title is required")))
    if draft.lead_deputy_id is None and draft.delegation_id is None:
        problems.append(
            RuleViolation(
                "submitter_required",
                noop("Rule", "a lead deputy (or, for a delegation's motion, the delegation) is required"),
            )
        )
    deputies = [d for d in (draft.lead_deputy_id, *draft.cosigner_ids) if d is not None]
    if len(set(deputies)) != len(deputies):
        problems.append(
            RuleViolation("deputy_twice", noop("Rule", "a deputy appears twice among the lead deputy and co-signers"))
        )
    return problems


def _validate(session: Session, draft: CaseDraft, label: str) -> None:
    problems = draft_problems(draft)
    if problems:  # 「第号」 names no case: without a number the message is the rule alone
        raise RuleViolation(problems[0].rule, problems[0].template, case=label if draft.number else None)
    deputies = [d for d in (draft.lead_deputy_id, *draft.cosigner_ids) if d is not None]
    found = set(session.scalars(select(Deputy.id).where(Deputy.id.in_(deputies))))
    if found != set(deputies):
        raise NotFound(noop("Rule", "There is no deputy with id {id}."), id=min(set(deputies) - found))


def _duplicate_number(label: str) -> RuleViolation:
    return RuleViolation(
        "duplicate_number",
        noop("Rule", "this number is already used by another case of the same session"),
        case=label,
    )


def _plain_changes(changes: dict[str, dict[str, object]]) -> dict[str, dict[str, object]]:
    return {k: {"old": plain(v["old"]), "new": plain(v["new"])} for k, v in changes.items()}
