"""`casebook case add|assign|reply|rate|rehandle|close|show`: every handling step from a script.

Each subcommand is a thin call of the same service the window calls; a step the rules refuse exits
with status 2 and the rule's message (casebook.cli.main turns the domain error into it).
"""

from __future__ import annotations

import argparse
import json
from typing import Any

from casebook.cli.arguments import day
from casebook.cli.session import open_database
from casebook.domain.enums import AssignmentRole, AssignmentStatus, CaseKind, ContactMethod
from casebook.domain.errors import RuleViolation
from casebook.domain.handling_steps import ClosingReason
from casebook.i18n import noop, translate
from casebook.services.admin.named_reference import named_id
from casebook.services.admin.office import get_settings
from casebook.services.queries.case_views import CaseDetail, case_detail
from casebook.services.queries.pickers import PickerKind
from casebook.services.steps.assignments import assign_case
from casebook.services.steps.cases import CaseDraft, find_case, register_case
from casebook.services.steps.closing import close_case
from casebook.services.steps.ratings import RatingDraft, record_rating, rehandle_case
from casebook.services.steps.replies import ReplyDraft, record_reply
from casebook.store.database import Database

STEPS = ("add", "assign", "reply", "rate", "rehandle", "close", "show")


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    case = commands.add_parser("case", help=translate("Cli", "register a case and record its handling steps"))
    steps = case.add_subparsers(dest="step", metavar="STEP", required=True)

    def step(name: str, help_text: str, *, numbered: bool = True, dated: bool = True) -> argparse.ArgumentParser:
        parser = steps.add_parser(name, help=help_text)
        if numbered:
            parser.add_argument("number", help=translate("Cli", "the case's number in its session"))
        parser.add_argument("--session", required=True, metavar="NAME", help=translate("Cli", "the session"))
        if dated:
            parser.add_argument(
                "--date", type=day, required=True, metavar="YYYY-MM-DD", help=translate("Cli", "the day")
            )
        parser.set_defaults(run=run_case)
        return parser

    add = step("add", translate("Cli", "register a case"), numbered=False)
    add.add_argument("--number", required=True)
    add.add_argument("--title", required=True)
    add.add_argument("--lead", required=True, metavar="NAME", help=translate("Cli", "the lead deputy"))
    add.add_argument("--cosigners", default="", metavar="A,B", help=translate("Cli", "co-signing deputies"))
    add.add_argument("--kind", choices=[k.value for k in CaseKind], default=CaseKind.SUGGESTION.value)
    add.add_argument("--category", metavar="NAME")
    creating = translate("Cli", "create the session, deputies, units or category named here that the register lacks")
    add.add_argument("--create-missing", action="store_true", help=creating)
    assign = step("assign", translate("Cli", "assign the case to a handling unit"))
    assign.add_argument("--unit", required=True, metavar="NAME")
    assign.add_argument("--role", choices=[r.value for r in AssignmentRole], default=AssignmentRole.LEAD.value)
    assign.add_argument("--create-missing", action="store_true", help=creating)
    reply = step("reply", translate("Cli", "record a unit's reply (an assisting unit's opinion)"))
    reply.add_argument("--unit", required=True, metavar="NAME")
    reply.add_argument("--result", metavar="CODE", help=translate("Cli", "result category (lead and separate units)"))
    reply.add_argument("--contact", metavar="HOW", help=translate("Cli", "how the deputy was met, e.g. 当面沟通"))
    reply.add_argument("--text", default="", help=translate("Cli", "summary, or the assisting unit's opinion"))
    rate = step("rate", translate("Cli", "record a deputy's rating from the feedback form"))
    rate.add_argument("--deputy", required=True, metavar="NAME")
    rate.add_argument("--rating", required=True, metavar="LEVEL", help=translate("Cli", "e.g. 满意, 基本满意, 不满意"))
    step("rehandle", translate("Cli", "re-handle the case after an unsatisfied rating"))
    close = step("close", translate("Cli", "close the case"))
    close.add_argument(
        "--reason", metavar="TEXT", help=translate("Cli", "on an unsatisfied rating: why (代表同意办结 and how)")
    )
    close.add_argument(
        "--agreed-on",
        type=day,
        metavar="YYYY-MM-DD",
        help=translate("Cli", "the day the deputy agreed to close it (default: --date)"),
    )
    show = step("show", translate("Cli", "show the case's state, result, ratings and assignments"), dated=False)
    show.add_argument("--json", action="store_true", help=translate("Cli", "print JSON for other programs"))


def run_case(args: argparse.Namespace) -> int:
    db = open_database(args.db)
    try:
        if args.step == "add":
            case_id = _add(db, args)
        else:
            case_id = _case_id(db, args.session, args.number)
            _STEP_RUNNERS[args.step](db, case_id, args)
        detail = case_detail(db, case_id)
        if args.step == "show" and args.json:
            print(json.dumps(case_dict(db, detail), ensure_ascii=False, indent=2))
        else:
            print(_summary_line(db, detail))
        return 0
    finally:
        db.close()


