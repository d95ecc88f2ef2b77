"""Reading a ledger's cells and finding its header: each habit of the clerks' ledgers."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from casebook import clock
from casebook.domain.enums import AssignmentRole, CaseKind, ContactMethod, ContactPerson
from casebook.domain.office_settings import NO_RESULT, LedgerVocabulary, OfficeSettings
from casebook.domain.workflow import Action
from casebook.services.ledger.headers import CASE_SYNONYMS, find_header, parse_column_maps
from casebook.services.ledger.mappings import MappingError, parse_value_maps
from casebook.services.ledger.values import (
    CellError,
    case_number,
    deputy_names,
    ledger_date,
    name_list,
    vocabulary,
    yes_no,
)
from casebook.services.ledger.wordings import (
    UnmappedWording,
    contact_method,
    rating_code,
    read_rating,
    read_result,
    result_code,
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


@pytest.mark.parametrize("value", ["2022-13-01", "下周", "15", 12, "15日", "六月", "13月40日"])
def test_what_is_not_a_date_is_said(value: object) -> None:
    with pytest.raises(CellError, match="is not a date"):
        ledger_date(value)


@pytest.mark.parametrize("value", ["3月15日", "3月15号", "3/15", " 3 月 15 日"])
def test_a_day_without_its_year_asks_for_the_year(value: str) -> None:
    """A day and a month are not guessed into a year (the handling may run into the next one): the
    clerk is told what is missing, with the whole date written out."""
    with clock.fixed(date(2026, 12, 6)), pytest.raises(CellError) as refused:
        ledger_date(value)
    assert refused.value.reason == f"“{value.strip()}” has no year: write the whole date, e.g. 2026年3月15日"


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


@pytest.mark.parametrize(
    ("value", "code", "by_cues"),
    [
        ("甲类", "A", False),
        ("乙", "B", False),
        ("丙类", "C", False),
        ("丁类", "D", False),
        ("已解决或基本解决", "A", False),
        ("因条件限制或其他原因需以后解决", "C", False),
        ("已经解决", "A", False),
        ("该问题已基本解决", "A", True),
        ("已纳入计划，正在推进", "B", True),
        ("受条件限制，需以后解决", "C", True),
        ("仅供参考", "D", True),
        ("已办结（A类）", "A", True),  # the class named inside a longer wording
        ("办结（甲类）", "A", True),
        ("已答复(B类)", "B", True),
    ],
)
def test_result_wordings_of_the_vocabulary_and_by_cues(value: str, code: str, by_cues: bool) -> None:
    assert read_result(value, SETTINGS) == (code, by_cues)


@pytest.mark.parametrize(
    ("value", "candidates"),
    [
        ("暂缓解决", ("A", "C")),  # 解决 and 暂缓
        ("已列入计划，近期尚不能解决", ("A", "B", "C")),
        ("近期尚不能解决", ("A", "C")),
        ("目前暂时不能解决", ("A", "C")),
        ("已转有关部门研究", ()),  # no cue at all
        ("已列入计划（A类）", ("A", "B")),  # the class named and a cue of another
        ("X类", ()),
    ],
)
def test_an_ambiguous_or_unknown_wording_is_never_guessed(value: str, candidates: tuple[str, ...]) -> None:
    with pytest.raises(UnmappedWording) as refused:
        read_result(value, SETTINGS)
    assert (refused.value.kind, refused.value.wording, refused.value.candidates) == ("result", value, candidates)
    assert "--map-value" in refused.value.reason and value in refused.value.reason
    if not candidates:  # no class is offered for a wording nothing in it points to
        assert f'--map-value "{value}=…", giving its class, or 无 when' in refused.value.reason


@pytest.mark.parametrize("value", ["正在办理", "办理中", "未答复", "尚未答复", "在办", "未办结"])
def test_a_wording_for_no_result_yet_is_an_empty_result(value: str) -> None:
    assert read_result(value, SETTINGS) == (None, False)


def test_the_clerk_maps_a_wording_to_no_result_yet() -> None:
    assert parse_value_maps(["研究中=无", "协调中=未答复"], SETTINGS).values == {
        "result": {"研究中": NO_RESULT, "协调中": NO_RESULT}
    }
    office = LedgerVocabulary().with_office({"result": {"研究中": NO_RESULT}})
    assert read_result("研究中", SETTINGS, office) == (None, False)
    with pytest.raises(UnmappedWording):
        read_result("研究中", SETTINGS)


def test_an_office_mapping_joins_the_vocabulary() -> None:
    office = LedgerVocabulary().with_office({"result": {"暂缓解决": "C"}, "rating": {"认可": "satisfied"}})
    assert read_result("暂缓解决", SETTINGS, office) == ("C", False)
    assert rating_code("认可", SETTINGS, office) == "satisfied"
    assert rating_code("比较满意", SETTINGS) == "basically_satisfied"
    with pytest.raises(UnmappedWording, match="--map-value"):
        rating_code("认可", SETTINGS)


def test_contact_methods_of_other_offices() -> None:
    assert [contact_method(v) for v in ("面商", "走访", "座谈", "电话", "书面", "当面", None)] == [
        ContactMethod.FACE_TO_FACE,
        ContactMethod.FACE_TO_FACE,
        ContactMethod.MEETING,
        ContactMethod.PHONE,
        ContactMethod.LETTER,
        ContactMethod.FACE_TO_FACE,
        None,
    ]
    with pytest.raises(UnmappedWording):
        contact_method("微信")


@pytest.mark.parametrize("value", ["9999-12-01", "1900-01-01", "2101-01-01", date(1948, 12, 31)])
def test_a_date_outside_1949_to_2100_is_wrong(value: object) -> None:
    with pytest.raises(CellError, match="is not between 1949 and 2100"):
        ledger_date(value)


def test_column_options_of_the_command_line() -> None:
    mapped = parse_column_maps(["所在代表团=delegation", "联系电话=", "代表证号=备注", "团 组 = 代表团"])
    assert mapped.columns == {"所在代表团": "delegation", "联系电话": None, "代表证号": "remarks", "团组": "delegation"}
    with pytest.raises(MappingError):
        parse_column_maps(["所在代表团=where"])
    with pytest.raises(MappingError):
        parse_column_maps(["所在代表团"])
    values = parse_value_maps(["暂缓解决=C", "比较满意=基本满意", "微信=电话", "认可=satisfied"], SETTINGS)
    assert values.values == {
        "result": {"暂缓解决": "C"},
        "rating": {"比较满意": "basically_satisfied", "认可": "satisfied"},
        "contact": {"微信": "phone"},
    }
    with pytest.raises(MappingError):
        parse_value_maps(["暂缓解决=Z"], SETTINGS)


def test_similar_headers_and_the_clerks_mapping() -> None:
    rows = [
        ["序号", "建议标题名称", "所属代表团组", "领衔代表", "联系人电话"],
        [1, "关于…的建议", "京口", "魏敏", "123"],
    ]
    layout = find_header(rows, CASE_SYNONYMS, frozenset({"title"}))
    assert layout is not None
    assert [(r.label, r.field, r.how) for r in layout.readings] == [
        ("序号", "serial", "synonym"),
        ("建议标题名称", "title", "similar"),
        ("所属代表团组", "delegation", "similar"),
        ("领衔代表", "lead_deputy", "synonym"),
        ("联系人电话", None, "unread"),
    ]
    mapped = find_header(rows, CASE_SYNONYMS, frozenset({"title"}), {"所属代表团组": None, "联系人电话": "remarks"})
    assert mapped is not None
    assert {r.label: r.field for r in mapped.readings}["所属代表团组"] is None
    assert mapped.columns["remarks"] == 4


def test_a_contact_method_written_beside_the_rating() -> None:
    assert read_rating("满意（面商）", SETTINGS) == ("satisfied", ContactMethod.FACE_TO_FACE)
    assert read_rating("基本满意(电话)", SETTINGS) == ("basically_satisfied", ContactMethod.PHONE)
    assert read_rating("不满意", SETTINGS) == ("unsatisfied", None)
    assert read_rating(None, SETTINGS) == (None, None)
    with pytest.raises(UnmappedWording) as refused:  # what is beside it is no contact method: asked whole
        read_rating("满意（很好）", SETTINGS)
    assert refused.value.wording == "满意（很好）"


@pytest.mark.parametrize(
    ("value", "names"),
    [
        ("魏敏（京口）", ("魏敏",)),  # a note in brackets after the name
        ("魏敏【京口】、张伟(润州团)", ("魏敏", "张伟")),
        ("魏敏代表", ("魏敏",)),
        ("魏敏、张伟等", ("魏敏", "张伟")),
        ("魏敏代表等", ("魏敏",)),
        ("王代表", ("王代表",)),  # what is left would be no name: kept as written
        ("李等", ("李等",)),
    ],
)
def test_deputies_as_ledgers_write_them(value: str, names: tuple[str, ...]) -> None:
    assert deputy_names(value) == names
    assert name_list("市政府办公室（市外事办）") == ("市政府办公室(市外事办)",)  # a unit keeps its brackets
