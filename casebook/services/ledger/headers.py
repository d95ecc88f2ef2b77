"""Find a ledger's header row below its title rows, and say which column holds which field.

Clerks name columns in many ways (建议编号 / 编号 / 案号), put a merged title and a 「填报单位」 line
above the header, and sometimes group columns under a merged label over a second header row
(「办理情况」 over 答复日期 / 办理结果 / 代表意见). Header texts are compared after folding width,
dropping spaces, a trailing note in brackets, a trailing number (联名代表1, 联名代表2) and
required-field stars. A header is read, in order: as the clerk mapped it (remembered per office),
by the known synonyms, then by similarity (rapidfuzz); every column is listed with how it was read.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from rapidfuzz import fuzz

from casebook.i18n import noop
from casebook.services.ledger.entries import CASE_FIELDS, ColumnReading, LedgerMappings
from casebook.services.ledger.mappings import NOT_READ, MappingError, split_option

# Field key → the header texts that mean it (folded as :func:`header_key` folds them).
CASE_SYNONYMS: dict[str, tuple[str, ...]] = {
    "session": ("届次会议", "届次", "会议", "届次/会议", "会议名称", "届别", "届次会次", "Session"),
    "number": ("编号", "建议编号", "议案编号", "案号", "建议号", "议案号", "编码", "案件编号", "No."),
    "serial": ("序号", "序"),
    "kind": ("类型", "议案/建议", "案件类型", "性质", "议案建议", "Type"),
    "title": ("标题", "题目", "案由", "建议名称", "建议标题", "议案名称", "议案标题", "建议题目", "名称", "Title"),
    "body": ("内容", "建议内容", "主要内容", "正文", "议案内容"),
    "submitted_on": ("提出日期", "提出时间", "提交日期", "提交时间", "登记日期", "提出日", "Submitted on"),
    "lead_deputy": (
        "领衔代表",
        "提出人",
        "代表",
        "代表姓名",
        "领衔人",
        "提出代表",
        "领衔代表姓名",
        "建议人",
        "Lead deputy",
    ),
    "cosigners": ("附议代表", "联名代表", "附议人", "联名人", "附议", "联名", "附议代表姓名", "Co-signing deputies"),
    "delegation": ("代表团", "所属代表团", "所在代表团", "代表团(组)", "团组", "所在团组", "代表团组", "Delegation"),
    "category": ("类别", "分类", "建议类别", "所属类别", "议案类别", "内容分类", "Category"),
    "is_key": ("是否重点", "重点督办", "是否重点督办", "重点建议", "重点", "是否重点建议", "Key supervision"),
    "key_designated_by": ("确定机关", "确定单位", "Designated by"),
    "supervising_leader": ("督办领导", "牵头督办领导", "督办常委会领导", "Supervising leader"),
    "supervising_committee": ("督办专委会", "督办专工委", "专委会", "督办委员会", "督办工委", "Supervising committee"),
    "leading_leader": ("领衔办理领导", "领办领导", "领衔督办领导(政府)", "Government leader leading the handling"),
    "lead_units": ("主办单位", "承办单位", "主办", "牵头单位", "主办部门", "Lead units"),
    "assisting_units": ("协办单位", "会办单位", "协办", "会办", "协办部门", "Assisting units"),
    "separate_units": ("分办单位", "分办", "Separately handling units"),
    "assigned_on": ("交办日期", "交办时间", "交办日", "Assigned on"),
    "due_on": ("答复期限", "办理期限", "答复截止日期", "期限", "Reply due"),
    "acknowledged_on": ("签收日期", "签收时间", "Acknowledged on"),
    "replied_on": ("答复日期", "答复时间", "办复日期", "办复时间", "答复日", "Replied on"),
    "result_code": (
        "办理结果",
        "答复类别",
        "结果分类",
        "办理结果分类",
        "答复结果",
        "结果类别",
        "办理类别",
        "结果",
        "答复类型",
        "Result",
    ),
    "contact_method": ("沟通方式", "沟通形式", "见面方式", "答复方式", "面商方式", "Contact method"),
    "rating": (
        "代表意见",
        "满意度",
        "测评结果",
        "代表测评意见",
        "满意度测评",
        "测评意见",
        "代表满意度",
        "Deputy's opinion",
    ),
    "rated_on": ("测评日期", "测评时间", "反馈日期", "Rated on"),
    "state": ("办理状态", "状态", "State"),
    "closed_on": ("办结日期", "办结时间", "Closed on"),
    "remarks": ("备注", "说明", "Remarks"),
    "ignored": ("督办次数", "办理情况", "联系电话", "联系方式", "Supervision records"),
}

STEP_SYNONYMS: dict[str, tuple[str, ...]] = {  # with the English headers of the register format
    "session": CASE_SYNONYMS["session"],
    "number": CASE_SYNONYMS["number"],
    "step": ("步骤", "办理步骤", "环节", "Step"),
    "on": ("日期", "办理日期", "时间", "Date"),
    "unit": ("单位", "承办单位", "Unit"),
    "role": ("角色", "承办方式", "Role"),
    "round": ("办理轮次", "轮次", "Handling round"),
    "due_on": ("答复期限", "Reply due"),
    "result_code": ("办理结果", "Result"),
    "contact_method": ("沟通方式", "Contact method"),
    "contact_person": ("沟通人员", "Contact person"),
    "deputy": ("代表", "Deputy"),
    "rating": ("测评意见", "Rating"),
    "handling_level": ("办理工作测评", "对办理工作的评价", "办理工作满意度", "Rating of the handling work"),
    "result_level": ("办理结果测评", "对办理结果的评价", "办理结果满意度", "Rating of the result"),
    "note": ("说明", "备注", "Notes"),
}

_NOTE = re.compile(r"[(（\[【][^)）\]】]*[)）\]】]$")
_NUMBERED = re.compile(r"(?<=\D)\d{1,2}$")
SCAN_ROWS = 30  # a header further down than this is not looked for
SIMILAR = 85  # rapidfuzz WRatio from which an unknown header is read as the synonym it resembles
LISTS = frozenset({"cosigners", "lead_units", "assisting_units", "separate_units"})  # may span columns
ClerkMapping = dict[str, str | None]  # header_key → field, or None: not read


def header_key(value: Any) -> str:
    if value is None or isinstance(value, int | float | date):
        return ""
    text = "".join(unicodedata.normalize("NFKC", str(value)).split()).casefold()
    text = text.strip("*:：")
    stripped = _NUMBERED.sub("", _NOTE.sub("", text))
    return stripped or text


def _lookup(synonyms: dict[str, tuple[str, ...]]) -> dict[str, str]:
    return {header_key(text): key for key, texts in synonyms.items() for text in texts}


@dataclass(frozen=True)
class HeaderLayout:
    header_rows: tuple[int, ...]  # 0-based indexes of the header rows in the grid
    columns: dict[str, int]  # field key → 0-based column
    unknown: tuple[str, ...]  # header texts that name no field
    readings: tuple[ColumnReading, ...] = ()
    more: dict[str, tuple[int, ...]] | None = None  # a name-list field's further columns

    @property
    def data_start(self) -> int:
        return self.header_rows[-1] + 1


def find_header(
    rows: Sequence[Sequence[Any]],
    synonyms: dict[str, tuple[str, ...]],
    required: frozenset[str],
    clerk: ClerkMapping | None = None,
) -> HeaderLayout | None:
    """The first row (among the first :data:`SCAN_ROWS`) with three or more known headers, one of
    them in ``required``; with the row below when that is a second header row."""
    clerk = clerk or {}
    lookup = _lookup(synonyms) | {key: field for key, field in clerk.items() if field}
    for index, row in enumerate(rows[:SCAN_ROWS]):
        fields = exact = _fields(row, lookup)
        if fields and (len(set(fields.values()) - {"ignored"}) < 3 or not required & set(fields.values())):
            fields = _with_similar(row, fields, synonyms)  # 「建议标题名称」 beside 序号 and 领衔代表
        if len(set(fields.values()) - {"ignored"}) < 3 or not required & set(fields.values()):
            continue
        header_rows = [index]
        if index + 1 < len(rows):
            below = rows[index + 1]
            lower = _fields(below, lookup)
            new = {c: k for c, k in lower.items() if k != fields.get(c)}
            filled = [v for v in below if v is not None and v != ""]
            looks_like_header = not any(isinstance(v, date) for v in filled) and len(lower) * 2 >= len(filled)
            fresh = len(set(new.values()) - {"ignored"})
            # a second header row: two new fields, or one when every cell of it is a header
            if looks_like_header and (fresh >= 2 or (fresh == 1 and len(lower) == len(filled))):
                fields = {c: lower.get(c) or fields.get(c) or "" for c in set(fields) | set(lower)}
                header_rows.append(index + 1)
        similar = {c for c in fields if c not in exact and fields[c] != lower_fields(rows, header_rows, c, lookup)}
        return _layout(rows, header_rows, fields, synonyms, clerk, similar)
    return None


def lower_fields(rows: Sequence[Sequence[Any]], header_rows: list[int], column: int, lookup: dict[str, str]) -> str:
    """The field the second header row names exactly at ``column`` ("" when none or one row)."""
    if len(header_rows) < 2:
        return ""
    return _fields(rows[header_rows[1]], lookup).get(column, "")


def _with_similar(row: Sequence[Any], fields: dict[int, str], synonyms: dict[str, tuple[str, ...]]) -> dict[int, str]:
    """``fields`` with the row's other short texts read by similarity (a header row's, not a data row's)."""
    found, taken = dict(fields), set(fields.values())
    for column, value in enumerate(row):
        if column in found or not isinstance(value, str) or not 2 <= len(value.strip()) <= 20:
            continue
        similar = similar_field(value, synonyms, taken)
        if similar is not None:
            found[column] = similar
            taken.add(similar)
    return found


