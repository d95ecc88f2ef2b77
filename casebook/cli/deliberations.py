"""`casebook deliberation add|item|done|list`: the standing committee's deliberations (常委会审议) and
topical inquiries (专题询问), with their follow-up items (整改清单)."""

from __future__ import annotations

import argparse
import json
from typing import Any

from casebook import clock
from casebook.cli.arguments import day, file_path, year
from casebook.cli.session import open_database
from casebook.cli.text_table import render_table
from casebook.domain.errors import RuleViolation
from casebook.domain.tracked_records import DeliberationKind
from casebook.i18n import noop, translate
from casebook.services.admin.named_reference import named_id
from casebook.services.queries.deliberations import DeliberationRow, FollowUpItem, deliberation_list
from casebook.services.queries.pickers import PickerKind
from casebook.services.steps.deliberations import (
    DeliberationDraft,
    add_deliberation,
    add_follow_up_item,
    mark_item_done,
)


def deliberation_kind(text: str) -> DeliberationKind:
    """A kind by its code or its label (常委会审议, 专题询问)."""
    for kind in DeliberationKind:
        if text.strip() in (kind.value, kind.label):
            return kind
    raise RuleViolation(
        "unknown_deliberation_kind",
        noop("Rule", "“{text}” is not a kind of deliberation ({kinds})"),
        text=text.strip(),
        kinds="、".join(f"{k.value} {k.label}" for k in DeliberationKind),
    )


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    command = commands.add_parser(
        "deliberation", help=translate("Cli", "standing committee deliberations and topical inquiries (整改清单)")
    )
    actions = command.add_subparsers(dest="deliberation_action", metavar="ACTION", required=True)
    add = actions.add_parser("add", help=translate("Cli", "record a deliberation or an inquiry"))
    add.add_argument("--kind", required=True, help=translate("Cli", "committee_review (常委会审议) or topical_inquiry"))
    add.add_argument("--date", type=day, required=True, metavar="YYYY-MM-DD", help=translate("Cli", "the day"))
    add.add_argument("--title", required=True)
    add.add_argument("--participants", default="", help=translate("Cli", "speakers and who attended"))
    add.add_argument("--units", default="", metavar="A,B", help=translate("Cli", "the units questioned"))
    add.add_argument("--notes", default="")
    add.set_defaults(run=run_add)
    item = actions.add_parser("item", help=translate("Cli", "add a follow-up item (整改清单) to a deliberation"))
    item.add_argument("deliberation", type=int, metavar="ID", help=translate("Cli", "the deliberation's id"))
    item.add_argument("--content", required=True)
    item.add_argument("--due", type=day, required=True, metavar="YYYY-MM-DD", help=translate("Cli", "the due date"))
    item.add_argument("--unit", metavar="NAME", help=translate("Cli", "the unit responsible"))
    item.set_defaults(run=run_item)
    done = actions.add_parser("done", help=translate("Cli", "mark a follow-up item done"))
    done.add_argument("item", type=int, metavar="ITEM", help=translate("Cli", "the item's id"))
    done.add_argument("--date", type=day, required=True, metavar="YYYY-MM-DD", help=translate("Cli", "the day"))
    done.add_argument("--note", default="")
    done.set_defaults(run=run_done)
    listing = actions.add_parser("list", help=translate("Cli", "list deliberations and their follow-up items"))
    listing.add_argument("--year", type=year, help=translate("Cli", "only those held in this year"))
    listing.add_argument("--json", action="store_true", help=translate("Cli", "print JSON for other programs"))
    listing.set_defaults(run=run_list)
    export = actions.add_parser(
        "export", help=translate("Cli", "write the deliberations and their items to a workbook")
    )
    export.add_argument("--year", type=year, help=translate("Cli", "only those held in this year"))
    export.add_argument("-o", "--output", type=file_path, required=True, metavar="FILE.xlsx")
    export.set_defaults(run=run_export)


def run_add(args: argparse.Namespace) -> int:
    db = open_database(args.db)
    try:
        units = tuple(named_id(db, PickerKind.UNIT, name) for name in args.units.split(",") if name.strip())
        draft = DeliberationDraft(
            deliberation_kind(args.kind), args.date, args.title, args.participants, units, args.notes
        )
        new_id = add_deliberation(db, draft)
        print(translate("Cli", "Recorded deliberation {id}: {title}").format(id=new_id, title=args.title.strip()))
        return 0
    finally:
        db.close()


def run_item(args: argparse.Namespace) -> int:
    db = open_database(args.db)
    try:
        unit = named_id(db, PickerKind.UNIT, args.unit) if args.unit else None
        new_id = add_follow_up_item(db, args.deliberation, args.content, args.due, unit_id=unit)
        print(translate("Cli", "Added follow-up item {id}, due {date}").format(id=new_id, date=args.due.isoformat()))
        return 0
    finally:
        db.close()


def run_done(args: argparse.Namespace) -> int:
    db = open_database(args.db)
    try:
        mark_item_done(db, args.item, args.date, args.note)
        print(translate("Cli", "Follow-up item {id} done on {date}").format(id=args.item, date=args.date.isoformat()))
        return 0
    finally:
        db.close()


def run_list(args: argparse.Namespace) -> int:
    today = clock.today()
    db = open_database(args.db)
    try:
        rows = deliberation_list(db, today, year=args.year)
    finally:
        db.close()
    if args.json:
        data = {"as_of": today.isoformat(), "deliberations": [deliberation_dict(row) for row in rows]}
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return 0
    headers = [
        translate("Cli", "Id"),
        translate("Cli", "Date"),
        translate("Cli", "Kind"),
        translate("Cli", "Title"),
        translate("Cli", "Units"),
        translate("Cli", "Items"),
        translate("Cli", "Open"),
        translate("Cli", "Overdue"),
    ]
    table = [
        [
            str(r.id),
            r.held_on.isoformat(),
            r.kind.label,
            r.title,
            "、".join(r.units),
            str(len(r.items)),
            str(r.open_items),
            str(r.overdue_items),
        ]
        for r in rows
    ]
    print(render_table(headers, table))
    return 0


def run_export(args: argparse.Namespace) -> int:
    from casebook.excel.export_deliberations import export_deliberations

    db = open_database(args.db)
    try:
        summary = export_deliberations(db, args.output, args.year, clock.today())
    finally:
        db.close()
    print(translate("Cli", "Wrote {count} follow-up items to {path}").format(count=summary.rows, path=summary.path))
    return 0


def deliberation_dict(row: DeliberationRow) -> dict[str, Any]:
    return {
        "id": row.id,
        "kind": row.kind.value,
        "date": row.held_on.isoformat(),
        "title": row.title,
        "participants": row.participants,
        "units": list(row.units),
        "notes": row.notes,
        "items": [item_dict(item) for item in row.items],
    }


def item_dict(item: FollowUpItem) -> dict[str, Any]:
    return {
        "id": item.id,
        "content": item.content,
        "unit": item.unit,
        "due": item.due_on.isoformat(),
        "done": item.done_on.isoformat() if item.done_on is not None else None,
        "overdue": item.overdue,
    }
