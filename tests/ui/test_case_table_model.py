"""The case list's model under pytest-qt's model tester, on a copy of the demo register (688 cases)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt

from casebook.services.queries.case_search import CaseQuery, count_matching
from casebook.store.database import Database
from casebook.ui.models import cases as cases_model
from casebook.ui.models.cases import COLUMNS, PAGE, CaseTableModel
from casebook.ui.views.cases import CasesView


def test_the_case_model_fetches_a_page_at_a_time(demo_db: Database) -> None:
    model = CaseTableModel(demo_db)
    assert model.rowCount() == 0  # nothing is read until a query is set
    model.set_query(CaseQuery())
    total = count_matching(demo_db, CaseQuery())
    assert total > 2 * PAGE and model.total == total
    assert model.rowCount() == PAGE and model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 2 * PAGE
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert model.rowCount() == total
    for column, spec in enumerate(COLUMNS):
        if spec.sort is not None:
            model.sort(column, Qt.SortOrder.DescendingOrder)
            assert model.query.sort == spec.sort and model.query.descending
            assert model.rowCount() == PAGE  # sorting starts again from the first page


def test_the_case_model_passes_the_model_tester_while_paging_and_sorting(qtmodeltester: Any, demo_db: Database) -> None:
    """The tester stays attached and checks every signal (it also fetches some of the pages offered,
    which once inserted rows inside another change: a fetchMore re-entered from a signal)."""
    model = CaseTableModel(demo_db)
    qtmodeltester.check(model)  # empty until a query is set
    model.set_query(CaseQuery())
    qtmodeltester.check(model)
    assert PAGE <= model.rowCount() <= model.total
    for column, spec in enumerate(COLUMNS):
        if spec.sort is not None:
            model.sort(column, Qt.SortOrder.DescendingOrder)
            qtmodeltester.check(model)
            assert PAGE <= model.rowCount() <= model.total


def test_a_filter_with_no_match_gives_an_empty_model(qtmodeltester: Any, demo_db: Database) -> None:
    model = CaseTableModel(demo_db)
    model.set_query(CaseQuery(text="没有这样的标题文字"))
    assert (model.rowCount(), model.total) == (0, 0)
    assert not model.canFetchMore(QModelIndex())
    qtmodeltester.check(model)


def test_a_count_stopped_at_its_cap_says_so_and_the_pages_go_on(
    qtmodeltester: Any, qtbot: Any, demo_db: Database, monkeypatch: Any
) -> None:
    """A search matching more cases than the cap counts to the cap (「1000+」 at 100,000 cases; here
    300 of the demo's 688), and scrolling still reaches every case."""
    monkeypatch.setattr(cases_model, "COUNT_CAP", 300)
    view = CasesView(demo_db)
    qtbot.addWidget(view)
    view.apply_filters()
    model = view.model
    assert (model.rowCount(), model.total, model.capped) == (PAGE, 300, True)
    assert view.count.text() == "300+ cases"
    qtmodeltester.check(model)
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    everything = count_matching(demo_db, CaseQuery())
    assert (model.rowCount(), model.total, model.capped) == (everything, everything, False)
    assert len({model.case_at(row).id for row in range(model.rowCount())}) == everything
    view.search.setText("没有这样的标题文字")
    view.apply_filters()
    assert view.count.text() == "0 cases"
