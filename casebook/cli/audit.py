"""`casebook audit`: the audit trail (who changed what, when, old and new value), newest first, or
one case's history, oldest first; as a table, as JSON, or written to a workbook."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from casebook.cli.arguments import day, file_path, whole_number
from casebook.cli.session import CommandLineError, open_database
from casebook.cli.text_table import display_width, render_table
from casebook.i18n import noop, translate
from casebook.services.admin.audit import AuditEntry, AuditFilter, FieldChange, audit_entries, cases_numbered
from casebook.services.admin.audit_verify import verify_trail

MAX_ENTRIES = 10_000_000
VALUE_WIDTH = 60  # display columns of an old or new value in the table (the JSON and workbook keep all)
EMPTY = "—"


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    audit = commands.add_parser(
        "audit",
        help=translate("Cli", "the audit trail: who changed what and when, or one case's history"),
        description=translate(
            "Cli",
            "Without --case: every change to the database, newest first. With --case: that case's history, "
            "oldest first. Each step shows who took it, when, and each field with its old and new value.",
        ),
    )
    audit.add_argument("--case", metavar="NUMBER", help=translate("Cli", "the history of the case with this number"))
    audit.add_argument(
        "--session", metavar="NAME", help=translate("Cli", "with --case: the session the case belongs to")
    )
    audit.add_argument("--user", dest="by_user", metavar="NAME", help=translate("Cli", "only what this user did"))
    audit.add_argument(
        "--since",
        type=day,
        metavar="YYYY-MM-DD",
        help=translate("Cli", "only what was recorded on or after this day"),
    )
    audit.add_argument(
        "--until",
        type=day,
        metavar="YYYY-MM-DD",
        help=translate("Cli", "only what was recorded on or before this day"),
    )
    audit.add_argument(
        "--limit", type=whole_number(1, MAX_ENTRIES), metavar="N", help=translate("Cli", "at most N entries")
    )
    audit.add_argument(
        "--verify",
        action="store_true",
        help=translate("Cli", "check the audit trail's hash chain: exit 1 and the first broken link when it is broken"),
    )
    audit.add_argument("--json", action="store_true", help=translate("Cli", "print JSON for other programs"))
    audit.add_argument(
        "-o",
        "--output",
        type=file_path,
        metavar="OUT.xlsx",
        help=translate("Cli", "write the entries to this workbook"),
    )
    audit.set_defaults(run=run_audit)


def run_audit(args: argparse.Namespace) -> int:
    """0: done; 1: the workbook could not be written, or --verify found the trail broken; 2: arguments
    that do not fit, or no such case."""
    _check(args)
    if args.verify:
        return run_verify(args)
    db = open_database(args.db)
    try:
        case_ids: list[int] | None = None
        if args.case is not None:
            case_ids = cases_numbered(db, args.case, args.session)
            if not case_ids:
                raise _no_case(args.case, args.session)
        where = AuditFilter(
            user=args.by_user,
            since=args.since,
            until=args.until,
            case_ids=tuple(case_ids) if case_ids is not None else None,
        )
        entries = audit_entries(db, where, limit=args.limit, newest_first=case_ids is None)
    finally:
        db.close()
    if case_ids is not None:  # each case's history in one piece, the cases in the order of their ids
        entries.sort(key=lambda entry: (case_ids.index(entry.case_id) if entry.case_id in case_ids else 0, entry.id))
    if args.output is not None:
        return _write(entries, args.output, _cases_title(entries) if case_ids is not None else None)
    if args.json:
        print(json.dumps([entry.as_dict() for entry in entries], ensure_ascii=False, indent=2, default=str))
    elif not entries:
        print(translate("Cli", "No entries in the audit trail match."))
    elif case_ids is not None:
        print(render_histories(entries))
    else:
        print(render_trail(entries))
    return 0


def run_verify(args: argparse.Namespace) -> int:
    db = open_database(args.db)
    try:
        verdict = verify_trail(db)
    finally:
        db.close()
    print(verdict.message, file=sys.stdout if verdict.intact else sys.stderr)
    return 0 if verdict.intact else 1


def _check(args: argparse.Namespace) -> None:
    if args.verify and any(
        value not in (None, False)
        for value in (args.case, args.by_user, args.since, args.until, args.limit, args.output)
    ):
        raise CommandLineError(noop("Cli", "--verify checks the whole trail; give it alone"))
    if args.session is not None and args.case is None:
        raise CommandLineError(noop("Cli", "--session is only for --case"))
    if args.limit is not None and args.limit < 1:
        raise CommandLineError(noop("Cli", "--limit must be at least 1"))
    if args.since is not None and args.until is not None and args.since > args.until:
        raise CommandLineError(noop("Cli", "--since must not be after --until"))
    if args.output is not None:
        if args.json:
            raise CommandLineError(noop("Cli", "give either --json or -o, not both"))
        if args.output.suffix.lower() != ".xlsx":
            raise CommandLineError(noop("Cli", "the workbook's name must end in .xlsx: {path}"), path=str(args.output))
        if not args.output.parent.is_dir():
            raise CommandLineError(noop("Cli", "there is no folder {folder}"), folder=str(args.output.parent))


def _no_case(number: str, session: str | None) -> CommandLineError:
    if session:
        return CommandLineError(
            noop("Cli", "There is no case numbered {number} in the session {session}."), number=number, session=session
        )
    return CommandLineError(noop("Cli", "There is no case numbered {number}."), number=number)


def _write(entries: list[AuditEntry], path: Path, title: str | None) -> int:
    from casebook.excel.export_audit import write_audit_workbook

    try:
        write_audit_workbook(entries, path, title=title)
    except OSError as error:
        message = translate("Cli", "Could not write {path}: {reason}").format(path=path, reason=error.strerror or error)
        print(translate("Cli", "Error: {message}").format(message=message), file=sys.stderr)
        return 1
    print(translate("Cli", "Audit trail written to {path}: {count} entries.").format(path=path, count=len(entries)))
    return 0


def _cases_title(entries: Sequence[AuditEntry]) -> str | None:
    subjects = list(dict.fromkeys(entry.subject for entry in entries))
    if not subjects:
        return None
    return translate("Cli", "History of {case}").format(case="、".join(subjects))


def render_trail(entries: Sequence[AuditEntry]) -> str:
    """The whole trail: one row per step, each further field change on a line of its own."""
    headers = [
        translate("Cli", "Recorded at"),
        translate("Cli", "User"),
        translate("Cli", "Step"),
        translate("Cli", "Date"),
        translate("Cli", "Case or record"),
        translate("Cli", "Changes"),
    ]
    rows: list[list[str]] = []
    for entry in entries:
        event = [_recorded(entry), entry.user, entry.what, _business_date(entry), entry.subject]
        rows += _with_changes(event, entry)
    return render_table(headers, rows, numeric_from=len(headers))


def render_histories(entries: Sequence[AuditEntry]) -> str:
    """Each case's history under its name: the steps oldest first, with the fields they changed."""
    headers = [
        translate("Cli", "Recorded at"),
        translate("Cli", "User"),
        translate("Cli", "Step"),
        translate("Cli", "Date"),
        translate("Cli", "Changes"),
    ]
    parts: list[str] = []
    groups: dict[int | None, list[AuditEntry]] = {}
    for entry in entries:
        groups.setdefault(entry.case_id, []).append(entry)
    for group in groups.values():
        heading = translate("Cli", "History of {case}: {count} entries").format(case=group[0].subject, count=len(group))
        rows: list[list[str]] = []
        for entry in group:
            rows += _with_changes([_recorded(entry), entry.user, entry.what, _business_date(entry)], entry)
        parts += [heading, render_table(headers, rows, numeric_from=len(headers)), ""]
    return "\n".join(parts[:-1])


