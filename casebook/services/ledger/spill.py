"""A ledger's case rows kept in a temporary file as they are read, so that an import from the command
line holds a batch of them at a time, not the whole file (:func:`casebook.services.ledger.rows.stream_ledger`).

In memory stay only what the import must know before its first row: each row's key (the session it
names, its sheet, its number and line: for the numbers that are in the file twice and the sessions
to create) and the ledger's earliest date (a new session's year when nothing else gives it).
"""

from __future__ import annotations

import pickle
import tempfile
from array import array
from collections.abc import Iterator, Sequence
from dataclasses import fields
from datetime import date
from operator import attrgetter
from typing import IO, Any, overload

from casebook.services.ledger.entries import LedgerCase, RowRef

CHUNK = 500  # rows a pickled chunk holds (the import's batch)
_VALUES = attrgetter(*(f.name for f in fields(LedgerCase)))
_DATES = attrgetter("submitted_on", "assigned_on", "acknowledged_on", "replied_on", "rated_on", "closed_on")
# a case row's key: (the session it names, its sheet, its number, its line)
CaseKey = tuple[str | None, str, str, int]


class SpilledCases(Sequence[LedgerCase]):
    """The case rows of a ledger, in order, in chunks of :data:`CHUNK` pickled to a temporary file."""

    def __init__(self) -> None:
        # the rows' keys, compact: the (session, sheet) pairs once, and per row an index, a number, a line
        self._places: dict[tuple[str | None, str], int] = {}
        self._place_of_row = array("l")
        self._numbers: list[str] = []
        self._lines = array("l")
        self.earliest: date | None = None
        self._file: IO[bytes] = tempfile.TemporaryFile(prefix="casebook-ledger-")  # noqa: SIM115 (kept open)
        self._chunks: list[tuple[int, int]] = []  # (offset, length) of each chunk in the file
        self._tail: list[tuple[Any, ...]] = []

    def append(self, case: LedgerCase) -> None:
        place = (case.session, case.source.sheet)
        self._place_of_row.append(self._places.setdefault(place, len(self._places)))
        self._numbers.append(case.number)
        self._lines.append(case.source.line)
        for day in _DATES(case):
            if day is not None and (self.earliest is None or day < self.earliest):
                self.earliest = day
        self._tail.append(_VALUES(case))
        if len(self._tail) == CHUNK:
            self._write_tail()

    def done(self) -> SpilledCases:
        """Every row read: the last chunk written."""
        if self._tail:
            self._write_tail()
        return self

    def _write_tail(self) -> None:
        data = pickle.dumps(self._tail, protocol=pickle.HIGHEST_PROTOCOL)
        offset = self._file.seek(0, 2)
        self._file.write(data)
        self._chunks.append((offset, len(data)))
        self._tail = []

    def _chunk(self, number: int) -> list[LedgerCase]:
        offset, length = self._chunks[number]
        self._file.seek(offset)
        return [LedgerCase(*values) for values in pickle.loads(self._file.read(length))]

    def keys(self) -> Iterator[CaseKey]:
        """Each row's key, in order."""
        places = list(self._places)
        for place, number, line in zip(self._place_of_row, self._numbers, self._lines, strict=True):
            named, sheet = places[place]
            yield named, sheet, number, line

    def __len__(self) -> int:
        return len(self._numbers)

    def __iter__(self) -> Iterator[LedgerCase]:
        for number in range(len(self._chunks)):
            yield from self._chunk(number)
        for values in list(self._tail):
            yield LedgerCase(*values)

    @overload
    def __getitem__(self, index: int) -> LedgerCase: ...

    @overload
    def __getitem__(self, index: slice) -> Sequence[LedgerCase]: ...

    def __getitem__(self, index: int | slice) -> LedgerCase | Sequence[LedgerCase]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError(index)
        chunk, within = divmod(index, CHUNK)
        if chunk < len(self._chunks):
            return self._chunk(chunk)[within]
        return LedgerCase(*self._tail[within])

    def close(self) -> None:
        self._file.close()

    def __del__(self) -> None:
        self._file.close()


def case_keys(cases: Sequence[LedgerCase]) -> Iterator[CaseKey]:
    """Each case row's key, without reading the rows back when they are spilled."""
    if isinstance(cases, SpilledCases):
        return cases.keys()
    return ((case.session, case.source.sheet, case.number, case.source.line) for case in cases)


def earliest_date(cases: Sequence[LedgerCase]) -> date | None:
    """The earliest date of the case rows."""
    if isinstance(cases, SpilledCases):
        return cases.earliest
    return min((day for case in cases for day in _DATES(case) if day is not None), default=None)


def row_of(key: CaseKey) -> RowRef:
    return RowRef(key[1], key[3])
