"""The paged table model on a plain Python list: pages, re-entrancy, a new source, a capped count."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt

from casebook.ui.models.paged import Index, PagedTableModel, RowSource


class Numbers(PagedTableModel[int]):
    """Two columns: the number and its square."""

    PAGE = 3

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 2

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole or index.row() >= self.rowCount():
            return None
        number = self.row_at(index.row())
        return str(number if index.column() == 0 else number * number)


def test_nothing_is_read_until_a_source_is_set(qtmodeltester: Any) -> None:
    model = Numbers()
    assert (model.rowCount(), model.total, model.canFetchMore(QModelIndex())) == (0, 0, False)
    qtmodeltester.check(model)


def test_rows_come_a_page_at_a_time_and_a_new_source_starts_again(qtmodeltester: Any) -> None:
    reads: list[tuple[int, int]] = []
    rows = list(range(10))

    def page(offset: int, limit: int) -> list[int]:
        reads.append((offset, limit))
        return rows[offset : offset + limit]

    model = Numbers()
    model.set_source(RowSource(count=lambda: len(rows), page=page))
    assert (model.rowCount(), model.total, reads) == (3, 10, [(0, 3)])
    qtmodeltester.check(model)  # fetches what it is offered, checking every signal
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert model.loaded_rows() == rows and model.data(model.index(9, 1)) == "81"
    model.set_source(RowSource.of([7, 8]))
    assert (model.loaded_rows(), model.total, model.canFetchMore(QModelIndex())) == ([7, 8], 2, False)


def test_a_fetch_asked_for_while_a_page_loads_is_not_run() -> None:
    """A view asking for more while a page is read (e.g. from a signal during the insertion) gets
    nothing: the same page read twice would show its rows twice."""
    model = Numbers()
    rows = list(range(10))
    nested: list[bool] = []

    def page(offset: int, limit: int) -> list[int]:
        if offset:
            nested.append(model.canFetchMore(QModelIndex()))
            model.fetchMore(QModelIndex())  # re-entered: must do nothing
        return rows[offset : offset + limit]

    model.rowsAboutToBeInserted.connect(lambda *_: model.fetchMore(QModelIndex()))
    model.set_source(RowSource(count=lambda: len(rows), page=page))
    model.fetchMore(QModelIndex())
    assert nested == [False] and model.loaded_rows() == list(range(6))


def test_a_capped_count_says_so_and_the_pages_go_on_past_the_cap(qtmodeltester: Any) -> None:
    model = Numbers()
    model.set_source(RowSource.of(list(range(8)), cap=4))
    assert (model.total, model.capped) == (4, True)  # 「4+」: more may follow
    qtmodeltester.check(model)
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert (model.rowCount(), model.total, model.capped) == (8, 8, False)  # all here: exact
    model.set_source(RowSource.of([1, 2], cap=4))
    assert (model.total, model.capped) == (2, False)
    model.set_source(RowSource.of([1, 2, 3, 4], cap=4))  # exactly the cap: more may follow
    assert (model.total, model.capped) == (4, True)
    model.fetchMore(QModelIndex())  # a short page: that was all
    assert (model.rowCount(), model.total, model.capped, model.canFetchMore(QModelIndex())) == (4, 4, False, False)


def test_rows_deleted_meanwhile_end_the_paging() -> None:
    rows = list(range(7))
    model = Numbers()
    model.set_source(RowSource(count=lambda: 7, page=lambda offset, limit: rows[offset : offset + limit]))
    del rows[3:]
    model.fetchMore(QModelIndex())
    assert (model.rowCount(), model.total, model.canFetchMore(QModelIndex())) == (3, 3, False)
