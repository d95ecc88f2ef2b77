"""The settings view over a real database: office settings saved through 保存, refused ones not."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QTableWidgetItem
from pytestqt.qtbot import QtBot

from casebook.domain.enums import AssignmentRole, ContactMethod
from casebook.domain.metrics import RateName
from casebook.domain.office_settings import OfficeSettings, RatingOption
from casebook.services.admin.office import get_settings, update_settings
from casebook.services.queries.case_views import CaseSummary
from casebook.services.steps.assignments import assign_case
from casebook.services.steps.replies import ReplyDraft, record_reply
from casebook.store.database import Database
from casebook.ui.views.settings import SettingsView
from tests.conftest import Seeds
from tests.snapshot import table_contents


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path: Path) -> Iterator[None]:
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    yield


@pytest.fixture
def view(qtbot: QtBot, db: Database) -> SettingsView:
    widget = SettingsView(db)
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def click(qtbot: QtBot, button: object) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_shows_the_stored_settings(view: SettingsView) -> None:
    assert view.deadlines["reply_due_months"].value() == 3
    assert view.deadlines["change_request_days"].value() == 10
    assert [code for code, _, _ in view.results.rows()] == ["A", "B", "C", "D"]
    assert view.ratings.rows()[2] == ("unsatisfied", "不满意", False)
    assert view.resolved.checked_codes() == ("A",)
    assert view.accomplished.checked_codes() == ("A", "B")
    assert view.weights[RateName.ON_TIME].value() == 30
    assert view.changes() == {}
    assert not view.save_button.isEnabled() and not view.revert_button.isEnabled()


def test_a_deadline_is_saved(qtbot: QtBot, view: SettingsView, db: Database) -> None:
    spin = view.deadlines["reply_due_months"]
    spin.selectAll()
    qtbot.keyClicks(spin, "2")
    assert view.changes() == {"reply_due_months": 2}
    assert view.save_button.isEnabled()
    with qtbot.waitSignal(view.settings_saved):
        click(qtbot, view.save_button)
    assert get_settings(db).reply_due_months == 2
    assert view.message.text() == "The settings have been saved."
    assert not view.save_button.isEnabled()


def test_a_new_result_category_counted_as_resolved(qtbot: QtBot, view: SettingsView, db: Database) -> None:
    click(qtbot, view.results.add_button)
    row = view.results.table.rowCount() - 1
    view.results.table.setItem(row, 0, QTableWidgetItem("E"))
    view.results.table.setItem(row, 1, QTableWidgetItem("不予采纳"))
    item = view.resolved.item_for("E")
    assert item is not None and item.checkState() == Qt.CheckState.Unchecked
    item.setCheckState(Qt.CheckState.Checked)
    click(qtbot, view.save_button)
    settings = get_settings(db)
    assert settings.result_category("E") is not None
    assert settings.resolved_categories == ("A", "E")


def test_rating_options_and_weights(qtbot: QtBot, view: SettingsView, db: Database) -> None:
    view.ratings.table.item(1, 2).setCheckState(Qt.CheckState.Unchecked)  # 基本满意 no longer counts
    view.weights[RateName.FACE_TO_FACE].setValue(0)
    view.weights[RateName.ACCOMPLISHMENT].setValue(20)
    click(qtbot, view.save_button)
    settings = get_settings(db)
    assert settings.rating_option("basically_satisfied") == RatingOption("basically_satisfied", "基本满意", False)
    assert settings.unit_score_weights == {
        "on_time_rate": 30,
        "resolution_rate": 30,
        "accomplishment_rate": 20,
        "face_to_face_rate": 0,
        "satisfaction_rate": 30,
    }


def test_an_invalid_value_shows_the_reason_and_saves_nothing(qtbot: QtBot, view: SettingsView, db_target: str) -> None:
    view.deadlines["reply_extended_max_months"].setValue(2)  # shorter than the 3 months to reply
    before = table_contents(db_target)
    click(qtbot, view.save_button)
    assert table_contents(db_target) == before
    assert view.message.text() == (
        "The longest extended reply period (2 months) cannot be shorter than the reply period (3 months)."
    )
    assert view.deadlines["reply_extended_max_months"].value() == 2  # the clerk's value stays to correct
    click(qtbot, view.revert_button)
    assert view.deadlines["reply_extended_max_months"].value() == 6
    assert view.message.text() == "" and view.changes() == {}


def test_a_duplicate_code_is_refused(qtbot: QtBot, view: SettingsView, db_target: str) -> None:
    click(qtbot, view.results.add_button)
    row = view.results.table.rowCount() - 1
    view.results.table.setItem(row, 0, QTableWidgetItem("A"))
    view.results.table.setItem(row, 1, QTableWidgetItem("又一个A"))
    before = table_contents(db_target)
    click(qtbot, view.save_button)
    assert table_contents(db_target) == before
    assert view.message.text() == "The result category code “A” is used twice."


def test_a_result_category_in_use_cannot_be_removed(
    qtbot: QtBot, view: SettingsView, db: Database, db_target: str, seeds: Seeds, courier_case: CaseSummary
) -> None:
    lead = assign_case(db, courier_case.id, seeds.units["市邮政管理局"], AssignmentRole.LEAD, date(2023, 2, 10))
    record_reply(db, lead.id, ReplyDraft(date(2023, 4, 20), "D", ContactMethod.PHONE))
    table = view.results.table
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualItemRect(table.item(3, 1)).center())
    assert view.results.remove_button.isEnabled()
    click(qtbot, view.results.remove_button)
    assert [code for code, _, _ in view.results.rows()] == ["A", "B", "C"]
    before = table_contents(db_target)
    click(qtbot, view.save_button)
    assert table_contents(db_target) == before
    assert view.message.text() == "The result category D is used by 1 replies, so it cannot be removed."


def test_removing_a_category_unticks_it(qtbot: QtBot, view: SettingsView, db: Database) -> None:
    table = view.results.table
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualItemRect(table.item(1, 0)).center())
    click(qtbot, view.results.remove_button)  # B goes, and with it from 办成
    assert view.accomplished.checked_codes() == ("A",)
    click(qtbot, view.save_button)
    settings = get_settings(db)
    assert [c.code for c in settings.result_categories] == ["A", "C", "D"]
    assert settings.accomplished_categories == ("A",)


def test_refresh_shows_changes_made_elsewhere(view: SettingsView, db: Database) -> None:
    update_settings(db, change_request_days=7)
    view.deadlines["reply_due_months"].setValue(4)  # unsaved, dropped by refresh
    view.refresh()
    assert view.deadlines["change_request_days"].value() == 7
    assert view.deadlines["reply_due_months"].value() == OfficeSettings().reply_due_months


def test_the_language_is_kept_on_this_computer(qtbot: QtBot, view: SettingsView, db_target: str) -> None:
    assert view.language.currentData() == "zh_CN"  # the default
    before = table_contents(db_target)
    with qtbot.waitSignal(view.language_changed) as changed:
        view.language.setCurrentIndex(view.language.findData("en"))
    assert changed.args == ["en"]
    assert QSettings().value("language") == "en"
    assert table_contents(db_target) == before
    view.refresh()
    assert view.language.currentText() == "English"
