"""What an import did (or, in a dry run, would do): counts, what it created, and every refused row
with its reason, as plain data and as the summary a clerk reads."""

from __future__ import annotations

from dataclasses import dataclass, field

from casebook.i18n import noop, translate
from casebook.services.ledger_entries import RowRef, SkippedRows
from casebook.services.ledger_reference import KINDS


@dataclass(frozen=True)
class Rejection:
    source: RowRef
    reason: str  # translated


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
    skipped = report.skipped
    if skipped.blank or skipped.subtotals or skipped.headings:
        lines.append(
            translate(
                "Import", "Passed over: {blank} blank rows, {subtotals} subtotal rows, {headings} section headings."
            ).format(blank=skipped.blank, subtotals=skipped.subtotals, headings=skipped.headings)
        )
    if report.unknown_columns:
        lines.append(
            translate("Import", "Columns not read: {columns}.").format(columns="、".join(report.unknown_columns))
        )
    return lines


def rejection_line(rejection: Rejection) -> str:
    return translate("Import", "{sheet} row {line}: {reason}").format(
        sheet=rejection.source.sheet, line=rejection.source.line, reason=rejection.reason
    )
