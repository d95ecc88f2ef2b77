"""审计日志: every change kept in the event table — who, when, which step, which case or record, and
each field's old and new value — filtered by user, recording date, case number and free text, and
exported to Excel. Nothing here can change an entry: the trail is read only, in the program too.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QSignalBlocker, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from casebook import clock
from casebook.i18n import translate, translate_n
from casebook.services.admin.audit import (
    AuditEntry,
    AuditFilter,
    FieldChange,
    audit_entries,
    audit_users,
    cases_numbered,
)
from casebook.services.admin.audit import count_entries as count_audit_entries
from casebook.store.database import Database
from casebook.ui.dialogs.workbook import ask_workbook_path
from casebook.ui.jobs.changes import Changes

SHOWN_AT_MOST = 1000  # newest events listed; the export takes every one that matches
VALUE_WIDTH = 60  # characters of an old or new value shown in a cell (all of it in the tooltip)
TEXT_DELAY_MS = 300
NO_DATE = QDate(2000, 1, 1)  # the date edits' "any" value


def short(text: str, width: int = VALUE_WIDTH) -> str:
    one_line = " ".join(text.split())
    return one_line if len(one_line) <= width else one_line[: width - 1] + "…"


def change_text(change: FieldChange, width: int = VALUE_WIDTH) -> str:
    """One field's change in words: 标题: 旧 → 新 (an empty side shown as —)."""
    old = short(change.old_text, width) if change.old_text else "—"
    new = short(change.new_text, width) if change.new_text else "—"
    return translate("Audit", "{field}: {old} → {new}").format(field=change.field_label, old=old, new=new)


def full_change_text(change: FieldChange) -> str:
    return translate("Audit", "{field}: {old} → {new}").format(
        field=change.field_label, old=change.old_text or "—", new=change.new_text or "—"
    )


def _date_edit() -> QDateEdit:
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setMinimumDate(NO_DATE)
    edit.setSpecialValueText(translate("Audit", "any"))
    edit.setDate(NO_DATE)
    return edit


def _day(edit: QDateEdit) -> date | None:
    value = edit.date()
    return None if value == NO_DATE else date(value.year(), value.month(), value.day())


class AuditView(QWidget):
    """Emits ``export_requested(AuditFilter, title, path)`` for the window's file jobs."""

    export_requested = Signal(object, str, str)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.entries: list[AuditEntry] = []
        self.user = QComboBox()
        self.user.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.since = _date_edit()
        self.until = _date_edit()
        self.number = QLineEdit()
        self.number.setPlaceholderText(translate("Audit", "e.g. 0012"))
        self.number.setClearButtonEnabled(True)
        self.number.setMaximumWidth(120)
        self.text = QLineEdit()
        self.text.setPlaceholderText(translate("Audit", "Text in the step, case, field or value"))
        self.text.setClearButtonEnabled(True)
        self.count = QLabel()
        self.export_button = QPushButton(translate("Audit", "Export to Excel…"))
        self.tree = QTreeWidget()
        self.tree.setColumnCount(6)
        self.tree.setHeaderLabels(
            [
                translate("Audit", "Recorded at"),
                translate("Audit", "User"),
                translate("Audit", "Step"),
                translate("Audit", "Case or record"),
                translate("Audit", "Business date"),
                translate("Audit", "Changes"),
            ]
        )
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        header = self.tree.header()
        header.setStretchLastSection(True)
        for column, width in enumerate((185, 90, 160, 260, 90)):
            header.resizeSection(column, width)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(TEXT_DELAY_MS)
        self._layout()
        self.user.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.since.dateChanged.connect(lambda _d: self.apply_filters())
        self.until.dateChanged.connect(lambda _d: self.apply_filters())
        self.number.returnPressed.connect(self.apply_filters)
        self.number.textChanged.connect(lambda _t: self._timer.start())
        self.text.textChanged.connect(lambda _t: self._timer.start())
        self.text.returnPressed.connect(self.apply_filters)
        self._timer.timeout.connect(self.apply_filters)
        self.export_button.clicked.connect(self._ask_export)

    def _layout(self) -> None:
        filters = QHBoxLayout()
        for label, widget in (
            (translate("Audit", "User"), self.user),
            (translate("Audit", "Recorded from"), self.since),
            (translate("Audit", "to"), self.until),
            (translate("Audit", "Case number"), self.number),
        ):
            filters.addWidget(QLabel(label))
            filters.addWidget(widget)
        filters.addWidget(self.text, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count, 1)
        bottom.addWidget(self.export_button)
        note = QLabel(
            translate(
                "Audit",
                "Every change to the register, the reference data, the settings and the accounts is kept here "
                "with who made it and when. The trail cannot be changed.",
            )
        )
        note.setWordWrap(True)
        note.setStyleSheet("color: #555555;")
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(filters)
        layout.addWidget(self.tree, 1)
        layout.addLayout(bottom)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if not event.spontaneous():
            self.refresh()

    def on_changes(self, changes: Changes) -> None:
        """Every write leaves events in the trail."""
        if self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        """Reload the users offered and the entries (after changes elsewhere)."""
        current = self.user.currentData()
        with QSignalBlocker(self.user):
            self.user.clear()
            self.user.addItem(translate("Audit", "All users"), None)
            for name in audit_users(self.db):
                self.user.addItem(name, name)
            self.user.setCurrentIndex(max(self.user.findData(current), 0))
        self.apply_filters()

    def current_filter(self) -> AuditFilter | None:
        """The filter the fields describe; None when the case number names no case."""
        number = self.number.text().strip()
        case_ids: tuple[int, ...] | None = None
        if number:
            case_ids = tuple(cases_numbered(self.db, number))
            if not case_ids:
                return None
        return AuditFilter(
            user=self.user.currentData(),
            since=_day(self.since),
            until=_day(self.until),
            case_ids=case_ids,
            text=self.text.text().strip() or None,
        )

    def apply_filters(self) -> None:
        self._timer.stop()
        where = self.current_filter()
        if where is None:
            self.entries = []
            self._fill()
            self.count.setText(
                translate("Audit", "No case has the number {number}.").format(number=self.number.text().strip())
            )
            return
        self.entries = audit_entries(self.db, where, limit=None if where.text else SHOWN_AT_MOST)
        if where.text:
            self.entries = self.entries[:SHOWN_AT_MOST]
        self._fill()
        total = len(self.entries) if where.text else count_audit_entries(self.db, where)
        if total > len(self.entries):
            text = translate("Audit", "The newest {shown} of {total} events; narrow the filter to see older ones.")
        else:
            text = translate_n("Audit", "%n events", total)
        self.count.setText(text.format(shown=len(self.entries), total=total))
        self.export_button.setEnabled(bool(self.entries))

    def _fill(self) -> None:
        self.tree.clear()
        items = []
        for entry in self.entries:
            values = [
                entry.recorded_at.strftime("%Y-%m-%d %H:%M:%S"),
                entry.user,
                entry.what,
                entry.subject,
                entry.business_date.isoformat() if entry.business_date else "",
                change_text(entry.changes[0]) if len(entry.changes) == 1 else "",
            ]
            if len(entry.changes) > 1:
                values[5] = translate_n("Audit", "%n fields changed", len(entry.changes))
            item = QTreeWidgetItem(values)
            item.setToolTip(3, entry.subject)
            if len(entry.changes) == 1:
                item.setToolTip(5, full_change_text(entry.changes[0]))
            elif entry.changes:
                for change in entry.changes:
                    child = QTreeWidgetItem(["", "", "", "", "", change_text(change)])
                    child.setToolTip(5, full_change_text(change))
                    item.addChild(child)
            items.append(item)
        self.tree.addTopLevelItems(items)
        for item in items:
            item.setExpanded(True)

    def export_title(self, where: AuditFilter) -> str:
        parts = []
        if where.user:
            parts.append(translate("Audit", "user {name}").format(name=where.user))
        if where.since or where.until:
            parts.append(
                translate("Audit", "recorded {since} to {until}").format(
                    since=where.since.isoformat() if where.since else "…",
                    until=where.until.isoformat() if where.until else "…",
                )
            )
        if self.number.text().strip():
            parts.append(translate("Audit", "case number {number}").format(number=self.number.text().strip()))
        if where.text:
            parts.append(translate("Audit", "containing “{text}”").format(text=where.text))
        title = translate("Audit", "Audit trail")
        return (
            translate("Audit", "{title} ({filters})").format(title=title, filters="; ".join(parts)) if parts else title
        )

    def export_to(self, path: Path) -> None:
        """Ask the window to write every entry matching the filter (not only those listed) to ``path``."""
        where = self.current_filter()
        if where is not None:
            self.export_requested.emit(where, self.export_title(where), str(path))

    def _ask_export(self) -> None:
        name = translate("Audit", "Audit trail {date}").format(date=clock.today().isoformat())
        path = ask_workbook_path(self, translate("Audit", "Export the audit trail"), name)
        if path is not None:
            self.export_to(path)
