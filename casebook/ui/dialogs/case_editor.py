"""The case editor: registration form, handling steps and history of one case."""

from __future__ import annotations

from PySide6.QtCore import QMetaMethod, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from casebook.domain.errors import CasebookError, NotSignedIn, RuleViolation, StaleVersion
from casebook.domain.roles import Permission
from casebook.domain.workflow import Action
from casebook.i18n import translate
from casebook.services.admin.audit import case_history
from casebook.services.admin.office import get_settings
from casebook.services.queries.case_views import CaseDetail, case_detail
from casebook.services.steps.cases import CaseDraft, case_draft, draft_problems, edit_case, register_case
from casebook.services.steps.current_session import session_for_new_case
from casebook.services.steps.step_checks import refused_steps
from casebook.store.database import Database
from casebook.ui.dialogs.attachments_tab import AttachmentsPanel
from casebook.ui.dialogs.case_actions import EDITOR_ACTIONS, build_step
from casebook.ui.dialogs.case_form import CaseForm
from casebook.ui.dialogs.case_records import case_record_widgets
from casebook.ui.dialogs.handling_tab import handling_widgets
from casebook.ui.dialogs.sign_in import ask_to_sign_in_again
from casebook.ui.dialogs.step_dialog import StepDialog, refusal_text
from casebook.ui.jobs.changes import Changes
from casebook.ui.permissions import allow, may
from casebook.ui.views.audit import change_text, full_change_text
from casebook.ui.views.similar_panel import SimilarCasesPanel

SIMILAR_DELAY_MS = 400  # after the last key typed in the title or content, the similar cases are asked for


