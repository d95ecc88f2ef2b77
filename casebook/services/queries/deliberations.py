"""Deliberations and inquiries with their units and follow-up items, as the 督办 tab and the command
line show them: each item's due date, done date, and whether it is overdue on a given day."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import extract, select
from sqlalchemy.orm import selectinload

from casebook.domain.tracked_records import DeliberationKind, item_overdue
from casebook.store.database import Database
from casebook.store.models import Deliberation, DeliberationItem, DeliberationUnit


@dataclass(frozen=True)
class FollowUpItem:
    id: int
    deliberation_id: int
    content: str
    unit: str | None
    due_on: date
    done_on: date | None
    done_note: str
    overdue: bool  # not done by the day asked about, and its due date passed


@dataclass(frozen=True)
class DeliberationRow:
    id: int
    kind: DeliberationKind
    held_on: date
    title: str
    participants: str
    notes: str
    units: tuple[str, ...]
    items: tuple[FollowUpItem, ...]

    @property
    def open_items(self) -> int:
        return sum(1 for item in self.items if item.done_on is None)

    @property
    def overdue_items(self) -> int:
        return sum(1 for item in self.items if item.overdue)


def deliberation_list(db: Database, day: date, *, year: int | None = None) -> list[DeliberationRow]:
    """The deliberations (of ``year``, when given), newest first, with their items as they stand on ``day``."""
    with db.read() as session:
        query = (
            select(Deliberation)
            .options(
                selectinload(Deliberation.units).selectinload(DeliberationUnit.unit),
                selectinload(Deliberation.items).selectinload(DeliberationItem.unit),
            )
            .order_by(Deliberation.held_on.desc(), Deliberation.id.desc())
        )
        if year is not None:
            query = query.where(extract("year", Deliberation.held_on) == year)
        rows = []
        for found in session.scalars(query):
            items = tuple(
                FollowUpItem(
                    id=item.id,
                    deliberation_id=found.id,
                    content=item.content,
                    unit=item.unit.name if item.unit is not None else None,
                    due_on=item.due_on,
                    done_on=item.done_on,
                    done_note=item.done_note,
                    overdue=item_overdue(item.due_on, item.done_on, day),
                )
                for item in sorted(found.items, key=lambda i: (i.due_on, i.id))
            )
            rows.append(
                DeliberationRow(
                    id=found.id,
                    kind=found.kind,
                    held_on=found.held_on,
                    title=found.title,
                    participants=found.participants,
                    notes=found.notes,
                    units=tuple(link.unit.name for link in found.units),
                    items=items,
                )
            )
        return rows
