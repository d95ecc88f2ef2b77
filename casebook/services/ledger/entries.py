"""A ledger (台账) as plain data, whatever file it came from: the cases of its rows, and the handling
steps of its 「办理过程」 sheet when it has one. The excel layer fills these; the import use case
(:mod:`casebook.services.ledger.importing`) takes them into the register.

Every value is already normalised (dates are dates, name lists are tuples of trimmed names, result
categories are the office's codes); what could not be read is in ``problems`` as a translated
reason, and the import refuses such a row with that reason.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from casebook.domain.enums import AssignmentRole, CaseKind, CaseState, ContactMethod, ContactPerson
from casebook.domain.workflow import Action


@dataclass(frozen=True, slots=True)
class RowRef:
    """Where a row is in the file: the sheet's name and the row's number (1-based, as Excel shows it)."""

    sheet: str
    line: int


# The fields of a case row; ``Ledger.columns`` says which of them the file has a column for.
CASE_FIELDS = (
    "session",
    "number",
    "kind",
    "title",
    "body",
    "submitted_on",
    "lead_deputy",
    "cosigners",
    "delegation",
    "category",
    "is_key",
    "key_designated_by",
    "supervising_leader",
    "supervising_committee",
    "leading_leader",
    "lead_units",
    "assisting_units",
    "separate_units",
    "assigned_on",
    "due_on",
    "acknowledged_on",
    "replied_on",
    "result_code",
    "contact_method",
    "rating",
    "rated_on",
    "state",
    "closed_on",
    "remarks",
)


# How the report names a field: the usual header of a Chinese ledger (the file's own words).
FIELD_NAMES: dict[str, str] = {
    "session": "届次会议",
    "number": "编号",
    "serial": "序号",
    "kind": "类型",
    "title": "标题",
    "body": "内容",
    "submitted_on": "提出日期",
    "lead_deputy": "领衔代表",
    "cosigners": "附议代表",
    "delegation": "代表团",
    "category": "类别",
    "is_key": "是否重点",
    "key_designated_by": "确定机关",
    "supervising_leader": "督办领导",
    "supervising_committee": "督办专委会",
    "leading_leader": "领衔办理领导",
    "lead_units": "主办单位",
    "assisting_units": "协办单位",
    "separate_units": "分办单位",
    "assigned_on": "交办日期",
    "due_on": "答复期限",
    "acknowledged_on": "签收日期",
    "replied_on": "答复日期",
    "result_code": "办理结果",
    "contact_method": "沟通方式",
    "rating": "代表意见",
    "rated_on": "测评日期",
    "state": "办理状态",
    "closed_on": "办结日期",
    "remarks": "备注",
}


@dataclass(frozen=True, slots=True)
class LedgerCase:
    """One case row of the ledger."""

    source: RowRef
    number: str
    title: str
    session: str | None = None
    kind: CaseKind | None = None
    body: str | None = None
    submitted_on: date | None = None
    lead_deputy: str | None = None
    cosigners: tuple[str, ...] = ()
    delegation: str | None = None
    category: str | None = None
    is_key: bool = False
    key_designated_by: str | None = None
    supervising_leader: str | None = None
    supervising_committee: str | None = None
    leading_leader: str | None = None
    lead_units: tuple[str, ...] = ()
    assisting_units: tuple[str, ...] = ()
    separate_units: tuple[str, ...] = ()
    assigned_on: date | None = None
    due_on: date | None = None
    acknowledged_on: date | None = None
    replied_on: date | None = None
    result_code: str | None = None
    contact_method: ContactMethod | None = None
    rating: str | None = None  # the office's rating option code
    rated_on: date | None = None
    state: CaseState | None = None
    closed_on: date | None = None
    remarks: str | None = None
    problems: tuple[str, ...] = ()
    result_by_cues: bool = False  # the result wording was read by its cues (counted in the report)
    unmapped: tuple[tuple[str, str], ...] = ()  # (kind, wording) not in the vocabulary, not guessed


@dataclass(frozen=True, slots=True)
class LedgerStep:
    """One handling step of a case, as a row of the 「办理过程」 sheet gives it."""

    source: RowRef
    session: str | None
    number: str
    action: Action
    on: date
    unit: str | None = None
    role: AssignmentRole | None = None
    handling_round: int = 1
    due_on: date | None = None
    result_code: str | None = None
    contact_method: ContactMethod | None = None
    contact_person: ContactPerson | None = None
    deputy: str | None = None
    rating: str | None = None
    handling_level: str | None = None
    result_level: str | None = None
    note: str = ""
    problems: tuple[str, ...] = ()
    result_pending: bool = False  # a reply of a ledger row without a result class: kept unclassified


@dataclass(frozen=True)
class SkippedRows:
    """Rows that are not cases and were passed over on purpose (counted in the summary)."""

    blank: int = 0
    subtotals: int = 0
    headings: int = 0
    notes: int = 0  # 「注：…」, 「填表人：…」 under the table


@dataclass(frozen=True)
class ColumnReading:
    """How one column was read: its header text, the field (None: not read) and how it was found
    ("clerk", "synonym", "similar", or "unread")."""

    label: str
    field: str | None
    how: str


@dataclass(frozen=True)
class SheetHints:
    """What a sheet says about its session beyond its rows: a session named in its title rows or
    its name, the year they give (「2023年度…」), whether it is the interim period (闭会期间), and
    the ledger's own date (「填报日期：…」, 「截至…」)."""

    session: str | None = None
    year: int | None = None
    interim: bool = False
    as_of: date | None = None


@dataclass
class LedgerMappings:
    """What a clerk told the import: header text (as :func:`header_key` folds it) → field, or None
    for a column not to read; and kind ("result", "rating", "contact") → wording → code."""

    columns: dict[str, str | None] = field(default_factory=dict)
    values: dict[str, dict[str, str]] = field(default_factory=dict)

    def is_empty(self) -> bool:
        return not self.columns and not any(self.values.values())


@dataclass(frozen=True)
class Ledger:
    cases: Sequence[LedgerCase]  # a tuple, or the rows kept in a temporary file (ledger.spill)
    columns: frozenset[str]
    # None: the file has no 「办理过程」 sheet, so the steps are derived from each row's columns.
    steps: tuple[LedgerStep, ...] | None = None
    # Rows of the 「办理过程」 sheet that name no case or no step: refused with their reason.
    broken_steps: tuple[tuple[RowRef, str], ...] = ()
    session_hint: str | None = None  # a session named in a title row above the header
    skipped: SkippedRows = field(default_factory=SkippedRows)
    header_lines: dict[str, tuple[int, ...]] = field(default_factory=dict)  # sheet → its header rows' lines
    unknown_columns: tuple[str, ...] = ()  # header texts that name no field (their cells are not read)
    readings: tuple[ColumnReading, ...] = ()  # every column of every case sheet, as it was read
    sheets: dict[str, SheetHints] = field(default_factory=dict)  # sheet name → its hints
    file_year: int | None = None  # a year in the file's name (「2023年建议办理台账.xlsx」)


class RowRefused(Exception):
    """A ledger row the import does not take; ``reason`` is the translated text the clerk reads."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason
