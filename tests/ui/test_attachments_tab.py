"""The case window's 附件 tab: lists the case's files (name, size, who, when), adds and refuses files,
opens a temporary copy through the system's viewer (QDesktopServices), removes one."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, QThreadPool, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from pytestqt.qtbot import QtBot

from casebook import clock
from casebook.services.queries.attachments import attachments_of
from casebook.services.steps.attachments import attach_file
from casebook.store.database import Database
from casebook.ui.dialogs.case_editor import CaseEditor
from tests.conftest import Seeds
from tests.services.case_builder import build_case
from tests.ui.operations import answered

SCAN = b"%PDF-1.4\n" + b"0" * 3000 + b"\n%%EOF\n"


class Viewer(QObject):
    """Stands for the system's viewer: Qt hands it the file URLs QDesktopServices would open."""

    def __init__(self) -> None:
        super().__init__()
        self.opened: list[QUrl] = []

    @Slot(QUrl)
    def show(self, url: QUrl) -> None:
        self.opened.append(url)


@pytest.fixture
def viewer() -> Iterator[Viewer]:
    handler = Viewer()
    QDesktopServices.setUrlHandler("file", handler, "show")
    yield handler
    QDesktopServices.unsetUrlHandler("file")


@pytest.fixture(autouse=True)
def similar_queries_finish(db: Database) -> Iterator[None]:
    yield
    QThreadPool.globalInstance().waitForDone()


def test_the_case_window_lists_adds_opens_and_removes_attachments(
    qtbot: QtBot, db: Database, seeds: Seeds, tmp_path: Path, viewer: Viewer
) -> None:
    built = build_case(db, seeds, "0012", assigned_on=date(2023, 2, 1))
    letter = tmp_path / "答复函.pdf"
    letter.write_bytes(SCAN)
    with clock.fixed(date(2023, 4, 2)):
        attach_file(db, built.case_id, letter)
    editor = CaseEditor(db, built.case_id)
    qtbot.addWidget(editor)
    tabs = [editor.tabs.tabText(i) for i in range(editor.tabs.count())]
    assert "Attachments" in tabs
    panel = editor.attachments
    cells = [[panel.table.item(0, c).text() for c in range(4)]]
    assert cells == [["答复函.pdf", "3 KB", "clerk-wang", cells[0][3]]] and cells[0][3].startswith("20")

    photo = tmp_path / "现场照片.png"
    photo.write_bytes(b"\x89PNG\r\n\x1a\n" + b"1" * 100)
    big = tmp_path / "扫描件.pdf"
    with big.open("wb") as stream:
        stream.truncate(30 * 1024 * 1024)
    panel.add_files([photo, big])
    answered(qtbot)
    assert [panel.table.item(r, 0).text() for r in range(panel.table.rowCount())] == ["答复函.pdf", "现场照片.png"]
    assert "over the limit of 20 MB" in panel.message.text()

    panel.table.selectRow(0)
    assert panel.open_button.isEnabled() and panel.remove_button.isEnabled()
    panel.open_selected()  # the copy is written on a worker, then handed to the viewer
    answered(qtbot)
    copy = panel.last_opened
    assert copy is not None and copy.read_bytes() == SCAN and copy.name == "答复函.pdf"
    (tmp_path / "saved").mkdir()
    panel.save_copy_in(tmp_path / "saved")  # 另存 (the folder chosen in the file dialog)
    answered(qtbot)
    assert (tmp_path / "saved" / "答复函.pdf").read_bytes() == SCAN
    assert str(tmp_path / "saved" / "答复函.pdf") in panel.message.text()
    assert [url.toLocalFile() for url in viewer.opened] == [str(copy)]

    panel.remove_selected(confirmed=True)
    assert [a.file_name for a in attachments_of(db, built.case_id)] == ["现场照片.png"]
    assert panel.table.rowCount() == 1 and panel.selected() is None and not panel.remove_button.isEnabled()


def test_a_new_case_has_no_attachments_to_add_yet(qtbot: QtBot, db: Database, seeds: Seeds) -> None:
    editor = CaseEditor(db)
    qtbot.addWidget(editor)
    assert editor.attachments.table.rowCount() == 0 and not editor.attachments.add_button.isEnabled()
