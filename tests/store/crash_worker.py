"""A clerk who never stops: registers, edits, assigns and answers cases through the real services,
and reports each step on stdout (one JSON line, flushed) only after its commit has returned.

    python tests/store/crash_worker.py DB_PATH RUN REFERENCE_JSON [--limit N]

REFERENCE_JSON holds the ids of the session, deputies and units to use. The crash test kills this
process with SIGKILL at random moments and checks that every reported step is in the database; the
backup tests run it as a second writer while a backup is taken.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import replace
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # run as a script from a checkout

from casebook.domain.enums import AssignmentRole, CaseKind, ContactMethod
from casebook.services.steps.assignments import assign_case
from casebook.services.steps.cases import CaseDraft, edit_case, register_case
from casebook.services.steps.replies import ReplyDraft, record_reply
from casebook.store.backup import NO_BACKUPS
from casebook.store.database import open_database


def report(step: str, **values: object) -> None:
    """One line per committed step; flushed so that it is in the pipe before the next step begins."""
    sys.stdout.write(json.dumps({"step": step, **values}, ensure_ascii=False) + "\n")
    sys.stdout.flush()


def edited_title(number: str) -> str:
    return f"关于第{number}号事项的建议（修改稿）"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("db")
    parser.add_argument("run", type=int)
    parser.add_argument("reference")
    parser.add_argument("--limit", type=int, default=1_000_000)
    args = parser.parse_args()
    reference = json.loads(args.reference)
    db = open_database(args.db, user=f"worker-{args.run}", backups=NO_BACKUPS)
    report("ready")
    deputies: list[int] = reference["deputies"]
    units: list[int] = reference["units"]
    for i in range(args.limit):
        number = f"{args.run:03d}-{i:04d}"
        lead = deputies[i % len(deputies)]
        draft = CaseDraft(
            session_id=reference["session"],
            number=number,
            kind=CaseKind.SUGGESTION,
            title=f"关于第{number}号事项的建议",
            submitted_on=date(2023, 1, 7),
            body="加强快递和外卖骑手交通安全管理。" * (1 + i % 5),
            lead_deputy_id=lead,
            cosigner_ids=tuple(d for d in deputies if d != lead)[: 1 + i % 3],
        )
        case = register_case(db, draft)
        report("registered", case=case.id, number=number, version=case.version)
        case = edit_case(db, case.id, case.version, replace(draft, title=edited_title(number), remarks=f"第{i}次修改"))
        report("edited", case=case.id, number=number, version=case.version, title=case.title)
        assignment = assign_case(db, case.id, units[i % len(units)], AssignmentRole.LEAD, date(2023, 1, 20))
        report("assigned", case=case.id, number=number, assignment=assignment.id)
        if i % 2 == 0:
            reply = ReplyDraft(date(2023, 3, 1), "A", ContactMethod.FACE_TO_FACE, summary="已办")
            record_reply(db, assignment.id, reply)
            report("replied", case=case.id, number=number, assignment=assignment.id)
    db.close()
    report("done")
    return 0


if __name__ == "__main__":
    sys.exit(main())
