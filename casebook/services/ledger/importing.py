"""Import a ledger (台账) into the register: one transaction for the whole file, one savepoint per row.

Each case row is registered (or, when its session already has a case of that number, updated) and
its handling steps are carried out through the workflow services, so the rules and the event
history are the same as for a case typed in. A row the rules refuse is rolled back alone and
reported with the rule's message; the rest of the file is taken. A dry run does all of it in a
transaction that is rolled back (:meth:`Database.rehearsal`), so its report is exactly what a real
run would do. Any unexpected error rolls back the whole file.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import fields, replace
from datetime import date

from casebook import clock
from casebook.domain.enums import CaseKind
from casebook.domain.errors import CasebookError
from casebook.domain.roles import Permission
from casebook.domain.workflow import Action
from casebook.i18n import noop, translate
from casebook.services.ledger.bulk_path import BulkPath
from casebook.services.ledger.entries import Ledger, LedgerCase, LedgerMappings, LedgerStep, RowRef, RowRefused
from casebook.services.ledger.inference import infer_dates
from casebook.services.ledger.mappings import remember
from casebook.services.ledger.memory import BATCH, ObjectPins, rare_collections, settle, small_page_cache
from casebook.services.ledger.numbers import RegisteredNumbers, number_value
from casebook.services.ledger.reference import ReferenceBook, normalise_name
from casebook.services.ledger.report import ImportReport, Rejection
from casebook.services.ledger.revisions import Revisions
from casebook.services.ledger.sessions import LedgerSessions
from casebook.services.ledger.spill import case_keys
from casebook.services.ledger.steps import CaseSteps, derived_steps
from casebook.services.queries.case_views import CaseSummary
from casebook.services.steps.cases import CaseDraft, edit_case, find_case, register_case
from casebook.store import audit_trail
from casebook.store.database import Database
from casebook.store.models import Case

Progress = Callable[[int, int], bool]
CaseKey = tuple[str | None, str]


class ImportCancelled(CasebookError):
    """The clerk cancelled the import; the transaction was rolled back."""

    @property
    def message(self) -> str:
        return translate("Import", self.template)


def import_ledger(
    db: Database,
    ledger: Ledger,
    *,
    session_name: str | None = None,
    session_date: date | None = None,
    dry_run: bool = False,
    progress: Progress | None = None,
    mappings: LedgerMappings | None = None,
    overwrite: bool = False,
    bulk: bool = True,
) -> ImportReport:
    """Take ``ledger`` into the register (``session_name`` puts every row in that session; a
    session the import creates starts on ``session_date``, or gets its year from the ledger).

    ``mappings`` (what the clerk mapped for this ledger) are remembered for the next ledgers.
    A value a clerk changed since the last import is kept unless ``overwrite``.
    New cases go the bulk way when they can (:mod:`casebook.services.ledger.bulk`; ``bulk=False``:
    every row the step-by-step way, which leaves the same database).
    ``progress(done, total)`` is called after each case row; when it returns False the import
    stops, everything is rolled back and :class:`ImportCancelled` is raised."""
    report = ImportReport(
        dry_run=dry_run, skipped=ledger.skipped, unknown_columns=ledger.unknown_columns, readings=ledger.readings
    )
    with db.rehearsal(Permission.EDIT_CASES) if dry_run else db.write(Permission.EDIT_CASES) as outer:
        if mappings is not None and not mappings.is_empty():
            with db.write(Permission.EDIT_CASES) as session:
                remember(session, mappings)
        run = _LedgerRun(db, ledger, session_name, session_date, report, overwrite)
        run.check_sessions()
        run.bulk = BulkPath(db, outer, ledger, run.book, run.today, enabled=bulk)
        with ObjectPins(outer) as pins, small_page_cache(outer), rare_collections():
            run.take_cases(progress, pins)
            run.finish()
        run.revisions.write()
        report.created_names = run.book.created
        report.read_as = run.book.read_as
    return report


class _LedgerRun:
    def __init__(
        self,
        db: Database,
        ledger: Ledger,
        session_name: str | None,
        session_date: date | None,
        report: ImportReport,
        overwrite: bool,
    ) -> None:
        self.db, self.ledger, self.report = db, ledger, report
        self.sessions = LedgerSessions(ledger, session_name, session_date)
        self.session_date = session_date
        self.book = ReferenceBook(db)
        self.numbers = RegisteredNumbers(db)
        self.revisions = Revisions(db, overwrite)
        self.today = clock.today()
        self.steps: dict[CaseKey, list[LedgerStep]] = defaultdict(list)
        for step in ledger.steps or ():
            self.steps[(self.sessions.of(step.session), step.number)].append(step)
        self.later: list[tuple[CaseSteps, LedgerStep]] = []
        self.bulk: BulkPath

    def _case_session(self, case: LedgerCase) -> str | None:
        return self.sessions.of_case(case)

    def check_sessions(self) -> None:
        """Stop before anything is written when a session to create has no year; refuse both rows
        of a number that is in the file twice."""
        self.sessions.check_years(self.book)
        # the rows' keys only (a spilled ledger's rows are not read back for them)
        seen: dict[CaseKey, int] = {}
        spelled: dict[CaseKey, str] = {}  # (session, a number's value) → how its first row writes it
        spellings: dict[CaseKey, set[str]] = {}  # the values written more than one way
        for named, sheet, number, _ in case_keys(self.ledger.cases):
            if number:
                session = self.sessions.of(named, sheet)
                seen[(session, number)] = seen.get((session, number), 0) + 1
                if number.isdigit():
                    first = spelled.setdefault((session, number_value(number)), number)
                    if first != number:
                        spellings.setdefault((session, number_value(number)), {first}).add(number)
        twice = {key for key, count in seen.items() if count > 1}
        # 「1」 beside 「0001」: Excel dropped the zeros of one typed as a number, the same number twice
        # (「07」 beside 「007」, both written with their zeros, are two numbers)
        joined = {(session, value) for (session, value), written in spellings.items() if value in written}
        twice.update((session, number) for session, value in joined for number in spellings[(session, value)])
        del seen, spelled
        self.duplicates: dict[CaseKey, list[RowRef]] = {}  # each such row's own key → all the rows
        if twice:
            rows: dict[CaseKey, list[RowRef]] = {}
            for named, sheet, number, line in case_keys(self.ledger.cases):
                key = (self.sessions.of(named, sheet), number)
                if key in twice:
                    group = (key[0], number_value(number))
                    same = rows.setdefault(group if group in joined else key, [])
                    same.append(RowRef(sheet, line))
                    self.duplicates[key] = same

    def take_cases(self, progress: Progress | None, pins: ObjectPins) -> None:
        total = len(self.ledger.cases)
        unmapped = self.report.unmapped
        for done, case in enumerate(self.ledger.cases, 1):
            self.report.by_cues += case.result_by_cues
            for wording in case.unmapped:
                unmapped.setdefault(wording, []).append(case.source)
            key = (self._case_session(case), case.number)
            steps = self.steps.pop(key, []) if self.ledger.steps is not None else None
            case = self._as_registered(case, key[0])  # 「1」 for the register's 「0001」
            later = len(self.later)
            inferred: list[str] = []
            if self._in_bulk(case, key, steps):
                self._settle(done, pins, progress, total)
                continue
            self.bulk.write()
            try:
                with self.db.write(Permission.EDIT_CASES):
                    if key in self.duplicates:
                        raise RowRefused(_duplicate(key[1], case.source, self.duplicates[key]))  # as the row writes it
                    outcome, done_steps = self._take(case, steps, inferred)
            except (RowRefused, CasebookError) as refusal:
                self.book.forget_row()
                self.revisions.forget_row()
                del self.later[later:]
                self._refuse(case, steps or [], refusal)
            else:
                self.book.keep_row()
                self.revisions.keep_row(self.report)
                setattr(self.report, outcome, getattr(self.report, outcome) + 1)
                self.report.steps += done_steps
                self.report.inferred.update(inferred)
            pins.end_row()
            self._settle(done, pins, progress, total)
        self.bulk.write()

    def _as_registered(self, case: LedgerCase, session_name: str | None) -> LedgerCase:
        """``case`` with its number as the register writes it (casebook.services.ledger.numbers)."""
        found = self.book.sessions.get(normalise_name(session_name)) if session_name else None
        if found is None or not case.number.isdigit():
            return case
        number = self.numbers.registered(found[0], case.number)
        if number == case.number:
            return case
        self.report.numbers_read_as.setdefault(case.number, number)
        return replace(case, number=number)

    def _in_bulk(self, case: LedgerCase, key: CaseKey, steps: list[LedgerStep] | None) -> bool:
        """Take the row the bulk way when it can go so (:mod:`casebook.services.ledger.bulk_path`)."""
        session_name = key[0]
        if steps is not None or key in self.duplicates or not session_name:
            return False
        sheet_year = self.sessions.year(case.source.sheet)
        taken = self.bulk.take(case, session_name, sheet_year, self.session_date)
        if taken is None:
            return False
        done_steps, dates, inferred = taken
        self.report.sessions.setdefault(session_name, dates)
        self.report.created += 1
        self.report.in_bulk += 1
        self.report.steps += done_steps
        self.report.inferred.update(inferred)
        return True

    def _settle(self, done: int, pins: ObjectPins, progress: Progress | None, total: int) -> None:
        if done % BATCH == 0:
            # the trail before the batch is written (the ids of the batch's events taken first, as
            # writing it takes them), so that its events are linked into the chain as they are
            # written, with the services' events since the last batch (BulkRows.write): the
            # batch is not read back to be sealed
            self.revisions.write()
            self.bulk.reserve_event_ids()
            audit_trail.write_trail(pins.session, self.db.user)
            self.bulk.write()
            settle(pins.session, self.db.user)
        if progress is not None and not progress(done, total):
            raise ImportCancelled(noop("Import", "The import was cancelled; nothing was changed."))

    def _refuse(self, case: LedgerCase, steps: list[LedgerStep], refusal: Exception) -> None:
        reason = refusal.reason if isinstance(refusal, RowRefused) else str(refusal)
        self.report.rejected.append(Rejection(case.source, reason))
        because = translate("Import", noop("Import", "its case ({sheet} row {line}) was not imported")).format(
            sheet=case.source.sheet, line=case.source.line
        )
        self.report.rejected_steps += [Rejection(step.source, because) for step in steps]

    def finish(self) -> None:
        """并案 with cases further down the file, then the history rows that found no case."""
        for runner, step in self.later:
            try:
                with self.db.write(Permission.EDIT_CASES):
                    result = runner.run(step)
                    if result == "later":
                        raise RowRefused(
                            translate("Import", noop("Import", "there is no case No. {number} to join")).format(
                                number=step.note
                            )
                        )
                self.report.steps += result == "done"
            except (RowRefused, CasebookError) as refusal:
                reason = refusal.reason if isinstance(refusal, RowRefused) else str(refusal)
                self.report.rejected_steps.append(Rejection(step.source, reason))
        missing = translate("Import", noop("Import", "no case row of the ledger has this session and number"))
        for steps in self.steps.values():
            self.report.rejected_steps += [Rejection(step.source, missing) for step in steps]
        self.report.rejected_steps += [Rejection(source, reason) for source, reason in self.ledger.broken_steps]
        self.report.rejected_steps.sort(key=lambda r: (r.source.sheet, r.source.line))

    # ── one case row ────────────────────────────────────────────────────────────────────────

    def _take(self, case: LedgerCase, given: list[LedgerStep] | None, inferred: list[str]) -> tuple[str, int]:
        """Register or update the case and carry out its steps: ("created" / "updated" /
        "unchanged", the number of steps carried out)."""
        problems = list(case.problems)
        for step in given or ():
            problems += [
                translate("Import", "{sheet} row {line}: {reason}").format(
                    sheet=step.source.sheet, line=step.source.line, reason=p
                )
                for p in step.problems
            ]
        if problems:
            raise RowRefused(translate("Import", "; ").join(problems))
        session_name = self._case_session(case)
        if not session_name:
            raise RowRefused(
                translate("Import", "the row names no session (届次会议), and none was given for the whole file")
            )
        session_id, dates = self.book.session(session_name, self.sessions.year(case.source.sheet), self.session_date)
        self.report.sessions.setdefault(session_name, dates)
        as_of = self.ledger.sheets[case.source.sheet].as_of if case.source.sheet in self.ledger.sheets else None
        existing = find_case(self.db, session_id, case.number)
        known = case
        if existing is not None and case.submitted_on is None:  # the register's own date, not an inference
            known = replace(case, submitted_on=existing.submitted_on)
        filled, made = infer_dates(known, dates, as_of, self.today) if given is None else (case, [])
        inferred += made
        steps = derived_steps(filled) if given is None else given
        converted = any(step.action is Action.CONVERT_TO_SUGGESTION for step in steps)
        found = self.book.draft_fields(self.ledger.columns, case)
        if existing is None:
            submitted_on = filled.submitted_on or dates.starts_on or date(dates.year, 1, 1)
            kind = CaseKind.MOTION if converted else case.kind or CaseKind.SUGGESTION
            draft = CaseDraft(session_id, case.number, kind, case.title, submitted_on)
            draft = replace(draft, **found)  # type: ignore[arg-type]
            summary = register_case(self.db, draft)
            outcome = "created"
        else:
            current = _current_draft(self.db, existing.id)
            label = f"{session_name} No. {case.number}"
            kept = self.revisions.reconcile(existing.id, label, current, found)
            draft = replace(current, **kept, kind=_kept_kind(existing, case, converted))  # type: ignore[arg-type]
            summary = existing
            outcome = "unchanged"
            if draft != current:
                summary = edit_case(self.db, existing.id, existing.version, draft)
                outcome = "updated"
        self.revisions.imported(summary.id, found)
        self.bulk.taken_elsewhere(session_id, case.number)
        signers = [summary.lead_deputy, *summary.cosigners]
        ids = [draft.lead_deputy_id, *draft.cosigner_ids]
        runner = CaseSteps(
            self.db, self.book, summary.id, session_id, {n: i for n, i in zip(signers, ids, strict=True) if n and i}
        )
        if existing is not None:
            runner.load_history()
        done = 0
        for step in steps:
            result = runner.run(step)
            if result == "later":
                self.later.append((runner, step))
            elif result == "done":
                done += 1
                outcome = "updated" if outcome == "unchanged" else outcome
        return outcome, done


def _duplicate(number: str, source: RowRef, rows: list[RowRef]) -> str:
    others = "、".join(
        translate("Import", "{sheet} row {line}").format(sheet=r.sheet, line=r.line) for r in rows if r != source
    )
    return translate(
        "Import", "the number {number} is in this file more than once (also {rows}): neither row was imported"
    ).format(number=number, rows=others)


def _kept_kind(existing: CaseSummary, case: LedgerCase, converted: bool) -> CaseKind:
    """The ledger's kind, unless it is the kind the case was submitted as (作为建议处理 keeps its history)."""
    kind = CaseKind.MOTION if converted else case.kind
    return existing.kind if kind is None or kind in (existing.kind, existing.submitted_kind) else kind


def _current_draft(db: Database, case_id: int) -> CaseDraft:
    with db.read() as session:
        case = session.get(Case, case_id)
        assert case is not None
        scalars = {f.name: getattr(case, f.name) for f in fields(CaseDraft) if f.name != "cosigner_ids"}
        return CaseDraft(**scalars, cosigner_ids=tuple(c.deputy_id for c in case.cosigners))
