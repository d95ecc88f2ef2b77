"""What the import remembers between ledgers: the clerk's mappings of columns and wordings, and
the values each case last had from a ledger (so a re-import can tell a clerk's change from its own)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import JSON, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from casebook.store.models.base import Base


class LedgerMapping(Base):
    """One mapping a clerk made: a column header (kind "column") → a field, or None for a column
    not to read; a wording (kind "result", "rating", "contact") → the class or level it means."""

    __tablename__ = "ledger_mapping"

    kind: Mapped[str] = mapped_column(String(16), primary_key=True)
    wording: Mapped[str] = mapped_column(String(200), primary_key=True)
    target: Mapped[str | None] = mapped_column(String(40))


class LedgerImportedCase(Base):
    """The case fields as the last import wrote them (field → JSON value)."""

    __tablename__ = "ledger_imported_case"

    case_id: Mapped[int] = mapped_column(ForeignKey("case_record.id", ondelete="CASCADE"), primary_key=True)
    values: Mapped[Any] = mapped_column(JSON, nullable=False)
