"""A cold start's first page read ahead (casebook.services.queries.first_page) in the real window:
shown before the register is open exactly as the opened register shows it, and once the register
is attached the list works as always (more pages, a search, a sort)."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from casebook.services.queries.case_list import COUNT_CAP, PAGE, CaseQuery, SortKey
from casebook.services.queries.case_search import fetch_page, first_page
from casebook.services.queries.first_page import read_first_page
from casebook.store.database import Database
from casebook.ui.main_window import MainWindow
from casebook.ui.views.cases import CasesView

FILTERS = ("search", "year", "kind", "state", "rating", "key_only", "overdue_only", "session")


def shown(view: CasesView) -> list[list[str]]:
    """Every text of the rows the list holds, column by column, and its count's label."""
    model = view.model
    rows = [
        [model.index(row, column).data() for column in range(model.columnCount())] for row in range(model.rowCount())
    ]
    return [*rows, [view.count.text()]]


def test_the_page_read_ahead_is_shown_as_the_opened_register_shows_it_then_works(
    qtbot: QtBot, demo_db: Database
) -> None:
    page = read_first_page(str(demo_db.path))
    assert page is not None
    early = MainWindow()  # the shell, before the register is open
    qtbot.addWidget(early)
    early.show()
    early.show_first_page(page.total, page.rows)
    assert early.stack.currentWidget() is early.cases
    before = shown(early.cases)
    assert len(before) == PAGE + 1 and before[-1] == ["688 cases"]
    # the rest waits for the register: no more pages, filters, sorting, navigation or actions
    assert not early.cases.model.canFetchMore()
    filters = [getattr(early.cases, name) for name in FILTERS]
    assert not any(widget.isEnabled() for widget in filters), [w.isEnabled() for w in filters]
    assert not early.cases.table.horizontalHeader().sectionsClickable()
    assert not early.navigation.isEnabled() and not early.new_action.isEnabled()

    usual = MainWindow(demo_db)  # the register opened first, as without a page read ahead
    qtbot.addWidget(usual)
    usual.show()
    assert shown(usual.cases) == before

    early.attach(demo_db)
    assert shown(early.cases) == before  # the same rows, not read again
    assert early.cases.search.isEnabled() and early.navigation.isEnabled() and early.new_action.isEnabled()
    assert all(widget.isEnabled() for widget in filters)
    assert early.cases.session.count() == usual.cases.session.count() > 1  # the pickers filled
    assert early.cases.model.canFetchMore()
    early.cases.model.fetchMore()  # the second page, from the search service
    second = fetch_page(demo_db, CaseQuery(), PAGE, PAGE)
    assert [early.cases.model.case_at(row) for row in range(PAGE, 2 * PAGE)] == second

    words = page.rows[3].title[2:6]
    early.cases.search.setText(words)
    early.cases.apply_filters()
    total, found = first_page(demo_db, CaseQuery(text=words), PAGE, COUNT_CAP)
    assert early.cases.model.loaded_rows() == found and early.cases.model.total == total > 0
    assert page.rows[3] in found

    early.cases.table.horizontalHeader().setSortIndicator(3, early.cases.table.horizontalHeader().sortIndicatorOrder())
    assert early.cases.model.query.sort is SortKey.TITLE
    _, by_title = first_page(demo_db, CaseQuery(text=words, sort=SortKey.TITLE), PAGE, COUNT_CAP)
    assert early.cases.model.loaded_rows() == by_title
