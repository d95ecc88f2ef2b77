"""Which session each row of a ledger goes into, and the year of a session the import creates.

A row's session is, in order: the one given for the whole file (``--session``), the row's own
(届次会议 column), its sheet's (named in the title rows or the sheet's name; a 闭会期间 sheet is the
interim period of its year), the first one a sheet names. A new session's year comes from
``--session-date``, the ledger (a title row such as 「2023年度…」, the sheet's name, the file's name),
else the earliest date in the file; when nothing gives one the import stops before writing anything.
"""

from __future__ import annotations

from datetime import date

from casebook.domain.errors import CasebookError
from casebook.domain.session_names import interim_period_name
from casebook.i18n import noop, translate
from casebook.services.admin.reference import normalise_name
from casebook.services.ledger.entries import Ledger, LedgerCase
from casebook.services.ledger.reference import ReferenceBook
from casebook.services.ledger.spill import case_keys, earliest_date


class SessionYearUnknown(CasebookError):
    """A session the import would create has no year from anything (nothing was imported)."""

    @property
    def message(self) -> str:
        return translate("Import", self.template).format(**self.params)


class LedgerSessions:
    def __init__(self, ledger: Ledger, session_name: str | None, session_date: date | None) -> None:
        self.ledger = ledger
        self.forced = normalise_name(session_name) if session_name else None
        self.session_date = session_date
        dates = [s.on for s in ledger.steps or ()]
        earliest = earliest_date(ledger.cases)
        self.earliest = min([*dates, earliest] if earliest else dates, default=None)

    def of_case(self, case: LedgerCase) -> str | None:
        return self.of(case.session, case.source.sheet)

    def of(self, named: str | None, sheet: str | None = None) -> str | None:
        if self.forced or named:
            return self.forced or named
        hints = self.ledger.sheets.get(sheet or "")
        if hints is not None and hints.session:
            return hints.session
        if hints is not None and hints.interim:
            year = self.year(sheet)
            return interim_period_name(year) if year else None
        return self.ledger.session_hint

    def year(self, sheet: str | None) -> int | None:
        """A new session's year: --session-date, the ledger (title rows, sheet, file name), the earliest date."""
        hints = self.ledger.sheets.get(sheet or "")
        for year in (
            self.session_date.year if self.session_date else None,
            hints.year if hints else None,
            self.ledger.file_year,
            self.earliest.year if self.earliest else None,
        ):
            if year is not None:
                return year
        return None

    def check_years(self, book: ReferenceBook) -> None:
        """:class:`SessionYearUnknown` when a session the rows need is neither known nor given a year."""
        for named, sheet in dict.fromkeys((named, sheet) for named, sheet, _, _ in case_keys(self.ledger.cases)):
            name = self.of(named, sheet)
            if name and book.new_session_dates(name, self.year(sheet), None) is None:
                raise SessionYearUnknown(
                    noop(
                        "Import",
                        "Nothing in the ledger gives the year of session “{name}” (no year in its title rows, sheet "
                        "name or file name, and no date in its rows). Import it again with --session-date "
                        "YYYY-MM-DD (the session's first day), or choose the date in the import preview.",
                    ),
                    name=name,
                )
