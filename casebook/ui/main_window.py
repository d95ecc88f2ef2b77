"""The main window: navigation between the views, menus, toolbar, status bar, remembered geometry.

A cold start shows the window's shell first — its frame, navigation and menus, with 「正在打开…」 in
place of the case list — and attaches the register once it is open (:meth:`MainWindow.attach`; see
casebook.ui.application): this module imports nothing of the database layer (SQLAlchemy, the models,
the services) before that.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, TypeVar, cast, runtime_checkable

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QMenu,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from casebook import clock
from casebook.domain.roles import Permission
from casebook.i18n import translate, translate_n
from casebook.ui.jobs.changes import Changes
from casebook.ui.jobs.operation import LatestRead
from casebook.ui.permissions import allow, may
from casebook.ui.window_menus import build_menus
from casebook.ui.window_views import view_entries

# The database layer, the views, the case editor and the dialogs are imported when first needed:
# the shell shows before the register is open, and each view is built when it is first shown (a
# cold start builds the case list alone).
if TYPE_CHECKING:
    from casebook.services.queries.case_list import CaseListItem
    from casebook.services.queries.deadlines import DeadlineSummary
    from casebook.services.queries.overview import RegisterOverview
    from casebook.services.steps.unit_replies import ReplyImport
    from casebook.store.database import Database
    from casebook.ui.dialogs.case_editor import CaseEditor
    from casebook.ui.dialogs.sign_in import PasswordDialog, SignInDialog
    from casebook.ui.jobs.files import FileJobs
    from casebook.ui.views.accounts import AccountsView
    from casebook.ui.views.audit import AuditView
    from casebook.ui.views.cases import CasesView
    from casebook.ui.views.dashboard import DashboardView
    from casebook.ui.views.help_window import GuideWindow, ShortcutsDialog
    from casebook.ui.views.supervision import SupervisionView

View = TypeVar("View", bound=QWidget)


@runtime_checkable
class ChangeListener(Protocol):
    """A view that reloads what concerns it after a change (see casebook.ui.jobs.changes)."""

    def on_changes(self, changes: Changes) -> None: ...


@dataclass(frozen=True)
class ViewEntry:
    """One place in the navigation: its key, its label and how its view is built."""

    key: str
    label: str
    build: Callable[[], QWidget]


class Views(Mapping[str, QWidget]):
    """The window's views by key, in the navigation's order; looking one up builds it if need be."""

    def __init__(self, window: MainWindow) -> None:
        self._window = window

    def __getitem__(self, key: str) -> QWidget:
        return self._window.view(key)

    def __iter__(self) -> Iterator[str]:
        return iter(self._window.entries)

    def __len__(self) -> int:
        return len(self._window.entries)


class MainWindow(QMainWindow):
    """Emits ``actor_changed`` after another user signed in (the open case editors follow)."""

    actor_changed = Signal()

    # the menus' actions (casebook.ui.window_menus.build_menus)
    new_action: QAction
    import_action: QAction
    export_action: QAction
    demo_action: QAction
    backup_action: QAction
    restore_action: QAction
    reply_forms_action: QAction
    letters_action: QAction
    switch_user_action: QAction
    password_action: QAction
    accounts_action: QAction
    audit_action: QAction
    guide_action: QAction

    def __init__(self, db: Database | None = None) -> None:
        """The window over ``db``; without one, its shell (「正在打开…」) until :meth:`attach`."""
        super().__init__()
        self._db: Database | None = None
        # the clerk's window remembers its size and database; a screenshot's window must not
        self.remember_on_close = True
        self.setWindowTitle(translate("MainWindow", "Casebook — register of deputies' motions and suggestions"))
        self.navigation = QListWidget()
        self.navigation.setFixedWidth(120)
        self.navigation.setEnabled(False)  # until the register is open
        self.stack = QStackedWidget()
        self.opening = QLabel(translate("MainWindow", "Opening the register…"))
        self.opening.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(self.opening)
        self.entries: dict[str, ViewEntry] = {}
        self.built: dict[str, QWidget] = {}  # the views shown at least once (or asked for)
        self.views = Views(self)
        self._jobs: FileJobs | None = None  # see jobs
        self._register_actions: list[QAction] = []  # disabled in the shell, until attach()
        self.sign_in_dialog: SignInDialog | None = None
        self.editors: dict[int, CaseEditor] = {}  # the open case editors by case
        self.guide: GuideWindow | None = None
        self.status_reads = LatestRead(self)  # the status bar's figures, read on a worker
        for key, label, build in view_entries(self):
            self._add_view(key, label, build)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.addWidget(self.navigation)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.navigation.currentRowChanged.connect(self._show_row)
        self.navigation.setCurrentRow(0)
        self.overdue_label = QLabel()
        self.user_label = QLabel()
        self.statusBar().addPermanentWidget(self.overdue_label)
        self.statusBar().addPermanentWidget(self.user_label)
        self.statusBar().showMessage(translate("MainWindow", "Opening the register…"))
        build_menus(self)
        for action in self._register_actions:
            action.setEnabled(False)
        self._show_accounts(False)  # until the signed-in role is known
        self._restore_geometry()
        if db is not None:
            self.attach(db)

    @property
    def db(self) -> Database:
        """The open register (once :meth:`attach` ran)."""
        assert self._db is not None, "the register is not open yet"
        return self._db

    @property
    def attached(self) -> bool:
        return self._db is not None

    @property
    def jobs(self) -> FileJobs:
        """The file jobs (import, export, demo, backup, restore), made when first asked for: a
        cold start does without them."""
        if self._jobs is None:
            from casebook.ui.jobs.files import FileJobs

            self._jobs = FileJobs(self, self.db)
            self._jobs.register_changed.connect(lambda: self.apply_changes(Changes.everything()))
        return self._jobs

    def attach(self, db: Database) -> None:
        """The register is open: the actions and the navigation work, the view in front (the case
        list) is built and reads its first page, then the status bar reads its figures on a worker."""
        self._db = db
        if "cases" in self.built:  # its first page shown already (show_first_page): it goes on from db
            self.cases.attach(db)
        self.statusBar().showMessage(translate("MainWindow", "Database: {location}").format(location=db.location))
        for action in self._register_actions:
            action.setEnabled(True)
        self.navigation.setEnabled(True)
        self._show_row(max(self.navigation.currentRow(), 0))
        self.stack.removeWidget(self.opening)
        self.opening.deleteLater()
        self.apply_role()
        # the status bar's figures once the event loop has painted the case list's first page (its
        # paint is asked for already): a read on a worker meanwhile only holds the paint up
        QTimer.singleShot(0, self, self.refresh_status)

    def show_first_page(self, total: int, rows: Sequence[CaseListItem]) -> None:
        """Before the register is open (a cold start): the case list with its first page and count
        read ahead (casebook.services.queries.first_page) in place of 「正在打开…」; the rest of the
        window waits for :meth:`attach` as in the shell."""
        view = self.cases
        view.show_first_page(total, rows)
        self.stack.setCurrentWidget(view)

    # -- the views, each built when first shown ----------------------------------------------------

    def _add_view(self, key: str, label: str, build: Callable[[], QWidget]) -> None:
        self.entries[key] = ViewEntry(key, label, build)
        self.navigation.addItem(label)

    def view(self, key: str) -> QWidget:
        """The view of ``key``, built (and put in the stack) the first time it is asked for."""
        widget = self.built.get(key)
        if widget is None:
            widget = self.entries[key].build()
            self.built[key] = widget
            self.stack.addWidget(widget)
        return widget

    def _typed(self, key: str, kind: type[View]) -> View:
        widget = self.view(key)
        assert isinstance(widget, kind)
        return widget

    @property
    def cases(self) -> CasesView:
        from casebook.ui.views.cases import CasesView

        return self._typed("cases", CasesView)

    @property
    def dashboard(self) -> DashboardView:
        from casebook.ui.views.dashboard import DashboardView

        return self._typed("dashboard", DashboardView)

    @property
    def supervision(self) -> SupervisionView:
        from casebook.ui.views.supervision import SupervisionView

        return self._typed("supervision", SupervisionView)

    @property
    def audit(self) -> AuditView:
        from casebook.ui.views.audit import AuditView

        return self._typed("audit", AuditView)

    @property
    def accounts(self) -> AccountsView:
        from casebook.ui.views.accounts import AccountsView

        return self._typed("accounts", AccountsView)

    def show_ranking(self, year: int, kind: str) -> None:
        """承办单位排名 at ``year`` and ``kind`` (asked from 统计's 先进承办单位 box)."""
        from casebook.domain.enums import CaseKind
        from casebook.ui.views.ranking import RankingView

        self.show_view("ranking")
        view = self.views["ranking"]
        assert isinstance(view, RankingView)
        view.show_year(year, CaseKind(kind))

    def export_follow_ups(self, path: Path, as_of: date) -> None:
        from casebook.ui.jobs.files import FOLLOW_UPS, ExportRequest

        self.jobs.export(ExportRequest(FOLLOW_UPS, path, as_of=as_of))

    def language_changed(self, language: str) -> None:
        QMessageBox.information(
            self,
            translate("MainWindow", "Language"),
            translate("MainWindow", "The new language is used from the next start of Casebook."),
        )

    def show_view(self, key: str) -> None:
        self.navigation.setCurrentRow(list(self.entries).index(key))

    def current_view_key(self) -> str | None:
        row = self.navigation.currentRow()
        return list(self.entries)[row] if 0 <= row < len(self.entries) else None

    def _show_row(self, row: int) -> None:
        if row >= 0 and self.attached:
            view = self.view(list(self.entries)[row])
            self.stack.setCurrentWidget(view)  # each view refreshes itself when shown

    def refresh(self) -> None:
        """F5: every view built so far reads again what it shows (the one in front at once)."""
        self.apply_changes(Changes.everything())

    def apply_changes(self, changes: Changes) -> None:
        """After a write (a case saved, a step taken, an import, the settings): each view built so
        far hears what changed and reloads what concerns it; the status bar follows the register."""
        from casebook.services.admin.accounts import has_accounts, sign_out

        if self.db.needs_sign_in:
            return  # asked for already; the views are read again once someone signs in
        actor = self.db.actor
        if actor is not None and actor.account_id is None and has_accounts(self.db):
            # a restored backup (or another client) brought accounts: from now on everyone signs in
            sign_out(self.db)
            self.sign_in_again(translate("MainWindow", "This database has accounts now: sign in to go on."))
            return
        for view in list(self.built.values()):
            if isinstance(view, ChangeListener):
                view.on_changes(changes)
        if changes.register or changes.settings:
            self.refresh_status()

    # -- who is working ----------------------------------------------------------------------------

    def apply_role(self) -> None:
        """Show what the signed-in user's role may do: the rest is disabled with the reason."""
        from casebook.services.admin.accounts import person_name

        actor = self.db.actor
        if actor is None:
            self.user_label.setText(translate("MainWindow", "Not signed in"))
        elif actor.account_id is None:
            # no accounts: the computer's own user (often 「root」 or 「Administrator」) is no one's name
            self.user_label.setText(translate("MainWindow", "Local administrator (no accounts)"))
            self.user_label.setToolTip(translate("MainWindow", "Computer user: {name}").format(name=actor.name))
        else:
            self.user_label.setText(
                translate("MainWindow", "Signed in: {name} ({role})").format(
                    name=person_name(self.db, actor), role=actor.role.label
                )
            )
            self.user_label.setToolTip(translate("MainWindow", "Account: {name}").format(name=actor.name))
        allow(self.new_action, self.db, Permission.EDIT_CASES)
        allow(self.import_action, self.db, Permission.EDIT_CASES)
        allow(self.reply_forms_action, self.db, Permission.EDIT_CASES)
        allow(self.demo_action, self.db, Permission.EDIT_SETTINGS)
        allow(self.restore_action, self.db, Permission.EDIT_SETTINGS)
        managing = may(self.db, Permission.MANAGE_ACCOUNTS)
        self._show_accounts(managing)
        if actor is not None and not managing and self.current_view_key() == "accounts":
            self.show_view("cases")
        with_account = actor is not None and actor.account_id is not None
        self.switch_user_action.setEnabled(with_account)
        self.password_action.setEnabled(with_account)
        for view in list(self.built.values()):
            apply = getattr(view, "apply_role", None)
            if callable(apply):
                apply()
        self.actor_changed.emit()

    def _show_accounts(self, shown: bool) -> None:
        self.accounts_action.setVisible(shown)
        self.navigation.item(list(self.entries).index("accounts")).setHidden(not shown)

    def sign_in_again(self, reason: str = "") -> SignInDialog | None:
        """Nobody is signed in any more (switched user, account switched off, accounts created):
        ask for a name and password; giving up closes the window. The open forms keep their text."""
        from casebook.services.admin.accounts import sign_out
        from casebook.ui.dialogs.sign_in import SignInDialog

        if self.sign_in_dialog is not None and self.sign_in_dialog.isVisible():
            return self.sign_in_dialog
        if not self.db.needs_sign_in:
            sign_out(self.db)
        dialog = SignInDialog(self.db, self, reason=reason)
        dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        dialog.accepted.connect(self._signed_in)
        dialog.rejected.connect(self.close)
        self.sign_in_dialog = dialog
        self.apply_role()
        dialog.open()
        return dialog

    def _signed_in(self) -> None:
        self.apply_role()
        self.apply_changes(Changes.everything())
        self.statusBar().showMessage(self.user_label.text(), 5000)

    def switch_user(self) -> SignInDialog | None:
        """用户 → 切换用户: sign out, then someone signs in."""
        from casebook.services.admin.accounts import sign_out

        sign_out(self.db)
        return self.sign_in_again(translate("MainWindow", "Signed out. Sign in as another user, or quit."))

    def change_password(self) -> PasswordDialog:
        from casebook.ui.dialogs.sign_in import PasswordDialog

        dialog = PasswordDialog(self.db, self)
        dialog.accepted.connect(
            lambda: self.statusBar().showMessage(translate("MainWindow", "Your password has been changed."), 10_000)
        )
        dialog.open()
        self.password_dialog = dialog
        return dialog

    def accounts_started(self) -> None:
        self.sign_in_again(
            translate(
                "MainWindow",
                "The first account has been created: from now on everyone signs in to this database. "
                "Sign in with it to go on.",
            )
        )

    def refresh_status(self) -> None:
        """The status bar's register figures, read on a worker (seconds on a large register)."""
        from casebook.services.queries.deadlines import deadline_summary
        from casebook.services.queries.overview import register_overview

        if self.db.needs_sign_in:
            return
        db = self.db
        self.status_reads.run(lambda: (register_overview(db), deadline_summary(db, clock.today())), self._show_status)

    def _show_status(self, figures: object) -> None:
        overview, deadlines = cast("tuple[RegisterOverview, DeadlineSummary]", figures)
        self.overdue_label.setText(
            translate("MainWindow", "{register}; {overdue}, {soon}").format(
                register=translate_n("MainWindow", "%n cases in the register", overview.total),
                overdue=translate_n("MainWindow", "%n replies overdue", deadlines.overdue),
                soon=translate_n("MainWindow", "%n due this week", deadlines.due_soon),
            )
        )

    def new_case(self) -> CaseEditor | None:
        if not may(self.db, Permission.EDIT_CASES):
            return None
        return self._open_editor(None)

    def open_case(self, case_id: int) -> CaseEditor:
        return self._open_editor(case_id)

    def _open_editor(self, case_id: int | None) -> CaseEditor:
        """One editor per case: opening a case whose editor is open brings that one to the front
        (two editors of one case would refuse each other's saves as 「已被他人修改」)."""
        if case_id is not None and case_id in self.editors:
            editor = self.editors[case_id]
            editor.showNormal()
            editor.raise_()
            editor.activateWindow()
            return editor
        from casebook.ui.dialogs.case_editor import CaseEditor

        editor = CaseEditor(self.db, case_id, self)
        editor.saved.connect(lambda saved_id: self._editor_saved(editor, saved_id))
        editor.changed.connect(self.apply_changes)
        editor.open_case.connect(self.open_case)
        self.actor_changed.connect(editor.apply_role)
        editor.finished.connect(lambda _result: self._editor_closed(editor))
        if case_id is not None:
            self.editors[case_id] = editor
        editor.open()
        self.editor = editor
        return editor

    def _editor_saved(self, editor: CaseEditor, case_id: int) -> None:
        if editor.case_id is not None:  # a new case, once registered, is that case's editor
            self.editors.setdefault(editor.case_id, editor)

    def _editor_closed(self, editor: CaseEditor) -> None:
        self.actor_changed.disconnect(editor.apply_role)
        for case_id in [key for key, open_editor in self.editors.items() if open_editor is editor]:
            del self.editors[case_id]

    def menu_action(
        self, text: str, shortcut: QKeySequence | QKeySequence.StandardKey | None, slot: Callable[[], object]
    ) -> QAction:
        """An action of the menus, disabled in the shell until the register is attached."""
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(lambda _checked=False: slot())
        self._register_actions.append(action)
        return action

    def _verify_trail(self) -> None:
        from casebook.ui.dialogs.trail_check import show_trail_check

        show_trail_check(self, self.db)

    def read_in_reply_forms(self) -> None:
        """文件 → 导入单位答复表: the forms read and rehearsed on a worker, a preview, then the replies."""
        from casebook.ui.dialogs.paper_loop import ReplyFormsReading, choose_reply_forms

        paths = choose_reply_forms(self)
        if paths:
            self.reply_forms_reading = ReplyFormsReading(self, self.db)
            self.reply_forms_reading.recorded.connect(self._reply_forms_recorded)
            self.reply_forms_reading.start(paths)

    def _reply_forms_recorded(self, outcome: ReplyImport) -> None:
        from casebook.ui.dialogs.paper_loop import preview_lines

        self.apply_changes(Changes.everything())
        lines = [
            translate("MainWindow", "{recorded} replies recorded, {refused} refused.").format(
                recorded=len(outcome.recorded), refused=len(outcome.refused)
            ),
            *preview_lines(outcome)[len(outcome.recorded) :],
        ]
        QMessageBox.information(self, translate("MainWindow", "Units' reply forms"), "\n".join(lines))

    def ask_letters(self) -> None:
        from casebook.ui.dialogs.paper_loop import LettersDialog

        self.letters_dialog = LettersDialog(self.db, self, unit=self._selected_case_unit())
        if self.current_view_key() in ("supervision", "deadlines"):  # from 督办 or 期限: the 催办函
            self.letters_dialog.kind.setCurrentIndex(self.letters_dialog.kind.findData("reminder"))
        self.letters_dialog.open()

    def _selected_case_unit(self) -> str | None:
        """The first lead unit of the case selected in the case list, when that list is shown."""
        if self.current_view_key() != "cases":
            return None
        rows = self.cases.table.selectionModel().selectedRows()
        units = self.cases.model.case_at(rows[0].row()).lead_units if rows else ()
        return units[0] if units else None

    def _find(self) -> None:
        self.show_view("cases")
        self.cases.focus_search()

    def ask_export(self) -> None:
        from casebook.ui.dialogs.export import ExportDialog

        dialog = ExportDialog(self)
        dialog.accepted.connect(lambda: self.jobs.export(dialog.request()))
        dialog.open()
        self.export_dialog = dialog

    def export_from_dashboard(self, report: str, path: str) -> None:
        from casebook.ui.jobs.files import ANNUAL, MONTHLY, ExportRequest

        view = self.dashboard
        kind, as_of = view.case_kind(), view.as_of()
        if report == MONTHLY:
            request = ExportRequest(report, Path(path), year=view.year(), kind=kind, month=view.report_month())
        else:
            assert report == ANNUAL
            request = ExportRequest(report, Path(path), year=view.year(), kind=kind, as_of=as_of)
        self.jobs.export(request)

    def offer_first_start(self) -> None:
        """On an empty database: load the demo data, import a ledger, or start empty (asked once per database)."""
        from casebook.ui.dialogs.first_start import ask_how_to_begin

        box = ask_how_to_begin(self)
        if box is not None:
            self.first_start = box

    def about_text(self) -> str:
        from casebook import __version__
        from casebook.store.migrate import head_revision

        revision = self.db.migration.after if self.db.migration is not None else head_revision()
        return translate(
            "MainWindow",
            "Casebook {version}\nThe register of deputies' motions and suggestions (代表议案建议办理台账)\n\n"
            "Database: {location}\nSchema revision: {revision}",
        ).format(version=__version__, location=self.db.location, revision=revision)

    def show_guide(self) -> GuideWindow:
        """帮助 → 使用说明 (F1): one guide window, brought to the front when open already."""
        if self.guide is None:
            from casebook.ui.views.help_window import GuideWindow

            self.guide = GuideWindow(self)
        self.guide.show()
        self.guide.raise_()
        self.guide.activateWindow()
        return self.guide

    def show_shortcuts(self) -> ShortcutsDialog:
        from casebook.ui.views.help_window import ShortcutsDialog

        actions = [a for menu in self.menuBar().findChildren(QMenu) for a in menu.actions()]
        dialog = ShortcutsDialog(list(dict.fromkeys(actions)), self)
        dialog.open()
        self.shortcuts_dialog = dialog
        return dialog

    def _show_about(self) -> None:
        QMessageBox.about(self, translate("MainWindow", "About Casebook"), self.about_text())

    def _restore_geometry(self) -> None:
        geometry = QSettings().value("main_window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        if self.remember_on_close:
            settings = QSettings()
            settings.setValue("main_window/geometry", self.saveGeometry())
            if self._db is not None:
                settings.setValue("last_database", self._db.location)
        super().closeEvent(event)
