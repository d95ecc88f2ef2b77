"""Thirteen ledgers in other offices' habits, built in code, each with the counts it must import to.

The counts were worked out by hand from the rows below (the comments say how), never by running
the import. Offices differ in: no date columns at all; only 序号/题目/提出人/承办单位/结果/满意度;
two-row headers in .xls and .xlsx; 甲乙丙丁 classes; long result descriptions (two of them
ambiguous); 比较满意; 面商/走访; delegation as 所在代表团 / 代表团 / 团组; co-signers in one cell and
in several columns; a motion replied without a result class; a meeting sheet next to an interim
(闭会期间) sheet; dates that are wrong; a number written twice.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import openpyxl

from tests.excel.ledger_files import Row, write_ledger, write_xls

MEETING = "市九届人大二次会议"
OPENING = date(2023, 1, 6)  # its first day


@dataclass(frozen=True)
class Expected:
    """What the ledger imports to; ``counts`` are compared key by key with :func:`tally`'s."""

    created: int
    refused: dict[int, str] = field(default_factory=dict)  # line → a part of its reason
    counts: dict[str, Any] = field(default_factory=dict)
    inferred: dict[str, int] = field(default_factory=dict)
    by_cues: int = 0
    unmapped: tuple[str, ...] = ()  # wordings listed as not mapped


@dataclass(frozen=True)
class CorpusLedger:
    name: str
    write: Callable[[Path], Path]
    expected: Expected
    session_name: str | None = None
    session_date: date | None = None


def write_book(path: Path, sheets: dict[str, Sequence[Row]], merges: dict[str, Sequence[str]] | None = None) -> Path:
    """A workbook with one sheet per entry of ``sheets`` (in order)."""
    book = openpyxl.Workbook()
    book.remove(book.active)  # type: ignore[arg-type]
    for title, rows in sheets.items():
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(list(row))
        for cell_range in (merges or {}).get(title, ()):
            sheet.merge_cells(cell_range)
    book.save(path)
    return path


# 1. A county's ledger without a single date; 所在代表团; the year only in the title row.
def county_without_dates(folder: Path) -> Path:
    rows = [
        ["句容市人大常委会2023年度代表建议办理情况汇总表", *[None] * 6],
        ["序号", "建议题目", "领衔代表", "所在代表团", "承办单位", "办理结果", "代表意见"],
        [1, "关于加快茅山福道建设的建议", "陈静", "茅山镇", "市住建局", "A", "满意"],
        [2, "关于改善农村公路的建议", "赵磊", "白兔镇", "市交通运输局", "B", "基本满意"],
        [3, "关于增加乡村医生的建议", "孙丽", "茅山镇", "市卫健委", "C", "满意"],
        [4, "关于建设口袋公园的建议", "周涛", "华阳街道", "市住建局", None, None],
    ]
    return write_ledger(folder / "句容台账.xlsx", rows, ["A1:G1"])


# 2. Only 序号/题目/提出人/承办单位/结果/满意度, results in words.
def only_six_columns(folder: Path) -> Path:
    rows = [
        ["2022年度代表建议办理台账", *[None] * 5],
        ["序号", "题目", "提出人", "承办单位", "结果", "满意度"],
        [1, "关于加强治安巡逻的建议", "魏敏", "市公安局", "已解决", "满意"],
        [2, "关于提高养老补贴的建议", "刘洋", "市民政局", "正在解决", "不满意"],
        [3, "关于夜间噪声整治的建议", "王芳", "市公安局", "留作参考", "基本满意"],
    ]
    return write_ledger(folder / "简表.xlsx", rows)


THREE_UNDER_ONE = [
    ["镇江市九届人大二次会议代表建议办理情况", *[None] * 7],
    ["编号", "标题", "领衔代表", "主办单位", "交办日期", "办理情况", None, None],
    [None, None, None, None, None, "答复日期", "办理结果", "代表意见"],
    ["0001", "关于缓解停车难的建议", "刘洋", "市公安局", date(2023, 1, 20), date(2023, 4, 20), "A", "满意"],
    ["0002", "关于推进垃圾分类的建议", "孙丽", "市城管局", date(2023, 1, 20), date(2023, 4, 25), "B", "比较满意"],
    ["0003", "关于优化公交线网的建议", "周涛", "市交通运输局", date(2023, 1, 20), None, None, None],
]


