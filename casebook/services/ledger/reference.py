"""The reference data a ledger names (sessions, deputies, delegations, units, categories, leaders,
committees), matched by name after trimming and width-folding, and created when missing.

On the office server two imports may run at once: before creating a name, an import takes its turn
(:meth:`ReferenceBook.take_turn`, a transaction advisory lock held until it commits) and looks in
the database again, so both use the one row the first created (no duplicate deputies, no unique-name
violation for a session both need).

What one ledger row creates is kept only if the row is taken: when the row is refused its
savepoint is rolled back, and :meth:`ReferenceBook.forget_row` forgets the names it had added.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable
from datetime import date
from functools import lru_cache
from typing import Any

from sqlalchemy import select, text

from casebook.domain.enums import LeaderKind, SessionKind, UnitKind
from casebook.domain.roles import Permission
from casebook.services.admin import reference
from casebook.services.admin.reference import ReferenceItem
from casebook.services.admin.reference import normalise_name as _normalise_name
from casebook.services.ledger.entries import LedgerCase
from casebook.services.ledger.inference import SessionDates
from casebook.services.ledger.name_variants import same_delegation, same_unit
from casebook.store.database import Database
from casebook.store.models import (
    Category,
    CongressSession,
    Delegation,
    Deputy,
    HandlingUnit,
    Leader,
    SpecialCommittee,
)

# A clerk may import a ledger; the import adds the deputies, units and sessions its rows name (listed
# in its report), as part of entering those cases. Anything else about reference data is an admin's.
AS_PART_OF_IMPORT = Permission.EDIT_CASES

# The kinds of reference data, as the import summary names them.
KINDS = ("sessions", "delegations", "deputies", "units", "categories", "leaders", "committees")

Adder = Callable[[Database, str], ReferenceItem]
REFERENCE_LOCK = 1_709_012  # PostgreSQL advisory lock: one import at a time creates reference data
_TURN = "casebook_reference_turn"
_MODELS: dict[str, Any] = {
    "delegations": Delegation,
    "units": HandlingUnit,
    "categories": Category,
    "committees": SpecialCommittee,
}
_NUMERALS = "一二三四五六七八九"
_TERM_AND_MEETING = re.compile(r"([一二三四五六七八九十\d]+)届.*?([一二三四五六七八九十\d]+)次")
_YEAR = re.compile(r"(19|20)\d\d")


@lru_cache(maxsize=8_192)
def normalise_name(name: str) -> str:
    """:func:`casebook.services.admin.reference.normalise_name`, remembered: an import folds the
    same few hundred names (units, deputies, categories) thousands of times."""
    return _normalise_name(name)


def chinese_number(text: str) -> int | None:
    """「九」 → 9, 「十二」 → 12, 「二十」 → 20, 「3」 → 3 (up to 99)."""
    if text.isdigit():
        return int(text)
    tens, _, units = text.rpartition("十")
    if "十" not in text:
        return _NUMERALS.index(text) + 1 if len(text) == 1 and text in _NUMERALS else None
    high = 1 if tens == "" else (_NUMERALS.index(tens) + 1 if tens in _NUMERALS else None)
    low = 0 if units == "" else (_NUMERALS.index(units) + 1 if units in _NUMERALS else None)
    return None if high is None or low is None else high * 10 + low


class ReferenceBook:
    """Names → ids of one database's reference data, for the length of one import."""

    def __init__(self, db: Database) -> None:
        self.db = db
        with db.read() as session:
            known = list(session.scalars(select(CongressSession)))
            self.sessions = {s.name: (s.id, s.starts_on) for s in known}
            self.session_dates = {s.name: SessionDates(s.kind, s.year, s.starts_on) for s in known}
            self.deputies: dict[str, list[tuple[int, int | None]]] = defaultdict(list)
            for deputy_id, name, delegation_id in session.execute(
                select(Deputy.id, Deputy.name, Deputy.delegation_id).order_by(Deputy.id)
            ):
                self.deputies[name].append((deputy_id, delegation_id))
            self.named: dict[str, dict[str, int]] = {
                "delegations": {
                    name: item_id for name, item_id in session.execute(select(Delegation.name, Delegation.id))
                },
                "units": {
                    name: item_id for name, item_id in session.execute(select(HandlingUnit.name, HandlingUnit.id))
                },
                "categories": {name: item_id for name, item_id in session.execute(select(Category.name, Category.id))},
                "committees": {
                    name: item_id
                    for name, item_id in session.execute(select(SpecialCommittee.name, SpecialCommittee.id))
                },
            }
            self.leaders = {(leader.name, leader.kind): leader.id for leader in session.scalars(select(Leader))}
        self.created: dict[str, list[str]] = {kind: [] for kind in KINDS}
        # a delegation's or unit's name as the ledger writes it → the register's (name_variants)
        self.read_as: dict[str, dict[str, str]] = {"delegations": {}, "units": {}}
        # While a row is planned for the bulk path (:meth:`planning`): the names it would create,
        # each with a stand-in id (negative), and nothing is created.
        self.stand_ins: dict[tuple[str, object], int] | None = None
        # Set by the bulk path while a row goes in: a new deputy is added to its batch (the name and
        # delegation → the id), and before anything else is created the events it planned take their ids.
        self.adding_deputy: Callable[[str, int | None], int] | None = None
        self.before_adding: Callable[[], None] = lambda: None
        self._row: list[tuple[str, str, object]] = []  # (kind, name, cache key) added by the current row

    # ── one row at a time ───────────────────────────────────────────────────────────────────

    def keep_row(self) -> None:
        for kind, name, _ in self._row:
            self.created[kind].append(name)
        self._row.clear()

    def forget_row(self) -> None:
        for kind, name, key in self._row:
            if kind == "sessions":
                self.sessions.pop(name, None)
                self.session_dates.pop(name, None)
            elif kind == "deputies":
                self.deputies[name] = [d for d in self.deputies[name] if d[0] != key]
            elif kind == "leaders":
                self.leaders.pop(key, None)  # type: ignore[call-overload]
            else:
                self.named[kind].pop(name, None)
        self._row.clear()

    # ── look-ups that create what is missing ────────────────────────────────────────────────

    def planning(self, on: bool) -> None:
        """Look up without creating: a missing name gets a stand-in id (see :attr:`stand_ins`)."""
        self.stand_ins = {} if on else None

    def _stand_in(self, kind: str, key: object) -> int | None:
        if self.stand_ins is None:
            return None
        return self.stand_ins.setdefault((kind, key), -1 - len(self.stand_ins))

    def take_turn(self) -> None:
        """On PostgreSQL, wait for any other import's new reference data to be committed (once per
        transaction); the caller then looks in the database before creating a name."""
        with self.db.read() as session:
            connection = session.connection()
            if connection.dialect.name == "postgresql" and not session.info.get(_TURN):
                connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": REFERENCE_LOCK})
                session.info[_TURN] = True

    def _stored(self, statement: Any) -> Any:
        if self.stand_ins is not None:  # planning: the real look-up comes when the row goes in
            return None
        self.take_turn()
        with self.db.read() as session:
            return session.execute(statement).first()

    def session(self, name: str, year: int | None, starts_on: date | None = None) -> tuple[int, SessionDates]:
        """(id, dates) of the session; a new one is a meeting (闭会期间: the interim period) of the
        year its name gives, else of ``year`` (a meeting starting on ``starts_on`` when given)."""
        name = normalise_name(name)
        if name not in self.sessions and (
            stored := self._stored(select(CongressSession).where(CongressSession.name == name))
        ):
            found = stored[0]
            self.sessions[name] = (found.id, found.starts_on)
            self.session_dates[name] = SessionDates(found.kind, found.year, found.starts_on)
        if name not in self.sessions:
            dates = self.new_session_dates(name, year, starts_on)
            if dates is None:
                raise ValueError(f"no year for the new session {name}")
            parts = _TERM_AND_MEETING.search(name)
            self.before_adding()
            item = reference.add_session(
                self.db,
                name,
                dates.year,
                kind=dates.kind,
                term=chinese_number(parts[1]) if parts else None,
                meeting_number=chinese_number(parts[2]) if parts else None,
                starts_on=dates.starts_on,
                needs=AS_PART_OF_IMPORT,
            )
            self.sessions[name] = (item.id, dates.starts_on)
            self.session_dates[name] = dates
            self._row.append(("sessions", name, item.id))
        return self.sessions[name][0], self.session_dates[name]

    def new_session_dates(self, name: str, year: int | None, starts_on: date | None) -> SessionDates | None:
        """What a session the import creates gets: None when nothing gives its year."""
        name = normalise_name(name)
        if name in self.session_dates:
            return self.session_dates[name]
        year_in_name = _YEAR.search(name)
        year = int(year_in_name[0]) if year_in_name else year
        if year is None:
            return None
        kind = SessionKind.INTERIM if "闭会" in name else SessionKind.MEETING
        return SessionDates(kind, year, starts_on if kind is SessionKind.MEETING else None)

    def deputy(self, name: str, delegation_id: int | None) -> int:
        """The deputy of that name, of ``delegation_id`` when two share the name; a new deputy (of
        ``delegation_id``) when there is none. A namesake is never created: the register's names win."""
        name = normalise_name(name)
        found = self.deputies.get(name) or []
        for deputy_id, delegation in found:
            if delegation == delegation_id:
                return deputy_id
        if found:
            return found[0][0]
        stored = (
            None
            if self.adding_deputy
            else self._stored(select(Deputy.id).where(Deputy.name == name).order_by(Deputy.id))
        )
        if stored is not None:
            self.deputies[name].append((stored[0], None))
            return int(stored[0])
        if self.adding_deputy is not None:  # even while planning: the bulk path forgets it with the row
            deputy_id = self.adding_deputy(name, delegation_id)
        elif (stand_in := self._stand_in("deputies", name)) is not None:
            return stand_in
        else:
            self.before_adding()
            deputy_id = reference.add_deputy(self.db, name, delegation_id=delegation_id, needs=AS_PART_OF_IMPORT).id
        self.deputies[name].append((deputy_id, delegation_id))
        self._row.append(("deputies", name, deputy_id))
        return deputy_id

    def delegation(self, name: str) -> int:
        clean = normalise_name(name)
        known = self.named["delegations"]
        if clean not in known and (same := same_delegation(clean, known)) is not None:
            self.read_as["delegations"].setdefault(clean, same)  # 「京口代表团」 in a register that has 「京口」
            clean = same
        return self._named(
            "delegations", clean, lambda db, clean: reference.add_delegation(db, clean, needs=AS_PART_OF_IMPORT)
        )

    def unit(self, name: str) -> int:
        clean = normalise_name(name)
        known = self.named["units"]
        if clean not in known and (same := same_unit(clean, known)) is not None:
            self.read_as["units"].setdefault(clean, same)  # 「镇江市交通运输局」 in a register with 「市交通运输局」
            clean = same
        return self._named(
            "units", clean, lambda db, clean: reference.add_unit(db, clean, _unit_kind(clean), needs=AS_PART_OF_IMPORT)
        )

    def category(self, name: str) -> int:
        return self._named(
            "categories", name, lambda db, clean: reference.add_category(db, clean, needs=AS_PART_OF_IMPORT)
        )

    def committee(self, name: str) -> int:
        return self._named(
            "committees", name, lambda db, clean: reference.add_committee(db, clean, needs=AS_PART_OF_IMPORT)
        )

    def leader(self, name: str, kind: LeaderKind) -> int:
        key = (normalise_name(name), kind)
        if key not in self.leaders and (
            stored := self._stored(select(Leader.id).where(Leader.name == key[0], Leader.kind == kind))
        ):
            self.leaders[key] = stored[0]
        if key not in self.leaders and (stand_in := self._stand_in("leaders", key)) is not None:
            return stand_in
        if key not in self.leaders:
            self.before_adding()
            self.leaders[key] = reference.add_leader(self.db, key[0], kind, needs=AS_PART_OF_IMPORT).id
            self._row.append(("leaders", key[0], key))
        return self.leaders[key]

    def _named(self, kind: str, name: str, add: Adder) -> int:
        clean = normalise_name(name)
        known = self.named[kind]
        if clean not in known and (stored := self._stored(select(_MODELS[kind].id).where(_MODELS[kind].name == clean))):
            known[clean] = stored[0]
        if clean not in known and (stand_in := self._stand_in(kind, clean)) is not None:
            return stand_in
        if clean not in known:
            self.before_adding()
            known[clean] = add(self.db, clean).id
            self._row.append((kind, clean, clean))
        return known[clean]

    def draft_fields(self, columns: frozenset[str], case: LedgerCase) -> dict[str, object]:
        """The draft fields of ``case`` the ledger has columns for, with names resolved to ids."""
        delegation_id = self.delegation(case.delegation) if case.delegation else None
        found: dict[str, object] = {}
        if "title" in columns:
            found["title"] = case.title
        if "body" in columns:
            found["body"] = case.body or ""
        if "submitted_on" in columns and case.submitted_on is not None:
            found["submitted_on"] = case.submitted_on
        if "lead_deputy" in columns:
            found["lead_deputy_id"] = self.deputy(case.lead_deputy, delegation_id) if case.lead_deputy else None
        if {"lead_deputy", "cosigners"} & columns:
            found["cosigner_ids"] = tuple(self.deputy(name, None) for name in case.cosigners)
        if "delegation" in columns:
            found["delegation_id"] = delegation_id
        named: dict[str, tuple[str, str | None, Callable[[str], int]]] = {
            "category": ("category_id", case.category, self.category),
            "supervising_committee": ("supervising_committee_id", case.supervising_committee, self.committee),
            "supervising_leader": (
                "supervising_leader_id",
                case.supervising_leader,
                lambda name: self.leader(name, LeaderKind.CONGRESS),
            ),
            "leading_leader": (
                "leading_leader_id",
                case.leading_leader,
                lambda name: self.leader(name, LeaderKind.GOVERNMENT),
            ),
        }
        for column, (name, value, find) in named.items():
            if column in columns:
                found[name] = find(value) if value else None
        for column in ("is_key", "key_designated_by", "remarks"):
            if column in columns:
                found[column] = getattr(case, column)
        return found


def _unit_kind(name: str) -> UnitKind:
    if "法院" in name:
        return UnitKind.COURT
    if "检察院" in name:
        return UnitKind.PROCURATORATE
    return UnitKind.GOVERNMENT
