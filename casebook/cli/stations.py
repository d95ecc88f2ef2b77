"""`casebook stations add|list|rename|deputies|retire|reinstate`: the places where deputies receive voters
(代表联络站, 人大代表之家, 代表小组) as reference data, with their town or district and their deputies."""

from __future__ import annotations

import argparse
import json
from typing import Any

from casebook.cli.session import open_database
from casebook.cli.text_table import render_table
from casebook.domain.opinions import station_kind
from casebook.i18n import noop, translate
from casebook.services.admin.named_reference import named_id
from casebook.services.admin.stations import (
    StationRow,
    add_station,
    rename_station,
    set_station_deputies,
    set_station_retired,
    station_by_name,
    station_rows,
)
from casebook.services.queries.pickers import PickerKind


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    command = commands.add_parser(
        "stations", help=translate("Cli", "liaison stations, deputies' homes and deputy groups")
    )
    actions = command.add_subparsers(dest="station_action", metavar="ACTION", required=True)
    add = actions.add_parser("add", help=translate("Cli", "register a station"))
    add.add_argument("name")
    add.add_argument("--kind", required=True, help=translate("Cli", "liaison_station, deputies_home or deputy_group"))
    add.add_argument("--area", default="", help=translate("Cli", "its town, street or district"))
    add.add_argument("--deputies", default="", metavar="A,B", help=translate("Cli", "the deputies attached"))
    add.set_defaults(run=run_station_add)
    listing = actions.add_parser("list", help=translate("Cli", "list the stations"))
    listing.add_argument("--json", action="store_true", help=translate("Cli", "print JSON for other programs"))
    listing.set_defaults(run=run_station_list)
    rename = actions.add_parser("rename", help=translate("Cli", "rename a station"))
    rename.add_argument("name")
    rename.add_argument("new_name")
    rename.set_defaults(run=run_station_rename)
    deputies = actions.add_parser("deputies", help=translate("Cli", "set the deputies attached to a station"))
    deputies.add_argument("name")
    deputies.add_argument("deputies", metavar="A,B")
    deputies.set_defaults(run=run_station_deputies)
    for action, help_text in (
        ("retire", noop("Cli", "retire a station (its opinions keep it)")),
        ("reinstate", noop("Cli", "reinstate a retired station")),
    ):
        retire = actions.add_parser(action, help=translate("Cli", help_text))
        retire.add_argument("name")
        retire.set_defaults(run=run_station_retire, retired=action == "retire")


def run_station_add(args: argparse.Namespace) -> int:
    db = open_database(args.db)
    try:
        deputies = [named_id(db, PickerKind.DEPUTY, n) for n in args.deputies.split(",") if n.strip()]
        row = add_station(db, args.name, station_kind(args.kind), area=args.area, deputy_ids=deputies)
    finally:
        db.close()
    print(translate("Cli", "Registered station {name} ({kind})").format(name=row.name, kind=row.kind.label))
    return 0


def run_station_list(args: argparse.Namespace) -> int:
    db = open_database(args.db)
    try:
        rows = station_rows(db)
    finally:
        db.close()
    if args.json:
        print(json.dumps({"stations": [station_dict(r) for r in rows]}, ensure_ascii=False, indent=2))
        return 0
    headers = [
        translate("Cli", "Station"),
        translate("Cli", "Kind"),
        translate("Cli", "Area"),
        translate("Cli", "Deputies"),
        translate("Cli", "Opinions"),
        translate("Cli", "Retired"),
    ]
    table = [
        [
            r.name,
            r.kind.label,
            r.area,
            "、".join(r.deputies),
            str(r.opinions),
            translate("Cli", "yes") if r.retired else "",
        ]
        for r in rows
    ]
    print(render_table(headers, table, numeric_from=4))
    return 0


def run_station_rename(args: argparse.Namespace) -> int:
    db = open_database(args.db)
    try:
        row = rename_station(db, station_by_name(db, args.name).id, args.new_name)
    finally:
        db.close()
    print(translate("Cli", "Renamed the station {old} to {new}").format(old=args.name, new=row.name))
    return 0


def run_station_deputies(args: argparse.Namespace) -> int:
    db = open_database(args.db)
    try:
        deputies = [named_id(db, PickerKind.DEPUTY, n) for n in args.deputies.split(",") if n.strip()]
        row = set_station_deputies(db, station_by_name(db, args.name).id, deputies)
    finally:
        db.close()
    print(translate("Cli", "{name}: {deputies}").format(name=row.name, deputies="、".join(row.deputies) or "—"))
    return 0


def run_station_retire(args: argparse.Namespace) -> int:
    db = open_database(args.db)
    try:
        row = set_station_retired(db, station_by_name(db, args.name).id, args.retired)
    finally:
        db.close()
    template = (
        noop("Cli", "Retired the station {name}") if row.retired else noop("Cli", "Reinstated the station {name}")
    )
    print(translate("Cli", template).format(name=row.name))
    return 0


def station_dict(row: StationRow) -> dict[str, Any]:
    return {
        "id": row.id,
        "name": row.name,
        "kind": row.kind.value,
        "area": row.area,
        "deputies": list(row.deputies),
        "retired": row.retired,
        "opinions": row.opinions,
    }
