"""单位答复表: forms written per unit, filled in as a unit would (openpyxl, and LibreOffice re-saving),
read back: replies recorded through the reply step, refusals listed with form, row and reason."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from casebook import clock
from casebook.cli.main import main
from casebook.domain.enums import AssignmentRole, CaseState
from casebook.excel.reply_forms import FORM_SHEET, HEADER_ROW, read_reply_form, write_reply_forms
from casebook.services.queries.case_views import case_detail
from casebook.services.queries.reply_forms import unit_forms
from casebook.services.statistics.figures import compute_statistics
from casebook.services.steps.assignments import assign_case
from casebook.services.steps.unit_replies import take_replies
from casebook.store.database import Database
from tests.conftest import Seeds
from tests.excel.export_helpers import convert_with_libreoffice
from tests.services.case_builder import build_case

TODAY = date(2023, 6, 1)
FIRST = HEADER_ROW + 1


def fill(
    path: Path, rows: dict[str, list[object]], *, reverse: bool = False, extra: list[object] | None = None
) -> None:
    """Fill the rows of the cases numbered as ``rows``' keys (reply date, result, contact method,
    contact person, summary), as a unit does; ``reverse`` sorts the rows the other way first."""
    book = load_workbook(path)
    sheet = book.worksheets[0]
    assert sheet.protection.sheet and book[FORM_SHEET].sheet_state == "hidden"
    lines = [[cell.value for cell in row] for row in sheet.iter_rows(min_row=FIRST)]
    if reverse:
        lines.reverse()
    for offset, values in enumerate(lines):
        filled = rows.get(str(values[1]), [None] * 5)
        for column, value in enumerate(values[:7] + filled, 1):
            sheet.cell(FIRST + offset, column, value)
    if extra is not None:
        for column, value in enumerate(extra, 1):
            sheet.cell(FIRST + len(lines), column, value)
    book.save(path)


def test_forms_are_read_back_into_replies_with_refusals(db: Database, seeds: Seeds, tmp_path: Path) -> None:
    post, transport = seeds.units["市邮政管理局"], seeds.units["市交通运输局"]
    with clock.fixed(TODAY):
        first = build_case(db, seeds, "0012", assigned_on=date(2023, 2, 10))
        assign_case(db, first.case_id, transport, AssignmentRole.ASSISTING, date(2023, 2, 10))
        second = build_case(db, seeds, "0013", assigned_on=date(2023, 2, 12))
        build_case(db, seeds, "0014", assigned_on=date(2023, 2, 12), replied_on=date(2023, 3, 1))  # not open
        forms = unit_forms(db, TODAY)
        assert [(f.unit, [c.number for c in f.cases]) for f in forms] == [
            ("市交通运输局", ["0012"]),
            ("市邮政管理局", ["0012", "0013"]),
        ]
        assert [c.role for c in forms[0].cases] == [AssignmentRole.ASSISTING]
        written = {w.unit: w.path for w in write_reply_forms(db, forms, tmp_path)}
        post_form, transport_form = written["市邮政管理局"], written["市交通运输局"]
        fill(
            post_form,
            {
                "0012": ["2023-03-01", "A类", "电话", "经办人员", "已落实快递安全检查"],
                "0013": [date(2023, 3, 5), "看情况再说", "电话", None, "研究中"],
            },
            reverse=True,
            extra=["市九届人大二次会议", "0099", "别的建议", None, None, None, None, "2023-03-01", "A"],
        )
        fill(transport_form, {"0012": ["2023年3月2日", None, "书面", None, "同意主办单位意见"]})

        rehearsed = take_replies(db, [read_reply_form(post_form)], dry_run=True)
        assert len(rehearsed.recorded) == 1 and case_detail(db, first.case_id).replies == ()

        # the assisting unit's opinion first: once the lead unit has replied the case is replied
        report = take_replies(db, [read_reply_form(transport_form), read_reply_form(post_form)])
        assert [(r.form, r.line, r.case, r.result_code) for r in report.recorded] == [
            (transport_form.name, FIRST, "市九届人大二次会议 0012", None),
            (post_form.name, FIRST + 1, "市九届人大二次会议 0012", "A"),
        ]
        refused = {(r.form, r.line): r.reason for r in report.refused}
        assert set(refused) == {(post_form.name, FIRST), (post_form.name, FIRST + 2)}
        assert "看情况再说" in refused[(post_form.name, FIRST)]
        assert "0099 is not on this form" in refused[(post_form.name, FIRST + 2)]
        detail = case_detail(db, first.case_id)
        assert detail.summary.state is CaseState.REPLIED
        assert {(r.unit, r.replied_on, r.result_code) for r in detail.replies} == {
            ("市邮政管理局", date(2023, 3, 1), "A"),
            ("市交通运输局", date(2023, 3, 2), None),
        }
        assert case_detail(db, second.case_id).replies == ()

        again = take_replies(db, [read_reply_form(post_form), read_reply_form(transport_form)], unit_id=post)
        reasons = {(r.form, r.line): r.reason for r in again.refused}
        assert "not allowed while the case is “Replied”" in reasons[(post_form.name, FIRST + 1)]
        assert "is for 市交通运输局" in reasons[(transport_form.name, None)]
        assert again.recorded == []


def test_a_form_whose_hidden_sheet_was_edited_or_that_is_no_form_is_refused_whole(
    db: Database, seeds: Seeds, tmp_path: Path
) -> None:
    with clock.fixed(TODAY):
        build_case(db, seeds, "0012", assigned_on=date(2023, 2, 10))
        [path] = [w.path for w in write_reply_forms(db, unit_forms(db, TODAY), tmp_path)]
        fill(path, {"0012": ["2023-03-01", "A", None, None, "好"]})
        book = load_workbook(path)
        book[FORM_SHEET]["B10"] = 99999  # another assignment
        book.save(tmp_path / "edited.xlsx")
        other = tmp_path / "other.xlsx"
        book = load_workbook(path)
        book.remove(book[FORM_SHEET])
        book.save(other)
        report = take_replies(db, [read_reply_form(tmp_path / "edited.xlsx"), read_reply_form(other)])
    assert report.recorded == []
    assert [(r.form, r.line) for r in report.refused] == [("edited.xlsx", None), ("other.xlsx", None)]
    assert "hidden sheet was changed" in report.refused[0].reason
    assert "not a reply form" in report.refused[1].reason


def test_demo_forms_through_the_command_line_and_libreoffice(
    demo_db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = str(demo_db.path)
    today = clock.today()
    before = compute_statistics(demo_db, 2023, as_of=today).figures
    out = tmp_path / "forms"
    out.mkdir()
    assert (
        main(["--db", target, "--lang", "en", "export", "reply-forms", "--all", "--year", "2023", "-o", str(out)]) == 0
    )
    forms = {f.unit: f for f in unit_forms(demo_db, today, year=2023)}
    files = sorted(out.glob("*.xlsx"))
    assert len(files) == len(forms) > 5
    assert sorted(len(f.cases) for f in forms.values()) == sorted(len(read_reply_form(p).keys) for p in files)
    leads = []
    for path in files:
        lead = next((c for c in forms[read_reply_form(path).unit].cases if c.role is AssignmentRole.LEAD), None)
        if lead is not None:
            leads.append((path, lead))
    (first_path, first_case), (second_path, second_case) = leads[:2]
    fill(first_path, {first_case.number: [first_case.assigned_on, "A", "当面", "分管负责人", "已解决"]})
    resaved = convert_with_libreoffice(second_path, "xlsx", tmp_path / "resaved")[0]
    fill(resaved, {second_case.number: [second_case.assigned_on, "B类", "电话", "经办人员", "正在解决"]})
    resaved = convert_with_libreoffice(resaved, "xlsx", tmp_path / "twice")[0]  # as the unit sends it back
    capsys.readouterr()
    code = main(["--db", target, "--lang", "en", "import-replies", str(first_path), str(resaved), "--json"])
    outcome = json.loads(capsys.readouterr().out)
    assert code == 0 and outcome["refused"] == []
    assert {(r["case"], r["result"]) for r in outcome["recorded"]} == {
        (f"{first_case.session} {first_case.number}", "A"),
        (f"{second_case.session} {second_case.number}", "B"),
    }
    replied_now = sum(
        case_detail(demo_db, c.case_id).summary.state is CaseState.REPLIED for c in (first_case, second_case)
    )
    after = compute_statistics(demo_db, 2023, as_of=today).figures
    assert after.replied - before.replied == replied_now >= 1
    assert after.replies - before.replies == 2
    assert main(["--db", target, "--lang", "en", "import-replies", str(first_path)]) == 1
    again = capsys.readouterr().out
    assert "while the case is “Replied”" in again or "has already replied" in again