# 3. A city ledger in .xls: 「办理情况」 merged over a second header row; the year in the file name.
def city_xls_two_row_header(folder: Path) -> Path:
    merges = [(0, 0, 0, 7), (1, 1, 5, 7)] + [(1, 2, c, c) for c in range(5)]
    return write_xls(folder / "城市台账2023.xls", THREE_UNDER_ONE, merges)


# 4. A two-row header in .xlsx: 联名代表 over three columns, 承办单位 over 主办 / 协办.
def xlsx_cosigner_columns(folder: Path) -> Path:
    rows = [
        ["序号", "案由", "提出人", "联名代表", None, None, "承办单位", None, "答复时间"],
        [None, None, None, "联名代表1", "联名代表2", "联名代表3", "主办", "协办", None],
        [1, "关于加强养老服务的建议", "孙丽", "张伟", "李娜", None, "市民政局", "市财政局", date(2023, 5, 10)],
        [2, "关于完善公交线网的建议", "周涛", "王芳", None, None, "市交通运输局", None, None],
    ]
    merges = ["D1:F1", "G1:H1", "A1:A2", "B1:B2", "C1:C2", "I1:I2"]
    return write_ledger(folder / "联名.xlsx", rows, merges)


# 5. 甲乙丙丁 classes, an interim period's ledger with every date but the submission's.
def classes_in_chinese(folder: Path) -> Path:
    rows = [
        ["编号", "建议名称", "领衔代表", "代表团", "主办单位", "交办日期", "答复日期", "办理类别"],
        ["1", "关于老旧小区改造的建议", "魏敏", "京口", "市住建局", "2023-03-01", "2023-05-20", "甲类"],
        ["2", "关于校园周边交通的建议", "刘洋", "润州", "市公安局", "2023-03-01", "2023-05-28", "乙类"],
        ["3", "关于社区食堂的建议", "陈静", "句容", "市民政局", "2023-03-01", "2023-05-30", "丙类"],
        ["4", "关于河道清淤的建议", "赵磊", "丹阳", "市水利局", "2023-03-01", "2023-05-30", "丁"],
    ]
    return write_ledger(folder / "甲乙丙丁.xlsx", rows)


LONG_RESULTS = [
    ["序号", "标题", "领衔代表", "承办单位", "交办日期", "答复日期", "办理结果"],
    [1, "关于修缮老街的建议", "魏敏", "市住建局", "2023-01-20", "2023-04-10", "该问题已基本解决"],
    [2, "关于新建体育公园的建议", "刘洋", "市体育局", "2023-01-20", "2023-04-11", "已纳入年度计划，正在推进"],
    [3, "关于建设地下管廊的建议", "陈静", "市住建局", "2023-01-20", "2023-04-12", "因财力所限，暂缓解决"],
    [4, "关于延长地铁线路的建议", "赵磊", "市发改委", "2023-01-20", "2023-04-13", "已列入计划，近期尚不能解决"],
    [5, "关于整治违建的建议", "孙丽", "市城管局", "2023-01-20", "2023-04-14", "所提问题已经解决或基本解决"],
    [6, "关于增设学位的建议", "周涛", "市教育局", "2023-01-20", "2023-04-15", "正在解决或列入计划逐步解决"],
]


# 6. Long result descriptions: two read by their cues, two ambiguous (never guessed), two in the vocabulary.
def long_result_descriptions(folder: Path) -> Path:
    return write_ledger(folder / "结果描述.xlsx", LONG_RESULTS)


