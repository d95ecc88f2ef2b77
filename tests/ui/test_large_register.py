"""The case list over 40,000 generated cases: the first page paints and a search answers, one page at a
time. (40,000 rather than the benchmark's 100,000: every property shown here already holds there: the
count capped at 1000+, one page read, memory far below the rows'; benchmarks/run.py measures speed at
100,000. The register took 97 s of every CI run at 100,000.)"""

from __future__ import annotations

import sqlite3
import tracemalloc
from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from benchmarks.generate import generate_register
from casebook.services.queries.case_list import CaseQuery
from casebook.services.queries.case_search import fetch_page, first_page
from casebook.services.queries.first_page import read_first_page
from casebook.store.database import Database, open_database
from casebook.ui.models.cases import COUNT_CAP, PAGE
from casebook.ui.views.cases import CasesView

CASES = 40_000
pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def large_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    path = tmp_path_factory.mktemp("large") / "large.sqlite"
    db = open_database(str(path), user="bench")
    generate_register(db, {2021: CASES // 2, 2022: CASES - CASES // 2})
    yield db
    db.close()


def matching(db: Database, word: str) -> int:
    """The number of cases whose title or body holds ``word``, counted by SQLite itself."""
    assert db.path is not None
    with sqlite3.connect(db.path) as connection:
        pattern = f"%{word}%"
        return int(
            connection.execute(
                "SELECT count(*) FROM case_record WHERE title LIKE ? OR body LIKE ?", (pattern, pattern)
            ).fetchone()[0]
        )


def matching_ids(db: Database, word: str) -> set[int]:
    assert db.path is not None
    with sqlite3.connect(db.path) as connection:
        pattern = f"%{word}%"
        rows = connection.execute("SELECT id FROM case_record WHERE title LIKE ? OR body LIKE ?", (pattern, pattern))
        return {int(row[0]) for row in rows}


def painted_colours(view: CasesView) -> int:
    image = view.grab().toImage()
    return len({image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)})


def test_first_page_paints_and_search_answers_without_reading_every_row(qtbot: QtBot, large_db: Database) -> None:
    view = CasesView(large_db)
    qtbot.addWidget(view)
    view.resize(1200, 700)
    tracemalloc.start()
    try:
        view.show()
        qtbot.waitExposed(view)
        # counted to the cap, not to 100,000 (「共1000+件」), one page of 200 read
        assert (view.model.total, view.model.capped) == (COUNT_CAP, True)
        assert view.count.text() == f"{COUNT_CAP}+ cases"
        assert view.model.rowCount() == PAGE
        assert painted_colours(view) > 20  # rows were drawn, not a blank table
        first = view.model.index(0, 3).data()
        assert first.startswith("关于") and first.endswith("的建议")

        for word in ("停车难", "魏", "老城"):  # trigram index, one-character index (no match), two characters
            expected = matching(large_db, word)
            view.search.clear()
            view.search.insert(word)  # as typed; the list follows after the search box's short pause
            qtbot.waitUntil(lambda w=word: view.model.query.text == w, timeout=5000)
            assert view.model.total == min(expected, COUNT_CAP)
            assert view.model.capped == (expected >= COUNT_CAP)
            assert view.model.rowCount() == min(PAGE, expected)
        assert 0 < view.model.total <= COUNT_CAP
        shown = [view.model.case_at(row).id for row in range(view.model.rowCount())]
        assert len(set(shown)) == len(shown)
        assert set(shown) <= matching_ids(large_db, "老城")

        view.table.scrollToBottom()  # the view asks for the next page only when the clerk scrolls there
        qtbot.waitUntil(lambda: view.model.rowCount() == 2 * PAGE, timeout=5000)
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    # 40,000 rows in Python would take well over 20 MB; a few pages take a few.
    assert peak < 20 * 1024 * 1024, f"peak Python memory {peak / 1e6:.1f} MB"


def test_the_first_page_read_ahead_is_the_list_s_own_beyond_the_count_s_cap(qtbot: QtBot, large_db: Database) -> None:
    """A cold start's first page (read with sqlite3 before the database layer is imported) is the
    search service's, count capped at 1000+ included, and the list goes on from there once attached."""
    page = read_first_page(str(large_db.path))
    assert page is not None
    assert (page.total, page.rows) == first_page(large_db, CaseQuery(), PAGE, COUNT_CAP)
    assert page.total == COUNT_CAP and len(page.rows) == PAGE
    view = CasesView(None)
    qtbot.addWidget(view)
    view.show_first_page(page.total, page.rows)
    view.show()
    assert view.count.text() == f"{COUNT_CAP}+ cases" and not view.model.canFetchMore()
    view.attach(large_db)
    assert view.model.loaded_rows() == page.rows and view.model.canFetchMore()
    view.model.fetchMore()
    assert view.model.loaded_rows()[PAGE:] == fetch_page(large_db, CaseQuery(), PAGE, PAGE)
