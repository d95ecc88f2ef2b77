"""Files attached to a case, a reply or a supervision record (scanned 答复函, photos, tables).

The bytes are kept once per content, under their SHA-256 (:class:`AttachmentContent`), so the same
scan attached twice costs its size once; an :class:`Attachment` names the file as the clerk chose it
and what it belongs to. Both live in the database, so SQLite and PostgreSQL carry them alike and a
backup holds them. The audit trail records each attachment added or removed (its name, size, hash),
never the bytes.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, ForeignKey, Integer, LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from casebook.store.models.base import Base


class AttachmentContent(Base):
    __tablename__ = "attachment_content"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(Integer)
    file_bytes: Mapped[bytes] = mapped_column(LargeBinary)


class Attachment(Base):
    __tablename__ = "attachment"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case_record.id"), index=True)
    reply_id: Mapped[int | None] = mapped_column(ForeignKey("reply.id"), index=True)
    supervision_id: Mapped[int | None] = mapped_column(ForeignKey("supervision_record.id"), index=True)
    file_name: Mapped[str] = mapped_column(String(255))
    sha256: Mapped[str] = mapped_column(ForeignKey("attachment_content.sha256"), index=True)
    size: Mapped[int] = mapped_column(Integer)
    added_at: Mapped[datetime] = mapped_column(DateTime)
    added_by: Mapped[str] = mapped_column(String(60))
