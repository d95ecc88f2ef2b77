"""The dates a ledger leaves out, inferred the way the office's practice implies them.

Real ledgers often have no 提出日期 at all: every suggestion of a meeting is submitted during the
meeting, so its date is the session's. In order:

- submission: a meeting's first day (else 1 January of its year); an interim period's row: its
  earliest other date, else the period's start;
- assignment: the submission date (when the row names a handling unit);
- a reply, result or rating without its date: the row's latest date, else the ledger's own date
  (「填报日期」, 「截至…」), else 31 December of the session's year; never after today;
- a rating without its date: the reply's.

Each inference is counted by what it came from, for the import report.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from casebook.domain.enums import SessionKind
from casebook.services.ledger.entries import LedgerCase

# The report's keys, in the order it lists them.
INFERENCES = (
    "submitted_from_session",
    "submitted_from_year",
    "submitted_from_row",
    "assigned_on_submission",
    "replied_from_row",
    "replied_from_ledger_date",
    "replied_from_year_end",
    "rated_on_reply",
    "replied_unclassified",
)


@dataclass(frozen=True)
class SessionDates:
    kind: SessionKind
    year: int
    starts_on: date | None


def infer_dates(
    case: LedgerCase, session: SessionDates, as_of: date | None, today: date
) -> tuple[LedgerCase, list[str]]:
    """``case`` with its missing dates filled in, and the inferences made (keys of :data:`INFERENCES`)."""
    made: list[str] = []
    own = (case.submitted_on, case.assigned_on, case.acknowledged_on, case.replied_on, case.rated_on, case.closed_on)
    row_dates = [d for d in own if d is not None]
    submitted = case.submitted_on
    if submitted is None:
        if session.kind is SessionKind.INTERIM and row_dates:
            submitted = min(row_dates)
            made.append("submitted_from_row")
        elif session.starts_on is not None:
            submitted = session.starts_on
            made.append("submitted_from_session")
        else:
            submitted = date(session.year, 1, 1)
            made.append("submitted_from_year")
    assigned = case.assigned_on
    units = case.lead_units or case.separate_units or case.assisting_units
    if assigned is None and units:
        assigned = submitted
        made.append("assigned_on_submission")
    replied = case.replied_on
    if replied is None and (case.result_code is not None or case.rating is not None):
        if row_dates:
            replied, how = max(row_dates), "replied_from_row"
        elif as_of is not None:
            replied, how = as_of, "replied_from_ledger_date"
        else:
            replied, how = date(session.year, 12, 31), "replied_from_year_end"
        replied = max(min(replied, today), assigned or submitted)
        made.append(how)
    rated = case.rated_on
    if case.rating is not None and rated is None:
        rated = replied
        made.append("rated_on_reply")
    if replied is not None and case.result_code is None:
        made.append("replied_unclassified")
    if (submitted, assigned, replied, rated) == (case.submitted_on, case.assigned_on, case.replied_on, case.rated_on):
        return case, made  # nothing to fill in (a frozen copy of the row is the row)
    filled = replace(case, submitted_on=submitted, assigned_on=assigned, replied_on=replied, rated_on=rated)
    return filled, made
