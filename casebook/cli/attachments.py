"""`casebook attach add|list|remove|export|export-case`: files kept with a case, a reply or a supervision record."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from casebook.cli.session import open_database
from casebook.domain.errors import RuleViolation
from casebook.i18n import noop, translate
from casebook.services.admin.named_reference import named_id
from casebook.services.queries.attachments import AttachmentView, attachments_of, save_copy
from casebook.services.queries.pickers import PickerKind
from casebook.services.steps.attachments import attach_file, remove_attachment
from casebook.services.steps.cases import find_case
from casebook.store.database import Database


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    command = commands.add_parser(
        "attach", help=translate("Cli", "attach files to a case, a reply or a supervision record; list, save, remove")
    )
    actions = command.add_subparsers(dest="attach_action", required=True, metavar="ACTION")

    def case_arguments(parser: argparse.ArgumentParser) -> None:
        parser.add_argument("number", help=translate("Cli", "the case's number in its session"))
        parser.add_argument("--session", required=True, metavar="NAME", help=translate("Cli", "the session"))

    add = actions.add_parser("add", help=translate("Cli", "attach files (PDF, images, Word, Excel)"))
    case_arguments(add)
    add.add_argument("files", nargs="+", type=Path, metavar="FILE")
    owner = add.add_mutually_exclusive_group()
    owner.add_argument("--reply", type=int, metavar="ID", help=translate("Cli", "attach to this reply of the case"))
    owner.add_argument(
        "--supervision", type=int, metavar="ID", help=translate("Cli", "attach to this supervision record of the case")
    )
    listing = actions.add_parser("list", help=translate("Cli", "the case's attachments"))
    case_arguments(listing)
    listing.add_argument("--json", action="store_true", help=translate("Cli", "print JSON for other programs"))
    remove = actions.add_parser("remove", help=translate("Cli", "take an attachment off its case"))
    remove.add_argument("attachment", type=int, metavar="ATTACHMENT_ID")
    export = actions.add_parser("export", help=translate("Cli", "save a copy of an attachment into a folder"))
    export.add_argument("attachment", type=int, metavar="ATTACHMENT_ID")
    export.add_argument("-o", "--output", type=Path, required=True, metavar="DIR")
    every = actions.add_parser("export-case", help=translate("Cli", "save a copy of every attachment of a case"))
    case_arguments(every)
    every.add_argument("-o", "--output", type=Path, required=True, metavar="DIR")
    command.set_defaults(run=run_attach)


def run_attach(args: argparse.Namespace) -> int:
    db = open_database(args.db)
    try:
        if args.attach_action == "add":
            case_id = _case_id(db, args.session, args.number)
            for path in args.files:
                if not path.is_file():
                    raise RuleViolation("no_such_file", noop("Rule", "there is no file {path}"), path=path)
            for path in args.files:
                view = attach_file(db, case_id, path, reply_id=args.reply, supervision_id=args.supervision)
                print(_line(view))
        elif args.attach_action == "list":
            views = attachments_of(db, _case_id(db, args.session, args.number))
            if args.json:
                print(json.dumps([_dict(v) for v in views], ensure_ascii=False, indent=2))
            else:
                for view in views:
                    print(_line(view))
        elif args.attach_action == "remove":
            remove_attachment(db, args.attachment)
            print(translate("Cli", "Attachment {id} removed.").format(id=args.attachment))
        else:
            if not args.output.is_dir():
                raise RuleViolation("no_such_folder", noop("Rule", "there is no folder {path}"), path=args.output)
            if args.attach_action == "export":
                print(save_copy(db, args.attachment, args.output))
            else:
                for view in attachments_of(db, _case_id(db, args.session, args.number)):
                    print(save_copy(db, view.id, args.output))
        return 0
    finally:
        db.close()


def _case_id(db: Database, session: str, number: str) -> int:
    found = find_case(db, named_id(db, PickerKind.SESSION, session), number)
    if found is None:
        raise RuleViolation(
            "case_not_found", noop("Rule", "there is no case number {number} in that session"), number=number.strip()
        )
    return found.id


def _line(view: AttachmentView) -> str:
    owner = (
        translate("Cli", "reply {id}").format(id=view.reply_id)
        if view.reply_id
        else translate("Cli", "supervision record {id}").format(id=view.supervision_id)
        if view.supervision_id
        else translate("Cli", "case")
    )
    return f"{view.id}\t{view.file_name}\t{view.size}\t{owner}\t{view.added_by}\t{view.added_at:%Y-%m-%d %H:%M}"


def _dict(view: AttachmentView) -> dict[str, object]:
    return {
        "id": view.id,
        "file_name": view.file_name,
        "size": view.size,
        "sha256": view.sha256,
        "reply_id": view.reply_id,
        "supervision_id": view.supervision_id,
        "added_by": view.added_by,
        "added_at": view.added_at.isoformat(timespec="seconds"),
    }