# 7. 比较满意, 面商 / 走访 / 座谈, and a contact method no vocabulary has.
def ratings_and_contacts(folder: Path) -> Path:
    rows = [
        ["编号", "题目", "提出人", "承办单位", "答复日期", "办理结果", "沟通方式", "满意度"],
        ["01", "关于完善路灯的建议", "魏敏", "市住建局", "2023-04-01", "A", "面商", "比较满意"],
        ["02", "关于规范停车的建议", "刘洋", "市公安局", "2023-04-02", "B", "走访", "满意"],
        ["03", "关于增加公厕的建议", "陈静", "市民政局", "2023-04-03", "A", "座谈", "不满意"],
        ["04", "关于治理水污染的建议", "赵磊", "市水利局", "2023-04-04", "C", "微信", "满意"],
    ]
    return write_ledger(folder / "沟通方式.xlsx", rows)


# 8. Delegation as 团组; no date anywhere and no year: the session date must be given.
def delegation_as_group(folder: Path) -> Path:
    rows = [
        ["镇江市九届人大二次会议建议交办清单", None, None, None, None],
        ["序号", "题目", "领衔代表", "团组", "承办单位"],
        [1, "关于快递安全管理的建议", "魏敏", "京口", "市邮政管理局"],
        [2, "关于停车难的建议", "刘洋", "润州", "市公安局"],
        [3, "关于茅山福道的建议", "陈静", "句容", "市住建局"],
    ]
    return write_ledger(folder / "交办清单.xlsx", rows, ["A1:E1"])


# 9. Co-signers in one cell with the lead deputy (「魏敏、张伟、李娜」), assisting units.
def cosigners_in_one_cell(folder: Path) -> Path:
    rows = [
        ["编号", "标题", "提出人", "代表团", "主办单位", "协办单位", "交办日期"],
        ["0001", "关于快递安全的建议", "魏敏、张伟、李娜", "京口", "市邮政管理局", "市市场监管局", "2023-01-20"],
        ["0002", "关于有效缓解主城区停车难的建议", "刘洋，王芳", "润州", "市公安局", None, "2023-01-20"],
    ]
    return write_ledger(folder / "联名一格.xlsx", rows)


# 10. A motion replied without a result class, next to a suggestion with one.
def motion_without_class(folder: Path) -> Path:
    rows = [
        ["编号", "类型", "标题", "领衔代表", "主办单位", "交办日期", "答复日期", "办理结果"],
        ["Y1", "议案", "聚焦共同富裕，持续增进民生福祉", "魏敏", "市发改委", "2023-01-20", "2023-06-30", None],
        ["J1", "建议", "关于发展数字经济的建议", "刘洋", "市工信局", "2023-01-20", "2023-04-20", "A"],
    ]
    return write_ledger(folder / "议案.xlsx", rows)


# 11. A meeting sheet and an interim-period sheet in one workbook: each sheet its own session.
def meeting_and_interim(folder: Path) -> Path:
    header = ["编号", "标题", "领衔代表", "主办单位", "答复日期", "办理结果"]
    meeting = [
        ["镇江市九届人大二次会议代表建议", *[None] * 5],
        header,
        ["001", "关于城市更新的建议", "魏敏", "市住建局", "2023-04-20", "A"],
        ["002", "关于文旅融合的建议", "刘洋", "市文广旅局", "2023-04-22", "B"],
    ]
    interim = [
        ["2023年闭会期间代表建议", *[None] * 5],
        header,
        ["001", "关于农村供水的建议", "陈静", "市水利局", "2023-08-20", "A"],
        ["002", "关于社区养老的建议", "赵磊", "市民政局", None, None],
    ]
    return write_book(folder / "2023年建议台账.xlsx", {"大会期间": meeting, "闭会期间": interim})


# 12. Dates that are present but wrong refuse their rows; the rest goes in.
def wrong_dates(folder: Path) -> Path:
    rows = [
        ["编号", "标题", "领衔代表", "提出日期", "主办单位", "交办日期"],
        ["1", "关于建设口袋公园的建议", "魏敏", "2023-01-08", "市住建局", "2023-01-20"],
        ["2", "关于更新路灯的建议", "刘洋", "9999-12-01", "市公安局", "2023-01-20"],
        ["3", "关于修缮学校的建议", "陈静", "去年春天", "市教育局", "2023-01-20"],
        ["4", "关于整治河道的建议", "赵磊", None, "市水利局", "2023-02-30"],
    ]
    return write_ledger(folder / "日期.xlsx", rows)


