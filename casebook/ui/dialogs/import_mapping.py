"""The import preview's mapping tables: every column with a drop-down of the field it is read as,
and every wording the vocabulary lacks with a drop-down of the class, rating or contact method it
means. What the clerk picks is a :class:`LedgerMappings`, remembered when the import is taken."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from casebook.domain.enums import ContactMethod
from casebook.domain.office_settings import NO_RESULT, OfficeSettings
from casebook.i18n import translate
from casebook.services.ledger.entries import CASE_FIELDS, FIELD_NAMES, ColumnReading, LedgerMappings, RowRef
from casebook.services.ledger.headers import header_key

NOT_READ = ""  # the drop-down's data for a column not to read


class ColumnTable(QTableWidget):
    """Column of the ledger | read as (drop-down) | how it was found."""

    changed = Signal()

    def __init__(self, readings: tuple[ColumnReading, ...], parent: QWidget | None = None) -> None:
        super().__init__(len(readings), 3, parent)
        self.readings = readings
        self.setHorizontalHeaderLabels(
            [
                translate("ImportPreview", "Column of the ledger"),
                translate("ImportPreview", "Read as"),
                translate("ImportPreview", "Found by"),
            ]
        )
        self.boxes: dict[str, QComboBox] = {}
        found_by = {
            "synonym": translate("ImportPreview", "known header"),
            "similar": translate("ImportPreview", "similar header"),
            "clerk": translate("ImportPreview", "your mapping"),
            "unread": translate("ImportPreview", "not read"),
        }
        for row, reading in enumerate(readings):
            self.setItem(row, 0, QTableWidgetItem(reading.label))
            box = QComboBox()
            box.addItem(translate("ImportPreview", "(not read)"), NOT_READ)
            for field in ("serial", *CASE_FIELDS):
                box.addItem(f"{FIELD_NAMES[field]} ({field})", field)
            box.setCurrentIndex(max(box.findData(reading.field or NOT_READ), 0))
            box.currentIndexChanged.connect(self.changed)
            self.setCellWidget(row, 1, box)
            self.setItem(row, 2, QTableWidgetItem(found_by.get(reading.how, reading.how)))
            self.boxes[reading.label] = box
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.verticalHeader().hide()

    def choose(self, label: str, field: str | None) -> None:
        box = self.boxes[label]
        box.setCurrentIndex(box.findData(field or NOT_READ))

    def mappings(self) -> dict[str, str | None]:
        """The columns whose field the clerk changed: header → field (None: not read)."""
        chosen: dict[str, str | None] = {}
        for reading in self.readings:
            field = str(self.boxes[reading.label].currentData()) or None
            if field != reading.field:
                chosen[header_key(reading.label) or reading.label] = field
        return chosen


class WordingTable(QTableWidget):
    """Wording | what it is (result class, rating, contact method) | rows | means (drop-down)."""

    changed = Signal()

    def __init__(
        self, unmapped: dict[tuple[str, str], list[RowRef]], settings: OfficeSettings, parent: QWidget | None = None
    ) -> None:
        super().__init__(len(unmapped), 4, parent)
        self.setHorizontalHeaderLabels(
            [
                translate("ImportPreview", "Wording"),
                translate("ImportPreview", "Kind"),
                translate("ImportPreview", "Rows"),
                translate("ImportPreview", "Means"),
            ]
        )
        kinds = {
            "result": translate("ImportPreview", "result class"),
            "rating": translate("ImportPreview", "rating"),
            "contact": translate("ImportPreview", "contact method"),
        }
        choices = {
            "result": [(f"{c.code} {c.label}", c.code) for c in settings.result_categories]
            + [(translate("ImportPreview", "No result yet (still being handled)"), NO_RESULT)],
            "rating": [(o.label, o.code) for o in settings.rating_options],
            "contact": [(m.label, m.value) for m in ContactMethod],
        }
        self.boxes: dict[tuple[str, str], QComboBox] = {}
        for row, ((kind, wording), rows) in enumerate(unmapped.items()):
            self.setItem(row, 0, QTableWidgetItem(wording))
            self.setItem(row, 1, QTableWidgetItem(kinds[kind]))
            self.setItem(row, 2, QTableWidgetItem("、".join(str(r.line) for r in rows)))
            box = QComboBox()
            box.addItem(translate("ImportPreview", "(choose)"), "")
            for text, code in choices[kind]:
                box.addItem(text, code)
            box.currentIndexChanged.connect(self.changed)
            self.setCellWidget(row, 3, box)
            self.boxes[(kind, wording)] = box
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.verticalHeader().hide()

    def choose(self, wording: str, code: str) -> None:
        box = next(b for (_, w), b in self.boxes.items() if w == wording)
        box.setCurrentIndex(box.findData(code))

    def mappings(self) -> dict[str, dict[str, str]]:
        chosen: dict[str, dict[str, str]] = {}
        for (kind, wording), box in self.boxes.items():
            if box.currentData():
                chosen.setdefault(kind, {})[wording] = str(box.currentData())
        return chosen


def chosen_mappings(columns: ColumnTable, wordings: WordingTable, before: LedgerMappings) -> LedgerMappings:
    """What the clerk said in this preview and the ones before it (for the same file)."""
    values = {kind: dict(words) for kind, words in before.values.items()}
    for kind, words in wordings.mappings().items():
        values.setdefault(kind, {}).update(words)
    return LedgerMappings({**before.columns, **columns.mappings()}, values)
