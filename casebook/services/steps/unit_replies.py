"""Returned 单位答复表: each filled row of a unit's form becomes that unit's reply, through the same
step and rules as a reply typed in (:func:`casebook.services.steps.replies.record_reply`).

A form is matched to its cases by its hidden sheet (unit, cases, assignments, checksum), so its rows
may have been sorted or deleted. Each row is one step that happens whole or not at all; a row the
rules refuse (a reply dated before the assignment, a result the office does not know, a case already
answered, a case no longer this unit's, a case not on the form) is listed with its row and reason,
and the other rows are taken. A form that is not a reply form, was edited in its hidden sheet, or is
for another unit than the one asked for is refused whole. A dry run takes the same steps in a
transaction that is rolled back.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from casebook import clock
from casebook.domain.enums import AssignmentRole, ContactPerson
from casebook.domain.errors import CasebookError, RuleViolation
from casebook.domain.office_settings import LedgerVocabulary, OfficeSettings
from casebook.domain.roles import Permission
from casebook.i18n import noop, translate
from casebook.services.admin.office import load_settings
from casebook.services.ledger import values, wordings
from casebook.services.ledger.mappings import mappings_in
from casebook.services.queries.reply_forms import form_checksum
from casebook.services.steps.replies import ReplyDraft, record_reply
from casebook.store.database import Database
from casebook.store.models import Assignment, HandlingUnit


@dataclass(frozen=True)
class FormKey:
    """One case on a form, as its hidden sheet keeps it."""

    case_id: int
    assignment_id: int
    session: str
    number: str


@dataclass(frozen=True)
class FormRow:
    """A row of the form's visible sheet as the unit left it: the given cells and the filled ones."""

    line: int  # as Excel numbers it
    session: Any
    number: Any
    replied_on: Any
    result: Any
    contact_method: Any
    contact_person: Any
    summary: Any

    @property
    def filled(self) -> bool:
        cells = (self.replied_on, self.result, self.contact_method, self.contact_person, self.summary)
        return any(values.cell_text(cell) for cell in cells)


@dataclass(frozen=True)
class ReturnedForm:
    file_name: str
    unit_id: int = 0
    unit: str = ""
    checksum: str = ""
    keys: tuple[FormKey, ...] = ()
    rows: tuple[FormRow, ...] = ()
    problem: str | None = None  # translated: why the file cannot be read as a reply form at all


@dataclass(frozen=True)
class RecordedReply:
    form: str
    line: int
    case: str
    unit: str
    replied_on: date
    result_code: str | None


@dataclass(frozen=True)
class RefusedRow:
    form: str
    line: int | None  # None: the whole form
    reason: str


@dataclass
class ReplyImport:
    dry_run: bool
    recorded: list[RecordedReply] = field(default_factory=list)
    refused: list[RefusedRow] = field(default_factory=list)
    blank_rows: int = 0


class _Refused(Exception):
    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def take_replies(
    db: Database, forms: Sequence[ReturnedForm], *, unit_id: int | None = None, dry_run: bool = False
) -> ReplyImport:
    """Record the filled rows of ``forms`` as replies (``unit_id``: only forms of that unit)."""
    report = ReplyImport(dry_run)
    with db.rehearsal(Permission.EDIT_CASES) if dry_run else db.write(Permission.EDIT_CASES) as session:
        settings = load_settings(session)
        vocabulary = wordings.SHIPPED_VOCABULARY.with_office(mappings_in(session).values)
        for form in forms:
            try:
                _check_form(session.get(HandlingUnit, form.unit_id) if not form.problem else None, form, unit_id)
            except _Refused as refusal:
                report.refused.append(RefusedRow(form.file_name, None, refusal.reason))
                continue
            _take_rows(db, form, settings, vocabulary, report)
    return report


def _check_form(unit: HandlingUnit | None, form: ReturnedForm, unit_id: int | None) -> None:
    if form.problem is not None:
        raise _Refused(form.problem)
    if form_checksum(form.unit_id, [(k.case_id, k.assignment_id) for k in form.keys]) != form.checksum:
        raise _Refused(
            translate(
                "ReplyForms",
                "the form's hidden sheet was changed, so its rows cannot be matched to cases; send the unit a new form",
            )
        )
    if unit is None:
        raise _Refused(
            translate("ReplyForms", "the form is for a unit this register does not have ({unit})").format(
                unit=form.unit
            )
        )
    if unit_id is not None and unit.id != unit_id:
        raise _Refused(
            translate("ReplyForms", "the form is for {unit}, not for the unit being read in").format(unit=unit.name)
        )


def _take_rows(
    db: Database, form: ReturnedForm, settings: OfficeSettings, vocabulary: LedgerVocabulary, report: ReplyImport
) -> None:
    keys = {(values.folded(k.session), values.case_number(k.number)): k for k in form.keys}
    seen: set[FormKey] = set()
    for row in form.rows:
        if not row.filled:
            report.blank_rows += 1
            continue
        try:
            key = keys.get((values.folded(row.session), values.case_number(row.number)))
            if key is None:
                raise _Refused(
                    translate("ReplyForms", "the case {session} No. {number} is not on this form").format(
                        session=values.cell_text(row.session), number=values.cell_text(row.number)
                    )
                )
            if key in seen:
                raise _Refused(
                    translate("ReplyForms", "the case is on the form twice; only its first filled row is read")
                )
            seen.add(key)
            with db.write(Permission.EDIT_CASES) as session:
                assignment = session.get(Assignment, key.assignment_id)
                if assignment is None or assignment.unit_id != form.unit_id or assignment.case_id != key.case_id:
                    raise _Refused(
                        translate("ReplyForms", "the case is no longer assigned to {unit}").format(unit=form.unit)
                    )
                draft = _draft(row, assignment.role, settings, vocabulary)
                view = record_reply(db, assignment.id, draft)
        except _Refused as refusal:
            report.refused.append(RefusedRow(form.file_name, row.line, refusal.reason))
        except values.CellError as error:
            report.refused.append(RefusedRow(form.file_name, row.line, error.reason))
        except CasebookError as error:
            report.refused.append(RefusedRow(form.file_name, row.line, error.message))
        else:
            report.recorded.append(
                RecordedReply(
                    form.file_name,
                    row.line,
                    f"{key.session} {key.number}",
                    view.unit,
                    view.replied_on,
                    view.result_code,
                )
            )


def _draft(row: FormRow, role: AssignmentRole, settings: OfficeSettings, vocabulary: LedgerVocabulary) -> ReplyDraft:
    replied_on = values.ledger_date(row.replied_on)
    if replied_on is None:
        raise _Refused(translate("ReplyForms", "the reply date is missing"))
    if replied_on > clock.today():
        raise RuleViolation(
            "reply_in_future",
            noop("Rule", "the reply date {date} is after today"),
            date=replied_on.isoformat(),
        )
    summary = values.cell_text(row.summary)
    assisting = role is AssignmentRole.ASSISTING
    return ReplyDraft(
        replied_on=replied_on,
        result_code=None if assisting else wordings.result_code(row.result, settings, vocabulary),
        contact_method=wordings.contact_method(row.contact_method, vocabulary),
        contact_person=values.vocabulary_member(ContactPerson, row.contact_person),
        summary=summary,
        opinion=summary if assisting else None,
    )
