"""Attachments: a file (a scanned 答复函, a photo of a site visit, a unit's table) kept with a case,
one of its replies or one of its supervision records.

The bytes are stored once per SHA-256 in the database (two attachments of the same scan share them),
within the office's size limit (setting ``attachment_limit_mb``), and only files of the kinds an
office exchanges (PDF, images, Word and Excel documents, OFD). Adding and removing are changes the
audit trail records (name, size, hash and who, never the bytes). Nothing here opens or runs a file:
the window hands a temporary copy to the system's viewer.
"""

from __future__ import annotations

import hashlib
from pathlib import Path, PurePath

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from casebook import clock
from casebook.domain.errors import NotFound, RuleViolation
from casebook.domain.roles import Permission
from casebook.i18n import noop
from casebook.services.admin.office import load_settings
from casebook.services.queries.attachments import AttachmentView, attachment_view, load_attachment
from casebook.services.steps.case_access import case_label, load_case, touch
from casebook.store.database import Database
from casebook.store.models import Assignment, Attachment, AttachmentContent, Reply, SupervisionRecord

MB = 1024 * 1024
KINDS = frozenset(
    {".pdf", ".ofd", ".png", ".jpg", ".jpeg", ".gif", ".bmp", ".tif", ".tiff", ".webp"}
    | {".doc", ".docx", ".wps", ".xls", ".xlsx", ".et"}
)


def attach_file(
    db: Database,
    case_id: int,
    source: Path,
    *,
    file_name: str | None = None,
    reply_id: int | None = None,
    supervision_id: int | None = None,
) -> AttachmentView:
    """Attach the file at ``source`` (named ``file_name``, by default its own name) to the case, or
    to one of its replies or supervision records."""
    name = PurePath(file_name or source.name).name.strip()
    if PurePath(name).suffix.casefold() not in KINDS:
        raise RuleViolation(
            "attachment_kind",
            noop("Rule", "“{name}” is not a kind of file Casebook keeps ({kinds})"),
            name=name,
            kinds=" ".join(sorted(KINDS)),
        )
    with db.write(Permission.EDIT_CASES) as session:
        case = load_case(session, case_id)
        limit = load_settings(session).attachment_limit_mb
        size = source.stat().st_size
        if size > limit * MB:
            raise RuleViolation(
                "attachment_too_large",
                noop("Rule", "“{name}” is {size} MB, over the limit of {limit} MB for an attachment"),
                case=case_label(case),
                name=name,
                size=f"{size / MB:.1f}",
                limit=limit,
            )
        _check_owner(session, case_id, reply_id, supervision_id)
        data = source.read_bytes()
        digest = hashlib.sha256(data).hexdigest()
        if session.get(AttachmentContent, digest) is None:
            session.add(AttachmentContent(sha256=digest, size=len(data), file_bytes=data))
            session.flush()
        row = Attachment(
            case_id=case_id,
            reply_id=reply_id,
            supervision_id=supervision_id,
            file_name=name[:255],
            sha256=digest,
            size=len(data),
            added_at=clock.now(),
            added_by=db.user,
        )
        session.add(row)
        touch(case, db.user)
        session.flush()
        return attachment_view(row)


def remove_attachment(db: Database, attachment_id: int) -> None:
    """Take the attachment off its case; its bytes go when no other attachment shares them."""
    with db.write(Permission.EDIT_CASES) as session:
        row = load_attachment(session, attachment_id)
        digest = row.sha256
        touch(load_case(session, row.case_id), db.user)
        session.delete(row)
        session.flush()
        shared = session.scalar(select(func.count()).select_from(Attachment).where(Attachment.sha256 == digest))
        if not shared:
            content = session.get(AttachmentContent, digest)
            if content is not None:
                session.delete(content)


def _check_owner(session: Session, case_id: int, reply_id: int | None, supervision_id: int | None) -> None:
    if reply_id is not None:
        reply = session.get(Reply, reply_id)
        assignment = session.get(Assignment, reply.assignment_id) if reply is not None else None
        if assignment is None or assignment.case_id != case_id:
            raise NotFound(noop("Rule", "The case has no reply with id {id}."), id=reply_id)
    if supervision_id is not None:
        record = session.get(SupervisionRecord, supervision_id)
        if record is None or record.case_id != case_id:
            raise NotFound(noop("Rule", "The case has no supervision record with id {id}."), id=supervision_id)
