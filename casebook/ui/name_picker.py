"""Pickers that find a name as a clerk types it: by any part of it, or by its pinyin (wm finds 魏敏)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QComboBox, QCompleter

from casebook.domain.spelling import search_key

SEARCH_ROLE = Qt.ItemDataRole.UserRole + 17
SEARCHABLE_FROM = 8  # a list shorter than this is simply opened


class SpellingCompleter(QCompleter):
    """Matches what is typed against each name's search key, and puts the name itself in the box."""

    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:  # noqa: N802 (Qt's name)
        return str(index.data(Qt.ItemDataRole.DisplayRole) or "")

    def splitPath(self, path: str) -> list[str]:  # noqa: N802
        return [path.strip().lower()]


def make_searchable(combo: QComboBox) -> QComboBox:
    """Make ``combo`` (already filled) editable, with completion by substring, initials or pinyin."""
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    names = QStandardItemModel(combo)
    for row in range(combo.count()):
        text = combo.itemText(row)
        if text:
            item = QStandardItem(text)
            item.setData(search_key(text), SEARCH_ROLE)
            names.appendRow(item)
    completer = SpellingCompleter(names, combo)
    completer.setCompletionRole(SEARCH_ROLE)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    completer.setMaxVisibleItems(12)
    combo.setCompleter(completer)
    return combo
