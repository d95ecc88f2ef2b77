"""One table model for every long list: rows from a fetch source, a page at a time (fetchMore).

The model holds no database: it is given a :class:`RowSource` — how many rows there are and one
page of them — and asks it for the first page when the source is set, and for the next page
whenever the view scrolls near the end (``canFetchMore`` / ``fetchMore``). A subclass says what
the columns show (``columnCount``, ``data``, ``headerData``) and builds the source for its query
from the service it reads (vorta's ``set_rows`` style). A plain Python list is a source too
(:meth:`RowSource.of`), which is how the model is tested without a database.

A source may count only up to a cap (「1000+」): then the model goes on fetching pages until one
comes back short, and says so through :attr:`PagedTableModel.capped`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex

Row = TypeVar("Row")
Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class RowSource(Generic[Row]):
    """Where the rows come from: ``count()`` (at most ``cap`` when it is capped) and
    ``page(offset, limit)``, both in the same order every time."""

    count: Callable[[], int]
    page: Callable[[int, int], Sequence[Row]]
    cap: int | None = None  # the count stops here: more rows may follow
    # the count and the first page of ``limit`` rows at once, when the source reads them cheaper so
    first: Callable[[int], tuple[int, Sequence[Row]]] | None = None

    def count_and_first(self, limit: int) -> tuple[int, Sequence[Row]]:
        """The count and the first page (none read when the count is 0)."""
        if self.first is not None:
            return self.first(limit)
        total = self.count()
        return total, self.page(0, limit) if total else ()

    @classmethod
    def of(cls, rows: Sequence[Row], cap: int | None = None) -> RowSource[Row]:
        """A list as a source (the count capped like a database's would be)."""
        return cls(
            count=lambda: len(rows) if cap is None else min(len(rows), cap),
            page=lambda offset, limit: rows[offset : offset + limit],
            cap=cap,
        )


def _no_rows() -> RowSource[Any]:
    return RowSource(count=lambda: 0, page=lambda _offset, _limit: ())


class PagedTableModel(QAbstractTableModel, Generic[Row]):
    """Rows of a :class:`RowSource`, ``PAGE`` at a time; nothing is read until a source is set."""

    PAGE = 200

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._source: RowSource[Row] = _no_rows()
        self.has_source = False  # nothing is read until a source is set
        self._rows: list[Row] = []
        self._total = 0
        self._exhausted = True  # the last page came back short: every row is here
        # While a reset, a page's read or an insertion is in flight, a view (or Qt's model tester,
        # which runs its checks on the "about to" signals) asking canFetchMore must hear no: rows
        # inserted inside another change break every view's bookkeeping, and a page read twice
        # would show its rows twice.
        self._changing = False

    @property
    def total(self) -> int:
        """How many rows the source counted (at most its cap; only the fetched pages are in memory)."""
        return self._total

    @property
    def capped(self) -> bool:
        """The count stopped at the source's cap and more rows may follow (「1000+」)."""
        cap = self._source.cap
        return cap is not None and self._total >= cap and not self._exhausted

    def set_source(self, source: RowSource[Row], read: tuple[int, Sequence[Row]] | None = None) -> None:
        """Show ``source`` from its first page (a new query); ``read``: its count and first page,
        read already (another way: see :meth:`go_on_with`)."""
        self._source = source
        self.has_source = True
        self.reload(read)

    def go_on_with(self, source: RowSource[Row]) -> None:
        """The rows shown go on from ``source`` (more pages, a reload): the same rows in the same
        order as those shown, which were read another way (a cold start's first page, read before
        the database layer was imported)."""
        self._source = source
        self.has_source = True

    def reload(self, read: tuple[int, Sequence[Row]] | None = None) -> None:
        """Read the source again from its first page (after a change); ``read``: that read, made already."""
        self._changing = True
        self.beginResetModel()
        try:
            self._total, first = read if read is not None else self._source.count_and_first(self.PAGE)
            self._rows = list(first)
            self._exhausted = len(self._rows) < self.PAGE
            if self._exhausted:
                self._total = len(self._rows)  # every row is here: the count is exact
        finally:
            self.endResetModel()
            self._changing = False

    def row_at(self, row: int) -> Row:
        return self._rows[row]

    def loaded_rows(self) -> list[Row]:
        return list(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 (Qt's names)
        return 0 if parent.isValid() else len(self._rows)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008, N802
        if parent.isValid() or self._changing:
            return False
        return len(self._rows) < self._total or self.capped

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008, N802
        if not self.canFetchMore(parent):
            return
        self._changing = True
        try:
            page = list(self._source.page(len(self._rows), self.PAGE))
            if len(page) < self.PAGE:
                self._exhausted = True
            if not page:
                self._total = len(self._rows)  # rows were deleted meanwhile
                return
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
            self._rows.extend(page)
            if self._exhausted or len(self._rows) > self._total:
                self._total = len(self._rows)  # past the cap, or every row is here
            self.endInsertRows()
        finally:
            self._changing = False
