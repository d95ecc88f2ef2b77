"""The attachments of a case (its own, its replies' and its supervision records'), and their bytes
for a copy the clerk opens or saves (see :mod:`casebook.services.steps.attachments`)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path, PurePath

from sqlalchemy import select
from sqlalchemy.orm import Session

from casebook.domain.errors import NotFound
from casebook.i18n import noop
from casebook.store.database import Database
from casebook.store.models import Attachment, AttachmentContent


@dataclass(frozen=True)
class AttachmentView:
    id: int
    case_id: int
    reply_id: int | None
    supervision_id: int | None
    file_name: str
    size: int
    sha256: str
    added_by: str
    added_at: datetime


def attachment_view(row: Attachment) -> AttachmentView:
    return AttachmentView(
        row.id,
        row.case_id,
        row.reply_id,
        row.supervision_id,
        row.file_name,
        row.size,
        row.sha256,
        row.added_by,
        row.added_at,
    )


def attachments_of(db: Database, case_id: int) -> list[AttachmentView]:
    """The case's attachments (its own, its replies' and its supervision records'), oldest first."""
    with db.read() as session:
        rows = session.scalars(select(Attachment).where(Attachment.case_id == case_id).order_by(Attachment.id))
        return [attachment_view(row) for row in rows]


def attachment_content(db: Database, attachment_id: int) -> tuple[AttachmentView, bytes]:
    with db.read() as session:
        row = load_attachment(session, attachment_id)
        content = session.get(AttachmentContent, row.sha256)
        assert content is not None  # the foreign key keeps it
        return attachment_view(row), bytes(content.file_bytes)


def save_copy(db: Database, attachment_id: int, folder: Path) -> Path:
    """Write a copy of the attachment into ``folder`` under its name (a number added if taken)."""
    view, data = attachment_content(db, attachment_id)
    name = PurePath(view.file_name).name or f"attachment-{view.id}"
    target = folder / name
    n = 1
    while target.exists():
        n += 1
        target = folder / f"{PurePath(name).stem} ({n}){PurePath(name).suffix}"
    target.write_bytes(data)
    return target


def load_attachment(session: Session, attachment_id: int) -> Attachment:
    row = session.get(Attachment, attachment_id)
    if row is None:
        raise NotFound(noop("Rule", "There is no attachment with id {id}."), id=attachment_id)
    return row
