"""The table of one kind of reference data: columns declared once per kind, rows fetched a page at a time."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from casebook.i18n import noop, translate, translate_n
from casebook.services.admin.reference_admin import ReferenceKind, ReferenceRow, count_items, list_items
from casebook.ui.models.paged import Index, PagedTableModel, RowSource


def _date(value: date | None) -> str:
    return value.isoformat() if value is not None else ""


def _number(value: int | None) -> str:
    return "" if value is None else str(value)


def _status(row: ReferenceRow) -> str:
    return translate("Reference", "Retired") if row.retired else translate("Reference", "In use")


def usage_text(row: ReferenceRow) -> str:
    """What uses the value, e.g. 「议案建议88件，代表17名，代表小组3个」."""
    usage = row.usage
    parts = []
    if usage.cases:
        parts.append(translate_n("Reference", "%n cases", usage.cases))
    if usage.deputies:
        parts.append(translate_n("Reference", "%n deputies", usage.deputies))
    if usage.groups:
        parts.append(translate_n("Reference", "%n deputy groups", usage.groups))
    if not parts:
        return translate("Reference", "Not used yet: it can be deleted.")
    return translate("Reference", ", ").join(parts)


@dataclass(frozen=True)
class Column:
    header: str  # English source text, marked with noop("Reference", …)
    value: Callable[[Any], object]
    numeric: bool = False
    stretch: bool = False  # takes the table's spare width


NAME = Column(noop("Reference", "Name"), lambda r: r.name, stretch=True)
PERSON = Column(noop("Reference", "Full name"), lambda r: r.name)
USED = Column(noop("Reference", "Times used"), lambda r: r.used, numeric=True)
STATUS = Column(noop("Reference", "Status"), _status)
CASES = Column(noop("Reference", "Cases"), lambda r: r.usage.cases, numeric=True)
MEMBERS = Column(noop("Reference", "Deputies"), lambda r: r.usage.deputies, numeric=True)
GROUPS = Column(noop("Reference", "Deputy groups"), lambda r: r.usage.groups, numeric=True)

COLUMNS: dict[ReferenceKind, tuple[Column, ...]] = {
    ReferenceKind.SESSION: (
        NAME,
        Column(noop("Reference", "Type"), lambda r: r.session_kind.label),
        Column(noop("Reference", "Year"), lambda r: r.year, numeric=True),
        Column(noop("Reference", "Term"), lambda r: _number(r.term), numeric=True),
        Column(noop("Reference", "Meeting"), lambda r: _number(r.meeting_number), numeric=True),
        Column(noop("Reference", "Starts on"), lambda r: _date(r.starts_on)),
        Column(noop("Reference", "Ends on"), lambda r: _date(r.ends_on)),
        USED,
        STATUS,
    ),
    ReferenceKind.DELEGATION: (NAME, CASES, MEMBERS, GROUPS, USED, STATUS),
    ReferenceKind.DEPUTY_GROUP: (
        NAME,
        Column(noop("Reference", "Delegation"), lambda r: r.delegation or ""),
        MEMBERS,
        USED,
        STATUS,
    ),
    ReferenceKind.DEPUTY: (
        PERSON,
        Column(noop("Reference", "Delegation"), lambda r: r.delegation or ""),
        Column(noop("Reference", "Deputy group"), lambda r: r.group or ""),
        Column(noop("Reference", "Workplace and position"), lambda r: r.position or "", stretch=True),
        Column(noop("Reference", "Phone"), lambda r: r.phone or ""),
        USED,
        STATUS,
    ),
    ReferenceKind.UNIT: (NAME, Column(noop("Reference", "Type"), lambda r: r.unit_kind.label), USED, STATUS),
    ReferenceKind.COMMITTEE: (NAME, USED, STATUS),
    ReferenceKind.LEADER: (
        PERSON,
        Column(noop("Reference", "Type"), lambda r: r.leader_kind.label),
        Column(noop("Reference", "Title"), lambda r: r.title or "", stretch=True),
        USED,
        STATUS,
    ),
    ReferenceKind.CATEGORY: (NAME, USED, STATUS),
}

RETIRED_COLOUR = QColor(128, 128, 128)


def reference_rows(db: Any, kind: ReferenceKind, search: str, include_retired: bool) -> RowSource[ReferenceRow]:
    """One kind of reference data, filtered, from the administration service."""
    return RowSource(
        count=lambda: count_items(db, kind, search=search, include_retired=include_retired),
        page=lambda offset, limit: list_items(
            db, kind, search=search, include_retired=include_retired, offset=offset, limit=limit
        ),
    )


class ReferenceTableModel(PagedTableModel[ReferenceRow]):
    """Rows of :func:`casebook.services.admin.reference_admin.list_items`, a page at a time."""

    def __init__(self, db: Any, parent: Any = None) -> None:
        super().__init__(parent)
        self._db = db
        self._kind = ReferenceKind.SESSION
        self._search = ""
        self._include_retired = True

    @property
    def kind(self) -> ReferenceKind:
        return self._kind

    def load(self, kind: ReferenceKind, search: str = "", include_retired: bool = True) -> None:
        self._kind, self._search, self._include_retired = kind, search, include_retired
        self.set_source(reference_rows(self._db, kind, search, include_retired))

    def columns(self) -> tuple[Column, ...]:
        return COLUMNS[self._kind]

    def row_of(self, item_id: int) -> int | None:
        """The row showing ``item_id``, fetching further pages if need be; None when filtered out."""
        while True:
            for number, row in enumerate(self.loaded_rows()):
                if row.id == item_id:
                    return number
            if not self.canFetchMore(QModelIndex()):
                return None
            self.fetchMore(QModelIndex())

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 (Qt's name)
        return 0 if parent.isValid() else len(COLUMNS[self._kind])

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= self.rowCount():
            return None
        row = self.row_at(index.row())
        column = COLUMNS[self._kind][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return str(column.value(row))
        if role == Qt.ItemDataRole.ToolTipRole and column is USED:
            return usage_text(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and row.retired:
            return QBrush(RETIRED_COLOUR)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            columns = COLUMNS[self._kind]
            return translate("Reference", columns[section].header) if 0 <= section < len(columns) else None
        return str(section + 1)
