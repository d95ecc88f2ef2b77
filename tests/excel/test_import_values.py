"""Reading a ledger's cells and finding its header: each habit of the clerks' ledgers."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from casebook.domain.enums import AssignmentRole, CaseKind, ContactMethod, ContactPerson
from casebook.domain.office_settings import OfficeSettings
from casebook.domain.workflow import Action
from casebook.excel.ledger_headers import CASE_SYNONYMS, find_header
from casebook.excel.ledger_values import (
    CellError,
    case_number,
    ledger_date,
    name_list,
    rating_code,
    result_code,
    vocabulary,
    yes_no,
)

SETTINGS = OfficeSettings()


@pytest.mark.parametrize(
    "value",
    [
        datetime(2022, 3, 15),
        date(2022, 3, 15),
        44635,  # an Excel day number in a cell formatted as a number
        "2022-3-15",
        "2022/03/15",
        "2022.3.15",
        "2022年3月15日",
        " 2022 - 3 - 15 ",
        "2022年 3月 15日 ",
        "２０２２－０３－１５",
        "20220315",
        "2022-03-15 00:00:00",
    ],
)
def test_dates_in_every_habit(value: object) -> None:
    assert ledger_date(value) == date(2022, 3, 15)


@pytest.mark.parametrize("value", ["3月15日", "2022-13-01", "下周", "15", 12])
def test_what_is_not_a_date_is_said(value: object) -> None:
    with pytest.raises(CellError, match="is not a date"):
        ledger_date(value)


def test_empty_cells_are_no_date() -> None:
    assert ledger_date(None) is None
    assert ledger_date("  ") is None


@pytest.mark.parametrize(
    ("value", "names"),
    [
        ("魏敏、张伟、李娜", ("魏敏", "张伟", "李娜")),
        ("魏敏，张伟,李娜", ("魏敏", "张伟", "李娜")),
        ("魏敏；张伟;李娜", ("魏敏", "张伟", "李娜")),
        ("魏敏 张伟　李娜", ("魏敏", "张伟", "李娜")),
        ("魏敏\n张伟", ("魏敏", "张伟")),
        ("王  芳、张伟", ("王芳", "张伟")),  # a two-character name padded to three
        ("王 芳", ("王芳",)),
        ("魏敏、张伟等10名代表", ("魏敏", "张伟")),
        ("魏敏、魏敏", ("魏敏",)),
        (None, ()),
    ],
)
def test_name_lists_with_any_separator(value: object, names: tuple[str, ...]) -> None:
    assert name_list(value) == names


@pytest.mark.parametrize(
    ("value", "code"),
    [
        ("A", "A"),
        ("A类", "A"),
        ("Ａ类", "A"),
        ("a", "A"),
        ("已解决", "A"),
        ("采纳", "A"),
        ("B类（正在解决）", "B"),
        ("列入计划逐步解决", "B"),
        ("因条件限制需以后解决", "C"),
        ("留作参考", "D"),
        ("所提问题已经解决或基本解决", "A"),
        (None, None),
    ],
)
def test_result_categories(value: object, code: str | None) -> None:
    assert result_code(value, SETTINGS) == code


def test_an_unknown_result_names_the_categories() -> None:
    with pytest.raises(CellError, match="A、B、C、D"):
        result_code("E", SETTINGS)


def test_ratings_and_yes_no() -> None:
    assert [rating_code(v, SETTINGS) for v in ("满意", " 基本满意 ", "不满意", None)] == [
        "satisfied",
        "basically_satisfied",
        "unsatisfied",
        None,
    ]
    with pytest.raises(CellError, match="满意、基本满意、不满意"):
        rating_code("很好", SETTINGS)
    assert [yes_no(v) for v in ("是", "√", "重点", True, "否", "", None, "一般")] == [True] * 4 + [False] * 4
    with pytest.raises(CellError):
        yes_no("也许")


def test_words_of_the_closed_vocabularies() -> None:
    assert vocabulary(CaseKind, "议案") is CaseKind.MOTION
    assert vocabulary(CaseKind, "建议、批评和意见") is CaseKind.SUGGESTION
    assert vocabulary(AssignmentRole, "会办单位") is AssignmentRole.ASSISTING
    assert vocabulary(ContactMethod, "书面函复") is ContactMethod.LETTER
    assert vocabulary(ContactPerson, "处（科）室负责人") is ContactPerson.SECTION_HEAD
    assert vocabulary(Action, "调整承办单位") is Action.CHANGE_UNIT
    assert vocabulary(Action, "Change handling unit") is Action.CHANGE_UNIT  # a register written in English
    with pytest.raises(CellError, match="交办"):
        vocabulary(Action, "盖章")


def test_case_numbers() -> None:
    assert [case_number(v) for v in ("第0012号", " 12 ", 12.0, 12, "０１２")] == ["0012", "12", "12", "12", "012"]


SYNONYMS = {
    "number": ["建议编号", "编号", "案号"],
    "title": ["标题", "题目", "案由", "建议名称"],
    "lead_deputy": ["领衔代表", "提出人", "代表"],
    "cosigners": ["附议代表", "联名代表"],
    "delegation": ["代表团"],
    "category": ["类别", "分类"],
    "lead_units": ["主办单位", "承办单位"],
    "assisting_units": ["协办单位", "会办单位"],
    "assigned_on": ["交办日期", "交办时间"],
    "replied_on": ["答复日期", "答复时间"],
    "result_code": ["办理结果", "答复类别", "结果分类"],
    "rating": ["代表意见", "满意度", "测评结果"],
    "supervising_leader": ["督办领导"],
    "is_key": ["是否重点", "重点督办"],
    "remarks": ["备注"],
}


@pytest.mark.parametrize(("field", "text"), [(f, t) for f, texts in SYNONYMS.items() for t in texts])
def test_header_synonyms(field: str, text: str) -> None:
    others = [t for f, texts in SYNONYMS.items() if f not in (field, "number", "title") for t in texts[:1]][:2]
    header = ["编号", "标题", *others, f" {text}（必填）*"] if field not in ("number", "title") else [text, *others]
    if field == "number":
        header.append("标题")
    elif field == "title":
        header.append("编号")
    layout = find_header([["某某表"], header, ["1", "x"]], CASE_SYNONYMS, frozenset({"title"}))
    assert layout is not None
    assert layout.header_rows == (1,)
    assert layout.columns[field] == (0 if field in ("number", "title") else len(header) - 1)


def test_a_header_below_title_rows_and_over_two_rows() -> None:
    rows = [
        ["镇江市九届人大一次会议代表建议办理情况汇总表"] * 6,
        ["填报单位：市人大常委会人代联委", None, None, None, "2022年6月30日", None],
        ["编号", "案由", "承办单位", "办理情况", "办理情况", "办理情况"],
        ["编号", "案由", "承办单位", "答复日期", "办理结果", "代表意见"],
        ["1", "关于…的建议", "市交通运输局", date(2022, 4, 1), "A", "满意"],
    ]
    layout = find_header(rows, CASE_SYNONYMS, frozenset({"title"}))
    assert layout is not None
    assert layout.header_rows == (2, 3)
    assert layout.data_start == 4
    assert layout.columns == {
        "number": 0,
        "title": 1,
        "lead_units": 2,
        "replied_on": 3,
        "result_code": 4,
        "rating": 5,
    }


def test_no_header_is_no_layout() -> None:
    assert find_header([["a", "b"], [1, 2]], CASE_SYNONYMS, frozenset({"title"})) is None
