"""The registration form of a case (登记信息): every field, pickers, and errors next to the field."""

from __future__ import annotations

from datetime import date
from typing import cast

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from casebook.domain.enums import CaseKind
from casebook.domain.errors import RuleViolation
from casebook.i18n import translate
from casebook.services.queries.pickers import Choice, PickerKind, choices
from casebook.services.steps.cases import CaseDraft, draft_problems
from casebook.store.database import Database
from casebook.ui.dialogs.name_picker import make_searchable

# The rules the form checks itself as the clerk types (services.cases.draft_problems).
PROBLEMS_OF_DRAFT = frozenset({"number_required", "title_required", "submitter_required", "deputy_twice"})
# Which field shows a refusal, by the rule's name (others go to the message above the form).
FIELD_OF_RULE = {
    "number_required": "number",
    "duplicate_number": "number",
    "title_required": "title",
    "submitter_required": "lead_deputy",
    "deputy_twice": "cosigners",
    "submitted_after_assignment": "submitted_on",
}


def _picker(items: list[Choice], *, optional: bool) -> QComboBox:
    combo = QComboBox()
    if optional:
        combo.addItem("", None)
    for item in items:
        combo.addItem(item.label, item.id)
    return make_searchable(combo)


class CaseForm(QWidget):
    changed = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        deputies = choices(db, PickerKind.DEPUTY)
        self.delegation_of = {deputy.id: deputy.detail for deputy in deputies}  # 「魏敏」 → 「京口」
        self.filled_delegation: object = None  # the delegation the form filled in from the lead deputy
        self.session = _picker(choices(db, PickerKind.SESSION), optional=False)
        self.number = QLineEdit()
        self.kind = QComboBox()
        for kind in CaseKind:
            self.kind.addItem(kind.label, kind)
        self.kind.setCurrentIndex(self.kind.findData(CaseKind.SUGGESTION))
        self.title = QLineEdit()
        self.body = QPlainTextEdit()
        self.body.setFixedHeight(80)
        self.submitted_on = QDateEdit()
        self.submitted_on.setCalendarPopup(True)
        self.submitted_on.setDisplayFormat("yyyy-MM-dd")
        self.submitted_on.setDate(QDate.currentDate())
        self.lead_deputy = _picker(deputies, optional=True)
        self.delegation = _picker(choices(db, PickerKind.DELEGATION), optional=True)
        self.cosigners = QListWidget()
        self.cosigners.setFixedHeight(80)
        self.cosigner_picker = _picker(deputies, optional=True)
        self.add_cosigner = QPushButton(translate("CaseForm", "Add"))
        self.remove_cosigner = QPushButton(translate("CaseForm", "Remove"))
        self.cosigner_up = QPushButton(translate("CaseForm", "Move up ↑"))
        self.cosigner_down = QPushButton(translate("CaseForm", "Move down ↓"))
        self.category = _picker(choices(db, PickerKind.CATEGORY), optional=True)
        self.is_key = QCheckBox(translate("CaseForm", "Key suggestion supervised by a leader"))
        self.key_designated_by = QLineEdit()
        self.supervising_leader = _picker(choices(db, PickerKind.CONGRESS_LEADER), optional=True)
        self.supervising_committee = _picker(choices(db, PickerKind.COMMITTEE), optional=True)
        self.leading_leader = _picker(choices(db, PickerKind.GOVERNMENT_LEADER), optional=True)
        self.remarks = QLineEdit()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        self.errors: dict[str, QLabel] = {}
        self.refused_by_save: dict[str, object] = {}  # field → its value when the save was refused
        self._build()
        self._connect()

    def _row(self, layout: QFormLayout, key: str, label: str, widget: QWidget | QHBoxLayout) -> None:
        error = QLabel()
        error.setStyleSheet("color: #b00020;")
        error.setWordWrap(True)
        error.hide()
        self.errors[key] = error
        box = QVBoxLayout()
        box.setSpacing(2)
        if isinstance(widget, QHBoxLayout):
            box.addLayout(widget)
        else:
            box.addWidget(widget)
        box.addWidget(error)
        layout.addRow(label, box)

    def _build(self) -> None:
        form = QFormLayout()
        self._row(form, "session", translate("CaseForm", "Session"), self.session)
        numbering = QHBoxLayout()
        numbering.addWidget(self.number, 1)
        numbering.addWidget(QLabel(translate("CaseForm", "Type")))
        numbering.addWidget(self.kind)
        self._row(form, "number", translate("CaseForm", "Number"), numbering)
        self._row(form, "title", translate("CaseForm", "Title"), self.title)
        self._row(form, "body", translate("CaseForm", "Content"), self.body)
        self._row(form, "submitted_on", translate("CaseForm", "Submitted on"), self.submitted_on)
        self._row(form, "lead_deputy", translate("CaseForm", "Lead deputy"), self.lead_deputy)
        self._row(form, "delegation", translate("CaseForm", "Delegation"), self.delegation)
        cosign = QHBoxLayout()
        cosign.addWidget(self.cosigners, 1)
        side = QVBoxLayout()
        side.addWidget(self.cosigner_picker)
        side.addWidget(self.add_cosigner)
        side.addWidget(self.remove_cosigner)
        order = QHBoxLayout()
        order.addWidget(self.cosigner_up)
        order.addWidget(self.cosigner_down)
        side.addLayout(order)
        cosign.addLayout(side)
        self._row(form, "cosigners", translate("CaseForm", "Co-signers (in order)"), cosign)
        self._row(form, "category", translate("CaseForm", "Category"), self.category)
        key = QHBoxLayout()
        key.addWidget(self.is_key)
        key.addWidget(QLabel(translate("CaseForm", "Designated by")))
        key.addWidget(self.key_designated_by, 1)
        self._row(form, "is_key", translate("CaseForm", "Key"), key)
        self._row(form, "supervising_leader", translate("CaseForm", "Supervising leader"), self.supervising_leader)
        self._row(
            form, "supervising_committee", translate("CaseForm", "Supervising committee"), self.supervising_committee
        )
        self._row(form, "leading_leader", translate("CaseForm", "Government leader leading"), self.leading_leader)
        self._row(form, "remarks", translate("CaseForm", "Remarks"), self.remarks)
        outer = QVBoxLayout(self)
        outer.addWidget(self.message)
        outer.addLayout(form)
        outer.addStretch(1)

    def _connect(self) -> None:
        self.add_cosigner.clicked.connect(self._add_cosigner)
        self.remove_cosigner.clicked.connect(self._remove_cosigner)
        self.cosigner_up.clicked.connect(lambda: self.move_cosigner(-1))
        self.cosigner_down.clicked.connect(lambda: self.move_cosigner(1))
        self.lead_deputy.currentIndexChanged.connect(lambda _i: self._fill_delegation())
        self.changed.connect(self._clear_fixed_errors)
        self.changed.connect(self._clear_refused_by_save)
        for line in (self.number, self.title, self.key_designated_by, self.remarks):
            line.textChanged.connect(lambda _t: self.changed.emit())
        self.body.textChanged.connect(self.changed.emit)
        self.submitted_on.dateChanged.connect(lambda _d: self.changed.emit())
        self.is_key.toggled.connect(lambda _b: self.changed.emit())
        for combo in (
            self.session,
            self.kind,
            self.lead_deputy,
            self.delegation,
            self.category,
            self.supervising_leader,
            self.supervising_committee,
            self.leading_leader,
        ):
            combo.currentIndexChanged.connect(lambda _i: self.changed.emit())

    def _add_cosigner(self) -> None:
        deputy_id = self.cosigner_picker.currentData()
        if deputy_id is None or deputy_id in self.cosigner_ids():
            return
        item = QListWidgetItem(self.cosigner_picker.currentText())
        item.setData(Qt.ItemDataRole.UserRole, deputy_id)
        self.cosigners.addItem(item)
        self.changed.emit()

    def move_cosigner(self, step: int) -> None:
        """Move the selected co-signer up (-1) or down (+1): the order is the one printed."""
        row = self.cosigners.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.cosigners.count():
            return
        item = self.cosigners.takeItem(row)
        self.cosigners.insertItem(target, item)
        self.cosigners.setCurrentRow(target)
        self.changed.emit()

    def _fill_delegation(self) -> None:
        """A deputy's case is usually the delegation's of that deputy: fill it in, unless the clerk
        chose another one."""
        chosen = self.delegation.currentData()
        if chosen is not None and chosen != self.filled_delegation:
            return
        name = self.delegation_of.get(self.lead_deputy.currentData(), "")
        index = self.delegation.findText(name) if name else -1
        if index >= 0:
            self.delegation.setCurrentIndex(index)
            self.filled_delegation = self.delegation.currentData()

    def _remove_cosigner(self) -> None:
        row = self.cosigners.currentRow()
        if row >= 0:
            self.cosigners.takeItem(row)
            self.changed.emit()

    def cosigner_ids(self) -> tuple[int, ...]:
        return tuple(int(self.cosigners.item(i).data(Qt.ItemDataRole.UserRole)) for i in range(self.cosigners.count()))

    def choose_session(self, session_id: int | None) -> None:
        """Select ``session_id`` (a new case's default session), listing it first when the picker
        does not offer it yet (it was just registered); the form stays unchanged for the clerk."""
        known = choices(self.db, PickerKind.SESSION, include_retired=True)
        label = next((c.label for c in known if c.id == session_id), None)
        if label is None:
            return
        self.blockSignals(True)
        if self.session.findData(session_id) < 0:
            self.session.insertItem(0, label, session_id)
        self._choose(self.session, session_id)
        self.blockSignals(False)

    @staticmethod
    def _choose(combo: QComboBox, value: object) -> None:
        combo.setCurrentIndex(max(combo.findData(value), 0))

    def load(self, draft: CaseDraft, *, editing: bool) -> None:
        self.blockSignals(True)
        self.filled_delegation = draft.delegation_id
        self._choose(self.session, draft.session_id)
        self.number.setText(draft.number)
        self._choose(self.kind, draft.kind)
        self.kind.setEnabled(not editing)  # a motion becomes a suggestion only by 转为建议
        self.title.setText(draft.title)
        self.body.setPlainText(draft.body)
        day = draft.submitted_on
        self.submitted_on.setDate(QDate(day.year, day.month, day.day))
        self._choose(self.lead_deputy, draft.lead_deputy_id)
        self._choose(self.delegation, draft.delegation_id)
        self.cosigners.clear()
        for deputy_id in draft.cosigner_ids:
            index = self.cosigner_picker.findData(deputy_id)
            item = QListWidgetItem(self.cosigner_picker.itemText(index) if index >= 0 else str(deputy_id))
            item.setData(Qt.ItemDataRole.UserRole, deputy_id)
            self.cosigners.addItem(item)
        self._choose(self.category, draft.category_id)
        self.is_key.setChecked(draft.is_key)
        self.key_designated_by.setText(draft.key_designated_by or "")
        self._choose(self.supervising_leader, draft.supervising_leader_id)
        self._choose(self.supervising_committee, draft.supervising_committee_id)
        self._choose(self.leading_leader, draft.leading_leader_id)
        self.remarks.setText(draft.remarks or "")
        self.blockSignals(False)

    def draft(self) -> CaseDraft:
        submitted = cast(date, self.submitted_on.date().toPython())
        return CaseDraft(
            session_id=self.session.currentData(),
            number=self.number.text(),
            kind=self.kind.currentData(),
            title=self.title.text(),
            submitted_on=submitted,
            body=self.body.toPlainText(),
            category_id=self.category.currentData(),
            lead_deputy_id=self.lead_deputy.currentData(),
            cosigner_ids=self.cosigner_ids(),
            delegation_id=self.delegation.currentData(),
            is_key=self.is_key.isChecked(),
            key_designated_by=self.key_designated_by.text().strip() or None,
            supervising_leader_id=self.supervising_leader.currentData(),
            supervising_committee_id=self.supervising_committee.currentData(),
            leading_leader_id=self.leading_leader.currentData(),
            remarks=self.remarks.text().strip() or None,
        )

    def show_problems(self, problems: list[RuleViolation]) -> None:
        """Every problem of the form at once, each beside its field."""
        self.clear_errors()
        for problem in problems:
            self._show_one(problem.message, problem.rule)

    def _clear_fixed_errors(self) -> None:
        """As the clerk types: the messages of the problems fixed go away (new ones wait for Save)."""
        if not any(label.isVisible() or label.text() for label in self.errors.values()):
            return
        still = {FIELD_OF_RULE.get(problem.rule) for problem in draft_problems(self.draft())}
        for field, label in self.errors.items():
            if label.text() and field not in still and field not in self.refused_by_save:
                label.clear()
                label.hide()

    def show_error(self, message: str, rule: str | None) -> None:
        """Put the refusal next to the field it is about (or above the form)."""
        self.clear_errors()
        self._show_one(message, rule)
        field = FIELD_OF_RULE.get(rule or "")
        if field is not None and rule not in PROBLEMS_OF_DRAFT:
            self.refused_by_save[field] = self._value_of(field)

    def _show_one(self, message: str, rule: str | None) -> None:
        field = FIELD_OF_RULE.get(rule or "")
        if field is not None and field in self.errors:
            self.errors[field].setText(message)
            self.errors[field].show()
        else:
            self.message.setText(message)

    def _value_of(self, field: str) -> object:
        return {"number": self.number.text(), "submitted_on": self.submitted_on.date()}.get(field)

    def _clear_refused_by_save(self) -> None:
        """A refusal of the save (number used, date after the assignment) goes when its field changes."""
        for field, value in list(self.refused_by_save.items()):
            if self._value_of(field) != value:
                del self.refused_by_save[field]
                self.errors[field].clear()
                self.errors[field].hide()

    def clear_errors(self) -> None:
        self.refused_by_save.clear()
        self.message.clear()
        for label in self.errors.values():
            label.clear()
            label.hide()
