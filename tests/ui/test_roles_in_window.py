"""A viewer's and a clerk's window: what the role may not do is disabled and says why; what the
service refuses anyway is shown as a message, never as a traceback."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from casebook.domain.enums import UnitKind
from casebook.domain.errors import Forbidden
from casebook.domain.roles import Permission, Role
from casebook.services.admin import reference
from casebook.services.queries.case_views import CaseSummary
from casebook.store.database import Database
from casebook.ui.dialogs.case_editor import CaseEditor
from casebook.ui.error_handling import ErrorReporter
from casebook.ui.main_window import MainWindow
from casebook.ui.views.reference import ReferenceView
from casebook.ui.views.settings import SettingsView
from tests.ui.accounts_helpers import client, create_office_accounts


def window_of(qtbot: QtBot, db: Database) -> MainWindow:
    window = MainWindow(db)
    window.remember_on_close = False
    qtbot.addWidget(window)
    window.show()
    return window


def view(window: MainWindow, key: str) -> QWidget:
    window.show_view(key)
    return window.views[key]


@pytest.fixture
def office(db: Database, courier_case: CaseSummary) -> Database:
    create_office_accounts(db)
    return db


@pytest.fixture
def viewer(office: Database, db_target: str) -> Iterator[Database]:
    other = client(db_target, "viewer-chen")
    yield other
    other.close()


@pytest.fixture
def clerk(office: Database, db_target: str) -> Iterator[Database]:
    other = client(db_target, "clerk-li")
    yield other
    other.close()


def test_a_viewer_reads_and_exports_but_changes_nothing(
    qtbot: QtBot, viewer: Database, courier_case: CaseSummary
) -> None:
    window = window_of(qtbot, viewer)
    assert window.user_label.text() == "Signed in: 陈静 (viewer)"
    for action in (window.new_action, window.import_action, window.demo_action, window.restore_action):
        assert not action.isEnabled()
    assert (
        window.new_action.toolTip() == "viewer-chen (viewer) may not register and handle cases; ask an administrator."
    )
    assert "change the office's settings" in window.restore_action.toolTip()
    assert window.export_action.isEnabled() and window.backup_action.isEnabled()
    assert not window.cases.new_button.isEnabled()
    assert "may not register and handle cases" in window.cases.new_button.toolTip()
    assert window.cases.model.total == 1  # reads everything
    references = view(window, "reference")
    assert isinstance(references, ReferenceView)
    references.table.selectRow(0)
    for button in (references.add_button, references.edit_button, references.retire_button, references.delete_button):
        assert not button.isEnabled() and "may not change reference data" in button.toolTip()
    settings = view(window, "settings")
    assert isinstance(settings, SettingsView)
    settings.deadlines["reply_due_months"].setValue(4)
    assert not settings.save_button.isEnabled()
    assert "may not change the office's settings" in settings.save_button.toolTip()
    assert window.navigation.item(list(window.views).index("accounts")).isHidden()
    assert not window.accounts_action.isVisible()
    assert window.navigation.item(list(window.views).index("audit")).isHidden() is False
    editor = window.open_case(courier_case.id)
    assert not editor.save_button.isEnabled()
    assert not any(button.isEnabled() for button in editor.action_buttons.values())
    editor.form.title.insert("（查阅人误输入）")
    assert editor.dirty
    editor.reject()  # nothing a viewer could save: the editor closes without asking
    assert not editor.isVisible()
    assert window.new_case() is None  # Ctrl+N does nothing for a viewer


def test_a_clerk_handles_cases_but_not_reference_data_settings_or_accounts(
    qtbot: QtBot, clerk: Database, courier_case: CaseSummary
) -> None:
    window = window_of(qtbot, clerk)
    assert window.new_action.isEnabled() and window.import_action.isEnabled()
    assert window.cases.new_button.isEnabled() and window.cases.new_button.toolTip() == ""
    assert not window.demo_action.isEnabled() and not window.restore_action.isEnabled()
    editor = window.open_case(courier_case.id)
    assert isinstance(editor, CaseEditor)
    assert editor.save_button.isEnabled()
    editor.close()
    references = view(window, "reference")
    assert isinstance(references, ReferenceView)
    assert not references.add_button.isEnabled()
    assert "clerk-li (clerk) may not change reference data" in references.add_button.toolTip()
    assert window.navigation.item(list(window.views).index("accounts")).isHidden()


def test_an_administrator_sees_the_accounts(qtbot: QtBot, office: Database) -> None:
    window = window_of(qtbot, office)
    assert window.user_label.text() == "Signed in: 周敏 (administrator)"
    assert not window.navigation.item(list(window.views).index("accounts")).isHidden()
    for action in (window.new_action, window.import_action, window.demo_action, window.restore_action):
        assert action.isEnabled()
    references = view(window, "reference")
    assert isinstance(references, ReferenceView)
    assert references.add_button.isEnabled() and references.add_button.toolTip() == ""


def test_a_refusal_nobody_caught_is_a_message_not_a_traceback(qtbot: QtBot, viewer: Database, tmp_path: Path) -> None:
    window = window_of(qtbot, viewer)
    reporter = ErrorReporter(tmp_path / "casebook.log")
    with pytest.raises(Forbidden) as refused:
        reference.add_unit(viewer, "市水利局", UnitKind.GOVERNMENT)
    reporter.handle(Forbidden, refused.value, refused.value.__traceback__)
    box = reporter.message_box
    assert box is not None and box.isVisible()
    assert box.text() == "viewer-chen (viewer) may not change reference data; ask an administrator."
    assert "unexpected" not in box.windowTitle() and "Traceback" not in box.text()
    assert refused.value.role is Role.VIEWER and refused.value.permission is Permission.EDIT_REFERENCE
    assert window.isVisible()


def test_a_viewer_may_not_record_projects_or_opinions_and_a_clerk_may(
    qtbot: QtBot, viewer: Database, clerk: Database
) -> None:
    from casebook.ui.views.opinions import OpinionView
    from casebook.ui.views.projects import ProjectView

    refusal = "viewer-chen (viewer) may not register and handle cases; ask an administrator."
    for db, allowed in ((viewer, False), (clerk, True)):
        window = window_of(qtbot, db)
        opinions = view(window, "opinions")
        assert isinstance(opinions, OpinionView)
        qtbot.waitUntil(lambda v=opinions: not v.busy, timeout=30_000)  # type: ignore[misc]
        projects = view(window, "projects")
        assert isinstance(projects, ProjectView)
        qtbot.waitUntil(lambda v=projects: not v.reads.busy, timeout=30_000)  # type: ignore[misc]
        for button in (opinions.new_button, opinions.import_button, projects.new_button):
            assert button.isEnabled() is allowed, button.text()
            assert (button.toolTip() == refusal) is not allowed, button.toolTip()
        for button in (opinions.pass_button, opinions.close_button, projects.milestone_button):
            assert not button.isEnabled()  # nothing chosen
        window.close()
