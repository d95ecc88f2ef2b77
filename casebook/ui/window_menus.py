"""The main window's menus and toolbar: 文件, 编辑, 查看, 用户, 帮助, and the toolbar's most used actions.

Each action is the window's (``MainWindow.menu_action``: disabled in the shell until the register is
attached); what it does is the window's method. Kept apart from main_window.py, which holds the views,
the sign-in and the status bar.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from casebook.i18n import translate

if TYPE_CHECKING:
    from casebook.ui.main_window import MainWindow


def build_menus(window: MainWindow) -> None:
    """The menu bar and the toolbar of ``window``; the actions kept on it as attributes."""
    file_menu = window.menuBar().addMenu(translate("MainWindow", "&File"))
    file_menu.setToolTipsVisible(True)
    new = window.menu_action(translate("MainWindow", "&New case"), QKeySequence.StandardKey.New, window.new_case)
    window.new_action = new
    window.import_action = window.menu_action(
        translate("MainWindow", "&Import a ledger…"), QKeySequence("Ctrl+I"), lambda: window.jobs.ask_import()
    )
    window.export_action = window.menu_action(
        translate("MainWindow", "&Export to Excel…"), QKeySequence("Ctrl+E"), window.ask_export
    )
    window.demo_action = window.menu_action(
        translate("MainWindow", "Load the &demonstration data…"), None, lambda: window.jobs.ask_demo()
    )
    window.backup_action = window.menu_action(
        translate("MainWindow", "&Back up the database"), None, lambda: window.jobs.backup()
    )
    window.restore_action = window.menu_action(
        translate("MainWindow", "&Restore a backup…"), None, lambda: window.jobs.ask_restore()
    )
    quit_action = window.menu_action(translate("MainWindow", "&Quit"), QKeySequence.StandardKey.Quit, window.close)
    window._register_actions.remove(quit_action)  # quitting works in the shell too
    file_menu.addAction(new)
    file_menu.addSeparator()
    for action in (window.import_action, window.export_action, window.demo_action):
        file_menu.addAction(action)
    file_menu.addSeparator()  # the paper loop with handling units (casebook.ui.dialogs.paper_loop)
    window.reply_forms_action = window.menu_action(
        translate("MainWindow", "Read in units' reply &forms…"), None, window.read_in_reply_forms
    )
    window.letters_action = window.menu_action(
        translate("MainWindow", "&Letters and reply forms for units…"), None, window.ask_letters
    )
    file_menu.addAction(window.reply_forms_action)
    file_menu.addAction(window.letters_action)
    file_menu.addSeparator()
    file_menu.addAction(window.backup_action)
    file_menu.addAction(window.restore_action)
    file_menu.addSeparator()
    file_menu.addAction(quit_action)
    edit_menu = window.menuBar().addMenu(translate("MainWindow", "&Edit"))
    find = window.menu_action(translate("MainWindow", "&Find"), QKeySequence.StandardKey.Find, window._find)
    edit_menu.addAction(find)
    view_menu = window.menuBar().addMenu(translate("MainWindow", "&View"))
    refresh = window.menu_action(translate("MainWindow", "&Refresh"), QKeySequence.StandardKey.Refresh, window.refresh)
    view_menu.addAction(refresh)
    user_menu = window.menuBar().addMenu(translate("MainWindow", "&User"))
    user_menu.setToolTipsVisible(True)
    window.switch_user_action = window.menu_action(translate("MainWindow", "&Switch user…"), None, window.switch_user)
    window.password_action = window.menu_action(
        translate("MainWindow", "Change my &password…"), None, window.change_password
    )
    window.accounts_action = window.menu_action(
        translate("MainWindow", "&Manage accounts"), None, lambda: window.show_view("accounts")
    )
    window.audit_action = window.menu_action(
        translate("MainWindow", "Audit &trail"), None, lambda: window.show_view("audit")
    )
    for action in (window.switch_user_action, window.password_action):
        action.setToolTip(translate("MainWindow", "Only on a database with accounts."))
        user_menu.addAction(action)
    user_menu.addSeparator()
    user_menu.addAction(window.audit_action)
    user_menu.addAction(window.accounts_action)
    help_menu = window.menuBar().addMenu(translate("MainWindow", "&Help"))
    window.guide_action = window.menu_action(
        translate("MainWindow", "User &guide"), QKeySequence.StandardKey.HelpContents, window.show_guide
    )
    window.guide_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)  # F1 from any window
    help_menu.addAction(window.guide_action)
    help_menu.addAction(window.menu_action(translate("MainWindow", "&Keyboard shortcuts"), None, window.show_shortcuts))
    help_menu.addSeparator()
    help_menu.addAction(window.menu_action(translate("MainWindow", "&About Casebook"), None, window._show_about))
    help_menu.addAction(  # 校验审计日志 (casebook.ui.dialogs.trail_check)
        window.menu_action(translate("MainWindow", "&Verify the audit trail"), None, window._verify_trail)
    )
    toolbar = window.addToolBar(translate("MainWindow", "Main"))
    toolbar.setObjectName("main_toolbar")
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    for action in (new, find, window.import_action, window.export_action, refresh):
        toolbar.addAction(action)
