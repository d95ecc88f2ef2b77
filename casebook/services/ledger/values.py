"""The values of a ledger's cells, as clerks write them: dates in every habit, name lists with any
separator, result categories as A / A类 / 已解决, ratings as 满意, yes/no as 是 / √.

Each reader returns the normalised value, None for an empty cell, or raises :class:`CellError`
with a translated reason naming what was expected.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from datetime import date, datetime
from enum import Enum
from functools import lru_cache
from typing import Any, TypeVar

from dateutil import parser as date_parser

from casebook import clock
from casebook.domain.enums import AssignmentRole, CaseKind, CaseState, ContactMethod, ContactPerson
from casebook.domain.enums import SupervisionKind as Supervision
from casebook.domain.workflow import Action
from casebook.i18n import noop, translate
from casebook.services.admin.reference import normalise_name

E = TypeVar("E", bound=Enum)


class CellError(ValueError):
    """A cell whose value cannot be read as what its column holds; ``reason`` is translated."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


EARLIEST_YEAR, LATEST_YEAR = 1949, 2100


def folded(value: Any) -> str:
    """Width-folded text without any spaces, for matching words (not for keeping)."""
    return "".join(unicodedata.normalize("NFKC", cell_text(value)).split()).casefold()


def cell_text(value: Any) -> str:
    """The cell as trimmed text; 12.0 → "12", a date → 2022-03-15."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else value.isoformat(" ")
    if isinstance(value, date):
        return value.isoformat()
    return str(value).strip()


def optional_text(value: Any) -> str | None:
    return cell_text(value) or None


def case_number(value: Any) -> str:
    """「第0012号」, 「 12 」 or 12.0 → the number as the register keeps it ("0012", "12")."""
    text = "".join(unicodedata.normalize("NFKC", cell_text(value)).split())
    if text.startswith("第") and text.endswith("号"):
        text = text[1:-1]
    return text


_YEAR_FIRST = re.compile(r"(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?")
_COMPACT = re.compile(r"(\d{4})(\d{2})(\d{2})")
_MONTH_DAY = re.compile(r"(\d{1,2})月(\d{1,2})[日号]?")  # 「6月15日」 without its year
_DEFAULTS = (datetime(2001, 1, 1), datetime(2002, 2, 2))  # a date is whole when both give the same


def ledger_date(value: Any) -> date | None:
    """Excel dates, 2022-3-15, 2022/03/15, 2022.3.15, 2022年3月15日, 20220315, with stray spaces;
    :class:`CellError` for what is not a date or lies outside 1949–2100 (9999-12-01)."""
    day = _any_date(value)
    if day is not None and not EARLIEST_YEAR <= day.year <= LATEST_YEAR:
        raise CellError(
            translate("Import", noop("Import", "the date {value} is not between {first} and {last}")).format(
                value=day.isoformat(), first=EARLIEST_YEAR, last=LATEST_YEAR
            )
        )
    return day


def _any_date(value: Any) -> date | None:
    if value is None or value == "":
        return None
    if type(value) is datetime:
        return _day_of(value)
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        if 20_000 <= value <= 80_000:  # an Excel day number (1954–2119) in a cell not formatted as a date
            from openpyxl.utils.datetime import from_excel  # openpyxl only when needed: a command starts faster

            excel_day: date = from_excel(value).date()
            return excel_day
        raise _not_a_date(value)
    spaced = " ".join(unicodedata.normalize("NFKC", str(value)).split())
    text = spaced.replace(" ", "")
    if not text:
        return None
    month_day = _MONTH_DAY.fullmatch(text)
    if month_day:
        month, day = int(month_day[1]), int(month_day[2])
        raise _no_year(value, month, day) if 1 <= month <= 12 and 1 <= day <= 31 else _not_a_date(value)
    match = _YEAR_FIRST.fullmatch(text) or _COMPACT.fullmatch(text)
    try:
        if match:
            return date(int(match[1]), int(match[2]), int(match[3]))
        first, second = (date_parser.parse(spaced, default=d, yearfirst=True) for d in _DEFAULTS)
    except (ValueError, OverflowError) as error:
        raise _not_a_date(value) from error
    if first != second:
        if (first.month, first.day) == (second.month, second.day):  # 「6/15」: a day and month, no year
            raise _no_year(value, first.month, first.day)
        raise _not_a_date(value)
    return first.date()


def _no_year(value: Any, month: int, day: int) -> CellError:
    example = f"{clock.today().year}年{month}月{day}日"
    return CellError(
        translate("Import", noop("Import", "“{value}” has no year: write the whole date, e.g. {example}")).format(
            value=cell_text(value), example=example
        )
    )


def _not_a_date(value: Any) -> CellError:
    return CellError(translate("Import", noop("Import", "“{value}” is not a date")).format(value=cell_text(value)))


_SEPARATORS = re.compile(r"[、,;/\s]+")
_MARKS = re.compile(r"[、,;/]")
_AND_OTHERS = re.compile(r"等[0-9一二两三四五六七八九十百]+(名|位|个)?(代表|人)?$")


@lru_cache(maxsize=4_096)
def _day_of(moment: datetime) -> date:
    """A ledger's dates repeat: each day is made once, and the rows share it."""
    return moment.date()


