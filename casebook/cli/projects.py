"""`casebook projects add|list|show|milestone|done|progress|rate|import|export`: the livelihood projects
(民生实事项目) voted each year, their milestones, progress, year-end report and rating."""

from __future__ import annotations

import argparse

from casebook import clock
from casebook.cli.arguments import day, file_path, year
from casebook.cli.project_lists import run_list, run_show
from casebook.cli.session import open_database
from casebook.domain.errors import RuleViolation
from casebook.domain.projects import ProjectState
from casebook.i18n import noop, translate
from casebook.services.admin.named_reference import named_id
from casebook.services.queries.pickers import PickerKind
from casebook.services.queries.projects import project_by_number, project_detail
from casebook.services.steps.projects import (
    ProjectDraft,
    add_milestone,
    add_project,
    mark_milestone_done,
    rate_project,
    report_progress,
)


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    command = commands.add_parser(
        "projects", help=translate("Cli", "livelihood projects (民生实事) voted by the deputies")
    )
    actions = command.add_subparsers(dest="projects_action", metavar="ACTION", required=True)
    add = actions.add_parser("add", help=translate("Cli", "register a project voted for a year"))
    add.add_argument("--year", type=year, required=True)
    add.add_argument("--title", required=True)
    add.add_argument("--category", default="", help=translate("Cli", "the project's category (大类)"))
    add.add_argument("--lead-unit", required=True, metavar="NAME", help=translate("Cli", "the lead unit"))
    add.add_argument("--units", default="", metavar="A,B", help=translate("Cli", "the assisting units"))
    add.add_argument(
        "--voted-on", type=day, required=True, metavar="YYYY-MM-DD", help=translate("Cli", "the vote's day")
    )
    add.add_argument("--session", metavar="NAME", help=translate("Cli", "the session that voted it"))
    add.add_argument("--votes-for", type=int, help=translate("Cli", "the votes for the project"))
    add.add_argument("--votes-cast", type=int, help=translate("Cli", "the votes cast"))
    add.add_argument("--number", help=translate("Cli", "its number (default: the year's next, 2023-01 …)"))
    add.set_defaults(run=run_add)
    listing = actions.add_parser("list", help=translate("Cli", "list a year's projects"))
    listing.add_argument("--year", type=year, required=True)
    listing.add_argument("--json", action="store_true", help=translate("Cli", "print JSON for other programs"))
    listing.set_defaults(run=run_list)
    show = actions.add_parser("show", help=translate("Cli", "show a project with its milestones and reports"))
    _project_arguments(show)
    show.add_argument("--json", action="store_true", help=translate("Cli", "print JSON for other programs"))
    show.set_defaults(run=run_show)
    milestone = actions.add_parser("milestone", help=translate("Cli", "add a milestone to a project"))
    _project_arguments(milestone)
    milestone.add_argument("--content", required=True)
    milestone.add_argument(
        "--planned", type=day, required=True, metavar="YYYY-MM-DD", help=translate("Cli", "the planned date")
    )
    milestone.set_defaults(run=run_milestone)
    done = actions.add_parser("done", help=translate("Cli", "mark a milestone done"))
    done.add_argument(
        "milestone", type=int, metavar="MILESTONE", help=translate("Cli", "the milestone's id (see show)")
    )
    done.add_argument("--date", type=day, required=True, metavar="YYYY-MM-DD", help=translate("Cli", "the day"))
    done.add_argument("--note", default="", help=translate("Cli", "a note on its progress"))
    done.set_defaults(run=run_done)
    progress = actions.add_parser("progress", help=translate("Cli", "record a progress report or the year-end report"))
    _project_arguments(progress)
    progress.add_argument("--date", type=day, required=True, metavar="YYYY-MM-DD", help=translate("Cli", "the day"))
    progress.add_argument("--text", required=True)
    progress.add_argument(
        "--outcome",
        choices=[ProjectState.DONE.value, ProjectState.NOT_DONE.value],
        help=translate("Cli", "the year-end report: done or not_done"),
    )
    progress.set_defaults(run=run_progress)
    rate = actions.add_parser("rate", help=translate("Cli", "record the deputies' year-end rating"))
    _project_arguments(rate)
    rate.add_argument("--date", type=day, required=True, metavar="YYYY-MM-DD", help=translate("Cli", "the day"))
    rate.add_argument(
        "--counts", required=True, metavar="满意=380,基本满意=30,不满意=10", help=translate("Cli", "votes per option")
    )
    rate.set_defaults(run=run_rate)
    load = actions.add_parser("import", help=translate("Cli", "import a year's project list from a workbook"))
    load.add_argument("file", type=file_path, metavar="FILE.xlsx")
    load.add_argument("--year", type=year, required=True)
    load.add_argument(
        "--voted-on", type=day, required=True, metavar="YYYY-MM-DD", help=translate("Cli", "the vote's day")
    )
    load.add_argument("--session", metavar="NAME", help=translate("Cli", "the session that voted them"))
    load.add_argument("--votes-cast", type=int, help=translate("Cli", "the votes cast"))
    load.add_argument(
        "--reported-on",
        type=day,
        metavar="YYYY-MM-DD",
        help=translate("Cli", "the date of the progress column (default: today, at most the year's end)"),
    )
    load.set_defaults(run=run_import)
    export = actions.add_parser("export", help=translate("Cli", "write a year's projects and milestones to a workbook"))
    export.add_argument("--year", type=year, required=True)
    export.add_argument("-o", "--output", type=file_path, required=True, metavar="FILE.xlsx")
    export.set_defaults(run=run_export)


