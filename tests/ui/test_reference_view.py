"""The reference data view over a real database, driven through its buttons and dialogs."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from casebook.domain.enums import AssignmentRole, UnitKind
from casebook.services.admin.reference_admin import (
    Draft,
    NameDraft,
    ReferenceKind,
    UnitDraft,
    UnitRow,
    draft_of,
    get_item,
    list_items,
)
from casebook.services.queries.case_views import CaseSummary
from casebook.services.steps.assignments import assign_case
from casebook.store.database import Database
from casebook.ui.dialogs.reference import DeleteConfirmation, ReferenceDialog
from casebook.ui.models.reference import ReferenceTableModel
from casebook.ui.views.reference import ReferenceView
from tests.conftest import Seeds
from tests.snapshot import table_contents


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path: Path) -> Iterator[None]:
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    yield


@pytest.fixture
def view(qtbot: QtBot, db: Database, seeds: Seeds) -> ReferenceView:
    widget = ReferenceView(db)
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def choose_kind(qtbot: QtBot, view: ReferenceView, kind: ReferenceKind) -> None:
    item = view.kinds.item(list(ReferenceKind).index(kind))
    qtbot.mouseClick(view.kinds.viewport(), Qt.MouseButton.LeftButton, pos=view.kinds.visualItemRect(item).center())
    assert view.current_kind() is kind


def click_row(qtbot: QtBot, view: ReferenceView, name: str) -> None:
    row = next(r for r in range(view.model.rowCount()) if view.model.row_at(r).name == name)
    index = view.model.index(row, 0)
    view.table.scrollTo(index)
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=view.table.visualRect(index).center())
    selected = view.selected_row()
    assert selected is not None and selected.name == name


def shown(view: ReferenceView) -> dict[str, list[str]]:
    """Each row's cells as the table shows them, by name."""
    model = view.model
    return {
        model.row_at(r).name: [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    }


def when_modal(widget_type: type[QWidget], action: Callable[[Any], None]) -> list[bool]:
    """Run ``action`` on the next modal dialog of ``widget_type`` once it is open; returns [done]."""
    done = [False]

    def look(tries: int = 0) -> None:
        modal = QApplication.activeModalWidget()
        if isinstance(modal, widget_type):
            done[0] = True
            action(modal)
        elif tries < 200:
            QTimer.singleShot(10, lambda: look(tries + 1))

    QTimer.singleShot(0, look)
    return done


def test_every_kind_passes_the_model_tester(
    qtmodeltester: Any, db: Database, seeds: Seeds, courier_case: CaseSummary
) -> None:
    model = ReferenceTableModel(db)
    for kind in ReferenceKind:
        model.load(kind)
        qtmodeltester.check(model)
        assert model.rowCount() == len(list_items(db, kind))


def test_rows_are_fetched_a_page_at_a_time(
    qtmodeltester: Any, db: Database, seeds: Seeds, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ReferenceTableModel, "PAGE", 2)
    model = ReferenceTableModel(db)
    model.load(ReferenceKind.DEPUTY)
    assert (model.rowCount(), model.total) == (2, 5)
    assert model.canFetchMore(model.index(-1, -1))
    assert model.row_of(seeds.other_deputy) is not None  # fetches until found
    qtmodeltester.check(model)
    assert model.rowCount() == 5 and not model.canFetchMore(model.index(-1, -1))


def test_units_with_usage_and_filter(qtbot: QtBot, view: ReferenceView, db: Database, seeds: Seeds) -> None:
    assert [view.kinds.item(i).text() for i in range(view.kinds.count())] == [k.label for k in ReferenceKind]
    choose_kind(qtbot, view, ReferenceKind.UNIT)
    headers = [view.model.headerData(c, Qt.Orientation.Horizontal) for c in range(view.model.columnCount())]
    assert headers == ["Name", "Type", "Times used", "Status"]
    assert shown(view)["市中级人民法院"] == ["市中级人民法院", UnitKind.COURT.label, "0", "In use"]
    assert view.count.text() == "4 items"
    view.filter.insert("法院")  # as typed (QTest cannot type Chinese)
    assert list(shown(view)) == ["市中级人民法院"]
    assert view.count.text() == "1 items"
    view.filter.clear()
    assert len(shown(view)) == 4


def test_buttons_follow_the_selection(qtbot: QtBot, view: ReferenceView) -> None:
    choose_kind(qtbot, view, ReferenceKind.CATEGORY)
    assert not view.edit_button.isEnabled() and not view.delete_button.isEnabled()
    click_row(qtbot, view, "城乡建设")
    assert view.edit_button.isEnabled() and view.retire_button.isEnabled()
    assert not view.reinstate_button.isEnabled()


def test_add_through_the_real_dialog(qtbot: QtBot, view: ReferenceView, db: Database) -> None:
    choose_kind(qtbot, view, ReferenceKind.UNIT)

    def fill(dialog: ReferenceDialog) -> None:
        assert dialog.windowTitle() == "Add handling unit"
        dialog.name.insert("市人民检察院")
        kind = dialog.field("unit_kind")
        kind.setCurrentIndex(kind.findData(UnitKind.PROCURATORATE))
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    done = when_modal(ReferenceDialog, fill)
    qtbot.mouseClick(view.add_button, Qt.MouseButton.LeftButton)
    assert done[0]
    added = next(r for r in list_items(db, ReferenceKind.UNIT) if r.name == "市人民检察院")
    assert isinstance(added, UnitRow) and added.unit_kind is UnitKind.PROCURATORATE
    assert view.message.text() == "Added “市人民检察院”."
    selected = view.selected_row()
    assert selected is not None and selected.id == added.id


def test_a_refused_add_reopens_the_form_with_the_reason(
    qtbot: QtBot, view: ReferenceView, db_target: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    choose_kind(qtbot, view, ReferenceKind.DELEGATION)
    asked: list[tuple[Draft | None, str]] = []
    answers: list[Draft | None] = [NameDraft("京口"), None]  # a duplicate, then Cancel

    def ask(parent: Any, db: Any, kind: ReferenceKind, initial: Draft | None = None, **options: Any) -> Draft | None:
        asked.append((initial, options["error"]))
        return answers.pop(0)

    monkeypatch.setattr(ReferenceDialog, "ask", ask)
    before = table_contents(db_target)
    qtbot.mouseClick(view.add_button, Qt.MouseButton.LeftButton)
    assert asked == [(None, ""), (NameDraft("京口"), "“京口” already exists.")]
    assert table_contents(db_target) == before


def test_edit_a_unit(
    qtbot: QtBot, view: ReferenceView, db: Database, seeds: Seeds, monkeypatch: pytest.MonkeyPatch
) -> None:
    choose_kind(qtbot, view, ReferenceKind.UNIT)
    click_row(qtbot, view, "市交通运输局")
    asked: list[Any] = []

    def ask(parent: Any, db: Any, kind: ReferenceKind, initial: Draft | None = None, **options: Any) -> Draft:
        asked.append((kind, initial, options["editing"]))
        return UnitDraft("镇江市交通运输局", UnitKind.GOVERNMENT)

    monkeypatch.setattr(ReferenceDialog, "ask", ask)
    qtbot.mouseClick(view.edit_button, Qt.MouseButton.LeftButton)
    assert asked == [(ReferenceKind.UNIT, UnitDraft("市交通运输局", UnitKind.GOVERNMENT), True)]
    assert get_item(db, ReferenceKind.UNIT, seeds.units["市交通运输局"]).name == "镇江市交通运输局"
    assert "镇江市交通运输局" in shown(view)
    assert view.message.text() == "Saved “镇江市交通运输局”."


def test_the_edit_dialog_shows_the_values(qtbot: QtBot, db: Database, seeds: Seeds) -> None:
    row = get_item(db, ReferenceKind.SESSION, seeds.session_id)
    dialog = ReferenceDialog(db, ReferenceKind.SESSION, draft_of(row), editing=True)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Edit session"
    assert dialog.draft() == draft_of(row)
    dialog.field("ends_on").setDate(dialog.field("starts_on").date().addDays(-1))
    assert dialog.draft().ends_on == date(2023, 1, 5)  # type: ignore[union-attr]
    deputy = ReferenceDialog(db, ReferenceKind.DEPUTY, draft_of(get_item(db, ReferenceKind.DEPUTY, seeds.wei_min)))
    qtbot.addWidget(deputy)
    assert deputy.field("delegation_id").currentText() == "京口"
    assert deputy.field("group_id").currentText() == "(none)"


def test_retire_and_reinstate(qtbot: QtBot, view: ReferenceView, db: Database, seeds: Seeds) -> None:
    choose_kind(qtbot, view, ReferenceKind.UNIT)
    click_row(qtbot, view, "市市场监管局")
    qtbot.mouseClick(view.retire_button, Qt.MouseButton.LeftButton)
    assert get_item(db, ReferenceKind.UNIT, seeds.units["市市场监管局"]).retired
    assert shown(view)["市市场监管局"][-1] == "Retired"
    assert view.reinstate_button.isEnabled() and not view.retire_button.isEnabled()
    view.show_retired.setChecked(False)
    assert "市市场监管局" not in shown(view)
    view.show_retired.setChecked(True)
    click_row(qtbot, view, "市市场监管局")
    qtbot.mouseClick(view.reinstate_button, Qt.MouseButton.LeftButton)
    assert shown(view)["市市场监管局"][-1] == "In use"
    assert view.message.text() == "Reinstated “市市场监管局”."


def test_a_unit_in_use_is_not_deleted(
    qtbot: QtBot,
    view: ReferenceView,
    db: Database,
    db_target: str,
    seeds: Seeds,
    courier_case: CaseSummary,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assign_case(db, courier_case.id, seeds.units["市交通运输局"], AssignmentRole.LEAD, date(2023, 2, 10))
    choose_kind(qtbot, view, ReferenceKind.UNIT)
    click_row(qtbot, view, "市交通运输局")
    monkeypatch.setattr(DeleteConfirmation, "ask", lambda *args: pytest.fail("nothing to confirm"))
    before = table_contents(db_target)
    qtbot.mouseClick(view.delete_button, Qt.MouseButton.LeftButton)
    assert table_contents(db_target) == before
    assert view.message.isVisible()
    assert view.message.text() == "“市交通运输局” is used by 1 cases, so it cannot be deleted; retire it instead."
    assert shown(view)["市交通运输局"][2] == "1"


def test_an_unused_unit_is_deleted_after_confirming(qtbot: QtBot, view: ReferenceView, db: Database) -> None:
    choose_kind(qtbot, view, ReferenceKind.UNIT)
    click_row(qtbot, view, "市市场监管局")

    def answer(box: QMessageBox) -> None:
        assert box.text() == "Delete “市市场监管局”? This cannot be undone."
        qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)

    done = when_modal(DeleteConfirmation, answer)
    qtbot.mouseClick(view.delete_button, Qt.MouseButton.LeftButton)
    assert done[0]
    assert "市市场监管局" not in [r.name for r in list_items(db, ReferenceKind.UNIT)]
    assert "市市场监管局" not in shown(view)
    assert view.message.text() == "Deleted “市市场监管局”."
    assert view.selected_row() is None and not view.delete_button.isEnabled()


def test_declining_the_confirmation_keeps_the_value(
    qtbot: QtBot, view: ReferenceView, db_target: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    choose_kind(qtbot, view, ReferenceKind.COMMITTEE)
    click_row(qtbot, view, "财政经济委员会")  # unused: no case yet
    monkeypatch.setattr(DeleteConfirmation, "ask", lambda parent, what, name: False)
    before = table_contents(db_target)
    qtbot.mouseClick(view.delete_button, Qt.MouseButton.LeftButton)
    assert table_contents(db_target) == before
    assert "财政经济委员会" in shown(view)


def test_refresh_sees_changes_made_elsewhere(qtbot: QtBot, view: ReferenceView, db: Database, seeds: Seeds) -> None:
    from casebook.services.admin.reference_admin import set_retired

    choose_kind(qtbot, view, ReferenceKind.UNIT)
    click_row(qtbot, view, "市邮政管理局")
    set_retired(db, ReferenceKind.UNIT, seeds.units["市邮政管理局"], True)
    view.refresh()
    assert shown(view)["市邮政管理局"][-1] == "Retired"
    selected = view.selected_row()
    assert selected is not None and selected.name == "市邮政管理局" and selected.retired
