"""What an import did (or, in a dry run, would do): counts, what it created, and every refused row
with its reason, as plain data and as the summary a clerk reads."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from casebook.i18n import noop, translate
from casebook.services.ledger.entries import FIELD_NAMES, ColumnReading, RowRef, SkippedRows
from casebook.services.ledger.inference import INFERENCES, SessionDates
from casebook.services.ledger.reference import KINDS


@dataclass(frozen=True)
class Rejection:
    source: RowRef
    reason: str  # translated


@dataclass(frozen=True)
class KeptChange:
    """A value a clerk changed in the program since the last import, which the ledger would change."""

    case: str  # 「<session> No. <number>」
    field: str  # the field's name (FIELD_NAMES)
    program: str
    ledger: str


@dataclass
class ImportReport:
    dry_run: bool = False
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    steps: int = 0  # handling steps carried out
    rejected: list[Rejection] = field(default_factory=list)  # case rows
    rejected_steps: list[Rejection] = field(default_factory=list)  # rows of the 「办理过程」 sheet
    created_names: dict[str, list[str]] = field(default_factory=lambda: {kind: [] for kind in KINDS})
    skipped: SkippedRows = field(default_factory=SkippedRows)
    unknown_columns: tuple[str, ...] = ()
    readings: tuple[ColumnReading, ...] = ()  # every column, with the field it was read as
    inferred: Counter[str] = field(default_factory=Counter)  # inference (ledger_inference.INFERENCES) → rows
    by_cues: int = 0  # rows whose result wording was read by its cues
    # (kind, wording) the vocabulary does not have and that was not guessed → the rows that hold it
    unmapped: dict[tuple[str, str], list[RowRef]] = field(default_factory=dict)
    kept_changes: list[KeptChange] = field(default_factory=list)  # a clerk's change kept over the ledger's
    overwritten: list[KeptChange] = field(default_factory=list)  # ... or replaced by it (--overwrite)
    sessions: dict[str, SessionDates] = field(default_factory=dict)  # the sessions the rows went into
    in_bulk: int = 0  # of the cases created, those written the bulk way (casebook.services.ledger.bulk)
    # a delegation's or unit's name as the ledger wrote it → the register's own (ledger.name_variants)
    read_as: dict[str, dict[str, str]] = field(default_factory=lambda: {"delegations": {}, "units": {}})
    numbers_read_as: dict[str, str] = field(default_factory=dict)  # 「1」 → the register's 「0001」 (ledger.numbers)

    @property
    def new_deputies(self) -> list[str]:
        return self.created_names["deputies"]

    @property
    def new_units(self) -> list[str]:
        return self.created_names["units"]

    @property
    def new_delegations(self) -> list[str]:
        return self.created_names["delegations"]

    @property
    def all_rejections(self) -> list[Rejection]:
        return [*self.rejected, *self.rejected_steps]


_NEW = {
    "sessions": noop("Import", "New sessions ({count}): {names}"),
    "delegations": noop("Import", "New delegations ({count}): {names}"),
    "deputies": noop("Import", "New deputies ({count}): {names}"),
    "units": noop("Import", "New handling units ({count}): {names}"),
    "categories": noop("Import", "New categories ({count}): {names}"),
    "leaders": noop("Import", "New leaders ({count}): {names}"),
    "committees": noop("Import", "New special committees ({count}): {names}"),
}
NAMES_SHOWN = 30
_READ_AS = {
    "delegations": noop("Import", "Delegations read as the register names them: {names}."),
    "units": noop("Import", "Handling units read as the register names them: {names}."),
}


def summary_lines(report: ImportReport) -> list[str]:
    """The summary in the installed language (without the refused rows: see :func:`rejection_line`)."""
    lines = []
    if report.dry_run:
        lines.append(translate("Import", "Dry run: nothing was changed. The import would do this:"))
    lines.append(
        translate(
            "Import", "Cases: {created} new, {updated} updated, {unchanged} unchanged, {rejected} refused."
        ).format(
            created=report.created, updated=report.updated, unchanged=report.unchanged, rejected=len(report.rejected)
        )
    )
    lines.append(translate("Import", "Handling steps recorded: {steps}.").format(steps=report.steps))
    if report.rejected_steps:
        lines.append(
            translate("Import", "Rows of the handling history refused: {count}.").format(
                count=len(report.rejected_steps)
            )
        )
    for kind in KINDS:
        names = report.created_names[kind]
        if names:
            shown = "、".join(names[:NAMES_SHOWN]) + ("…" if len(names) > NAMES_SHOWN else "")
            lines.append(translate("Import", _NEW[kind]).format(count=len(names), names=shown))
    for kind, said in _READ_AS.items():
        if report.read_as.get(kind):
            lines.append(
                translate("Import", said).format(
                    names="、".join(f"{written} → {kept}" for written, kept in report.read_as[kind].items())
                )
            )
    if report.numbers_read_as:
        pairs = list(report.numbers_read_as.items())
        lines.append(
            translate("Import", "Case numbers read as the register writes them ({count}): {numbers}.").format(
                count=len(pairs),
                numbers="、".join(f"{written} → {kept}" for written, kept in pairs[:NAMES_SHOWN])
                + ("…" if len(pairs) > NAMES_SHOWN else ""),
            )
        )
    skipped = report.skipped
    if skipped.blank or skipped.subtotals or skipped.headings:
        lines.append(
            translate(
                "Import", "Passed over: {blank} blank rows, {subtotals} subtotal rows, {headings} section headings."
            ).format(blank=skipped.blank, subtotals=skipped.subtotals, headings=skipped.headings)
        )
    if skipped.notes:
        lines.append(
            translate("Import", "Passed over {count} notes under the table (注：…, 填表人：…).").format(
                count=skipped.notes
            )
        )
    if report.readings:
        lines.append(
            translate("Import", "Columns read: {columns}.").format(
                columns="、".join(reading_text(r) for r in report.readings if r.field is not None)
            )
        )
    if report.unknown_columns:
        lines.append(
            translate("Import", "Columns not read: {columns}.").format(columns="、".join(report.unknown_columns))
        )
    for name, dates in report.sessions.items():
        lines.append(
            translate("Import", "Session {name}: year {year}, first day {day}.").format(
                name=name, year=dates.year, day=dates.starts_on.isoformat() if dates.starts_on else "—"
            )
        )
    for key in INFERENCES:
        if report.inferred[key]:
            lines.append(translate("Import", _INFERRED[key]).format(count=report.inferred[key]))
    if report.by_cues:
        lines.append(
            translate("Import", "Result wordings read by their cues (all pointing to one class): {count} rows.").format(
                count=report.by_cues
            )
        )
    for (kind, wording), rows in report.unmapped.items():
        lines.append(
            translate(
                "Import",
                "Wording “{wording}” ({kind}) is not mapped: {count} rows refused; choose its meaning in the import "
                "preview, or map it with --map-value.",
            ).format(wording=wording, kind=translate("Import", _KINDS[kind]), count=len(rows))
        )
    for change in report.kept_changes:
        lines.append(
            translate(
                "Import", "{case}: {field} was changed in the program (“{program}”); kept, the ledger says “{ledger}”."
            ).format(case=change.case, field=change.field, program=change.program, ledger=change.ledger)
        )
    if report.kept_changes:
        lines.append(translate("Import", "Import again with --overwrite to take the ledger's values instead."))
    for change in report.overwritten:
        lines.append(
            translate("Import", "{case}: {field} “{program}” (changed in the program) replaced by “{ledger}”.").format(
                case=change.case, field=change.field, program=change.program, ledger=change.ledger
            )
        )
    return lines


def reading_text(reading: ColumnReading) -> str:
    """「所在代表团 → 代表团 (similar)」: a column and the field it was read as."""
    name = FIELD_NAMES.get(reading.field or "", reading.field or "")
    text = name if reading.label == name else f"{reading.label} → {name}"
    if reading.how in _HOW:
        text += translate("Import", _HOW[reading.how])
    return text


_HOW = {"similar": noop("Import", " (by similarity)"), "clerk": noop("Import", " (as mapped)")}
_KINDS = {
    "result": noop("Import", "result class"),
    "rating": noop("Import", "rating"),
    "contact": noop("Import", "contact method"),
}
_INFERRED = {
    "submitted_from_session": noop("Import", "Submission dates inferred from the session's first day: {count}."),
    "submitted_from_year": noop("Import", "Submission dates inferred as 1 January of the session's year: {count}."),
    "submitted_from_row": noop("Import", "Submission dates inferred from the row's earliest date: {count}."),
    "assigned_on_submission": noop("Import", "Assignment dates inferred as the submission date: {count}."),
    "replied_from_row": noop("Import", "Reply dates inferred from the row's latest date: {count}."),
    "replied_from_ledger_date": noop("Import", "Reply dates inferred from the ledger's own date: {count}."),
    "replied_from_year_end": noop("Import", "Reply dates inferred as 31 December of the session's year: {count}."),
    "rated_on_reply": noop("Import", "Rating dates inferred as the reply date: {count}."),
    "replied_unclassified": noop("Import", "Replies kept without a result class (not yet classified): {count}."),
}


def rejection_line(rejection: Rejection) -> str:
    return translate("Import", "{sheet} row {line}: {reason}").format(
        sheet=rejection.source.sheet, line=rejection.source.line, reason=rejection.reason
    )
