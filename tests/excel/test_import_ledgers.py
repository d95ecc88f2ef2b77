"""Importing messy ledgers built in code: title rows, synonyms, two-row headers, merged cells, every
date habit, name lists, blank / subtotal / heading rows, broken rows, re-import, dry run."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest

from casebook.domain.enums import AssignmentRole, CaseState, SessionKind
from casebook.excel.reading import read_workbook
from casebook.excel.rejects import write_rejects
from casebook.services.admin.office import get_settings
from casebook.services.ledger.importing import import_ledger
from casebook.services.ledger.report import ImportReport, summary_lines
from casebook.services.ledger.rows import read_ledger
from casebook.services.queries.case_views import case_detail
from casebook.services.steps.cases import find_case
from casebook.store.database import Database
from casebook.store.models import CongressSession
from tests.conftest import Seeds
from tests.excel.ledger_files import Row, write_ledger, write_xls
from tests.snapshot import file_bytes, table_contents

TOP = ["序号", "案号", "题目", "提出人", "附议代表", "代表团", "分类", "重点督办", "承办单位", None, "交办时间"]
TOP += ["办理情况", None, None, "备注"]
BOTTOM = [None] * 8 + ["主办", "会办", None, "答复时间", "答复类别", "满意度", None]
MERGES = ["A1:O1", "I3:J3", "L3:N3", "I6:I7", "A9:O9"] + [f"{c}3:{c}4" for c in "ABCDEFGHKO"]


def messy_rows() -> list[Row]:
    return [
        ["镇江市九届人大二次会议代表建议办理情况汇总表", *[None] * 14],
        ["填报单位：市人大常委会人代联委", *[None] * 10, "填报日期：2023年6月30日", None, None, None],
        TOP,
        BOTTOM,
        [
            1,
            "第0001号",
            "关于加强快递和外卖服务企业安全管理的建议",
            "魏 敏",
            "张伟，李娜;王芳",
            "京口",
            "城乡建设",
            "是",
            "市邮政管理局\u3000",
            "市市场监管局",
            datetime(2023, 1, 20),
            "2023.4.18",
            "A类",
            "满意",
            None,
        ],
        [
            2,
            "0002",
            "关于有效缓解主城区停车难的建议",
            "刘洋",
            None,
            "润州",
            "交通运输",
            "否",
            "市公安局",
            None,
            "2023/1/20",
            "2023年4月30日",
            "正在解决",
            "基本满意",
            None,
        ],
        [
            3,
            "0003",
            "关于规划建设茅山福道的建议",
            "陈静、赵磊",
            None,
            "句容",
            "城乡建设",
            "√",
            None,
            "市交通运输局",
            " 2023 - 1 - 20 ",
            None,
            None,
            None,
            "正在协调",
        ],
        [None] * 15,
        ["一、社会事业类", *[None] * 14],
        [
            4,
            "0004",
            "关于加强养老服务的建议",
            "孙丽",
            None,
            "京口",
            "社会事业",
            "否",
            "市民政局",
            None,
            "2023-01-20",
            "20230410",
            "已解决",
            "不满意",
            None,
        ],
        [
            5,
            "0005",
            "关于完善公交线网的建议",
            "周涛",
            None,
            "京口",
            "交通运输",
            "否",
            "市交通运输局",
            None,
            "2023-01-20",
            "2022-12-01",
            "A",
            None,
            None,
        ],
        [
            6,
            "0006",
            "关于整治噪声扰民的建议",
            "吴敏",
            None,
            "京口",
            "城乡建设",
            "否",
            "市交通运输局",
            None,
            "2023-01-20",
            "2023-04-01",
            "X类",
            None,
            None,
        ],
        [
            7,
            "0007",
            None,
            "郑强",
            None,
            "京口",
            "城乡建设",
            "否",
            "市交通运输局",
            None,
            "2023-01-20",
            None,
            None,
            None,
            None,
        ],
        [
            8,
            "0008",
            "关于增设公共厕所的建议",
            "郑强",
            None,
            "京口",
            "城乡建设",
            "否",
            None,
            None,
            None,
            "2023-04-01",
            "A",
            "满意",
            None,
        ],
        ["合计", *[None] * 13, "共8件"],
    ]


@pytest.fixture
def messy(tmp_path: Path) -> Path:
    return write_ledger(tmp_path / "台账.xlsx", messy_rows(), MERGES, title="2023年建议")


def take(db: Database, path: Path, **options: object) -> ImportReport:
    ledger = read_ledger(read_workbook(path), get_settings(db))
    return import_ledger(db, ledger, **options)  # type: ignore[arg-type]


def test_a_messy_ledger(db: Database, seeds: Seeds, messy: Path) -> None:
    report = take(db, messy)
    assert (report.created, report.updated, report.unchanged, len(report.rejected)) == (4, 0, 0, 4)
    assert (report.skipped.blank, report.skipped.subtotals, report.skipped.headings) == (1, 1, 1)
    reasons = {r.source.line: r.reason for r in report.rejected}
    assert (
        reasons[11]
        == "Case 市九届人大二次会议 No. 0005: the date 2022-12-01 is before the assignment date (2023-01-20)"
    )
    assert reasons[12] == (
        "答复类别: “X类” is not a result category (A、B、C、D) the office knows: map it once with "
        '--map-value "X类=…", giving its class, or 无 when it means there is no result yet (or choose in the '
        "import preview)"
    )
    assert reasons[13] == "the row has no title (标题)"
    assert reasons[14] == "the row has a reply, result or rating but no handling unit (承办单位)"
    # created and listed; the deputies of refused rows (周涛, 吴敏, 郑强) were not kept
    assert report.new_deputies == ["刘洋", "赵磊", "孙丽"]
    assert report.new_units == ["市公安局", "市民政局"]
    assert report.new_delegations == ["润州", "句容"]
    assert report.created_names["categories"] == ["交通运输", "社会事业"]
    assert report.created_names["sessions"] == []  # 市九届人大二次会议 found in the title row

    courier = find_case(db, seeds.session_id, "0001")
    assert courier is not None and courier.state is CaseState.RATED
    assert courier.lead_deputy == "魏敏" and courier.cosigners == ("张伟", "李娜", "王芳")
    assert courier.submitted_on == date(2023, 1, 6)  # no 提出日期 column: the session's first day
    detail = case_detail(db, courier.id)
    assert [(a.unit, a.role) for a in detail.assignments] == [
        ("市邮政管理局", AssignmentRole.LEAD),
        ("市市场监管局", AssignmentRole.ASSISTING),
    ]
    assert [(r.unit, r.replied_on, r.result_code) for r in detail.replies] == [("市邮政管理局", date(2023, 4, 18), "A")]
    assert [(r.deputy, r.overall, r.rated_on) for r in detail.ratings] == [("魏敏", "satisfied", date(2023, 4, 18))]
    fudao = find_case(db, seeds.session_id, "0003")
    assert fudao is not None and fudao.is_key and fudao.lead_deputy == "陈静" and fudao.cosigners == ("赵磊",)
    assert [a.unit for a in case_detail(db, fudao.id).assignments] == ["市公安局", "市交通运输局"]  # merged cell
    assert find_case(db, seeds.session_id, "0004") is not None
    assert find_case(db, seeds.session_id, "0005") is None


def test_the_rejects_workbook_keeps_the_rows_and_says_why(
    db: Database, seeds: Seeds, messy: Path, tmp_path: Path
) -> None:
    grid = read_workbook(messy)
    ledger = read_ledger(grid, get_settings(db))
    report = import_ledger(db, ledger)
    out = tmp_path / "rejects.xlsx"
    assert write_rejects(out, grid, ledger.header_lines, report) == 4
    sheet = openpyxl.load_workbook(out)["2023年建议"]
    rows = [list(r) for r in sheet.iter_rows(values_only=True)]
    assert rows[0][:3] == ["序号", "案号", "题目"] and rows[0][-2:] == ["Row", "Reason"]
    assert rows[1][8:10] == ["主办", "会办"]  # the second header row
    assert [r[-2] for r in rows[2:]] == [11, 12, 13, 14]
    assert rows[2][:4] == [5, "0005", "关于完善公交线网的建议", "周涛"]
    assert rows[2][11] == "2022-12-01" and "before the assignment date" in rows[2][-1]
    assert rows[4][-1] == "the row has no title (标题)"


def test_reimporting_updates_instead_of_duplicating(db: Database, db_target: str, seeds: Seeds, messy: Path) -> None:
    take(db, messy)
    before = table_contents(db_target)["case_record"]
    again = take(db, messy)
    assert (again.created, again.updated, again.unchanged, len(again.rejected), again.steps) == (0, 0, 4, 4, 0)
    assert table_contents(db_target)["case_record"] == before
    rows = messy_rows()
    rows[5][2] = "关于有效缓解主城区停车难问题的建议"  # a corrected title
    rows[6][11:14] = ["2023-04-25", "B", "满意"]  # 0003 has been answered and rated since
    changed = write_ledger(messy.with_name("台账2.xlsx"), rows, MERGES, title="2023年建议")
    third = take(db, changed)
    assert (third.created, third.updated, third.unchanged, third.steps) == (0, 2, 2, 2)
    parking = find_case(db, seeds.session_id, "0002")
    assert parking is not None and parking.title == "关于有效缓解主城区停车难问题的建议"
    fudao = find_case(db, seeds.session_id, "0003")
    assert fudao is not None and fudao.state is CaseState.RATED
    assert len(table_contents(db_target)["case_record"]) == 4


def test_a_dry_run_changes_nothing_and_tells_the_same(db: Database, db_target: str, seeds: Seeds, messy: Path) -> None:
    before, file_before = table_contents(db_target), file_bytes(db_target)
    rehearsal = take(db, messy, dry_run=True)
    assert table_contents(db_target) == before
    assert file_bytes(db_target) == file_before
    real = take(db, messy)
    assert rehearsal.dry_run and not real.dry_run
    summary = (rehearsal.created, rehearsal.updated, rehearsal.steps, rehearsal.rejected, rehearsal.created_names)
    assert summary == (real.created, real.updated, real.steps, real.rejected, real.created_names)


def test_a_failed_import_leaves_the_database_as_it_was(
    db: Database, db_target: str, seeds: Seeds, messy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise OSError("disk full")

    before, file_before = table_contents(db_target), file_bytes(db_target)
    monkeypatch.setattr("casebook.services.ledger.steps.record_rating", broken)
    monkeypatch.setattr("casebook.services.ledger.bulk_writes.insert", broken)  # the bulk path's writes
    monkeypatch.setattr("casebook.services.ledger.bulk_writes.insert_rows", broken)  # (SQLite's)
    with pytest.raises(OSError, match="disk full"):
        take(db, messy)
    assert table_contents(db_target) == before
    assert file_bytes(db_target) == file_before


def test_the_same_ledger_as_an_old_xls_file(db: Database, seeds: Seeds, tmp_path: Path) -> None:
    import xlwt  # noqa: F401  (in the test extras: the .xls path is always tested)

    merges = [(0, 0, 0, 14), (2, 2, 8, 9), (2, 2, 11, 13), (5, 6, 8, 8), (8, 8, 0, 14)]
    merges += [(2, 3, c, c) for c in (0, 1, 2, 3, 4, 5, 6, 7, 10, 14)]
    rows = messy_rows()
    for r0, r1, c0, c1 in merges:  # xlwt writes a merged range's value once
        for r in range(r0, r1 + 1):
            for c in range(c0, c1 + 1):
                if (r, c) != (r0, c0):
                    rows[r][c] = None
    path = write_xls(tmp_path / "台账.xls", rows, merges)
    report = take(db, path)
    assert (report.created, len(report.rejected)) == (4, 4)
    assert (report.skipped.blank, report.skipped.subtotals, report.skipped.headings) == (1, 1, 1)
    fudao = find_case(db, seeds.session_id, "0003")
    assert fudao is not None and [a.unit for a in case_detail(db, fudao.id).assignments] == ["市公安局", "市交通运输局"]


def simple_ledger(path: Path, session_column: bool = False) -> Path:
    header = ["编号", "标题", "领衔代表", "提出日期", "主办单位", "交办日期"] + (["届次"] if session_column else [])
    row = ["1", "关于建设口袋公园的建议", "魏敏", "2024-01-10", "市住建局", "2024-02-01"]
    return write_ledger(path, [header, row + (["2023年闭会期间"] if session_column else [])])


def test_a_session_given_for_the_whole_file_is_created(db: Database, tmp_path: Path) -> None:
    report = take(db, simple_ledger(tmp_path / "l.xlsx"), session_name="市九届人大三次会议")
    assert report.created == 1 and report.created_names["sessions"] == ["市九届人大三次会议"]
    with db.read() as session:
        created = session.query(CongressSession).one()
        assert (created.kind, created.year, created.term, created.meeting_number) == (SessionKind.MEETING, 2024, 9, 3)


def test_a_session_named_in_a_column(db: Database, seeds: Seeds, tmp_path: Path) -> None:
    report = take(db, simple_ledger(tmp_path / "l.xlsx", session_column=True))
    assert report.created == 1 and report.created_names["sessions"] == []
    assert find_case(db, seeds.interim_id, "1") is not None


def test_without_a_session_the_rows_are_refused(db: Database, tmp_path: Path) -> None:
    report = take(db, simple_ledger(tmp_path / "l.xlsx"))
    assert report.created == 0
    assert [r.reason for r in report.rejected] == [
        "the row names no session (届次会议), and none was given for the whole file"
    ]


def test_a_total_with_its_count_and_notes_under_the_table_are_passed_over(db: Database, tmp_path: Path) -> None:
    """A county's sheet: 「合计 | 5件」 below the cases, then 「注：…」 and a signature line — not cases."""
    rows: list[Row] = [
        ["序号", "建议题目", "领衔代表", "主办单位", "办理结果"],
        [1, "关于加强农村道路养护的建议", "王建国", "区交通运输局", "已解决"],
        [2, "关于增设公交站点的建议", "刘芳", "区交通运输局", "B"],
        ["合计", "2件", None, None, None],
        ["注：办理结果分为已解决、正在解决、留作参考三类。"],
        ["填表人：张敏", None, "审核人：李强", None, "联系电话：0511-85000000"],
    ]
    path = write_ledger(tmp_path / "丹徒区2023年建议.xlsx", rows, ["A5:E5"])
    report = take(db, path, session_name="丹徒区十八届人大三次会议")
    assert report.created == 2 and report.rejected == []
    assert (report.skipped.subtotals, report.skipped.notes) == (1, 2)
    assert any("2 notes under the table" in line for line in summary_lines(report))
