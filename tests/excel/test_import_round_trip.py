"""The register workbook of the demo, imported into an empty database, gives the same statistics;
and a register whose 「办理过程」 sheet has a step the rules refuse."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from casebook.excel.reading import read_workbook
from casebook.services.admin.office import get_settings
from casebook.services.ledger.importing import import_ledger
from casebook.services.ledger.report import ImportReport
from casebook.services.ledger.rows import read_ledger
from casebook.services.statistics.figures import Statistics, compute_statistics
from casebook.services.steps.cases import find_case
from casebook.store.database import Database, open_database
from tests.conftest import Seeds
from tests.excel.ledger_files import write_ledger
from tests.excel.register_workbook import HISTORY_HEADERS, REGISTER_HEADERS, write_register
from tests.registers import DemoRegister
from tests.snapshot import table_contents


@dataclass
class RoundTrip:
    original: Database
    imported: Database
    imported_path: Path
    workbook: Path
    report: ImportReport


@pytest.fixture(scope="module")
def round_trip(demo_register: DemoRegister, tmp_path_factory: pytest.TempPathFactory) -> Iterator[RoundTrip]:
    folder = tmp_path_factory.mktemp("round_trip")
    original = open_database(str(demo_register.copy_to(folder / "original")), user="clerk-a")
    workbook = write_register(original, folder / "台账.xlsx")
    imported = open_database(str(folder / "b.sqlite"), user="clerk-b")
    ledger = read_ledger(read_workbook(workbook), get_settings(imported))
    report = import_ledger(imported, ledger)
    yield RoundTrip(original, imported, folder / "b.sqlite", workbook, report)
    original.close()
    imported.close()


def comparable(stats: Statistics) -> tuple[Any, ...]:
    """The statistics with breakdowns and ranking by name (ids differ between the two databases)."""
    breakdowns = {
        dimension: sorted((row.name, row.figures) for row in rows) for dimension, rows in stats.breakdowns.items()
    }
    ranking = [(u.rank, u.unit, u.score, u.figures) for u in stats.unit_ranking]
    return stats.figures, stats.previous, breakdowns, ranking


def test_every_case_and_step_is_taken(round_trip: RoundTrip) -> None:
    report = round_trip.report
    assert (report.created, report.rejected, report.rejected_steps) == (688, [], [])
    assert report.steps > 4000
    assert len(report.created_names["sessions"]) == 6 and len(report.new_units) == 32


@pytest.mark.parametrize("year", [2021, 2022, 2023])
@pytest.mark.parametrize("month_day", [(3, 31), (6, 30), (9, 30), (12, 31)])
def test_the_statistics_of_both_databases_are_equal(
    round_trip: RoundTrip, year: int, month_day: tuple[int, int]
) -> None:
    as_of = date(year, *month_day)
    for kind_year in (year, year + 1) if year < 2023 else (year,):
        original = compute_statistics(round_trip.original, kind_year, as_of=max(as_of, date(kind_year, 1, 1)))
        imported = compute_statistics(round_trip.imported, kind_year, as_of=max(as_of, date(kind_year, 1, 1)))
        assert comparable(imported) == comparable(original)
    assert comparable(compute_statistics(round_trip.imported, 2022, as_of=date(2022, 12, 31))) == comparable(
        compute_statistics(round_trip.original, 2022, as_of=date(2022, 12, 31))
    )


def test_the_seed_figures_survive_the_round_trip(round_trip: RoundTrip) -> None:
    stats = compute_statistics(round_trip.imported, 2022, as_of=date(2022, 12, 31))
    assert (stats.figures.total, stats.figures.resolved) == (250, 188)


def test_importing_the_register_again_changes_nothing(round_trip: RoundTrip) -> None:
    before = table_contents(round_trip.imported_path)
    ledger = read_ledger(read_workbook(round_trip.workbook), get_settings(round_trip.imported))
    again = import_ledger(round_trip.imported, ledger)
    assert (again.created, again.updated, again.unchanged, again.steps, again.all_rejections) == (0, 0, 688, 0, [])
    after = table_contents(round_trip.imported_path)
    assert {t: rows for t, rows in after.items() if t != "event"} == {
        t: rows for t, rows in before.items() if t != "event"
    }


def test_a_refused_step_refuses_its_case_and_lists_its_rows(db: Database, seeds: Seeds, tmp_path: Path) -> None:
    session = "市九届人大二次会议"
    register = [REGISTER_HEADERS, [session, "1", "建议", "关于A的建议", date(2023, 1, 7), "魏敏"]]
    register.append([session, "2", "建议", "关于B的建议", date(2023, 1, 7), "陈静"])
    history = [
        HISTORY_HEADERS,
        [session, "1", "交办", date(2023, 1, 20), "市交通运输局", "主办单位", 1],
        [session, "1", "答复", date(2023, 4, 1), "市交通运输局", "主办单位", 1, None, "B", "电话", "经办人员"],
        [session, "2", "交办", date(2023, 1, 20), "市交通运输局", "主办单位", 1],
        [session, "2", "答复", date(2023, 1, 2), "市交通运输局", "主办单位", 1, None, "A"],
        [session, "9", "交办", date(2023, 1, 20), "市交通运输局", "主办单位", 1],
        [session, "1", "盖章", date(2023, 1, 20)],
    ]
    path = write_ledger(tmp_path / "register.xlsx", register)
    book = openpyxl.load_workbook(path)
    sheet = book.create_sheet("办理过程")
    for row in history:
        sheet.append(row)
    book.save(path)
    report = import_ledger(db, read_ledger(read_workbook(path), get_settings(db)))
    assert (report.created, report.steps) == (1, 2)
    assert [(r.source.line, r.reason) for r in report.rejected] == [
        (3, "Case 市九届人大二次会议 No. 2: the date 2023-01-02 is before the assignment date (2023-01-20)")
    ]
    assert [(r.source.line, r.reason) for r in report.rejected_steps[:3]] == [
        (4, "its case (台账 row 3) was not imported"),
        (5, "its case (台账 row 3) was not imported"),
        (6, "no case row of the ledger has this session and number"),
    ]
    assert report.rejected_steps[3].source.line == 7
    assert report.rejected_steps[3].reason.startswith("步骤: “盖章” is not one of 交办、签收、调整承办单位")
    assert find_case(db, seeds.session_id, "2") is None


def test_the_exporters_register_round_trips_too(round_trip: RoundTrip, tmp_path: Path) -> None:
    """The same through the register that `casebook export` writes (in the installed language)."""
    from casebook.excel import export_register

    workbook = tmp_path / "register.xlsx"
    export_register.export_register(round_trip.original, workbook)
    imported = open_database(str(tmp_path / "c.sqlite"), user="clerk-c")
    try:
        report = import_ledger(imported, read_ledger(read_workbook(workbook), get_settings(imported)))
        assert (report.created, report.all_rejections) == (688, [])
        for year, as_of in ((2021, date(2021, 12, 31)), (2022, date(2022, 6, 30)), (2023, date(2023, 6, 30))):
            original = compute_statistics(round_trip.original, year, as_of=as_of)
            assert comparable(compute_statistics(imported, year, as_of=as_of)) == comparable(original)
    finally:
        imported.close()