def _project_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("project", metavar="NUMBER", help=translate("Cli", "the project's number (2023-01, or 1)"))
    parser.add_argument("--year", type=year, required=True)


def run_add(args: argparse.Namespace) -> int:
    db = open_database(args.db)
    try:
        draft = ProjectDraft(
            year=args.year,
            title=args.title,
            lead_unit_id=named_id(db, PickerKind.UNIT, args.lead_unit),
            voted_on=args.voted_on,
            category=args.category,
            session_id=named_id(db, PickerKind.SESSION, args.session) if args.session else None,
            votes_for=args.votes_for,
            votes_cast=args.votes_cast,
            assisting_unit_ids=tuple(named_id(db, PickerKind.UNIT, n) for n in args.units.split(",") if n.strip()),
            number=args.number,
        )
        row = project_detail(db, add_project(db, draft), clock.today())
        print(translate("Cli", "Registered project {number}: {title}").format(number=row.number, title=row.title))
        return 0
    finally:
        db.close()


def run_milestone(args: argparse.Namespace) -> int:
    db = open_database(args.db)
    try:
        new_id = add_milestone(db, project_by_number(db, args.year, args.project), args.content, args.planned)
        print(translate("Cli", "Added milestone {id}, planned {date}").format(id=new_id, date=args.planned.isoformat()))
        return 0
    finally:
        db.close()


def run_done(args: argparse.Namespace) -> int:
    db = open_database(args.db)
    try:
        mark_milestone_done(db, args.milestone, args.date, args.note)
        print(translate("Cli", "Milestone {id} done on {date}").format(id=args.milestone, date=args.date.isoformat()))
        return 0
    finally:
        db.close()


def run_progress(args: argparse.Namespace) -> int:
    db = open_database(args.db)
    try:
        outcome = ProjectState(args.outcome) if args.outcome else None
        project_id = project_by_number(db, args.year, args.project)
        report_progress(db, project_id, args.date, args.text, outcome=outcome)
        row = project_detail(db, project_id, clock.today())
        print(
            translate("Cli", "Recorded the report of {date}; project {number}: {state}").format(
                date=args.date.isoformat(), number=row.number, state=row.state.label
            )
        )
        return 0
    finally:
        db.close()


def run_rate(args: argparse.Namespace) -> int:
    counts = parse_counts(args.counts)
    db = open_database(args.db)
    try:
        rate_project(db, project_by_number(db, args.year, args.project), args.date, counts)
        print(
            translate("Cli", "Recorded the year-end rating: {counts}").format(
                counts="、".join(f"{option}{count}" for option, count in counts.items())
            )
        )
        return 0
    finally:
        db.close()


def parse_counts(text: str) -> dict[str, int]:
    """「满意=380,基本满意=30」 → {"满意": 380, "基本满意": 30}."""
    counts: dict[str, int] = {}
    for part in text.replace("，", ",").split(","):
        if not part.strip():
            continue
        option, _, number = part.partition("=")
        if not number.strip().isdigit():
            raise RuleViolation(
                "project_rating_counts",
                noop("Rule", "“{part}” is not an option with its count (满意=380)."),
                part=part.strip(),
            )
        counts[option.strip()] = int(number)
    return counts


def run_import(args: argparse.Namespace) -> int:
    from casebook.services.ledger.project_list import ProjectListOptions, import_project_list

    db = open_database(args.db)
    try:
        session = named_id(db, PickerKind.SESSION, args.session) if args.session else None
        options = ProjectListOptions(args.year, args.voted_on, session, args.votes_cast, args.reported_on)
        report = import_project_list(db, args.file, options)
    finally:
        db.close()
    print(
        translate("Cli", "{file} (sheet {sheet}): {added} projects registered, {refused} rows refused").format(
            file=report.file_name, sheet=report.sheet, added=len(report.added), refused=len(report.refused)
        )
    )
    if report.unread:
        print(
            translate("Cli", "Columns not read (no field of a project has that name): {headers}").format(
                headers="、".join(report.unread)
            )
        )
    for refused in report.refused:
        print(
            translate("Cli", "Row {row} ({title}): {reason}").format(
                row=refused.row, title=refused.title or "—", reason=refused.reason
            )
        )
    return 1 if report.refused else 0


def run_export(args: argparse.Namespace) -> int:
    from casebook.excel.export_projects import export_projects

    db = open_database(args.db)
    try:
        summary = export_projects(db, args.output, args.year, clock.today())
    finally:
        db.close()
    print(
        translate("Cli", "Wrote {count} projects and {milestones} milestones to {path}").format(
            count=summary.rows, milestones=summary.steps, path=summary.path
        )
    )
    return 0
