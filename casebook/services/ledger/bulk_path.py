"""Which rows of a ledger go the bulk way, and taking them (see :mod:`casebook.services.ledger.bulk`).

A row goes the bulk way when it is a new case of a session the register has, without a
「办理过程」 sheet, with no problem of its own and no number another row has, naming only units the
register has, and the rules accept it and its steps. Deputies, delegations, categories, leaders
and committees it names that are not in the register yet are created as the step-by-step path
creates them (before the case is registered), once the row is known to go in. Every other row is
left to the step-by-step path, which gives the same result or the same refusal.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from casebook import clock
from casebook.domain.enums import CaseKind
from casebook.domain.errors import CasebookError
from casebook.domain.roles import Permission
from casebook.services.admin.office import load_settings
from casebook.services.ledger.bulk import BulkCases, NotInBulk
from casebook.services.ledger.bulk_writes import BulkRows, inserted
from casebook.services.ledger.entries import Ledger, LedgerCase, RowRefused
from casebook.services.ledger.inference import SessionDates, infer_dates
from casebook.services.ledger.reference import ReferenceBook, normalise_name
from casebook.services.ledger.steps import derived_steps
from casebook.services.steps.cases import CaseDraft
from casebook.store.database import Database
from casebook.store.models import Case, Deputy
from casebook.store.text_limits import too_long


class BulkPath:
    """The bulk path of one import, in its transaction (``session``)."""

    def __init__(
        self, db: Database, session: Session, ledger: Ledger, book: ReferenceBook, today: date, *, enabled: bool
    ) -> None:
        self.db, self.session, self.ledger, self.book, self.today = db, session, ledger, book, today
        self.enabled = enabled
        self.rows = BulkRows(session)
        book.before_adding = lambda: self.rows.reserve_event_ids(session)
        self.cases = BulkCases(self.rows, load_settings(session), db.user, self._unit_id)
        stored = session.execute(select(Case.session_id, Case.number))
        self.numbers: set[tuple[int, str]] = {(session_id, number) for session_id, number in stored}

    def write(self) -> None:
        """Write the rows taken so far (before a row goes the step-by-step way, and every batch)."""
        self.rows.write(self.session)

    def reserve_event_ids(self) -> None:
        """Take the ids of the events planned so far (before the services write other events)."""
        self.rows.reserve_event_ids(self.session)

    def taken_elsewhere(self, session_id: int, number: str) -> None:
        """A case the step-by-step path registered or updated: its number is no longer new."""
        self.numbers.add((session_id, number.strip()))

    def take(
        self, case: LedgerCase, session_name: str, sheet_year: int | None, session_date: date | None
    ) -> tuple[int, SessionDates, list[str]] | None:
        """Take the row the bulk way: (steps, the session's dates, inferences); None when it goes
        the step-by-step way (and then nothing was written)."""
        if not self.enabled or case.problems or normalise_name(session_name) not in self.book.sessions:
            return None
        session_id, dates = self.book.session(session_name, sheet_year, session_date)
        number = case.number.strip()
        if (session_id, number) in self.numbers:
            return None
        hints = self.ledger.sheets.get(case.source.sheet)
        try:
            filled, inferred = infer_dates(case, dates, hints.as_of if hints else None, self.today)
            steps = derived_steps(filled)
        except (RowRefused, CasebookError):
            return None
        submitted_on = filled.submitted_on or dates.starts_on or date(dates.year, 1, 1)
        base = CaseDraft(session_id, case.number, case.kind or CaseKind.SUGGESTION, case.title, submitted_on)
        mark = self.rows.mark()
        self.book.planning(True)
        # New deputies go straight into the batch where their ids are counted (SQLite): a row the
        # rules refuse takes them out again and the ids are given again, as its savepoint would.
        self.book.adding_deputy = self._new_deputy if self.rows.counts_ids(self.session) else None
        try:
            found = self.book.draft_fields(self.ledger.columns, case)
            draft = replace(base, **found)  # type: ignore[arg-type]
            done = self.cases.take(draft, session_name, _signers(case, found), steps, found)
        except NotInBulk:
            self.rows.roll_back_to(mark)
            self.book.forget_row()
            return None
        finally:
            stand_ins = self.book.stand_ins
            self.book.planning(False)
            self.book.adding_deputy = None
        if stand_ins:  # create what the row names where the step-by-step path does (see _unit_id)
            self.rows.roll_back_to(mark)
            self.book.forget_row()
            self.book.adding_deputy = self._new_deputy
            try:
                with self.db.write(Permission.EDIT_CASES):
                    found = self.book.draft_fields(self.ledger.columns, case)
                    draft = replace(base, **found)  # type: ignore[arg-type]
                    done = self.cases.take(draft, session_name, _signers(case, found), steps, found)
            except NotInBulk:
                self.rows.roll_back_to(mark)
                self.book.forget_row()
                return None
            finally:
                self.book.adding_deputy = None
        self.book.keep_row()
        self.numbers.add((session_id, number))
        return done, dates, inferred

    def _new_deputy(self, name: str, delegation_id: int | None) -> int:
        """A deputy the row names, added to the batch with the event the service writes
        (:func:`casebook.services.admin.reference.add_deputy`) and its trail."""
        values: dict[str, Any] = {"name": name, "delegation_id": delegation_id, "group_id": None}
        values |= {"position": None, "phone": None, "retired": False}
        if not name or too_long(Deputy, values):
            raise NotInBulk  # the service refuses it, with its message
        deputy_id = self.rows.deputy_id(self.session)
        values = {"id": deputy_id, **values}
        self.rows.add("deputy", values)
        details = {"id": deputy_id, "name": name, "delegation_id": delegation_id}
        event: dict[str, Any] = {
            "case_id": None,
            "action": "add_deputy",
            "business_date": None,
            "recorded_at": clock.now(),
            "user": self.db.user,
            "details": details,
            "entity": "deputy",
            "entity_id": deputy_id,
            "changes": [],
        }
        self.rows.add_event(event, inserted("deputy", deputy_id, values))
        return deputy_id

    def _unit_id(self, name: str) -> int:
        """A unit by its (trimmed) name. One the register does not have yet: while the row is
        planned, a stand-in; when it goes in, created after the events planned so far (the
        step-by-step path creates it just before the step that assigns it)."""
        known = self.book.named["units"].get(name)
        if known is not None or self.book.stand_ins is not None:
            return known if known is not None else self.book.unit(name)
        self.rows.reserve_event_ids(self.session)
        return self.book.unit(name)


def _signers(case: LedgerCase, found: dict[str, object]) -> dict[str, int]:
    """The case's signers by name (their names in the register are the ledger's, trimmed)."""
    names = [normalise_name(case.lead_deputy) if case.lead_deputy else None]
    names += [normalise_name(name) for name in case.cosigners]
    lead = found.get("lead_deputy_id")
    ids = [lead if isinstance(lead, int) else None, *found.get("cosigner_ids", ())]  # type: ignore[misc]
    return {name: deputy_id for name, deputy_id in zip(names, ids, strict=False) if name and deputy_id}
