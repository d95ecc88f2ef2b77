"""Letters to handling units (.docx from docxtpl templates): every case of a unit with its role and
dates, the date in Chinese, the office's own templates used as they are, broken ones refused."""

from __future__ import annotations

import re
import shutil
import subprocess
import zipfile
from datetime import date
from pathlib import Path

import pytest
from docx import Document

from casebook import clock
from casebook.cli.main import main
from casebook.domain.enums import AssignmentRole
from casebook.excel.letter_files import LetterTemplateError, shipped_template, write_letters
from casebook.services.admin.office import update_settings
from casebook.services.queries.letters import LetterKind, assignment_letters, chinese_date
from casebook.services.queries.reply_forms import unit_forms
from casebook.services.statistics.figures import compute_statistics
from casebook.services.steps.assignments import assign_case
from casebook.store.database import Database
from tests.conftest import Seeds
from tests.excel.export_helpers import convert_with_libreoffice
from tests.services.case_builder import build_case

AS_OF = date(2023, 5, 20)


def table_rows(path: Path) -> list[list[str]]:
    """The rows of the letter's first table (the case list) as text, header first."""
    tables = Document(str(path)).tables
    return [[cell.text for cell in row.cells] for row in tables[0].rows]


def paragraphs(path: Path) -> list[str]:
    return [p.text for p in Document(str(path)).paragraphs]


@pytest.fixture
def handled(db: Database, seeds: Seeds) -> dict[str, int]:
    """Three open cases of 市邮政管理局 (one overdue on AS_OF, one due within days, one later), one
    of them with 市交通运输局 assisting, and one replied."""
    with clock.fixed(AS_OF):
        ids = {
            "0012": build_case(db, seeds, "0012", assigned_on=date(2023, 1, 10)).case_id,  # due 2023-04-10
            "0013": build_case(db, seeds, "0013", assigned_on=date(2023, 2, 25)).case_id,  # due 2023-05-25
            "0014": build_case(db, seeds, "0014", assigned_on=date(2023, 3, 20)).case_id,  # due 2023-06-20
            "0015": build_case(db, seeds, "0015", assigned_on=date(2023, 2, 1), replied_on=date(2023, 3, 1)).case_id,
        }
        assign_case(db, ids["0014"], seeds.units["市交通运输局"], AssignmentRole.ASSISTING, date(2023, 3, 20))
        update_settings(db, office_name="镇江市人大常委会人代联委", office_contact="王明 0511-85000000")
    return ids


def test_assignment_notices_list_every_open_case_of_each_unit(
    db: Database, db_target: str, handled: dict[str, int], tmp_path: Path
) -> None:
    with clock.fixed(AS_OF):
        assert main(["--db", db_target, "--lang", "en", "letters", "assignment", "--all", "-o", str(tmp_path)]) == 0
        forms = {form.unit: form for form in unit_forms(db, AS_OF)}
    notices = sorted(tmp_path.glob("*_交办通知.docx"))
    assert [p.name for p in notices] == ["市交通运输局_交办通知.docx", "市邮政管理局_交办通知.docx"]
    assert len(list(tmp_path.glob("*_签收回执.docx"))) == 2
    post = tmp_path / "市邮政管理局_交办通知.docx"
    rows = table_rows(post)
    assert rows[0][:3] == ["序号", "届次", "编号"]
    expected = [
        [str(i), c.session, c.number, c.title, "魏敏", "主办", c.due_on.isoformat()]
        for i, c in enumerate(forms["市邮政管理局"].cases, 1)
    ]
    assert rows[1:] == expected
    assert [row[2] for row in rows[1:]] == ["0012", "0013", "0014"]  # by due date; 0015 is answered
    assert table_rows(tmp_path / "市交通运输局_交办通知.docx")[1][2:6] == ["0014", "建议0014", "魏敏", "协办"]
    text = paragraphs(post)
    assert "市邮政管理局：" in text and "2023年5月20日" in text and "镇江市人大常委会人代联委" in text
    assert any("现将3件代表建议" in line and "3个月内" in line for line in text)
    assert any("王明 0511-85000000" in line for line in text)
    receipt = tmp_path / "市邮政管理局_签收回执.docx"
    assert [row[2] for row in table_rows(receipt)[1:]] == ["0012", "0013", "0014"]
    assert "镇江市人大常委会人代联委：" in paragraphs(receipt)


def test_reminders_name_the_overdue_and_nearly_due_cases_and_reports_the_units_figures(
    db: Database, db_target: str, handled: dict[str, int], tmp_path: Path
) -> None:
    with clock.fixed(date(2023, 6, 30)):
        args = ["--db", db_target, "--lang", "en", "letters"]
        assert main([*args, "reminder", "--unit", "市邮政管理局", "--as-of", "2023-05-20", "-o", str(tmp_path)]) == 0
        assert main([*args, "report", "--as-of", "2023-06-30", "-o", str(tmp_path)]) == 0
        stats = compute_statistics(db, 2023, as_of=date(2023, 6, 30))
    reminder = tmp_path / "市邮政管理局_催办函.docx"
    rows = table_rows(reminder)
    assert [(r[2], r[5], r[6]) for r in rows[1:]] == [
        ("0012", "2023-04-10", "逾期40天"),
        ("0013", "2023-05-25", "还剩5天"),
    ]
    assert any("1件已超过答复期限，1件将在15日内到期" in line for line in paragraphs(reminder))
    assert not (tmp_path / "市交通运输局_催办函.docx").exists()  # only --unit
    post = next(row for row in stats.breakdowns["unit"] if row.name == "市邮政管理局")
    report = tmp_path / "市邮政管理局_办理情况通报.docx"
    body = "".join(paragraphs(report))
    assert f"代表建议{post.figures.total}件，已答复{post.figures.replied}件" in body
    figures = {row[0]: row[1] for row in table_rows(report)[1:]}
    assert figures["建议总数"] == f"{post.figures.total}件" == "4件"
    assert figures["已答复"] == "1件"
    assert figures["解决率"] == "25.0%（1/4）"  # 0015 replied with A