# 13. A number written twice: both rows refused, the other row taken.
def duplicate_numbers(folder: Path) -> Path:
    rows = [
        ["编号", "标题", "领衔代表", "主办单位"],
        ["1", "关于建设口袋公园的建议", "魏敏", "市住建局"],
        ["2", "关于更新路灯的建议", "刘洋", "市公安局"],
        ["1", "关于修缮学校的建议", "陈静", "市教育局"],
    ]
    return write_ledger(folder / "重号.xlsx", rows)


CORPUS = (
    CorpusLedger(
        "county_without_dates",
        county_without_dates,
        # 4 rows, no date: submitted 1 January 2023 (title year), assigned then; 3 replies on 31 December.
        Expected(
            4,
            counts={
                "sessions": {"句容市十八届人大二次会议": ("meeting", 2023)},
                "submitted": {"2023-01-01": 4},
                "results": {"A": 1, "B": 1, "C": 1},
                "ratings": {"satisfied": 2, "basically_satisfied": 1},
                "delegations": ["华阳街道", "白兔镇", "茅山镇"],
                "assignments": 4,
                "replied_on": {"2023-12-31": 3},
            },
            inferred={
                "submitted_from_year": 4,
                "assigned_on_submission": 4,
                "replied_from_year_end": 3,
                "rated_on_reply": 3,
            },
        ),
        session_name="句容市十八届人大二次会议",
    ),
    CorpusLedger(
        "only_six_columns",
        only_six_columns,
        Expected(
            3,
            counts={
                "sessions": {"市九届人大一次会议": ("meeting", 2022)},
                "results": {"A": 1, "B": 1, "D": 1},
                "ratings": {"satisfied": 1, "unsatisfied": 1, "basically_satisfied": 1},
                "numbers": ["1", "2", "3"],
            },
            # no date at all: 1 January 2022 (title year); replies on 31 December 2022, rated then
            inferred={
                "submitted_from_year": 3,
                "assigned_on_submission": 3,
                "replied_from_year_end": 3,
                "rated_on_reply": 3,
            },
        ),
        session_name="市九届人大一次会议",
    ),
    CorpusLedger(
        "city_xls_two_row_header",
        city_xls_two_row_header,
        # the session from the title row, its year from the file name; 0003 assigned, not replied
        Expected(
            3,
            counts={
                "sessions": {MEETING: ("meeting", 2023)},
                "results": {"A": 1, "B": 1},
                "ratings": {"satisfied": 1, "basically_satisfied": 1},
                "assignments": 3,
            },
            inferred={"submitted_from_year": 3, "rated_on_reply": 2},
        ),
    ),
    CorpusLedger(
        "xlsx_cosigner_columns",
        xlsx_cosigner_columns,
        # 张伟+李娜 and 王芳; 市民政局 lead + 市财政局 assisting, 市交通运输局; one reply without class
        Expected(
            2,
            counts={
                "cosigners": 3,
                "assignments": 3,
                "results": {None: 1},
                "submitted": {"2023-01-06": 2},
                "states": {"replied": 1, "assigned": 1},
            },
            inferred={"submitted_from_session": 2, "assigned_on_submission": 2, "replied_unclassified": 1},
        ),
        session_name=MEETING,
        session_date=OPENING,
    ),
    CorpusLedger(
        "classes_in_chinese",
        classes_in_chinese,
        # the interim period: each row submitted on its earliest date, the assignment (1 March)
        Expected(
            4,
            counts={
                "sessions": {"2023年闭会期间": ("interim", 2023)},
                "results": {"A": 1, "B": 1, "C": 1, "D": 1},
                "submitted": {"2023-03-01": 4},
                "delegations": ["丹阳", "京口", "句容", "润州"],
            },
            inferred={"submitted_from_row": 4},
        ),
        session_name="2023年闭会期间",
    ),
    CorpusLedger(
        "long_result_descriptions",
        long_result_descriptions,
        # 基本解决 → A and 正在推进 → B by their cues; 暂缓解决 (暂缓 + 解决) and 近期尚不能解决 (列入计划,
        # 不能, 解决) refused; the national wordings A and B from the vocabulary
        Expected(
            4,
            refused={4: "暂缓解决", 5: "近期尚不能解决"},
            counts={"results": {"A": 2, "B": 2}},
            inferred={"submitted_from_session": 4},
            by_cues=2,
            unmapped=("因财力所限，暂缓解决", "已列入计划，近期尚不能解决"),
        ),
        session_name=MEETING,
        session_date=OPENING,
    ),
    CorpusLedger(
        "ratings_and_contacts",
        ratings_and_contacts,
        # 面商 and 走访 are face to face, 座谈 a meeting; 「微信」 is in no vocabulary: row 5 refused
        Expected(
            3,
            refused={5: "微信"},
            counts={
                "contacts": {"face_to_face": 2, "meeting": 1},
                "ratings": {"basically_satisfied": 1, "satisfied": 1, "unsatisfied": 1},
                "results": {"A": 2, "B": 1},
            },
            inferred={"submitted_from_session": 3, "assigned_on_submission": 3, "rated_on_reply": 3},
            unmapped=("微信",),
        ),
        session_name=MEETING,
        session_date=OPENING,
    ),
    CorpusLedger(
        "delegation_as_group",
        delegation_as_group,
        Expected(
            3,
            counts={
                "delegations": ["京口", "句容", "润州"],
                "assignments": 3,
                "submitted": {"2023-01-06": 3},
                "sessions": {MEETING: ("meeting", 2023)},
            },
            inferred={"submitted_from_session": 3, "assigned_on_submission": 3},
        ),
        session_date=OPENING,
    ),
    CorpusLedger(
        "cosigners_in_one_cell",
        cosigners_in_one_cell,
        # 魏敏 leads with 张伟 and 李娜; 刘洋 with 王芳
        Expected(
            2,
            counts={"cosigners": 3, "assignments": 3, "lead_deputies": ["刘洋", "魏敏"]},
            inferred={"submitted_from_session": 2},
        ),
        session_name=MEETING,
        session_date=OPENING,
    ),
    CorpusLedger(
        "motion_without_class",
        motion_without_class,
        Expected(
            2,
            counts={"kinds": {"motion": 1, "suggestion": 1}, "results": {None: 1, "A": 1}, "states": {"replied": 2}},
            inferred={"submitted_from_session": 2, "replied_unclassified": 1},
        ),
        session_name=MEETING,
        session_date=OPENING,
    ),
    CorpusLedger(
        "meeting_and_interim",
        meeting_and_interim,
        # 001 is in both sheets but in two sessions: no duplicate. The meeting's year from the file name.
        Expected(
            4,
            counts={
                "sessions": {MEETING: ("meeting", 2023), "2023年闭会期间": ("interim", 2023)},
                "per_session": {MEETING: 2, "2023年闭会期间": 2},
                "results": {"A": 2, "B": 1},
                "submitted": {"2023-01-01": 3, "2023-08-20": 1},
            },
            inferred={"submitted_from_year": 3, "submitted_from_row": 1, "assigned_on_submission": 4},
        ),
    ),
    CorpusLedger(
        "wrong_dates",
        wrong_dates,
        Expected(
            1,
            refused={3: "9999-12-01 is not between 1949 and 2100", 4: "“去年春天” is not a date", 5: "2023-02-30"},
        ),
        session_name=MEETING,
        session_date=OPENING,
    ),
    CorpusLedger(
        "duplicate_numbers",
        duplicate_numbers,
        Expected(
            1,
            refused={2: "also 台账 row 4", 4: "also 台账 row 2"},
            counts={"numbers": ["2"]},
            inferred={"submitted_from_session": 1, "assigned_on_submission": 1},
        ),
        session_name=MEETING,
        session_date=OPENING,
    ),
)