def _fields(row: Sequence[Any], lookup: dict[str, str]) -> dict[int, str]:
    return {c: lookup[key] for c, value in enumerate(row) if (key := header_key(value)) in lookup}


def _layout(
    rows: Sequence[Sequence[Any]],
    header_rows: list[int],
    fields: dict[int, str],
    synonyms: dict[str, tuple[str, ...]],
    clerk: ClerkMapping,
    similar_columns: set[int],
) -> HeaderLayout:
    width = max((len(rows[i]) for i in header_rows), default=0)
    labels = {c: _label(rows, header_rows, c) for c in range(width)}
    how = {c: "similar" if c in similar_columns else "synonym" for c in fields}
    for column, label in labels.items():
        key = header_key(label)
        if key in clerk:
            fields[column] = clerk[key] or ""
            how[column] = "clerk"
    taken = set(fields.values())
    for column, label in labels.items():
        if column in fields or not label:
            continue
        similar = similar_field(label, synonyms, taken)
        if similar is not None:
            fields[column], how[column] = similar, "similar"
            taken.add(similar)
    columns: dict[str, int] = {}
    more: dict[str, tuple[int, ...]] = {}
    readings: list[ColumnReading] = []
    unknown: list[str] = []
    for column in range(width):
        meaning: str | None = fields.get(column) or None
        label = labels[column]
        if meaning == "ignored":
            meaning = None
        if meaning is not None and meaning in columns:
            if meaning not in LISTS:
                meaning = None  # the first of two columns with one meaning wins
            else:
                more[meaning] = (*more.get(meaning, ()), column)
        elif meaning is not None:
            columns[meaning] = column
        if label:
            readings.append(ColumnReading(label, meaning, how.get(column, "unread") if meaning else "unread"))
            if meaning is None and column not in fields and label not in unknown:
                unknown.append(label)
    return HeaderLayout(tuple(header_rows), columns, tuple(unknown), tuple(readings), more)


