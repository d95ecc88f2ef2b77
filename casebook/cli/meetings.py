"""`casebook meeting add|list`: the unit's meetings with the deputy before, during and after handling
(三见面), each kept with the unit's reply."""

from __future__ import annotations

import argparse

from casebook.cli.arguments import day
from casebook.cli.case import _case_id as case_id_of
from casebook.cli.case import _contact as contact_method
from casebook.cli.record_lists import named_member, print_records
from casebook.cli.session import open_database
from casebook.domain.errors import RuleViolation
from casebook.domain.tracked_records import MeetingStage, met_three_times
from casebook.i18n import noop, translate
from casebook.services.queries.case_views import case_detail
from casebook.services.queries.meetings import case_meetings
from casebook.services.steps.meetings import MeetingDraft, add_meeting
from casebook.store.database import Database


def meeting_stage(text: str) -> MeetingStage:
    """A stage by its code (before, during, after) or its label (办理前, 办理中, 办理后)."""
    message = noop("Rule", "“{text}” is not a stage of handling ({choices})")
    return named_member(MeetingStage, text, "unknown_meeting_stage", message)


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    command = commands.add_parser(
        "meeting", help=translate("Cli", "meetings with the deputy before, during and after handling (三见面)")
    )
    actions = command.add_subparsers(dest="meeting_action", metavar="ACTION", required=True)
    add = actions.add_parser("add", help=translate("Cli", "record a meeting with the unit's reply"))
    add.add_argument("number", help=translate("Cli", "the case's number in its session"))
    add.add_argument("--session", required=True, metavar="NAME", help=translate("Cli", "the session"))
    add.add_argument("--unit", required=True, metavar="NAME", help=translate("Cli", "the unit that replied"))
    add.add_argument(
        "--stage", required=True, help=translate("Cli", "before, during or after (办理前, 办理中, 办理后)")
    )
    add.add_argument("--date", type=day, required=True, metavar="YYYY-MM-DD", help=translate("Cli", "the day"))
    add.add_argument(
        "--form", required=True, metavar="HOW", help=translate("Cli", "how the deputy was met, e.g. 当面沟通")
    )
    add.add_argument("--people", default="", help=translate("Cli", "who met the deputy"))
    add.add_argument("--note", default="")
    add.set_defaults(run=run_add)
    listing = actions.add_parser("list", help=translate("Cli", "list a case's meetings"))
    listing.add_argument("number", help=translate("Cli", "the case's number in its session"))
    listing.add_argument("--session", required=True, metavar="NAME", help=translate("Cli", "the session"))
    listing.add_argument("--json", action="store_true", help=translate("Cli", "print JSON for other programs"))
    listing.set_defaults(run=run_list)


def reply_of(db: Database, case_id: int, unit: str) -> int:
    """The unit's latest reply on the case."""
    replies = [r for r in case_detail(db, case_id).replies if r.unit == unit.strip()]
    if not replies:
        raise RuleViolation(
            "no_reply_of_unit",
            noop("Rule", "{unit} has not replied on this case, so no meeting can be kept with its reply"),
            unit=unit.strip(),
        )
    return max(replies, key=lambda r: (r.handling_round, r.replied_on, r.id)).id


def run_add(args: argparse.Namespace) -> int:
    db = open_database(args.db)
    try:
        case_id = case_id_of(db, args.session, args.number)
        method = contact_method(args.form)
        assert method is not None  # --form is required, so never empty
        draft = MeetingDraft(meeting_stage(args.stage), args.date, method, args.people, args.note)
        add_meeting(db, reply_of(db, case_id, args.unit), draft)
        print(
            translate("Cli", "Recorded: {stage} meeting on {date} ({form})").format(
                stage=draft.stage.label, date=args.date.isoformat(), form=method.label
            )
        )
        return 0
    finally:
        db.close()


def run_list(args: argparse.Namespace) -> int:
    db = open_database(args.db)
    try:
        meetings = case_meetings(db, case_id_of(db, args.session, args.number))
    finally:
        db.close()
    three = met_three_times(m.stage for m in meetings)
    data = {
        "three_meetings": three,
        "meetings": [
            {
                "unit": m.unit,
                "stage": m.stage.value,
                "date": m.met_on.isoformat(),
                "form": m.form.value,
                "people": m.people,
                "note": m.note,
            }
            for m in meetings
        ],
    }
    headers = [
        translate("Cli", "Date"),
        translate("Cli", "Stage"),
        translate("Cli", "Unit"),
        translate("Cli", "Form"),
        translate("Cli", "People"),
    ]
    rows = [[m.met_on.isoformat(), m.stage.label, m.unit, m.form.label, m.people] for m in meetings]
    print_records(args.json, data, headers, rows)
    if three and not args.json:
        print(translate("Cli", "The deputy was met before, during and after handling (三见面)."))
    return 0
