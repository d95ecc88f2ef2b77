"""The case list's table model: one page of rows at a time from the search service (fetchMore)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from casebook.i18n import noop, translate
from casebook.services.queries.case_search import CaseListItem, CaseQuery, SortKey, count_matching, fetch_page
from casebook.store.database import Database

PAGE = 200
Index = QModelIndex | QPersistentModelIndex


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


class CaseTableModel(QAbstractTableModel):
    def __init__(self, db: Database, parent: Any = None) -> None:
        super().__init__(parent)
        self._db = db
        self._query = CaseQuery()
        self._rows: list[CaseListItem] = []
        self._total = 0  # nothing is read until the view sets its query (when it is first shown)
        self._changing = False  # a reset or an insertion is in flight

    @property
    def query(self) -> CaseQuery:
        return self._query

    @property
    def total(self) -> int:
        """How many cases match the filters (only the fetched pages are in memory)."""
        return self._total

    def set_query(self, query: CaseQuery) -> None:
        self._query = query
        self.reload()

    def reload(self) -> None:
        # While a reset or an insertion is in flight, a view (or Qt's model tester, which runs its
        # checks on the "about to" signals) asking canFetchMore must hear no: rows inserted inside
        # another change break every view's bookkeeping (the model tester caught it).
        self._changing = True
        self.beginResetModel()
        try:
            self._total = count_matching(self._db, self._query)
            self._rows = fetch_page(self._db, self._query, 0, PAGE)
        finally:
            self.endResetModel()
            self._changing = False

    def case_at(self, row: int) -> CaseListItem:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 (Qt's names)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return COLUMNS[index.column()].value(self._rows[index.row()])
        if role == Qt.ItemDataRole.UserRole:
            return self._rows[index.row()].id
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            return translate("CaseList", COLUMNS[section].header)
        if orientation == Qt.Orientation.Vertical:
            return section + 1
        return None

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and not self._changing and len(self._rows) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008, N802
        if parent.isValid() or self._changing:
            return
        page = fetch_page(self._db, self._query, len(self._rows), PAGE)
        if not page:
            self._total = len(self._rows)
            return
        self._changing = True
        try:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()
        finally:
            self._changing = False

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = COLUMNS[column].sort if 0 <= column < len(COLUMNS) else None
        if key is None:
            return
        self.set_query(replace(self._query, sort=key, descending=order == Qt.SortOrder.DescendingOrder))
