"""Subsets (issue 16): the cases a kind of unit answers for (「交由市政府系统办理的…」, the court's 11
suggestions of 2022 in the seeds) and a year split by session, on the demo register — the statistics,
the register's filter and the reports' figures agree with a count made here from the cases' units."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from openpyxl import load_workbook
from sqlalchemy import select

from casebook.domain.enums import CaseKind, CaseState, UnitKind
from casebook.excel.export_reports import export_annual
from casebook.services.queries.case_listing import CaseFilter, iter_case_rows
from casebook.services.queries.overdue import overdue_assignments
from casebook.services.statistics.by_session import by_session_dict, statistics_by_session
from casebook.services.statistics.figures import compute_statistics
from casebook.store.database import Database
from casebook.store.models import CongressSession, HandlingUnit

END_2022 = date(2022, 12, 31)


def unit_names(db: Database, kind: UnitKind) -> set[str]:
    with db.read() as session:
        return set(session.scalars(select(HandlingUnit.name).where(HandlingUnit.kind == kind)))


def counted_here(db: Database, year: int, kind: UnitKind) -> int:
    """The year's suggestions (not withdrawn) with a lead or separate unit of ``kind``, from the rows."""
    names = unit_names(db, kind)
    rows = iter_case_rows(db, CaseFilter(year=year, kind=CaseKind.SUGGESTION))
    return sum(
        1 for row in rows if row.state is not CaseState.WITHDRAWN and names & {*row.lead_units, *row.separate_units}
    )


def test_the_cases_a_kind_of_unit_answers_for(demo_db: Database) -> None:
    court = compute_statistics(demo_db, 2022, as_of=END_2022, unit_kind="court")
    assert court.figures.total == 11 == counted_here(demo_db, 2022, UnitKind.COURT)  # the seeds' 11
    assert court.unit_kind == "court"
    government = compute_statistics(demo_db, 2022, as_of=END_2022, unit_kind="government")
    whole = compute_statistics(demo_db, 2022, as_of=END_2022)
    assert government.figures.total == counted_here(demo_db, 2022, UnitKind.GOVERNMENT)
    each_kind = [compute_statistics(demo_db, 2022, as_of=END_2022, unit_kind=k.value).figures.total for k in UnitKind]
    assert sum(each_kind) >= whole.figures.total > government.figures.total  # a case may have two kinds
    # the subset's own figures: its lead units are of that kind (a court case led by a court)
    assert {row.name for row in court.breakdowns["lead_unit"]} & unit_names(demo_db, UnitKind.COURT)
    assert court.figures.resolved <= court.figures.total and court.previous.total > 0  # compared with 2021's
    # the register's filter and the overdue list take the same subset
    rows = list(
        iter_case_rows(
            demo_db, CaseFilter(year=2022, kind=CaseKind.SUGGESTION, include_withdrawn=False, unit_kind=UnitKind.COURT)
        )
    )
    assert len(rows) == 11
    as_of = date(2023, 6, 30)
    overdue = overdue_assignments(demo_db, 2023, as_of, unit_kind=UnitKind.GOVERNMENT)
    subset = compute_statistics(demo_db, 2023, as_of=as_of, unit_kind="government")
    assert len(overdue) >= subset.figures.overdue > 0
    assert len(overdue) <= len(overdue_assignments(demo_db, 2023, as_of))


def test_a_year_split_by_session_in_one_table(demo_db: Database, tmp_path: Path) -> None:
    columns = statistics_by_session(demo_db, 2023)
    with demo_db.read() as session:
        kinds = dict(session.execute(select(CongressSession.name, CongressSession.kind)).all())
    names = [column.name for column in columns]
    assert names == ["市九届人大二次会议", "2023年闭会期间", "Whole year"]
    assert kinds[names[0]].value == "meeting" and kinds[names[1]].value == "interim"
    whole = columns[-1].stats.figures
    for count in ("total", "replied", "resolved", "rated", "satisfied", "replies_due", "replied_on_time"):
        assert sum(getattr(c.stats.figures, count) for c in columns[:-1]) == getattr(whole, count), count
    data = by_session_dict(columns)
    meeting = data["columns"][0]
    assert meeting["resolution_rate"]["numerator"] == columns[0].stats.figures.resolved
    assert meeting["resolution_rate"]["denominator"] == meeting["total"]
    assert meeting["reply_rate"]["text"].endswith("%")
    path = tmp_path / "annual.xlsx"
    export_annual(demo_db, path, 2023)
    workbook = load_workbook(path, read_only=True)
    try:
        sheet = workbook["By session"]
        rows = [row for row in sheet.iter_rows(values_only=True) if any(row)]
    finally:
        workbook.close()
    header = next(row for row in rows if row[0] == "Figure")
    assert list(header[1:4]) == names
    cases = next(row for row in rows if row[0] == "Cases")
    assert list(cases[1:4]) == [c.stats.figures.total for c in columns]
    resolution = next(row for row in rows if row[0] == "Resolution rate")
    first = meeting["resolution_rate"]
    assert resolution[1] == f"{first['text']}（{first['numerator']}/{first['denominator']}）"