def test_the_offices_own_template_is_used_as_it_is_and_a_broken_one_is_refused_with_its_place(
    db: Database, handled: dict[str, int], tmp_path: Path
) -> None:
    own = tmp_path / "templates"
    own.mkdir()
    document = Document(str(shipped_template(LetterKind.ASSIGNMENT)))
    document.paragraphs[0].runs[0].text = "关于交办{{ case_count }}件代表建议的通知（本委格式）"
    document.save(str(own / "assignment.docx"))
    update_settings(db, letter_templates=str(own))
    out = tmp_path / "out"
    out.mkdir()
    letters = [letter for letter in assignment_letters(db, AS_OF) if letter.unit == "市邮政管理局"]
    written = write_letters(db, letters, out)
    notice = next(w.path for w in written if w.kind is LetterKind.ASSIGNMENT)
    assert paragraphs(notice)[0] == "关于交办3件代表建议的通知（本委格式）"
    receipt = next(w.path for w in written if w.kind is LetterKind.RECEIPT)
    assert paragraphs(receipt)[0] == paragraphs(shipped_template(LetterKind.RECEIPT))[0]  # not in the folder

    broken = Document(str(own / "assignment.docx"))
    broken.paragraphs[3].runs[0].text = "请于{{ date 前送回。"
    broken.save(str(own / "assignment.docx"))
    shutil.rmtree(out)
    out.mkdir()
    with pytest.raises(LetterTemplateError) as refused:
        write_letters(db, letters, out)
    assert "assignment.docx" in refused.value.message
    assert "paragraph 4 («请于{{ date 前送回。»)" in refused.value.message
    assert list(out.iterdir()) == []

    (own / "assignment.docx").write_text("not a document", encoding="utf-8")
    with pytest.raises(LetterTemplateError, match="is not a Word document"):
        write_letters(db, letters, out)

    update_settings(db, letter_templates=str(tmp_path / "no such folder"))
    with pytest.raises(LetterTemplateError) as refused:  # not the shipped templates without a word
        write_letters(db, letters, out)
    assert f"{tmp_path / 'no such folder'} (setting letter_templates) is not there" in refused.value.message
    assert list(out.iterdir()) == []


def test_shipped_templates_carry_the_official_fonts_with_fallbacks() -> None:
    for kind in LetterKind:
        path = shipped_template(kind)
        fonts = zipfile.ZipFile(path).read("word/fontTable.xml").decode("utf-8")
        assert 'w:name="方正小标宋简体"><w:altName w:val="黑体"/>' in fonts
        assert 'w:name="仿宋_GB2312"><w:altName w:val="仿宋"/>' in fonts
        document = Document(str(path))
        title = document.paragraphs[0].runs[0]._element.rPr.rFonts
        assert title.get("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}eastAsia") in (
            "方正小标宋简体",
            "仿宋_GB2312",
        )
        assert round(document.sections[0].top_margin.mm) == 37 and round(document.sections[0].left_margin.mm) == 28
    assert chinese_date(date(2023, 1, 6)) == "2023年1月6日"


def test_demo_assignment_notices_for_every_unit_and_one_through_libreoffice(demo_db: Database, tmp_path: Path) -> None:
    as_of = date(2023, 3, 1)
    out = tmp_path / "letters"
    out.mkdir()
    assert (
        main(["--db", str(demo_db.path), "letters", "assignment", "--all", "--as-of", "2023-03-01", "-o", str(out)])
        == 0
    )
    forms = unit_forms(demo_db, as_of)
    assert len(forms) > 20
    for form in forms:
        rows = table_rows(out / f"{form.unit}_交办通知.docx")
        assert [(r[2], r[6]) for r in rows[1:]] == [(c.number, c.due_on.isoformat()) for c in form.cases]
        assert "2023年3月1日" in paragraphs(out / f"{form.unit}_交办通知.docx")
    biggest = max(forms, key=lambda form: len(form.cases))
    [pdf] = convert_with_libreoffice(out / f"{biggest.unit}_交办通知.docx", "pdf", tmp_path / "pdf")
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF") and len(re.findall(rb"/Type\s*/Page[^s]", data)) >= 2  # the notice, the list
    if shutil.which("pdftotext"):
        printed = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
        text = "".join(printed.split())  # pdftotext spaces digits from Chinese and breaks lines
        assert "关于交办代表建议的通知" in text and f"{biggest.unit}：" in text and "2023年3月1日" in text
        assert all(case.number in text for case in biggest.cases)


def test_the_folder_named_by_o_is_made_when_its_parent_exists(
    db: Database, db_target: str, handled: dict[str, int], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with clock.fixed(date(2023, 6, 30)):
        args = ["--db", db_target, "--lang", "zh_CN", "letters", "reminder", "--all", "--as-of", "2023-05-20"]
        assert main([*args, "-o", str(tmp_path / "催办函")]) == 0
        assert (tmp_path / "催办函" / "市邮政管理局_催办函.docx").exists()
        capsys.readouterr()
        assert main([*args, "-o", str(tmp_path / "无此文件夹" / "催办函")]) == 2
        assert f"文件夹 {tmp_path / '无此文件夹'} 不存在" in capsys.readouterr().err
        assert not (tmp_path / "无此文件夹").exists()
        (tmp_path / "a.txt").write_text("x", encoding="utf-8")
        assert main([*args, "-o", str(tmp_path / "a.txt")]) == 2
        assert "是文件，不是文件夹" in capsys.readouterr().err
