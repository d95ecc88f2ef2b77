"""The event table: the audit trail of every change, with its business date and who typed it in when.

Rows are only ever added: triggers refuse UPDATE and DELETE on both backends (migration 0011), and
each event is sealed into a hash chain when its transaction commits (casebook.store.audit_chain)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, Date, DateTime, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from casebook.store.models.base import Base


class Event(Base):
    __tablename__ = "event"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int | None] = mapped_column(ForeignKey("case_record.id"), index=True)
    action: Mapped[str] = mapped_column(String(40), index=True)
    business_date: Mapped[date | None] = mapped_column(Date)
    recorded_at: Mapped[datetime] = mapped_column(DateTime, index=True)
    user: Mapped[str] = mapped_column(String(80), index=True)
    details: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    # The audit trail: the record an event is about when it is not a case (a unit, a deputy, a
    # setting, an account), and every field the step changed as {"table", "row", "field", "old", "new"}.
    entity: Mapped[str | None] = mapped_column(String(40), index=True)
    entity_id: Mapped[int | None] = mapped_column(Integer)
    changes: Mapped[list[dict[str, Any]] | None] = mapped_column(JSON)
    # The hash chain: the event's link number (1, 2, 3 … in the order of commits) and
    # sha256(previous link's hash, its number, the event's content).
    chain_seq: Mapped[int | None] = mapped_column(Integer, index=True, unique=True)
    chain_hash: Mapped[str | None] = mapped_column(String(64))


class EventChainHead(Base):
    """The chain's newest link, kept apart from the events: deleting the newest events is found too."""

    __tablename__ = "event_chain_head"

    id: Mapped[int] = mapped_column(primary_key=True)  # always 1
    seq: Mapped[int] = mapped_column(Integer)
    hash: Mapped[str] = mapped_column(String(64))
