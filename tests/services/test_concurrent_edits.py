"""Two clerks' clients on the same database (two engines): no save is lost without a word.

Runs on SQLite and, when CASEBOOK_TEST_PG_URL is set, on PostgreSQL: a save based on a version of
the case that the other clerk has changed since is refused, naming who and when; after a reload
both clerks' fields are there. Two threads saving the same version at the same moment: one wins,
the other is refused, and nothing of the winner's is overwritten.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import date
from functools import partial

import pytest

from casebook.domain.enums import AssignmentRole
from casebook.domain.errors import CasebookError, StaleVersion
from casebook.services.queries.case_views import CaseSummary, case_detail
from casebook.services.steps.assignments import assign_case
from casebook.services.steps.cases import case_draft, edit_case, get_case
from casebook.store.database import Database, open_database
from tests.conftest import Seeds

ROUNDS = 5


@pytest.fixture
def li(db_target: str) -> Iterator[Database]:
    """The second clerk's client: its own engine and connections on the same database."""
    client = open_database(db_target, user="clerk-li")
    yield client
    client.close()


def test_a_stale_save_is_refused_naming_who_and_when(
    db: Database, li: Database, seeds: Seeds, courier_case: CaseSummary
) -> None:
    # Both clerks open the case.
    wang_version, wang_form = courier_case.version, case_draft(db, courier_case.id)
    li_version, li_form = get_case(li, courier_case.id).version, case_draft(li, courier_case.id)
    assert wang_version == li_version

    saved = edit_case(li, courier_case.id, li_version, replace(li_form, body="李：补充了骑手培训的内容。"))
    assert saved.version == li_version + 1

    with pytest.raises(StaleVersion) as caught:
        edit_case(db, courier_case.id, wang_version, replace(wang_form, title="关于加强快递企业安全管理的建议"))
    message = caught.value.message
    assert "clerk-li" in message and saved.updated_at.strftime("%Y-%m-%d %H:%M") in message
    assert "reload" in message
    unchanged = get_case(db, courier_case.id)
    assert (unchanged.title, unchanged.version) == (courier_case.title, saved.version)

    # Wang reloads, makes his change again: both fields are kept.
    reloaded = case_draft(db, courier_case.id)
    assert reloaded.body == "李：补充了骑手培训的内容。"
    final = edit_case(db, courier_case.id, get_case(db, courier_case.id).version, replace(reloaded, title="新标题"))
    assert (final.title, case_draft(li, courier_case.id).body) == ("新标题", "李：补充了骑手培训的内容。")
    assert final.updated_by == "clerk-wang"


def race(calls: list[Callable[[], object]]) -> list[object]:
    """Run the calls at the same moment on threads; each one's result or the error it raised."""
    barrier = threading.Barrier(len(calls))
    results: list[object] = [None] * len(calls)

    def run(index: int) -> None:
        barrier.wait()
        try:
            results[index] = calls[index]()
        except CasebookError as error:
            results[index] = error

    threads = [threading.Thread(target=run, args=(i,)) for i in range(len(calls))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    return results


def test_two_saves_of_the_same_version_at_once(
    db: Database, li: Database, seeds: Seeds, courier_case: CaseSummary
) -> None:
    for round_ in range(ROUNDS):
        version = get_case(db, courier_case.id).version
        form = case_draft(db, courier_case.id)
        wang_title, li_body = f"王的标题{round_}", f"李的内容{round_}"
        results = race(
            [
                partial(edit_case, db, courier_case.id, version, replace(form, title=wang_title)),
                partial(edit_case, li, courier_case.id, version, replace(form, body=li_body)),
            ]
        )
        winners = [r for r in results if isinstance(r, CaseSummary)]
        losers = [r for r in results if isinstance(r, StaleVersion)]
        assert (len(winners), len(losers)) == (1, 1), results
        after = get_case(db, courier_case.id)
        assert after.version == version + 1
        stored = case_draft(db, courier_case.id)
        if winners[0].updated_by == "clerk-wang":
            assert (stored.title, stored.body) == (wang_title, form.body)
        else:
            assert (stored.title, stored.body) == (form.title, li_body)


def test_two_clerks_assigning_the_same_unit_at_once(
    db: Database, li: Database, seeds: Seeds, courier_case: CaseSummary
) -> None:
    unit = seeds.units["市邮政管理局"]
    results = race(
        [
            partial(assign_case, client, courier_case.id, unit, AssignmentRole.LEAD, date(2023, 2, 10))
            for client in (db, li)
        ]
    )
    assert sum(not isinstance(r, CasebookError) for r in results) == 1, results
    assert [a.unit for a in case_detail(db, courier_case.id).assignments] == ["市邮政管理局"]
