"""`casebook screenshot VIEW -o FILE.png`: open the window on a view, let it paint, save a PNG."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QThreadPool, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from casebook.services.admin.accounts import sign_in
from casebook.services.queries.case_search import CaseQuery, fetch_page
from casebook.store.database import open_database
from casebook.ui.application import make_application
from casebook.ui.dialogs.case_editor import CaseEditor
from casebook.ui.dialogs.sign_in import SignInDialog
from casebook.ui.jobs import operation
from casebook.ui.main_window import MainWindow
from casebook.ui.translation import use_language

# views that are a tab of another view: (view, tab index)
TABS = {"deadlines": ("supervision", 1), "follow-ups": ("supervision", 2)}
SIZE = (1280, 800)


def take_screenshot(
    target: str | None,
    view: str,
    output: Path,
    language: str = "zh_CN",
    *,
    credentials: tuple[str, str] | None = None,
) -> Path:
    """A picture of ``view``; on a database with accounts, signed in with ``credentials`` (user name,
    password) — the sign-in dialog's own picture needs none."""
    app = make_application()
    use_language(language)
    db = open_database(target)
    try:
        if credentials is not None:
            sign_in(db, *credentials)
        if view == "sign-in":
            dialog = SignInDialog(db)
            dialog.name.setText("wangli")
            dialog.show()
            _settle(app)
            return _save(dialog, output)
        window = MainWindow(db)
        window.remember_on_close = False  # a picture must not change the clerk's last database
        window.resize(*SIZE)
        shown: QWidget = window
        if view in ("case", "history"):
            first = fetch_page(db, CaseQuery(), 0, 1)
            editor = CaseEditor(db, first[0].id if first else None, window)
            editor.resize(1000, 760)
            if first:  # the handling tab shows most of a case; the history tab, who changed what
                editor.tabs.setCurrentIndex(1 if view == "case" else 2)
            shown = editor
        elif view == "guide":  # 帮助 → 使用说明, beside the window
            shown = window.show_guide()
            shown.resize(900, 760)
        elif view in TABS:
            parent, tab = TABS[view]
            window.show_view(parent)
            window.supervision.tabs.setCurrentIndex(tab)
        elif view in window.views:
            window.show_view(view)
        window.show()
        if shown is not window:
            shown.show()
        _settle(app)
        _save(shown, output)
        window.close()
        return output
    finally:
        db.close()


def _save(shown: QWidget, output: Path) -> Path:
    output.parent.mkdir(parents=True, exist_ok=True)
    if not shown.grab().save(str(output)):
        raise OSError(f"could not write {output}")
    return output


def _settle(app: QApplication) -> None:
    """Let layouts, lazy fetches, the reads on workers and the first paint happen."""
    for _ in range(5):
        app.processEvents()
    for _ in range(600):  # the figures of the view shown, read on a worker (a minute at most)
        if not operation.running():
            break
        QThreadPool.globalInstance().waitForDone(100)
        app.processEvents()
    QTimer.singleShot(200, app.quit)
    app.exec()
    app.processEvents()
