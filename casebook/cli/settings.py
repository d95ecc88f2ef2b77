"""`casebook settings`: the office's settings without the window — show them, set one, export them
to a JSON file and import such a file (or any part of it) into another register."""

from __future__ import annotations

import argparse
import json
import sys

from casebook.cli.arguments import file_path
from casebook.cli.session import open_database
from casebook.i18n import translate
from casebook.services.admin.settings_file import (
    apply_rows,
    export_settings,
    import_settings,
    parse_value,
    settings_rows,
)


def setting_descriptions() -> dict[str, str]:
    """What each key means, in the installed language (README's settings section says the same)."""
    return {
        "result_categories": translate("Settings", "result categories (办理结果): code and name of each"),
        "rating_options": translate("Settings", "rating levels: code, name and whether it counts as satisfied"),
        "resolved_categories": translate("Settings", "result categories counted as resolved (the headline rate)"),
        "accomplished_categories": translate("Settings", "result categories counted as accomplished (办成率)"),
        "reply_due_months": translate("Settings", "months a unit has to reply"),
        "reply_extended_max_months": translate("Settings", "longest reply period after an extension, in months"),
        "assisting_opinion_months": translate("Settings", "months an assisting unit has to send its opinion"),
        "change_request_days": translate("Settings", "days a unit has to ask for another unit"),
        "change_request_working_days": translate("Settings", "count those days as working days"),
        "rehandle_due_months": translate("Settings", "months for a re-handling round"),
        "rating_counts": translate("Settings", "whose rating counts: lead or least_satisfied"),
        "backups_kept": translate("Settings", "daily backups kept"),
        "unit_score_weights": translate("Settings", "weight of each rate in a unit's score (先进承办单位)"),
        "evaluation_kinds": translate(
            "Settings", "the office's own kinds of evaluation besides 人大评议 and 第三方评估"
        ),
        "evaluation_grades": translate("Settings", "the grades of an evaluation and the points each counts (0–100)"),
        "evaluation_weight": translate("Settings", "weight of a unit's evaluations of the year in its score (0: none)"),
        "project_rating_options": translate(
            "Settings", "the options of the deputies' year-end rating of 民生实事 projects"
        ),
        "project_satisfied_options": translate(
            "Settings", "those of the projects' rating options counted as satisfied"
        ),
        "rate_targets": translate(
            "Settings", 'target of each rate in percent, e.g. {"accomplishment_rate": 80} (a rate not listed: none)'
        ),
        "print_columns": translate("Settings", "columns of the printed register"),
        "rate_decimals": translate("Settings", "decimals of rates: 0, 1 or 2"),
        "rate_rounding": translate("Settings", "rounding of rates: half_up or truncate"),
        "class_share_decimals": translate("Settings", "decimals of each result class's share: 0, 1 or 2"),
        "class_share_rounding": translate("Settings", "rounding of result class shares: half_up or truncate"),
        "category_share_decimals": translate("Settings", "decimals of each category's share: 0, 1 or 2"),
        "category_share_rounding": translate("Settings", "rounding of category shares: half_up or truncate"),
        "rating_share_decimals": translate("Settings", "decimals of each rating level's share: 0, 1 or 2"),
        "rating_share_rounding": translate("Settings", "rounding of rating level shares: half_up or truncate"),
        "shares_add_to_100": translate("Settings", "make shares add up to 100 (largest remainder)"),
        "resolution_rate_name": translate("Settings", "name of the headline rate in the sentences (empty: 解决率)"),
        "resolved_word": translate("Settings", "word for what the headline rate counts (empty: 解决)"),
        "report_template": translate(
            "Settings", "the headline sentence: empty (the usual wording), enumeration, or a template with placeholders"
        ),
        "office_name": translate("Settings", "the office's name signing the letters to units (落款)"),
        "office_contact": translate("Settings", "the contact line of the letters (联系人及电话)"),
        "letter_templates": translate(
            "Settings", "folder with the office's own letter templates (empty: the shipped ones)"
        ),
        "attachment_limit_mb": translate("Settings", "largest file that may be attached, in MB"),
    }


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    settings = commands.add_parser("settings", help=translate("Cli", "show, set, export or import the office settings"))
    actions = settings.add_subparsers(dest="settings_action", required=True, metavar="ACTION")
    show = actions.add_parser("show", help=translate("Cli", "every setting with its key and value"))
    show.add_argument("--json", action="store_true", help=translate("Cli", "print JSON for other programs"))
    show.set_defaults(run=run_show)
    change = actions.add_parser("set", help=translate("Cli", "change one setting (the value as JSON or plain text)"))
    change.add_argument("key", metavar="KEY", help=translate("Cli", "the setting's key"))
    change.add_argument("value", metavar="VALUE", help=translate("Cli", 'the new value, e.g. 2, true, ["A","B"]'))
    change.set_defaults(run=run_set)
    export = actions.add_parser("export", help=translate("Cli", "write every setting to a JSON file"))
    export.add_argument("-o", "--output", type=file_path, required=True, metavar="FILE.json")
    export.set_defaults(run=run_export)
    load = actions.add_parser("import", help=translate("Cli", "apply the settings of a JSON file (all or some)"))
    load.add_argument("file", type=file_path, metavar="FILE.json")
    load.set_defaults(run=run_import)


def run_show(args: argparse.Namespace) -> int:
    db = open_database(args.db)
    try:
        rows = settings_rows(db)
    finally:
        db.close()
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    descriptions = setting_descriptions()
    for key, value in rows.items():
        print(f"{key} = {json.dumps(value, ensure_ascii=False)}")
        print(f"    {descriptions.get(key, '')}")
    return 0


def run_set(args: argparse.Namespace) -> int:
    db = open_database(args.db)
    try:
        changed = apply_rows(db, {args.key: parse_value(args.value)})
    finally:
        db.close()
    _report(changed)
    return 0


def run_export(args: argparse.Namespace) -> int:
    """0: written; 1: the file could not be written (a folder, no such folder, no right to write)."""
    db = open_database(args.db)
    try:
        export_settings(db, args.output)
    except OSError as error:
        message = translate("Cli", "Could not write {path}: {reason}").format(
            path=args.output, reason=error.strerror or error
        )
        print(translate("Cli", "Error: {message}").format(message=message), file=sys.stderr)
        return 1
    finally:
        db.close()
    print(translate("Cli", "Settings written to {file}.").format(file=args.output))
    return 0


def run_import(args: argparse.Namespace) -> int:
    db = open_database(args.db)
    try:
        changed = import_settings(db, args.file)
    finally:
        db.close()
    _report(changed)
    return 0


def _report(changed: list[str]) -> None:
    if changed:
        print(translate("Cli", "Settings changed: {keys}").format(keys=", ".join(changed)))
    else:
        print(translate("Cli", "No setting changed."))
