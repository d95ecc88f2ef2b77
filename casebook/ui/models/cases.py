"""The case list's table model: the paged model over the search service's pages (fetchMore).

At a cold start it may show the list's first page before the register is open (read ahead without
the database layer: casebook.services.queries.first_page), and goes on from the search service's
pages once it is (:meth:`CaseTableModel.attach`); the database layer is imported only then.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, Qt

from casebook.i18n import noop, translate
from casebook.services.queries.case_list import COUNT_CAP, PAGE, CaseListItem, CaseQuery, SortKey
from casebook.ui.models.paged import Index, PagedTableModel, RowSource

if TYPE_CHECKING:
    from casebook.store.database import Database

__all__ = ["COLUMNS", "COUNT_CAP", "PAGE", "CaseColumn", "CaseTableModel", "case_rows"]

_TEXT_ROLES = frozenset({int(Qt.ItemDataRole.DisplayRole), int(Qt.ItemDataRole.ToolTipRole)})
_ID_ROLE = int(Qt.ItemDataRole.UserRole)


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
    from casebook.services.queries.case_search import count_matching, fetch_page, first_page

    return RowSource(
        count=lambda: count_matching(db, query, cap=COUNT_CAP),
        page=lambda offset, limit: fetch_page(db, query, offset, limit),
        cap=COUNT_CAP,
        first=lambda limit: first_page(db, query, limit, COUNT_CAP),  # a keystroke: one read
    )


class CaseTableModel(PagedTableModel[CaseListItem]):
    """The case list: :class:`PagedTableModel` over the search service's pages for one query."""

    PAGE = PAGE

    def __init__(self, db: Database | None, parent: Any = None) -> None:
        """The list over ``db``; without it, nothing is read until :meth:`attach`."""
        super().__init__(parent)
        self._db = db
        self._query = CaseQuery()  # nothing is read until the view sets its query (when first shown)

    @property
    def query(self) -> CaseQuery:
        return self._query

    @property
    def attached(self) -> bool:
        return self._db is not None

    def set_query(self, query: CaseQuery) -> None:
        assert self._db is not None, "the register is not open yet"
        self._query = query
        self.set_source(case_rows(self._db, query))

    def show_first_page(self, total: int, rows: Sequence[CaseListItem]) -> None:
        """Before the register is open: the list as it opens (no filter, by number) with its first
        page and count read ahead (casebook.services.queries.first_page); no more pages until
        :meth:`attach`."""
        assert self._query == CaseQuery(), "a first page read ahead is the list as it opens"
        self.set_source(RowSource.of(rows, cap=COUNT_CAP), read=(total, rows))

    def attach(self, db: Database) -> None:
        """The register is open: the rows shown (a first page read ahead) go on from its pages."""
        self._db = db
        if self.has_source:
            self.go_on_with(case_rows(db, self._query))

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008, N802 (Qt's names)
        return self._db is not None and super().canFetchMore(parent)

    def case_at(self, row: int) -> CaseListItem:
        return self.row_at(row)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 (Qt's names)
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # asked for every role of every cell in sight at each paint: the roles shown first, cheaply
        if role in _TEXT_ROLES:
            case = self._case_of(index)
            return None if case is None else COLUMNS[index.column()].value(case)
        if role == _ID_ROLE:
            case = self._case_of(index)
            return None if case is None else case.id
        return None

    def _case_of(self, index: Index) -> CaseListItem | None:
        row = index.row()
        if not index.isValid() or not (0 <= row < self.rowCount()):
            return None
        return self.row_at(row)

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
        if self.has_source and self._db is None:
            return  # a first page read ahead: sorted once the register is open
        if self.has_source:
            self.set_query(query)
        else:  # the view's first sort, before it is shown: read when its query is set
            self._query = query
