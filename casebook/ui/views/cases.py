"""案件: the case list with its filters and search box."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from casebook.domain.enums import CaseKind, CaseState, RatingLevel
from casebook.domain.roles import Permission
from casebook.i18n import translate, translate_n
from casebook.services.queries.case_list import CaseListItem, CaseQuery
from casebook.ui.jobs.changes import Changes
from casebook.ui.models.cases import CaseTableModel
from casebook.ui.permissions import allow

if TYPE_CHECKING:  # the database layer: imported once the register is open (see show_first_page)
    from casebook.store.database import Database

SEARCH_DELAY_MS = 250
COMBO_MINIMUM_WIDTH = 70


def count_text(total: int, *, capped: bool) -> str:
    """「共12件」, or 「共1000+件」 when the count stopped at its cap (the list goes on as scrolled)."""
    if capped:
        return translate("CaseList", "{count}+ cases").format(count=total)
    return translate_n("CaseList", "%n cases", total)


class CasesView(QWidget):
    """Emits ``open_case(case_id)`` on double-click or Enter, ``new_case()`` for the New button."""

    open_case = Signal(int)
    new_case = Signal()

    def __init__(self, db: Database | None, parent: QWidget | None = None) -> None:
        """The list over ``db``; without it (a cold start), the first page read ahead is shown
        (:meth:`show_first_page`) and nothing more until :meth:`attach`."""
        super().__init__(parent)
        self._db = db
        self.model = CaseTableModel(db, self)
        self.search = QLineEdit()
        self.search.setPlaceholderText(translate("CaseList", "Search number, title, content, deputies, units"))
        self.search.setClearButtonEnabled(True)
        self.year = QSpinBox()
        self.year.setRange(0, 2100)
        self.year.setSpecialValueText(translate("CaseList", "All years"))
        self.kind = QComboBox()
        self.kind.addItem(translate("CaseList", "All types"), None)
        for kind in CaseKind:
            self.kind.addItem(kind.label, kind)
        self.state = QComboBox()
        self.state.addItem(translate("CaseList", "All states"), None)
        for state in CaseState:
            self.state.addItem(state.label, state)
        self.unit = QComboBox()
        self.session = QComboBox()
        self.delegation = QComboBox()
        self.category = QComboBox()
        self.rating = QComboBox()
        self.rating.addItem(translate("CaseList", "Any rating"), None)
        for level in RatingLevel:
            self.rating.addItem(level.label, level.value)
        # the pickers filled from the reference data (casebook.services.queries.pickers' kinds),
        # with their "all" entry
        self._pickers = (
            (self.session, "session", translate("CaseList", "All sessions")),
            (self.unit, "unit", translate("CaseList", "All units")),
            (self.delegation, "delegation", translate("CaseList", "All delegations")),
            (self.category, "category", translate("CaseList", "All categories")),
        )
        for combo, _kind, everything in self._pickers:
            combo.addItem(everything, None)
        self.key_only = QCheckBox(translate("CaseList", "Key only"))
        self.overdue_only = QCheckBox(translate("CaseList", "Overdue only"))
        self.count = QLabel()
        self.new_button = QPushButton(translate("CaseList", "New case"))
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        for column, width in enumerate((140, 60, 56, 360, 80, 160, 90, 70, 50)):
            self.table.setColumnWidth(column, width)
        for column in (2, 7, 8):  # type, state, key: short words, as wide as the language needs
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setResizeContentsPrecision(0)  # sized by the rows in sight, not by a thousand
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._build_layout()
        self._connect()
        if db is None:
            self._set_waiting(True)
        else:
            self.apply_role()

    @property
    def db(self) -> Database:
        assert self._db is not None, "the register is not open yet"
        return self._db

    def show_first_page(self, total: int, rows: Sequence[CaseListItem]) -> None:
        """Before the register is open (a cold start): the list as it opens with its first page
        and count, read ahead without the database layer (casebook.services.queries.first_page)."""
        self.model.show_first_page(total, rows)
        self.count.setText(count_text(self.model.total, capped=self.model.capped))

    def attach(self, db: Database) -> None:
        """The register is open: the filters work, the pickers are filled, the rows shown go on."""
        self._db = db
        self.model.attach(db)
        self._set_waiting(False)
        self.apply_role()
        if not self.model.has_source:
            self.refresh()
        else:
            self._fill_pickers()

    def _set_waiting(self, waiting: bool) -> None:
        """Until the register is open, the filters and the header's sorting wait (the rows show)."""
        for widget in (self.search, self.year, self.kind, self.state, self.rating, self.key_only, self.overdue_only):
            widget.setEnabled(not waiting)
        for combo, _kind, _everything in self._pickers:
            combo.setEnabled(not waiting)
        self.new_button.setEnabled(not waiting)
        self.table.horizontalHeader().setSectionsClickable(not waiting)

    def apply_role(self) -> None:
        """New cases only for a role that registers them (after another user signed in, too)."""
        allow(self.new_button, self.db, Permission.EDIT_CASES)

    def _build_layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.key_only)
        top.addWidget(self.overdue_only)
        top.addWidget(self.new_button)
        rows = (
            (
                (translate("CaseList", "Year"), self.year),
                (translate("CaseList", "Session"), self.session),
                (translate("CaseList", "Type"), self.kind),
                (translate("CaseList", "State"), self.state),
            ),
            (
                (translate("CaseList", "Lead unit"), self.unit),
                (translate("CaseList", "Delegation"), self.delegation),
                (translate("CaseList", "Category"), self.category),
                (translate("CaseList", "Rating"), self.rating),
            ),
        )
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        for row in rows:
            filters = QHBoxLayout()
            for label, widget in row:
                filters.addWidget(QLabel(label))
                filters.addWidget(widget)
            filters.addStretch(1)
            layout.addLayout(filters)
        for combo in (self.kind, self.state, self.rating, *(picker for picker, _kind, _all in self._pickers)):
            # as wide as their longest entry when there is room, down to this on a small screen
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.setMinimumWidth(COMBO_MINIMUM_WIDTH)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)

    def _connect(self) -> None:
        self.search.textChanged.connect(lambda _text: self._timer.start())
        self.search.returnPressed.connect(self.apply_filters)
        self._timer.timeout.connect(self.apply_filters)
        for combo in (self.kind, self.state, self.rating, *(picker for picker, _kind, _all in self._pickers)):
            combo.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.year.valueChanged.connect(lambda _v: self.apply_filters())
        self.key_only.toggled.connect(lambda _b: self.apply_filters())
        self.overdue_only.toggled.connect(lambda _b: self.apply_filters())
        self.table.doubleClicked.connect(self._open_index)
        self.table.activated.connect(self._open_index)
        self.new_button.clicked.connect(self.new_case.emit)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        """Fresh figures each time the clerk comes to this view (not when the window is restored)."""
        super().showEvent(event)
        if not event.spontaneous() and self._db is not None:
            self.refresh()

    def on_changes(self, changes: Changes) -> None:
        """The list follows the cases; its pickers follow the reference data."""
        if (changes.register or changes.reference) and self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        """Reload the pickers and the rows (after a change elsewhere)."""
        self._fill_pickers()
        self.apply_filters()

    def _fill_pickers(self) -> None:
        from casebook.services.queries.pickers import PickerKind, choices

        for combo, kind, everything in self._pickers:
            current = combo.currentData()
            with QSignalBlocker(combo):
                combo.clear()
                combo.addItem(everything, None)
                for choice in choices(self.db, PickerKind(kind)):
                    combo.addItem(choice.label, choice.id)
                combo.setCurrentIndex(max(combo.findData(current), 0))

    def current_query(self) -> CaseQuery:
        return replace(
            self.model.query,
            text=self.search.text(),
            year=self.year.value() or None,
            kind=self.kind.currentData(),
            state=self.state.currentData(),
            session_id=self.session.currentData(),
            lead_unit_id=self.unit.currentData(),
            delegation_id=self.delegation.currentData(),
            category_id=self.category.currentData(),
            rating=self.rating.currentData(),
            is_key=True if self.key_only.isChecked() else None,
            overdue=self.overdue_only.isChecked(),
        )

    def apply_filters(self) -> None:
        self._timer.stop()
        self.model.set_query(self.current_query())
        self.count.setText(count_text(self.model.total, capped=self.model.capped))

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _open_index(self, index: QModelIndex) -> None:
        if index.isValid() and self._db is not None:
            self.open_case.emit(self.model.case_at(index.row()).id)
