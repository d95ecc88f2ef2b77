"""审计日志: the trail filtered by user, by recording date, by case number and by text, never
editable, and exported to a workbook that is read back."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pytestqt.qtbot import QtBot

from casebook import clock
from casebook.domain.enums import UnitKind
from casebook.services.admin import reference
from casebook.services.queries.case_views import CaseSummary
from casebook.services.steps.cases import case_draft, edit_case, get_case
from casebook.store.database import Database, open_database
from casebook.ui.main_window import MainWindow
from casebook.ui.views.audit import AuditView


@pytest.fixture
def li(db: Database, db_target: str) -> Iterator[Database]:
    """A second clerk on the same database (no accounts: she works under her own name)."""
    other = open_database(db_target, user="clerk-li")
    yield other
    other.close()


@pytest.fixture
def trail(db: Database, li: Database, courier_case: CaseSummary) -> CaseSummary:
    """clerk-wang registered the case (and the reference data); clerk-li retitled it and added a unit."""
    draft = case_draft(li, courier_case.id)
    edit_case(li, courier_case.id, courier_case.version, replace(draft, title="关于加强外卖骑手交通安全管理的建议"))
    reference.add_unit(li, "市水利局", UnitKind.GOVERNMENT)
    return get_case(db, courier_case.id)


@pytest.fixture
def window(qtbot: QtBot, db: Database, trail: CaseSummary) -> MainWindow:
    window = MainWindow(db)
    window.remember_on_close = False
    qtbot.addWidget(window)
    window.show()
    window.show_view("audit")
    return window


def users_shown(view: AuditView) -> set[str]:
    return {view.tree.topLevelItem(i).text(1) for i in range(view.tree.topLevelItemCount())}


def changes_shown(view: AuditView) -> list[str]:
    texts = []
    for i in range(view.tree.topLevelItemCount()):
        item = view.tree.topLevelItem(i)
        texts.append(item.text(5))
        texts += [item.child(c).text(5) for c in range(item.childCount())]
    return texts


def test_filter_by_user_date_case_and_text(window: MainWindow, trail: CaseSummary) -> None:
    view = window.audit
    assert users_shown(view) == {"clerk-wang", "clerk-li"}
    assert [view.user.itemText(i) for i in range(view.user.count())] == ["All users", "clerk-li", "clerk-wang"]
    view.user.setCurrentIndex(view.user.findData("clerk-li"))
    assert users_shown(view) == {"clerk-li"}
    shown = changes_shown(view)
    assert "title: 关于加强对快递和外卖服务企业安全管理的建议 → 关于加强外卖骑手交通安全管理的建议" in shown, shown
    assert view.tree.topLevelItem(0).text(3) == "handling unit 市水利局"  # newest first
    assert view.count.text() == f"{view.tree.topLevelItemCount()} events"
    today = clock.today()
    view.since.setDate(today + timedelta(days=1))
    assert view.tree.topLevelItemCount() == 0
    view.since.setDate(today)
    view.until.setDate(today)
    assert users_shown(view) == {"clerk-li"}
    view.until.setDate(today - timedelta(days=1))
    assert view.tree.topLevelItemCount() == 0
    view.until.setDate(view.until.minimumDate())  # "any" again
    view.since.setDate(view.since.minimumDate())
    view.user.setCurrentIndex(0)
    view.number.setText("0012")
    view.apply_filters()
    assert {view.tree.topLevelItem(i).text(3) for i in range(view.tree.topLevelItemCount())} == {
        "市九届人大二次会议 No. 0012"
    }
    view.number.setText("9999")
    view.apply_filters()
    assert view.tree.topLevelItemCount() == 0 and view.count.text() == "No case has the number 9999."
    view.number.clear()
    view.text.setText("水利")
    view.apply_filters()
    assert view.tree.topLevelItemCount() == 1 and users_shown(view) == {"clerk-li"}


def test_the_trail_cannot_be_edited(window: MainWindow) -> None:
    view = window.audit
    assert view.tree.editTriggers() == view.tree.EditTrigger.NoEditTriggers
    assert not hasattr(view, "delete_button") and not hasattr(view, "save_button")


def test_export_the_filtered_trail(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    view = window.audit
    view.user.setCurrentIndex(view.user.findData("clerk-li"))
    path = tmp_path / "审计日志.xlsx"
    with qtbot.waitSignal(window.jobs.export_written, timeout=20_000) as written:
        view.export_to(path)
    assert written.args[0].path == path
    sheet = load_workbook(path).active
    assert sheet.title == "Audit trail"
    assert sheet["A1"].value == "Audit trail (user clerk-li)"
    assert sheet.freeze_panes == "A4" and sheet.auto_filter.ref is not None
    assert sheet.page_setup.orientation == "landscape"
    header = [cell.value for cell in sheet[3]]
    assert header == [
        "Recorded at",
        "User",
        "Step",
        "Case or record",
        "Business date",
        "Field",
        "Old value",
        "New value",
    ]
    rows = [row for row in sheet.iter_rows(min_row=4, values_only=True)]
    assert {row[1] for row in rows} == {"clerk-li"}
    title_rows = [row for row in rows if row[5] == "title"]
    assert len(title_rows) == 1
    assert title_rows[0][6:] == ("关于加强对快递和外卖服务企业安全管理的建议", "关于加强外卖骑手交通安全管理的建议")
    assert title_rows[0][3] == "市九届人大二次会议 No. 0012"
    assert any(
        row[3] == "handling unit 市水利局" and row[5] == "handling unit·name" and row[7] == "市水利局" for row in rows
    )
