"""What the monthly report and the annual table gained (issue 16): 「分类占比」 in the monthly report,
the key suggestions with their progress, the motions by their state (no rate for a motion), and the
satisfaction note in the office's words — written, read back and checked against the statistics."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from openpyxl import load_workbook

from casebook.domain.enums import CaseKind, CaseState
from casebook.excel.export_reports import export_annual, export_monthly
from casebook.services.admin.office import get_settings, update_settings
from casebook.services.statistics.figures import compute_statistics, key_figures
from casebook.store.database import Database

STATES = {state.label for state in CaseState}


def sheets(path: Path) -> dict[str, list[tuple[object, ...]]]:
    workbook = load_workbook(path, read_only=True)
    try:
        return {
            ws.title: [row for row in ws.iter_rows(values_only=True) if any(v is not None for v in row)]
            for ws in workbook.worksheets
            if hasattr(ws, "iter_rows")
        }
    finally:
        workbook.close()


def listed(rows: list[tuple[object, ...]]) -> list[tuple[object, ...]]:
    """The data rows of a case list (under its header 「No.」)."""
    start = next(i for i, row in enumerate(rows) if row[0] == "No.")
    return [row for row in rows[start + 1 :] if row[0] != "(none)"]


def test_the_monthly_report_gains_shares_key_suggestions_and_motions(demo_db: Database, tmp_path: Path) -> None:
    path = tmp_path / "monthly.xlsx"
    summary = export_monthly(demo_db, path, 2023, 6)
    book = sheets(path)
    assert list(book)[-3:] == ["Shares", "Key suggestions", "Motions"] == list(summary.sheets)[-3:]
    stats = compute_statistics(demo_db, 2023, as_of=date(2023, 6, 30))
    shares = {row[0]: row for row in book["Shares"]}
    reply = shares["Reply rate (replied ÷ cases)"]
    assert reply[1:3] == (stats.figures.replied, stats.figures.total)
    styled = load_workbook(path)["Shares"]
    reply_row = next(row for row in styled.iter_rows() if row[0].value == "Reply rate (replied ÷ cases)")
    assert reply_row[3].data_type == "s" and reply_row[3].alignment.horizontal == "right"  # not 「25075.2%」
    assert "Closing rate (closed ÷ cases)" in shares
    assert any(str(label).startswith("Rating level: ") for label in shares)
    key = listed(book["Key suggestions"])
    key_stats = key_figures(compute_statistics(demo_db, 2023))  # the key cases as the register stands
    assert key_stats is not None and len(key) == key_stats.total > 0
    header = next(row for row in book["Key suggestions"] if row[0] == "No.")
    state = header.index("State")
    assert all(row[state] in STATES for row in key)
    motions = listed(book["Motions"])
    assert len(motions) == compute_statistics(demo_db, 2023, kind=CaseKind.MOTION).figures.total
    assert all(row[state] in STATES for row in motions)


def test_motions_are_told_by_their_state_not_a_rate(demo_db: Database, tmp_path: Path) -> None:
    monthly = tmp_path / "monthly.xlsx"
    export_monthly(demo_db, monthly, 2023, 3, kind=CaseKind.MOTION)
    overview = sheets(monthly)["Overview"]
    labels = [row[0] for row in overview]
    assert "Resolution rate" not in labels and "Satisfaction rate" not in labels
    assert not any(isinstance(v, float) and v == 0.0 for row in overview for v in row)  # no 0.0%
    assert overview[2][0] == (  # the sentence tells its state
        "As of 2023-03-31, 1 deputies' motions were handled, 0 of them completed and answered so far."
    )
    annual = tmp_path / "annual.xlsx"
    export_annual(demo_db, annual, 2022, kind=CaseKind.MOTION)
    book = sheets(annual)
    header = next(row for row in book["Statistics table"] if row[0] == "Handling unit")
    assert "Resolution rate" not in header and "Reply rate" not in header
    motions = listed(book["Motions"])
    assert [row[1] for row in motions] == ["聚焦共同富裕，持续增进民生福祉"]  # the seeds' 2022 motion
    assert "Key suggestions" not in book  # a report on motions lists no key suggestions


def test_the_satisfaction_note_follows_the_settings(demo_db: Database, tmp_path: Path) -> None:
    options = get_settings(demo_db).rating_options
    update_settings(
        demo_db,
        rating_options=tuple(replace(o, satisfied=False) if o.code == "basically_satisfied" else o for o in options),
    )
    path = tmp_path / "annual.xlsx"
    export_annual(demo_db, path, 2022)
    notes = [str(row[0]) for row in sheets(path)["Statistics table"] if row[0]]
    assert "Resolved: result A. Satisfaction rate: (满意) / rated." in notes
