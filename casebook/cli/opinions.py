"""`casebook opinions add|list|show|pass|answer|feedback|close|import|export`: the opinions voters give
deputies at the stations (群众意见). The stations' own command is casebook.cli.stations."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from casebook.cli.arguments import day, file_path, year
from casebook.cli.session import open_database
from casebook.cli.text_table import render_table
from casebook.domain.enums import ContactMethod, RatingLevel
from casebook.domain.errors import RuleViolation
from casebook.domain.opinions import opinion_state
from casebook.i18n import noop, translate
from casebook.services.admin.named_reference import named_id
from casebook.services.admin.stations import station_by_name
from casebook.services.queries.opinions import OpinionFilter, OpinionRow, opinion_detail, opinion_list
from casebook.services.queries.pickers import PickerKind
from casebook.services.steps.opinions import (
    FeedbackDraft,
    OpinionDraft,
    close_opinion,
    pass_on,
    record_answer,
    record_feedback,
    register_opinion,
)
from casebook.store.database import Database

REFUSALS_SHOWN = 20


def member(enum: type[ContactMethod] | type[RatingLevel], text: str) -> Any:
    """A member by its code or label (电话, 满意 …)."""
    for item in enum:
        if text.strip() in (item.value, item.label):
            return item
    raise RuleViolation(
        "unknown_choice",
        noop("Rule", "“{text}” is not one of {choices}"),
        text=text.strip(),
        choices="、".join(f"{i.value} {i.label}" for i in enum),
    )


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    command = commands.add_parser("opinions", help=translate("Cli", "opinions of the public gathered at the stations"))
    actions = command.add_subparsers(dest="opinion_action", metavar="ACTION", required=True)
    add = actions.add_parser("add", help=translate("Cli", "register an opinion"))
    add.add_argument("--station", required=True, metavar="NAME", help=translate("Cli", "the station it came from"))
    add.add_argument("--date", type=day, required=True, metavar="YYYY-MM-DD", help=translate("Cli", "the day received"))
    add.add_argument("--content", required=True)
    add.add_argument("--summary", default="")
    add.add_argument("--voter", default="", help=translate("Cli", "the voter's name (leave out: anonymous)"))
    add.add_argument("--contact", default="", help=translate("Cli", "the voter's telephone or address"))
    add.add_argument("--deputy", metavar="NAME", help=translate("Cli", "the deputy who received it"))
    add.add_argument("--category", metavar="NAME")
    add.set_defaults(run=run_add)
    listing = actions.add_parser("list", help=translate("Cli", "list opinions, newest first"))
    listing.add_argument("--year", type=year)
    listing.add_argument("--station", metavar="NAME")
    listing.add_argument("--state", help=translate("Cli", "registered, passed_on, answered, fed_back or closed"))
    listing.add_argument("--json", action="store_true", help=translate("Cli", "print JSON for other programs"))
    listing.set_defaults(run=run_list)
    show = actions.add_parser("show", help=translate("Cli", "show one opinion"))
    show.add_argument("number", metavar="NUMBER", help=translate("Cli", "e.g. 2023-0001"))
    show.add_argument("--json", action="store_true", help=translate("Cli", "print JSON for other programs"))
    show.set_defaults(run=run_show)
    passing = actions.add_parser("pass", help=translate("Cli", "pass an opinion on to a unit (转交)"))
    passing.add_argument("number", metavar="NUMBER")
    passing.add_argument("--unit", required=True, metavar="NAME")
    passing.add_argument("--date", type=day, required=True, metavar="YYYY-MM-DD")
    passing.set_defaults(run=run_pass)
    answer = actions.add_parser("answer", help=translate("Cli", "record the unit's answer (办复)"))
    answer.add_argument("number", metavar="NUMBER")
    answer.add_argument("--date", type=day, required=True, metavar="YYYY-MM-DD")
    answer.add_argument("--text", required=True, help=translate("Cli", "what the unit answered"))
    answer.set_defaults(run=run_answer)
    feedback = actions.add_parser("feedback", help=translate("Cli", "record the feedback to the voter (反馈)"))
    feedback.add_argument("number", metavar="NUMBER")
    feedback.add_argument("--date", type=day, required=True, metavar="YYYY-MM-DD")
    feedback.add_argument("--method", help=translate("Cli", "face_to_face, meeting, phone or letter"))
    feedback.add_argument(
        "--view", help=translate("Cli", "the voter's view: satisfied, basically_satisfied, unsatisfied")
    )
    feedback.add_argument("--note", default="")
    feedback.set_defaults(run=run_feedback)
    close = actions.add_parser("close", help=translate("Cli", "close an opinion after the feedback (办结)"))
    close.add_argument("number", metavar="NUMBER")
    close.add_argument("--date", type=day, required=True, metavar="YYYY-MM-DD")
    close.set_defaults(run=run_close)
    imports = actions.add_parser("import", help=translate("Cli", "register the opinions of a station's sheet"))
    imports.add_argument("sheet", type=Path, metavar="FILE.xlsx")
    imports.add_argument(
        "--station", metavar="NAME", help=translate("Cli", "the station (default: the one the title row names)")
    )
    imports.set_defaults(run=run_import)
    export = actions.add_parser("export", help=translate("Cli", "write a year's opinions and counts by station"))
    export.add_argument("--year", type=year, required=True)
    export.add_argument("-o", "--output", type=file_path, required=True, metavar="FILE.xlsx")
    export.set_defaults(run=run_export)


def _optional(db: Database, kind: PickerKind, name: str | None) -> int | None:
    return named_id(db, kind, name) if name else None


def run_add(args: argparse.Namespace) -> int:
    db = open_database(args.db)
    try:
        draft = OpinionDraft(
            station_id=station_by_name(db, args.station).id,
            received_on=args.date,
            content=args.content,
            summary=args.summary,
            voter_name=args.voter,
            voter_contact=args.contact,
            deputy_id=_optional(db, PickerKind.DEPUTY, args.deputy),
            category_id=_optional(db, PickerKind.CATEGORY, args.category),
        )
        number = register_opinion(db, draft)
    finally:
        db.close()
    print(translate("Cli", "Registered {number}").format(number=number))
    return 0


def run_list(args: argparse.Namespace) -> int:
    db = open_database(args.db)
    try:
        station = station_by_name(db, args.station).id if args.station else None
        state = opinion_state(args.state) if args.state else None
        rows = opinion_list(db, OpinionFilter(args.year, station, state), limit=None)
    finally:
        db.close()
    if args.json:
        print(json.dumps({"opinions": [opinion_dict(r) for r in rows]}, ensure_ascii=False, indent=2))
        return 0
    headers = [
        translate("Cli", "Number"),
        translate("Cli", "Received"),
        translate("Cli", "Station"),
        translate("Cli", "Voter"),
        translate("Cli", "Opinion"),
        translate("Cli", "Unit"),
        translate("Cli", "State"),
    ]
    table = [
        [
            r.number,
            r.received_on.isoformat(),
            r.station,
            r.voter_name or translate("Cli", "anonymous"),
            r.title[:30],
            r.unit or "",
            r.state.label,
        ]
        for r in rows
    ]
    print(render_table(headers, table))
    return 0


def run_show(args: argparse.Namespace) -> int:
    db = open_database(args.db)
    try:
        row = opinion_detail(db, args.number)
    finally:
        db.close()
    if args.json:
        print(json.dumps(opinion_dict(row), ensure_ascii=False, indent=2))
        return 0
    for label, value in detail_lines(row):
        print(f"{label}: {value}")
    return 0


def detail_lines(row: OpinionRow) -> list[tuple[str, str]]:
    def text(value: object) -> str:
        return "" if value is None else str(value)

    return [
        (translate("Cli", "Number"), row.number),
        (translate("Cli", "State"), row.state.label),
        (translate("Cli", "Station"), f"{row.station}（{row.station_kind.label}）"),
        (translate("Cli", "Received"), row.received_on.isoformat()),
        (translate("Cli", "Deputy who received it"), text(row.deputy)),
        (translate("Cli", "Voter"), row.voter_name or translate("Cli", "anonymous")),
        (translate("Cli", "Contact"), row.voter_contact),
        (translate("Cli", "Category"), text(row.category)),
        (translate("Cli", "Opinion"), row.content),
        (translate("Cli", "Passed on to"), f"{text(row.unit)} {text(row.passed_on)}".strip()),
        (translate("Cli", "Answer"), f"{text(row.answered_on)} {row.answer}".strip()),
        (
            translate("Cli", "Feedback"),
            " ".join(
                part
                for part in (
                    text(row.fed_back_on),
                    row.feedback_method.label if row.feedback_method else "",
                    row.voter_view.label if row.voter_view else "",
                    row.feedback_note,
                )
                if part
            ),
        ),
        (translate("Cli", "Closed on"), text(row.closed_on)),
    ]


def run_pass(args: argparse.Namespace) -> int:
    db = open_database(args.db)
    try:
        pass_on(db, args.number, named_id(db, PickerKind.UNIT, args.unit), args.date)
    finally:
        db.close()
    print(
        translate("Cli", "{number} passed on to {unit} on {date}").format(
            number=args.number, unit=args.unit, date=args.date.isoformat()
        )
    )
    return 0


def run_answer(args: argparse.Namespace) -> int:
    db = open_database(args.db)
    try:
        record_answer(db, args.number, args.date, args.text)
    finally:
        db.close()
    print(
        translate("Cli", "{number}: the answer of {date} recorded").format(
            number=args.number, date=args.date.isoformat()
        )
    )
    return 0


def run_feedback(args: argparse.Namespace) -> int:
    method = member(ContactMethod, args.method) if args.method else None
    view = member(RatingLevel, args.view) if args.view else None
    db = open_database(args.db)
    try:
        record_feedback(db, args.number, FeedbackDraft(args.date, method, view, args.note))
    finally:
        db.close()
    print(
        translate("Cli", "{number}: fed back to the voter on {date}").format(
            number=args.number, date=args.date.isoformat()
        )
    )
    return 0


def run_close(args: argparse.Namespace) -> int:
    db = open_database(args.db)
    try:
        close_opinion(db, args.number, args.date)
    finally:
        db.close()
    print(translate("Cli", "{number} closed on {date}").format(number=args.number, date=args.date.isoformat()))
    return 0


def run_import(args: argparse.Namespace) -> int:
    """0: every row taken; 1: some rows refused (each with its reason); 2: the sheet cannot be read."""
    from casebook.excel.reading import read_workbook
    from casebook.excel.workbook_errors import LedgerFileError
    from casebook.services.ledger.opinion_sheet import import_opinion_sheet

    try:
        grid = read_workbook(args.sheet)
    except LedgerFileError as error:
        print(translate("Cli", "Error: {message}").format(message=error.message), file=sys.stderr)
        return 2
    db = open_database(args.db)
    try:
        report = import_opinion_sheet(db, [(s.name, s.rows) for s in grid.sheets], station=args.station)
    finally:
        db.close()
    print("\n".join(report.lines(REFUSALS_SHOWN)))
    return 1 if report.refused else 0


def run_export(args: argparse.Namespace) -> int:
    from casebook.excel.export_opinions import export_opinions

    db = open_database(args.db)
    try:
        written = export_opinions(db, args.output, args.year)
    finally:
        db.close()
    print(
        translate("Cli", "Wrote {count} opinions and {stations} stations to {path}").format(
            count=written.opinions, stations=written.stations, path=written.path
        )
    )
    return 0


def opinion_dict(row: OpinionRow) -> dict[str, Any]:
    def iso(value: object) -> str | None:
        return value.isoformat() if hasattr(value, "isoformat") else None

    return {
        "number": row.number,
        "year": row.year,
        "serial": row.serial,
        "state": row.state.value,
        "station": row.station,
        "station_kind": row.station_kind.value,
        "received_on": row.received_on.isoformat(),
        "deputy": row.deputy,
        "voter": row.voter_name or None,
        "contact": row.voter_contact or None,
        "summary": row.summary,
        "content": row.content,
        "category": row.category,
        "unit": row.unit,
        "passed_on": iso(row.passed_on),
        "answered_on": iso(row.answered_on),
        "answer": row.answer,
        "fed_back_on": iso(row.fed_back_on),
        "feedback_method": row.feedback_method.value if row.feedback_method else None,
        "voter_view": row.voter_view.value if row.voter_view else None,
        "feedback_note": row.feedback_note,
        "closed_on": iso(row.closed_on),
    }