def similar_field(label: str, synonyms: dict[str, tuple[str, ...]], taken: set[str]) -> str | None:
    """The field whose synonym ``label`` resembles most (WRatio ≥ :data:`SIMILAR`, ties to the
    closer plain ratio), among the fields no other column has; None when nothing is close."""
    key = header_key(label)
    if len(key) < 2:
        return None
    best: tuple[float, float, str] | None = None
    for field, texts in synonyms.items():
        if field in taken or field == "ignored":
            continue
        for text in texts:
            other = header_key(text)
            if len(other) < 2:
                continue
            score = fuzz.WRatio(key, other)
            if score >= SIMILAR:
                candidate = (score, fuzz.ratio(key, other), field)
                best = candidate if best is None or candidate[:2] > best[:2] else best
    return best[2] if best else None


def _label(rows: Sequence[Sequence[Any]], header_rows: list[int], column: int) -> str:
    for index in reversed(header_rows):
        row = rows[index]
        value = row[column] if column < len(row) else None
        if value is not None and str(value).strip():
            return str(value).strip()
    return ""


def header_label(rows: Sequence[Sequence[Any]], layout: HeaderLayout, column: int) -> str:
    """What the file calls a column (the lowest header row's text), for messages."""
    for index in reversed(layout.header_rows):
        value = rows[index][column]
        if value is not None and str(value).strip():
            return str(value).strip()
    return f"#{column + 1}"


def parse_column_maps(options: list[str]) -> LedgerMappings:
    """``["所在代表团=delegation", "联系电话="]`` → header → field (None: the column is not read)."""
    fields = {field: field for field in CASE_FIELDS}
    fields |= {
        header_key(text): field for field, texts in CASE_SYNONYMS.items() for text in texts if field != "ignored"
    }
    found = LedgerMappings()
    for option in options:
        header, target = split_option(option, "--map")
        key = header_key(header) or header
        if target.strip().casefold() in NOT_READ:
            found.columns[key] = None
            continue
        field = fields.get(target.strip()) or fields.get(header_key(target))
        if field is None:
            raise MappingError(
                noop(
                    "Import",
                    "--map “{option}”: “{target}” is not a field of a case; use one of {fields}, or nothing "
                    "after “=” for a column not to read.",
                ),
                option=option,
                target=target,
                fields=", ".join(CASE_FIELDS),
            )
        found.columns[key] = field
    return found
