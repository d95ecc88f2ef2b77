"""The paper loop in the window: File → 导入单位答复表 (a preview first, then the replies) and the
letters and reply forms dialog."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QThreadPool
from pytestqt.qtbot import QtBot

from casebook import clock
from casebook.excel.reply_forms import HEADER_ROW
from casebook.services.queries.case_views import case_detail
from casebook.services.steps.unit_replies import ReplyImport
from casebook.store.database import Database
from casebook.ui.dialogs.paper_loop import LettersDialog, ReplyFormsPreview, ReplyFormsReading
from casebook.ui.main_window import MainWindow
from tests.conftest import Seeds
from tests.services.case_builder import build_case
from tests.ui.operations import answered

TODAY = date(2023, 6, 1)


@pytest.fixture(autouse=True)
def workers_finish(db: Database) -> Iterator[None]:
    yield
    QThreadPool.globalInstance().waitForDone()


def test_letters_dialog_writes_reply_forms_and_letters_then_forms_are_read_in_after_a_preview(
    qtbot: QtBot, db: Database, seeds: Seeds, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with clock.fixed(TODAY):
        first = build_case(db, seeds, "0012", assigned_on=date(2023, 2, 10))
        build_case(db, seeds, "0013", assigned_on=date(2023, 2, 12))
        dialog = LettersDialog(db)
        qtbot.addWidget(dialog)
        dialog.write()
        assert dialog.written == [] and "Choose a folder" in dialog.message.text()
        dialog.folder.setText(str(tmp_path))
        dialog.kind.setCurrentIndex(dialog.kind.findData("assignment"))
        dialog.write_button.click()
        answered(qtbot)
        assert sorted(p.name for p in dialog.written) == ["市邮政管理局_交办通知.docx", "市邮政管理局_签收回执.docx"]
        dialog.kind.setCurrentIndex(dialog.kind.findData("forms"))
        dialog.unit.setCurrentIndex(dialog.unit.findText("市邮政管理局"))
        dialog.write_button.click()
        answered(qtbot)
        [form] = dialog.written
        assert dialog.message.text() == f"Files written into {tmp_path}: 1."

        book = load_workbook(form)
        sheet = book.worksheets[0]
        for row in range(HEADER_ROW + 1, HEADER_ROW + 3):
            if sheet.cell(row, 2).value == "0012":
                for column, value in zip(range(8, 13), ["2023-03-01", "A", "电话", "经办人员", "已解决"], strict=True):
                    sheet.cell(row, column, value)
            else:
                sheet.cell(row, 8, "2023-01-01")  # before its assignment
                sheet.cell(row, 9, "B")
        book.save(form)

        previews: list[ReplyFormsPreview] = []

        def ask(report: ReplyImport, parent: object = None) -> bool:
            preview = ReplyFormsPreview(report)
            qtbot.addWidget(preview)
            previews.append(preview)
            return True

        monkeypatch.setattr(ReplyFormsPreview, "ask", staticmethod(ask))
        reading = ReplyFormsReading(dialog, db)
        outcomes: list[ReplyImport] = []
        reading.recorded.connect(outcomes.append)
        reading.start([form])
        answered(qtbot)
    [outcome] = outcomes
    assert [r.case for r in outcome.recorded] == ["市九届人大二次会议 0012"]
    [preview] = previews
    lines = preview.details.toPlainText().splitlines()
    assert lines[0].endswith("市九届人大二次会议 0012 — reply of 2023-03-01, result A")
    assert lines[1].startswith(f"Refused: {form.name}, row ") and "before the assignment date" in lines[1]
    assert preview.take.isEnabled()
    assert [r.result_code for r in case_detail(db, first.case_id).replies] == ["A"]


def test_the_file_menu_has_the_paper_loop_and_letters_start_from_the_selected_case(
    qtbot: QtBot, db: Database, seeds: Seeds
) -> None:
    build_case(db, seeds, "0012", assigned_on=date(2023, 2, 10), unit="市交通运输局")
    window = MainWindow(db)
    window.remember_on_close = False
    qtbot.addWidget(window)
    assert window.reply_forms_action.isEnabled() and window.letters_action.isEnabled()
    texts = [a.text() for a in window.menuBar().actions()[0].menu().actions()]
    assert "Read in units' reply &forms…" in texts and "&Letters and reply forms for units…" in texts
    window.show()
    qtbot.waitExposed(window)
    window.show_view("cases")
    answered(qtbot)
    assert window.cases.model.total == 1
    window.letters_action.trigger()
    assert window.letters_dialog.unit.currentText() == "Every unit"  # nothing selected
    window.letters_dialog.close()
    window.cases.table.selectRow(0)
    window.letters_action.trigger()
    assert window.letters_dialog.unit.currentText() == "市交通运输局"
    window.letters_dialog.close()
    window.show_view("supervision")
    window.letters_action.trigger()
    assert window.letters_dialog.kind.currentData() == "reminder"  # from 督办: the 催办函
    window.letters_dialog.close()
