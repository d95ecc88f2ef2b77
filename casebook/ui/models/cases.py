"""The case list's table model: the paged model over the search service's pages (fetchMore)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import partial
from typing import Any

from PySide6.QtCore import QModelIndex, Qt

from casebook.i18n import noop, translate
from casebook.services.queries.case_search import (
    CaseListItem,
    CaseQuery,
    SortKey,
    count_matching,
    fetch_page,
    first_page,
)
from casebook.store.database import Database
from casebook.ui.models.paged import Index, PagedTableModel, RowSource

PAGE = 200
COUNT_CAP = 1000  # the case list counts this far: beyond, its label says 「1000+」


@dataclass(frozen=True)
class CaseColumn:
    key: str
    header: str  # English source text, translated when shown
    value: Callable[[CaseListItem], str]
    sort: SortKey | None = None


COLUMNS: tuple[CaseColumn, ...] = (
    CaseColumn("session", noop("CaseList", "Session"), lambda c: c.session),
    CaseColumn("number", noop("CaseList", "Number"), lambda c: c.number, SortKey.NUMBER),
    CaseColumn("kind", noop("CaseList", "Type"), lambda c: c.kind.label),
    CaseColumn("title", noop("CaseList", "Title"), lambda c: c.title, SortKey.TITLE),
    CaseColumn("lead_deputy", noop("CaseList", "Lead deputy"), lambda c: c.lead_deputy or "", SortKey.LEAD_DEPUTY),
    CaseColumn("lead_units", noop("CaseList", "Lead units"), lambda c: "、".join(c.lead_units)),
    CaseColumn(
        "submitted_on", noop("CaseList", "Submitted"), lambda c: c.submitted_on.isoformat(), SortKey.SUBMITTED_ON
    ),
    CaseColumn("state", noop("CaseList", "State"), lambda c: c.state.label, SortKey.STATE),
    CaseColumn("is_key", noop("CaseList", "Key"), lambda c: translate("CaseList", "Key") if c.is_key else ""),
)


def case_rows(db: Database, query: CaseQuery) -> RowSource[CaseListItem]:
    """The cases matching ``query`` from the search service, counted up to :data:`COUNT_CAP`."""
    return RowSource(
        count=lambda: count_matching(db, query, cap=COUNT_CAP),
        page=lambda offset, limit: fetch_page(db, query, offset, limit),
        cap=COUNT_CAP,
        first=lambda limit: first_page(db, query, limit, COUNT_CAP),  # a keystroke: one read
    )


class CaseTableModel(PagedTableModel[CaseListItem]):
    """The case list: :class:`PagedTableModel` over the search service's pages for one query."""

    PAGE = PAGE

    def __init__(self, db: Database, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows_of: Callable[[CaseQuery], RowSource[CaseListItem]] = partial(case_rows, db)
        self._query = CaseQuery()  # nothing is read until the view sets its query (when first shown)

    @property
    def query(self) -> CaseQuery:
        return self._query

    def set_query(self, query: CaseQuery) -> None:
        self._query = query
        self.set_source(self._rows_of(query))

    def case_at(self, row: int) -> CaseListItem:
        return self.row_at(row)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 (Qt's names)
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < self.rowCount()):
            return None
        case = self.row_at(index.row())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return COLUMNS[index.column()].value(case)
        if role == Qt.ItemDataRole.UserRole:
            return case.id
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            return translate("CaseList", COLUMNS[section].header)
        if orientation == Qt.Orientation.Vertical:
            return section + 1
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = COLUMNS[column].sort if 0 <= column < len(COLUMNS) else None
        if key is None:
            return
        query = replace(self._query, sort=key, descending=order == Qt.SortOrder.DescendingOrder)
        if self.has_source:
            self.set_query(query)
        else:  # the view's first sort, before it is shown: read when its query is set
            self._query = query
