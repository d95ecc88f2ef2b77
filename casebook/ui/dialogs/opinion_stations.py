"""The stations where deputies receive voters (代表联络站, 人大代表之家, 代表小组) as reference data: a list
with each station's kind, town or district, deputies and how many opinions name it; a new station,
a new name, retiring (停用) and reinstating one. Reads and writes run on workers."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from casebook.domain.opinions import StationKind
from casebook.i18n import noop, translate
from casebook.services.admin.stations import (
    StationRow,
    add_station,
    rename_station,
    set_station_retired,
    station_rows,
)
from casebook.store.database import Database
from casebook.ui.dialogs.opinion_forms import station_form
from casebook.ui.dialogs.step_dialog import StepDialog
from casebook.ui.jobs.operation import LatestRead, Operation

STATION_HEADERS = (
    noop("Opinions", "Station"),
    noop("Opinions", "Kind"),
    noop("Opinions", "Town or district"),
    noop("Opinions", "Deputies"),
    noop("Opinions", "Opinions"),
    noop("Opinions", "State"),
)


class StationDialog(QDialog):
    """The stations, editable; ``changed`` tells the caller to read its station lists again."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.rows: list[StationRow] = []
        self.changed = False
        self.reads = LatestRead(self)
        self.setWindowTitle(translate("Opinions", "Stations"))
        self.table = QTableWidget(0, len(STATION_HEADERS))
        self.table.setHorizontalHeaderLabels([translate("Opinions", h) for h in STATION_HEADERS])
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.add_button = QPushButton(translate("Opinions", "New station…"))
        self.rename_button = QPushButton(translate("Opinions", "Rename…"))
        self.retire_button = QPushButton(translate("Opinions", "Retire"))
        self.add_button.clicked.connect(self.ask_new)
        self.rename_button.clicked.connect(self.ask_rename)
        self.retire_button.clicked.connect(self.toggle_retired)
        self.table.itemSelectionChanged.connect(self._enable_buttons)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.rename_button, self.retire_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(close)
        self.resize(820, 420)
        self._enable_buttons()
        self.refresh()

    @classmethod
    def ask(cls, db: Database, parent: QWidget | None = None) -> StationDialog:
        dialog = cls(db, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    @property
    def busy(self) -> bool:
        return self.reads.busy

    def refresh(self) -> None:
        self.reads.run(lambda: station_rows(self.db), self._show)

    def _show(self, rows: object) -> None:
        assert isinstance(rows, list)
        chosen = self.chosen()
        self.rows = rows
        self.table.setRowCount(len(rows))
        for r, row in enumerate(self.rows):
            state = translate("Opinions", "Retired") if row.retired else translate("Opinions", "In use")
            values = (row.name, row.kind.label, row.area, "、".join(row.deputies), str(row.opinions), state)
            for column, text in enumerate(values):
                self.table.setItem(r, column, QTableWidgetItem(text))
        again = next((r for r, row in enumerate(self.rows) if chosen is not None and row.id == chosen.id), None)
        if again is not None:
            self.table.selectRow(again)
        self._enable_buttons()

    def chosen(self) -> StationRow | None:
        selected = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not selected or selected[0].row() >= len(self.rows):
            return None
        return self.rows[selected[0].row()]

    def _enable_buttons(self) -> None:
        chosen = self.chosen()
        self.rename_button.setEnabled(chosen is not None)
        self.retire_button.setEnabled(chosen is not None)
        retired = chosen is not None and chosen.retired
        self.retire_button.setText(translate("Opinions", "Reinstate") if retired else translate("Opinions", "Retire"))

    def _taken(self, _result: object) -> None:
        self.changed = True
        self.refresh()

    def ask_new(self) -> StepDialog:
        def submit(v: dict[str, object]) -> object:
            return add_station(self.db, str(v["name"]), StationKind(str(v["kind"])), area=str(v["area"] or ""))

        return StepDialog.ask(self, station_form(), submit, self._taken)

    def ask_rename(self) -> StepDialog | None:
        chosen = self.chosen()
        if chosen is None:
            return None
        return StepDialog.ask(
            self,
            station_form(chosen.name, new=False),
            lambda v: rename_station(self.db, chosen.id, str(v["name"])),
            self._taken,
        )

    def toggle_retired(self) -> Operation | None:
        chosen = self.chosen()
        if chosen is None:
            return None
        work = lambda: set_station_retired(self.db, chosen.id, not chosen.retired)  # noqa: E731
        return Operation(self, work).success(self._taken).run()