def _with_changes(event: list[str], entry: AuditEntry) -> list[list[str]]:
    changes = [change_text(change) for change in entry.changes if not _is_link_to_case(change)]
    if not changes:
        return [[*event, ""]]
    blank = [""] * len(event)
    return [[*event, changes[0]], *([*blank, text] for text in changes[1:])]


def _is_link_to_case(change: FieldChange) -> bool:
    """A child row's case_id: the case is the entry's subject already."""
    return change.field == "case_id" and change.table != "case_record"


def change_text(change: FieldChange) -> str:
    """``field: old → new``; a new row shows ``field: new``."""
    new = _clip(change.new_text) or EMPTY
    if change.operation == "insert" and not change.old_text:
        return f"{change.field_label}: {new}"
    return f"{change.field_label}: {_clip(change.old_text) or EMPTY} → {new}"


def _clip(text: str, width: int = VALUE_WIDTH) -> str:
    text = " ".join(text.split())
    if display_width(text) <= width:
        return text
    clipped = ""
    for ch in text:
        if display_width(clipped + ch) > width - 1:
            break
        clipped += ch
    return clipped + "…"


def _recorded(entry: AuditEntry) -> str:
    return entry.recorded_at.strftime("%Y-%m-%d %H:%M:%S")


def _business_date(entry: AuditEntry) -> str:
    return entry.business_date.isoformat() if entry.business_date is not None else ""