def name_list(value: Any) -> tuple[str, ...]:
    """「魏敏、张伟，李娜; 王芳」 → the names in order, trimmed and width-folded, each once;
    a trailing 「等10名代表」 is dropped (the names are what the register keeps)."""
    return _names_in(value) if type(value) is str else _names_in(cell_text(value))


@lru_cache(maxsize=4_096)
def _names_in(value: str) -> tuple[str, ...]:
    """The names of one cell's text (a ledger names the same deputies and units again and again:
    each cell's names are read once, and the rows share them)."""
    text = unicodedata.normalize("NFKC", cell_text(value))
    if _MARKS.search(text):  # then a space is padding inside a name (「王  芳」), not a separator
        text = text.replace(" ", "").replace("\t", "")
    text = _AND_OTHERS.sub("", text.strip())
    parts = [p for p in _SEPARATORS.split(text) if p]
    names: list[str] = []
    while parts:
        part = parts.pop(0)
        if len(part) == 1 and parts and len(parts[0]) == 1:  # 「王 芳」: a two-character name padded
            part += parts.pop(0)
        name = normalise_name(part)
        if name and name not in names:
            names.append(name)
    return tuple(names)


def deputy_names(value: Any) -> tuple[str, ...]:
    """:func:`name_list` for deputies: 「魏敏（京口）」, 「魏敏代表」 and 「张伟等」 are 魏敏 and 张伟 (a note in
    brackets, the word 代表 and a trailing 等 are not part of a person's name)."""
    return _deputies_in(value if type(value) is str else cell_text(value))


@lru_cache(maxsize=4_096)
def _deputies_in(value: str) -> tuple[str, ...]:
    names: list[str] = []
    for name in _names_in(value):
        plain = _DEPUTY_NOTE.sub("", name)
        while (word := next((w for w in _NOT_OF_A_NAME if plain.endswith(w)), None)) and len(plain) - len(word) >= 2:
            plain = plain.removesuffix(word)
        if plain and plain not in names:
            names.append(plain)
    return tuple(names)


_DEPUTY_NOTE = re.compile(r"(?<=.)[(\[【].*[)\]】]$")  # 「魏敏(京口)」: the note after a name (width-folded)
_NOT_OF_A_NAME = ("等", "代表")


def single_name(value: Any) -> str | None:
    return _single_name(value) if type(value) is str else normalise_name(cell_text(value)) or None


@lru_cache(maxsize=4_096)
def _single_name(value: str) -> str | None:
    return normalise_name(cell_text(value)) or None


_YES = {"是", "y", "yes", "true", "1", "√", "✓", "✔", "★", "☆", "●", "○", "重点", "重点督办", "重点建议"}
_NO = {"否", "n", "no", "false", "0", "×", "一般", "普通", "非重点", "-", "/"}


