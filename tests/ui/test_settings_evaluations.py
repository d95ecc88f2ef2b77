"""The settings view's evaluation settings (the office's kinds of evaluation, the grades and their
points, the weight in a unit's score) shown, saved through 保存 and refused in the clerk's words with
nothing saved; a screenshot in Chinese."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QScrollArea, QTableWidgetItem
from pytestqt.qtbot import QtBot

from casebook.services.admin.office import get_settings, update_settings
from casebook.store.database import Database
from casebook.ui.views.settings import SettingsView

SHOTS = Path(os.environ.get("CASEBOOK_SHOTS", "/tmp/casebook-shots"))
DEFAULT_GRADES = {"优秀": 95, "良好": 85, "合格": 75, "不合格": 60}


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path: Path) -> Iterator[None]:
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    yield


@pytest.fixture
def view(qtbot: QtBot, db: Database) -> SettingsView:
    widget = SettingsView(db)
    qtbot.addWidget(widget)
    widget.resize(1100, 760)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def save(qtbot: QtBot, view: SettingsView) -> None:
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)


def add_row(qtbot: QtBot, table: object, first: str, second: str) -> None:
    qtbot.mouseClick(table.add_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    grid = table.table  # type: ignore[attr-defined]
    row = grid.rowCount() - 1
    grid.setItem(row, 0, QTableWidgetItem(first))
    grid.setItem(row, 1, QTableWidgetItem(second))


def test_shows_the_stored_evaluation_settings(qtbot: QtBot, db: Database) -> None:
    update_settings(db, evaluation_kinds=("代表小组评议",), evaluation_weight=20)
    widget = SettingsView(db)
    qtbot.addWidget(widget)
    box = widget.evaluations
    assert [name for _, name, _ in box.kinds.rows()] == ["代表小组评议"]
    assert [(grade, points) for grade, points, _ in box.grades.rows()] == [
        (g, str(p)) for g, p in DEFAULT_GRADES.items()
    ]
    assert box.weight.value() == 20
    assert widget.changes() == {}


def test_a_kind_a_grade_and_the_weight_are_saved(qtbot: QtBot, view: SettingsView, db: Database) -> None:
    box = view.evaluations
    add_row(qtbot, box.kinds, "", "代表小组评议")
    add_row(qtbot, box.grades, "较差", "40")
    box.weight.selectAll()
    qtbot.keyClicks(box.weight, "25")
    assert view.changes() == {
        "evaluation_kinds": ("代表小组评议",),
        "evaluation_grades": {**DEFAULT_GRADES, "较差": 40},
        "evaluation_weight": 25,
    }
    assert view.save_button.isEnabled()
    with qtbot.waitSignal(view.settings_saved):
        save(qtbot, view)
    stored = get_settings(db)
    assert stored.evaluation_kinds == ("代表小组评议",)
    assert stored.evaluation_grades == {**DEFAULT_GRADES, "较差": 40}
    assert stored.evaluation_weight == 25
    assert view.changes() == {} and not view.save_button.isEnabled()


@pytest.mark.parametrize(
    ("kind", "grade", "points", "message"),
    [
        ("人大评议", "", "", "other than 人大评议 and 第三方评估"),
        ("", "较差", "四十", "Each grade is worth 0 to 100 points."),
        ("", "较差", "120", "Each grade is worth 0 to 100 points."),
        ("", "", "40", "A grade worth 40 points needs its name."),
    ],
)
def test_bad_evaluation_settings_are_refused_and_nothing_saved(
    qtbot: QtBot, view: SettingsView, db: Database, kind: str, grade: str, points: str, message: str
) -> None:
    before = get_settings(db)
    if kind:
        add_row(qtbot, view.evaluations.kinds, "", kind)
    if grade or points:
        add_row(qtbot, view.evaluations.grades, grade, points)
    assert view.save_button.isEnabled()
    save(qtbot, view)
    assert message in view.message.text()
    assert get_settings(db) == before
    assert view.save_button.isEnabled()  # the edits stay in the form to be put right


def test_in_chinese(qtbot: QtBot, db: Database, chinese: None) -> None:
    widget = SettingsView(db)
    qtbot.addWidget(widget)
    widget.resize(1100, 900)
    widget.show()
    qtbot.waitExposed(widget)
    box = widget.evaluations
    assert box.title() == "评议评估"
    assert box.weight.specialValueText() == "不计入"
    add_row(qtbot, box.grades, "", "40")
    save(qtbot, widget)
    assert widget.message.text() == "计40分的等次需要填写名称。"
    area = widget.findChild(QScrollArea)
    assert area is not None
    area.ensureWidgetVisible(box)
    qtbot.wait(50)  # the form laid out again around the row added
    SHOTS.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(SHOTS / "settings_evaluations_zh.png"))