def _add(db: Database, args: argparse.Namespace) -> int:
    create, on = args.create_missing, args.date
    session_id = named_id(db, PickerKind.SESSION, args.session, create=create, on=on, offer_create=True)
    lead = named_id(db, PickerKind.DEPUTY, args.lead, create=create, offer_create=True)
    cosigners = tuple(
        named_id(db, PickerKind.DEPUTY, name, create=create, offer_create=True)
        for name in args.cosigners.split(",")
        if name.strip()
    )
    category = (
        named_id(db, PickerKind.CATEGORY, args.category, create=create, offer_create=True) if args.category else None
    )
    draft = CaseDraft(
        session_id=session_id,
        number=args.number,
        kind=CaseKind(args.kind),
        title=args.title,
        submitted_on=on,
        category_id=category,
        lead_deputy_id=lead,
        cosigner_ids=cosigners,
    )
    return register_case(db, draft).id


def _case_id(db: Database, session: str, number: str) -> int:
    session_id = named_id(db, PickerKind.SESSION, session)
    found = find_case(db, session_id, number)
    if found is None:
        raise RuleViolation(
            "case_not_found",
            noop("Rule", "there is no case number {number} in that session"),
            number=number.strip(),
        )
    return found.id


def _assignment_of(db: Database, case_id: int, unit: str) -> int:
    """The unit's assignment in the case's current round."""
    detail = case_detail(db, case_id)
    unit_id = named_id(db, PickerKind.UNIT, unit)
    for a in detail.assignments:
        current = a.status is AssignmentStatus.ACTIVE and a.handling_round == detail.summary.handling_round
        if a.unit_id == unit_id and current:
            return a.id
    raise RuleViolation(
        "unit_not_assigned",
        noop("Rule", "{unit} is not handling this case in the current round"),
        case=detail.summary.label,
        unit=unit.strip(),
    )


def _contact(text: str | None) -> ContactMethod | None:
    """A contact method by its code, its label in the installed language, or the start of it (当面沟通)."""
    if not text:
        return None
    for method in ContactMethod:
        if text in (method.value, method.label) or method.label in text or text in method.label:
            return method
    raise RuleViolation(
        "unknown_contact_method",
        noop("Rule", "“{text}” is not a way of meeting the deputy ({methods})"),
        text=text,
        methods="、".join(m.label for m in ContactMethod),
    )


def _rating_code(db: Database, level: str) -> str:
    options = get_settings(db).rating_options
    return next((o.code for o in options if level.strip() in (o.code, o.label)), level.strip())


def _assign(db: Database, case_id: int, args: argparse.Namespace) -> None:
    unit = named_id(db, PickerKind.UNIT, args.unit, create=args.create_missing, offer_create=True)
    assign_case(db, case_id, unit, AssignmentRole(args.role), args.date)


def _reply(db: Database, case_id: int, args: argparse.Namespace) -> None:
    assignment = _assignment_of(db, case_id, args.unit)
    assisting = args.result is None and next(
        a.role is AssignmentRole.ASSISTING for a in case_detail(db, case_id).assignments if a.id == assignment
    )
    draft = ReplyDraft(
        replied_on=args.date,
        result_code=args.result,
        contact_method=_contact(args.contact),
        summary="" if assisting else args.text,
        opinion=args.text if assisting else None,
    )
    record_reply(db, assignment, draft)


def _rate(db: Database, case_id: int, args: argparse.Namespace) -> None:
    deputy = named_id(db, PickerKind.DEPUTY, args.deputy)
    record_rating(db, case_id, RatingDraft(deputy, args.date, _rating_code(db, args.rating)))


def _close(db: Database, case_id: int, args: argparse.Namespace) -> None:
    reason = ClosingReason(args.agreed_on or args.date, args.reason) if args.reason is not None else None
    close_case(db, case_id, args.date, reason)


_STEP_RUNNERS: dict[str, Any] = {
    "assign": _assign,
    "reply": _reply,
    "rate": _rate,
    "rehandle": lambda db, case_id, args: rehandle_case(db, case_id, args.date),
    "close": _close,
    "show": lambda db, case_id, args: None,
}


def case_dict(db: Database, detail: CaseDetail) -> dict[str, Any]:
    levels = {o.code: o.label for o in get_settings(db).rating_options}
    return {
        "session": detail.summary.session_name,
        "number": detail.summary.number,
        "title": detail.summary.title,
        "kind": detail.summary.kind.value,
        "state": detail.summary.state.value,
        "handling_round": detail.summary.handling_round,
        "result": detail.current_result,
        "rating": detail.counting_rating,
        "rating_label": levels.get(detail.counting_rating or ""),
        "ratings": [
            {
                "deputy": r.deputy,
                "round": r.handling_round,
                "rated_on": r.rated_on.isoformat(),
                "rating": r.overall,
                "counts": r.id == detail.counting_rating_id,
            }
            for r in detail.ratings
        ],
        "assignments": [
            {
                "unit": a.unit,
                "role": a.role.value,
                "round": a.handling_round,
                "assigned_on": a.assigned_on.isoformat(),
                "due_on": a.due_on.isoformat(),
                "status": a.progress.value,
            }
            for a in detail.assignments
        ],
    }


def _summary_line(db: Database, detail: CaseDetail) -> str:
    return translate("Cli", "{case}: {state}, handling round {round}").format(
        case=detail.summary.label, state=detail.summary.state.label, round=detail.summary.handling_round
    )