def yes_no(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    text = folded(value)
    if not text or text in _NO:
        return False
    if text in _YES:
        return True
    raise CellError(
        translate("Import", noop("Import", "“{value}” is neither 是 nor 否")).format(value=cell_text(value))
    )


# The words of the file for the closed vocabularies: the Chinese labels (a ledger is written in
# Chinese whatever the program's language), the labels in the installed language, and the values.
_WORDS: dict[type[Enum], dict[str, str]] = {
    CaseKind: {"议案": "motion", "建议": "suggestion", "建议、批评和意见": "suggestion", "意见": "suggestion"},
    CaseState: {
        "已登记": "registered",
        "已交办": "assigned",
        "办理中": "assigned",
        "已答复": "replied",
        "已办复": "replied",
        "已测评": "rated",
        "已办结": "closed",
        "办结": "closed",
        "已撤回": "withdrawn",
        "撤回": "withdrawn",
    },
    AssignmentRole: {
        "主办单位": "lead",
        "主办": "lead",
        "协办单位": "assisting",
        "协办": "assisting",
        "会办单位": "assisting",
        "会办": "assisting",
        "分办单位": "separate",
        "分办": "separate",
        "Lead unit": "lead",
        "Assisting unit": "assisting",
        "Separately handling unit": "separate",
    },
    ContactMethod: {
        "当面沟通": "face_to_face",
        "当面": "face_to_face",
        "见面": "face_to_face",
        "座谈会": "meeting",
        "座谈": "meeting",
        "电话": "phone",
        "电话沟通": "phone",
        "书面函复": "letter",
        "书面": "letter",
        "函复": "letter",
    },
    ContactPerson: {
        "主要负责人": "unit_head",
        "分管负责人": "deputy_head",
        "处（科）室负责人": "section_head",
        "处室负责人": "section_head",
        "科室负责人": "section_head",
        "经办人员": "staff",
        "经办人": "staff",
    },
    Supervision: {
        "座谈会": "meeting",
        "会议": "meeting",
        "实地察看": "site_visit",
        "视察": "site_visit",
        "推进会": "progress_meeting",
        "电话": "phone",
        "发文督办": "document",
        "发文": "document",
    },
    Action: {
        "交办": "assign",
        "签收": "acknowledge",
        "调整承办单位": "change_unit",
        "调整": "change_unit",
        "答复": "reply",
        "测评": "rate",
        "满意度测评": "rate",
        "重新办理": "rehandle",
        "办结": "close",
        "回头看": "follow_up",
        "转为建议": "convert_to_suggestion",
        "作为建议处理": "convert_to_suggestion",
        "撤回": "withdraw",
        "督办": "supervise",
        "并案": "link",
        # the English names of a register written with the English interface
        "Acknowledge receipt": "acknowledge",
        "Change handling unit": "change_unit",
        "Reply": "reply",
        "Record reply": "reply",
        "Rating": "rate",
        "Record rating": "rate",
        "Re-handle": "rehandle",
        "Follow-up review": "follow_up",
        "Handle as a suggestion": "convert_to_suggestion",
        "Supervision": "supervise",
        "Supervision record": "supervise",
        "Handle jointly": "link",
    },
}


def vocabulary_member(enum: type[E], value: Any) -> E | None:
    """The member of ``enum`` a cell names (Chinese word, label or value); None when empty;
    :class:`CellError` when it names none."""
    text = folded(value)
    if not text:
        return None
    for word, member_value in _WORDS.get(enum, {}).items():
        if text == folded(word):
            return enum(member_value)
    for member in enum:
        if text in (folded(getattr(member, "label", "")), folded(member.value), folded(member.value.replace("_", ""))):
            return member
    raise CellError(
        translate("Import", noop("Import", "“{value}” is not one of {words}")).format(
            value=cell_text(value), words="、".join(first_words(enum))
        )
    )


vocabulary = vocabulary_member  # the closed vocabularies' reader, by its older name


def first_words(enum: type[Enum]) -> Iterable[str]:
    seen: dict[str, str] = {}
    for word, member_value in _WORDS.get(enum, {}).items():
        seen.setdefault(member_value, word)
    return seen.values()


def whole_number(value: Any, default: int) -> int:
    text = folded(value)
    if not text:
        return default
    try:
        return int(float(text))
    except ValueError as error:
        raise CellError(
            translate("Import", noop("Import", "“{value}” is not a number")).format(value=cell_text(value))
        ) from error
