"""Pickers that find a name as a clerk types it: by any part of it, or by its pinyin (wm finds 魏敏),
best match first (services.pickers.ranked_matches: jd lists 金东 before 卢斌杰（丹徒）)."""

from __future__ import annotations

import re

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QComboBox, QCompleter

from casebook.services.queries.pickers import Spelling, ranked_matches

SEARCHABLE_FROM = 8  # a list shorter than this is simply opened
SHOWN_AT_MOST = 50  # matches offered at once (the best ones)
_DETAIL = re.compile(r"^(?P<name>.*?)（(?P<detail>[^（）]*)）$")  # 「卢斌杰（丹徒）」: name and detail


def _spelling(label: str) -> Spelling:
    parts = _DETAIL.match(label)
    return Spelling.of(parts["name"], parts["detail"]) if parts else Spelling.of(label)


class SpellingCompleter(QCompleter):
    """Offers the combo's names that match what is typed, ranked, and puts the name itself in the box."""

    def __init__(self, labels: list[str], parent: QComboBox) -> None:
        self.names = QStandardItemModel(parent)
        super().__init__(self.names, parent)
        self.labels = labels
        self.spellings = [_spelling(label) for label in labels]
        self.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.setMaxVisibleItems(12)
        self.setCompletionPrefix("")

    def setCompletionPrefix(self, prefix: str) -> None:  # noqa: N802 (Qt's name)
        """Fill the list with the matches of ``prefix``, best first (called as the clerk types)."""
        self.names.clear()
        for position in ranked_matches(self.spellings, prefix)[:SHOWN_AT_MOST]:
            self.names.appendRow(QStandardItem(self.labels[position]))
        super().setCompletionPrefix("")  # the list is filtered already

    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:  # noqa: N802 (Qt's name)
        return str(index.data(Qt.ItemDataRole.DisplayRole) or "")

    def splitPath(self, path: str) -> list[str]:  # noqa: N802
        return [""]


def make_searchable(combo: QComboBox) -> QComboBox:
    """Make ``combo`` (already filled) editable, with ranked completion by name, initials or pinyin."""
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    labels = [combo.itemText(row) for row in range(combo.count()) if combo.itemText(row)]
    completer = SpellingCompleter(labels, combo)
    combo.setCompleter(completer)

    def typed(text: str) -> None:
        completer.setCompletionPrefix(text)
        if text.strip() and completer.completionCount():
            completer.complete()

    line = combo.lineEdit()
    assert line is not None  # an editable combo box has its line
    line.textEdited.connect(typed)
    return combo
