"""三见面: the unit's meetings with the deputy before, during and after handling, kept with its reply."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from casebook.domain.enums import ContactMethod
from casebook.domain.tracked_records import MeetingStage
from casebook.store.models.base import Base, enum_column


class ReplyMeeting(Base):
    __tablename__ = "reply_meeting"

    id: Mapped[int] = mapped_column(primary_key=True)
    reply_id: Mapped[int] = mapped_column(ForeignKey("reply.id"), index=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case_record.id"), index=True)  # the reply's case
    stage: Mapped[MeetingStage] = mapped_column(enum_column(MeetingStage))
    met_on: Mapped[date] = mapped_column(Date)
    form: Mapped[ContactMethod] = mapped_column(enum_column(ContactMethod))
    people: Mapped[str] = mapped_column(String(300), default="")  # who met the deputy
    note: Mapped[str] = mapped_column(Text, default="")