def _table(headers: list[str], rows: list[list[str]]) -> QTableWidget:
    table = QTableWidget(len(rows), len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.setItem(r, c, QTableWidgetItem(value))
    table.resizeColumnsToContents()
    table.horizontalHeader().setStretchLastSection(True)
    return table


class CaseEditor(QDialog):
    """Emits ``saved(case_id)`` and ``changed(Changes)`` after every successful save or handling
    step, and ``open_case(case_id)`` to open another case (the main window keeps one editor per case)."""

    saved = Signal(int)
    open_case = Signal(int)
    changed = Signal(object)  # the Changes of a save or a step (casebook.ui.jobs.changes)

    def __init__(self, db: Database, case_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.case_id = case_id
        self.version: int | None = None
        self.detail: CaseDetail | None = None
        self.step_dialog: StepDialog | None = None  # the form of the step being taken
        self.dirty = False
        self.form = CaseForm(db)
        self.save_button = QPushButton(translate("CaseEditor", "Save"))
        self.action_buttons: dict[Action, QPushButton] = {a: QPushButton(a.label) for a in EDITOR_ACTIONS}
        self.handling = QVBoxLayout()
        self.history = QVBoxLayout()
        self.tabs = QTabWidget()
        self.similar = SimilarCasesPanel(db)
        self.attachments = AttachmentsPanel(db)  # 附件: files kept with the case
        self.similar_refresh = QTimer(self)  # the similar cases follow the title and content as typed
        self.similar_refresh.setSingleShot(True)
        self.similar_refresh.setInterval(SIMILAR_DELAY_MS)
        self._build()
        self.form.changed.connect(self._mark_dirty)
        self.form.title.textChanged.connect(lambda _text: self.similar_refresh.start())
        self.form.body.textChanged.connect(self.similar_refresh.start)
        self.similar_refresh.timeout.connect(self.refresh_similar)
        self.similar.counted.connect(self._show_similar_count)
        self.similar.open_case.connect(self.open_other_case)
        self.save_button.clicked.connect(self.save)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self).activated.connect(self.save)
        for action, button in self.action_buttons.items():
            button.clicked.connect(lambda _checked=False, a=action: self.run_step(a))
        self.resize(900, 720)
        self.reload()

    def _build(self) -> None:
        registration = QWidget()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.save_button)
        box = QVBoxLayout(registration)
        box.addWidget(scroll, 1)
        box.addLayout(bottom)
        handling = QWidget()
        buttons = QGridLayout()
        for i, button in enumerate(self.action_buttons.values()):
            buttons.addWidget(button, i // 6, i % 6)
        outer = QVBoxLayout(handling)
        outer.addLayout(buttons)
        outer.addLayout(self.handling, 1)
        history = QWidget()
        history.setLayout(self.history)
        self.tabs.addTab(registration, translate("CaseEditor", "Registration"))
        self.tabs.addTab(handling, translate("CaseEditor", "Handling"))
        self.tabs.addTab(history, translate("CaseEditor", "History"))
        self.tabs.addTab(self.similar, translate("CaseEditor", "Similar cases"))
        self.tabs.addTab(self.attachments, translate("CaseEditor", "Attachments"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)

    def reload(self) -> None:
        """Show the case as stored (after opening, a save or a handling step)."""
        if self.case_id is None:
            self.setWindowTitle(translate("CaseEditor", "New case"))
            self.form.choose_session(session_for_new_case(self.db))  # this year's, per clock.today()
            self.apply_role()
            self.tabs.setTabEnabled(1, False)
            self.tabs.setTabEnabled(2, False)
            return
        self.detail = case_detail(self.db, self.case_id)
        summary = self.detail.summary
        self.version = summary.version
        self.setWindowTitle(f"{summary.label}  {summary.title}")
        self.form.load(case_draft(self.db, self.case_id), editing=True)
        self.dirty = False
        self.apply_role()
        self.tabs.setTabEnabled(1, True)
        self.tabs.setTabEnabled(2, True)
        self._show_handling(self.detail)
        self._show_history(self.detail)
        self.attachments.show_case(self.case_id)
        self.refresh_similar()  # at once for the case opened (loading the form restarted the timer)

    def apply_role(self) -> None:
        """Enable what the case's state allows and the signed-in role may do (after a reload, or
        after another user signed in)."""
        allowed = self.detail.summary.allowed_actions if self.detail is not None and self.case_id is not None else ()
        # each step's button from the checks its service runs; the rule that says no as its tooltip
        # (read only for someone who may handle cases: nobody is signed in after a switched-off account)
        handles = self.case_id is not None and may(self.db, Permission.EDIT_CASES)
        refused = refused_steps(self.db, self.case_id, EDITOR_ACTIONS) if handles and self.case_id else {}
        for action, button in self.action_buttons.items():
            refusal = refused.get(action)
            taken = self.case_id is not None and refusal is None
            enabled = allow(button, self.db, Permission.EDIT_CASES, enabled=taken)
            if not enabled and refusal is not None and may(self.db, Permission.EDIT_CASES):
                button.setToolTip(refusal_text(refusal))
        editable = self.case_id is None or Action.EDIT in allowed
        allow(self.save_button, self.db, Permission.EDIT_CASES, enabled=editable)

    def _replace(self, layout: QVBoxLayout, widgets: list[QWidget]) -> None:
        while layout.count():
            item = layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        for widget in widgets:
            layout.addWidget(widget)

    def _show_handling(self, detail: CaseDetail) -> None:
        records = case_record_widgets(self.db, detail.summary.id, self.reload)  # 优秀议案建议, evaluations, 三见面
        self._replace(self.handling, [*records, *handling_widgets(detail, get_settings(self.db))])

    def _show_history(self, detail: CaseDetail) -> None:
        """Each step of the case, oldest first: when, who, and what it changed, in words."""
        entries = case_history(self.db, detail.summary.id)
        table = _table(
            [
                translate("CaseEditor", "Date"),
                translate("CaseEditor", "Recorded"),
                translate("CaseEditor", "User"),
                translate("CaseEditor", "Step"),
                translate("CaseEditor", "Changes"),
            ],
            [
                [
                    e.business_date.isoformat() if e.business_date else "",
                    e.recorded_at.strftime("%Y-%m-%d %H:%M"),
                    e.user,
                    e.what,
                    "\n".join(change_text(c) for c in e.changes),
                ]
                for e in entries
            ],
        )
        for row, entry in enumerate(entries):
            item = table.item(row, 4)
            if item is not None and entry.changes:
                item.setToolTip("\n".join(full_change_text(c) for c in entry.changes))
        table.setWordWrap(True)
        table.resizeRowsToContents()
        self.history_table = table
        self._replace(self.history, [table])

    def _mark_dirty(self) -> None:
        self.dirty = True

    def refresh_similar(self) -> None:
        """Ask for the cases similar to the form's title and content (other than this case)."""
        self.similar_refresh.stop()
        self.similar.show_for_text(self.form.title.text(), self.case_id, body=self.form.body.toPlainText())

    def _show_similar_count(self, count: int) -> None:
        index = self.tabs.indexOf(self.similar)
        if count < 0:
            return  # looking: the tab keeps the last count until the answer
        self.tabs.setTabText(index, translate("CaseEditor", "Similar cases ({count})").format(count=count))

    def open_other_case(self, case_id: int) -> None:
        """Open a similar case in an editor of its own: the main window's (one per case) when this
        editor belongs to one, else a child of this editor (its saves are this editor's too)."""
        if self.isSignalConnected(QMetaMethod.fromSignal(self.open_case)):
            self.open_case.emit(case_id)
            return
        other = CaseEditor(self.db, case_id, self)
        other.saved.connect(self.saved)
        other.changed.connect(self.changed)
        other.open()

    def save(self) -> bool:
        """Save the registration form; a refusal is shown next to its field and the form stays."""
        draft: CaseDraft = self.form.draft()
        problems = draft_problems(draft)
        if problems:  # all of them at once, each beside its field
            self.form.show_problems(problems)
            return False
        try:
            if self.case_id is None:
                summary = register_case(self.db, draft)
            else:
                summary = edit_case(self.db, self.case_id, self.version or 0, draft)
        except StaleVersion as error:
            self.form.show_error(error.message, None)
            self._offer_reload(error)
            return False
        except CasebookError as error:
            self.form.show_error(error.message, error.rule if isinstance(error, RuleViolation) else None)
            if isinstance(error, NotSignedIn):
                ask_to_sign_in_again(self, error)
            return False
        self.form.clear_errors()
        self.case_id = summary.id
        self.reload()
        self.saved.emit(summary.id)
        self.changed.emit(Changes.of_cases((summary.id,), assignments=False))
        return True

    def _offer_reload(self, error: StaleVersion) -> QMessageBox:
        """Someone saved the case after it was opened here: show theirs (重新载入), or keep editing
        (the form keeps what the clerk typed, to copy from; it cannot overwrite their save)."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(translate("CaseEditor", "Changed by someone else"))
        box.setText(error.message)
        box.setInformativeText(
            translate(
                "CaseEditor",
                "Reload shows the case as saved now; what you typed here is then dropped. "
                "Keep editing to copy your text first.",
            )
        )
        self.reload_button = box.addButton(translate("CaseEditor", "Reload"), QMessageBox.ButtonRole.AcceptRole)
        self.keep_editing_button = box.addButton(
            translate("CaseEditor", "Keep editing"), QMessageBox.ButtonRole.RejectRole
        )
        box.setDefaultButton(self.keep_editing_button)

        def answer(button: object) -> None:
            if button is self.reload_button:
                self.form.clear_errors()
                self.reload()

        box.buttonClicked.connect(answer)
        box.open()
        self.stale_box = box
        return box

    def run_step(self, action: Action) -> None:
        """Open the step's form; OK takes the step, and a refusal keeps the form open with the
        message beside its field and everything typed (the dialog is ``step_dialog``)."""
        if self.detail is None or self.case_id is None:
            return
        case_id = self.case_id
        signers = case_draft(self.db, case_id)
        signer_ids = tuple(i for i in (signers.lead_deputy_id, *signers.cosigner_ids) if i is not None)
        step = build_step(self.db, action, self.detail, signer_ids)

        def taken(_result: object) -> None:
            self.reload()
            self.saved.emit(case_id)
            self.changed.emit(Changes.of_cases((case_id,)))

        # the service call runs on a worker; the form stays open with a refusal
        self.step_dialog = StepDialog.ask(self, step.form, step.run, taken)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        if self._may_close():
            super().closeEvent(event)
        else:
            event.ignore()

    def reject(self) -> None:
        if self._may_close():
            super().reject()

    def _may_close(self) -> bool:
        if not self.dirty or not may(self.db, Permission.EDIT_CASES):
            return True  # nothing that could be saved
        answer = QMessageBox.question(
            self,
            translate("CaseEditor", "Unsaved changes"),
            translate("CaseEditor", "The case has changes that are not saved. Save them?"),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard
