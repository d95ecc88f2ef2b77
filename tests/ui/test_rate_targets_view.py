"""Targets per rate in the window: set in 设置 through its own fields and 保存, shown on the
dashboard's rate tiles against the actual (in Chinese, offscreen, a screenshot saved)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from casebook.domain.enums import ContactMethod
from casebook.domain.metrics import RateName
from casebook.services.admin.office import get_settings, update_settings
from casebook.store.database import Database
from casebook.ui.views.dashboard import DashboardView
from casebook.ui.views.settings import SettingsView
from tests.conftest import Seeds
from tests.services.case_builder import build_case


@pytest.fixture
def register(db: Database, seeds: Seeds) -> None:
    """Three suggestions of 2023 answered on time: A, B and C (解决率 33.3%, 办成率 66.7%)."""
    for number, result in (("1", "A"), ("2", "B"), ("3", "C")):
        build_case(
            db,
            seeds,
            number,
            assigned_on=date(2023, 2, 1),
            replied_on=date(2023, 4, 1),
            result=result,
            contact=ContactMethod.PHONE,
            rated_on=date(2023, 4, 10),
        )


def test_a_target_is_set_in_the_settings_form_and_cleared_with_none(qtbot: QtBot, db: Database, chinese: None) -> None:
    view = SettingsView(db)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    spin = view.targets[RateName.ACCOMPLISHMENT]
    assert spin.text() == "无" and view.changes() == {}
    spin.selectAll()
    qtbot.keyClicks(spin, "80")
    assert view.changes() == {"rate_targets": {"accomplishment_rate": 80}}
    with qtbot.waitSignal(view.settings_saved):
        qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    assert get_settings(db).rate_targets == {"accomplishment_rate": 80}
    assert spin.text() == "80.0%"
    spin.setValue(0)  # back to 「无」: no target
    with qtbot.waitSignal(view.settings_saved):
        qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    assert get_settings(db).rate_targets == {}


def test_the_dashboard_shows_each_target_against_the_actual(
    qtbot: QtBot, db: Database, register: None, chinese: None, tmp_path: Path
) -> None:
    update_settings(db, rate_targets={"accomplishment_rate": 80, "on_time_rate": 95})
    view = DashboardView(db)
    qtbot.addWidget(view)
    view.resize(1280, 900)
    view.show()
    qtbot.waitExposed(view)
    qtbot.waitUntil(lambda: not view.busy and view.year() == 2023, timeout=20_000)  # read on a worker
    tiles = view.tiles
    assert tiles[RateName.ACCOMPLISHMENT].target_label.text() == "目标80%，尚差13.3个百分点"
    assert tiles[RateName.ACCOMPLISHMENT].target_label.isVisible()
    assert tiles[RateName.ON_TIME].target_label.text() == "目标95%，已达到"
    assert tiles[RateName.RESOLUTION].target_label.isHidden()  # no target, nothing said
    view.grab().save(str(tmp_path / "dashboard_targets.png"))
    assert (tmp_path / "dashboard_targets.png").stat().st_size > 10_000
    update_settings(db, rate_targets={})
    view.refresh()
    qtbot.waitUntil(lambda: not view.busy, timeout=20_000)
    assert tiles[RateName.ACCOMPLISHMENT].target_label.isHidden()
