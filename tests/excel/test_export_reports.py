"""The per-unit lists, the monthly report and the annual statistics table of the demo register:
the figures are the statistics service's, the files open in LibreOffice."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from openpyxl.chart import BarChart

from casebook.domain.metrics import RateName
from casebook.excel import columns
from casebook.excel.export_reports import default_annual_as_of, export_annual, export_monthly, month_end
from casebook.excel.export_units import export_unit_lists
from casebook.excel.sheets import sheet_names
from casebook.services.queries.case_listing import CaseFilter
from casebook.services.queries.overdue import overdue_assignments
from casebook.services.queries.unit_lists import unit_case_lists
from casebook.services.statistics.figures import compute_statistics, statistics_narrative
from casebook.store.database import Database
from tests.excel.export_helpers import convert_with_libreoffice, demo_database
from tests.registers import DemoRegister


@pytest.fixture(scope="module")
def demo(demo_register: DemoRegister, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    yield from demo_database(demo_register, tmp_path_factory, "reports-demo")


def test_monthly_report_says_what_the_statistics_say(demo: Database, tmp_path: Path) -> None:
    path = tmp_path / "monthly.xlsx"
    summary = export_monthly(demo, path, 2023, 6)
    stats = compute_statistics(demo, 2023, as_of=date(2023, 6, 30))
    book = load_workbook(path)
    assert (
        book.sheetnames
        == list(summary.sheets)
        == [
            "Overview",
            "By lead unit",
            "Overdue replies",
            "Resolution rate chart",
            "Shares",
            "Key suggestions",
            "Motions",
        ]
    )
    overview = book["Overview"]
    assert overview["A1"].value == "Handling of deputies' suggestions: monthly report for 2023-06"
    assert overview["A2"].value == "Suggestions submitted in 2023; figures as of 2023-06-30"
    sentences = statistics_narrative(stats)
    assert [overview.cell(3 + i, 1).value for i in range(len(sentences))] == sentences
    header = 3 + len(sentences)
    assert [c.value for c in overview[header]] == [c.title for c in columns.RATE_TABLE]
    resolution = [c.value for c in overview[header + 1]]
    rate = stats.figures.rate(RateName.RESOLUTION)
    previous = stats.previous.rate(RateName.RESOLUTION)
    assert resolution[:3] == ["Resolution rate", rate.numerator, rate.denominator]
    assert resolution[3] == pytest.approx(float(rate.value or 0) / 100)
    assert resolution[4:6] == [previous.numerator, previous.denominator]
    assert resolution[7] == pytest.approx(float(stats.change(RateName.RESOLUTION) or 0))
    assert overview.cell(header + 1, 4).number_format == "0.0%"

    by_unit = book["By lead unit"]
    units = stats.breakdowns["lead_unit"]
    rows = list(by_unit.iter_rows(min_row=4, values_only=True))
    assert [r[0] for r in rows[: len(units)]] == [u.name for u in units]
    assert rows[len(units)][:4] == ("Total", stats.figures.total, stats.figures.replied, stats.figures.resolved)
    assert by_unit.freeze_panes == "A4" and by_unit.auto_filter.ref == f"A3:N{3 + len(units)}"

    overdue = book["Overdue replies"]
    listed = list(overdue.iter_rows(min_row=4, values_only=True))
    assert len(listed) == stats.figures.overdue == len(overdue_assignments(demo, 2023, date(2023, 6, 30))) > 0
    assert all(days == (date(2023, 6, 30) - due.date()).days for *_, due, days in listed)

    (chart,) = book["Resolution rate chart"]._charts
    assert isinstance(chart, BarChart) and chart.type == "bar"
    assert str(chart.series[0].val.numRef.f) == f"'By lead unit'!$E$4:$E${3 + len(units)}"
    convert_with_libreoffice(path, "pdf", tmp_path / "pdf")


def test_annual_statistics_table(demo: Database, tmp_path: Path) -> None:
    path = tmp_path / "annual.xlsx"
    export_annual(demo, path, 2022, as_of=date(2022, 12, 31))
    stats = compute_statistics(demo, 2022, as_of=date(2022, 12, 31))
    ws = load_workbook(path)["Statistics table"]
    assert ws["A1"].value == "Handling of deputies' suggestions in 2022: statistics table"
    sentences = statistics_narrative(stats)
    assert sentences[0].startswith("In 2022, 250 deputies' suggestions were supervised and 188 resolved")
    assert [ws.cell(3 + i, 1).value for i in range(len(sentences))] == sentences
    header = 3 + len(sentences)
    assert [c.value for c in ws[header]] == [
        "Handling unit",
        "Cases",
        "Replied",
        "Replies due",
        "Replied on time",
        "Resolved (A)",
        "Being resolved (B)",
        "To be resolved later (C)",
        "For reference (D)",
        "满意",
        "基本满意",
        "不满意",
        "Resolution rate",
        "Satisfaction rate",
        "Reply rate",
        "Closing rate",
    ]
    rows = list(ws.iter_rows(min_row=header + 1, values_only=True))
    units = len(stats.breakdowns["lead_unit"])
    total = rows[units]
    assert total[:6] == (
        "Total",
        250,
        stats.figures.replied,
        stats.figures.replies_due,
        stats.figures.replied_on_time,
        188,
    )
    assert sum(total[5:9]) == stats.figures.replied  # every replied case has a result category
    assert sum(total[9:12]) == stats.figures.rated
    assert total[12] == pytest.approx(0.752)
    assert total[14] == pytest.approx(stats.figures.replied / 250)
    assert total[15] == pytest.approx(round(stats.published.closed / 2.5, 1) / 100)  # 办结率 = closed ÷ cases
    assert all(0 <= row[15] <= 1 for row in rows[:units])  # each unit's closed ÷ its cases
    shares = {row[0]: row[1:] for row in load_workbook(path)["Shares"].iter_rows(min_row=3, values_only=True)}
    assert shares["Result class: 所提问题已经解决或基本解决(A)"] == (188, 250, "75.2%")
    assert shares["Reply rate (replied ÷ cases)"] == (stats.figures.replied, 250, f"{stats.figures.replied / 2.5:.1f}%")
    assert shares["Change in cases on the previous year"][0] == 250 - stats.previous.total
    for unit, row in zip(stats.breakdowns["lead_unit"], rows, strict=False):
        assert (row[0], row[1], row[5]) == (unit.name, unit.figures.total, unit.figures.resolved)
    assert ws.cell(header + 1 + units, 1).font.b
    convert_with_libreoffice(path, "pdf", tmp_path / "pdf")


def test_a_list_per_unit(demo: Database, tmp_path: Path) -> None:
    path = tmp_path / "units.xlsx"
    summary = export_unit_lists(demo, path, CaseFilter(year=2023))
    lists = unit_case_lists(demo, CaseFilter(year=2023))
    book = load_workbook(path)
    assert book.sheetnames == [unit_list.unit for unit_list in lists]  # the demo's names are valid as they are
    assert summary.rows == sum(len(unit_list.cases) for unit_list in lists)
    first = book[lists[0].unit]
    assert first["A1"].value == f"{lists[0].unit}: cases assigned"
    assert [c.value for c in first[3]] == [c.title for c in columns.UNIT_LIST]
    assert [r[1] for r in first.iter_rows(min_row=4, values_only=True)] == [c.number for c in lists[0].cases]
    assert first.auto_filter.ref == f"A3:L{3 + len(lists[0].cases)}" and first.freeze_panes == "A4"
    convert_with_libreoffice(path, "pdf", tmp_path / "pdf")


def test_sheet_names_excel_accepts() -> None:
    long = "某某市某某区人民政府某某街道办事处社区建设和管理服务中心"
    names = sheet_names([long, long, "市财政局[预算]/审计:*?", "History", "市财政局_预算__审计___", "", "'引号'"])
    assert names == [
        long[:31],
        long[:28] + "(2)",
        "市财政局_预算__审计___",
        "History(2)",
        "市财政局_预算__审计___(2)",
        "_",
        "引号",
    ]
    assert all(len(n) <= 31 for n in names)


def test_report_dates() -> None:
    assert month_end(2024, 2) == date(2024, 2, 29)
    assert month_end(2023, 12) == date(2023, 12, 31)
    assert default_annual_as_of(2022, today=date(2023, 1, 5)) == date(2022, 12, 31)
    assert default_annual_as_of(2023, today=date(2023, 7, 1)) == date(2023, 7, 1)


def test_an_empty_register_gives_valid_reports(db: Database, tmp_path: Path) -> None:
    export_monthly(db, tmp_path / "monthly.xlsx", 2023, 6)
    export_annual(db, tmp_path / "annual.xlsx", 2023, as_of=date(2023, 12, 31))
    summary = export_unit_lists(db, tmp_path / "units.xlsx")
    assert (summary.rows, summary.sheets) == (0, ("Assigned cases",))
    book = load_workbook(tmp_path / "monthly.xlsx")
    assert book["Overview"]["A3"].value == "As of 2023-06-30, no deputies' suggestions were registered."
    assert book["Resolution rate chart"]._charts == []
    for name in ("monthly", "annual", "units"):
        convert_with_libreoffice(tmp_path / f"{name}.xlsx", "pdf", tmp_path / "pdf")
