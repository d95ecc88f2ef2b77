"""The columns of every export, declared once: key, English header (marked for translation),
width and the kind of value. The register's columns are reused by the per-unit lists and the
overdue list, so a field has the same header and width in every file.

The register workbook is also the exchange format read back by the ledger import: the headers of
sheet 1 (台账, :data:`REGISTER`) and sheet 2 (办理过程, :data:`HISTORY`) and their order are fixed.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from casebook.domain.metrics import RateName
from casebook.i18n import noop, translate


class ValueKind(Enum):
    TEXT = "text"  # short text, one line
    LONG_TEXT = "long_text"  # wrapped in its column
    DATE = "date"  # a real Excel date, shown yyyy-mm-dd
    NUMBER = "number"  # a count
    PERCENT = "percent"  # a rate as a fraction, shown 75.2%
    POINTS = "points"  # a change in percentage points, shown +4.7


@dataclass(frozen=True)
class Column:
    key: str
    header: str  # English source text, marked noop("Excel", ...); or the title itself when ``literal``
    width: float  # in Excel's character widths
    kind: ValueKind = ValueKind.TEXT
    literal: bool = False  # a title from the office settings (a result category), not translated
    rate: RateName | None = None  # a rate's column is titled with the rate's one label

    @property
    def title(self) -> str:
        if self.rate is not None:
            return self.rate.label
        return self.header if self.literal else translate("Excel", self.header)


def _text(key: str, header: str, width: float) -> Column:
    return Column(key, header, width, ValueKind.TEXT)


def _long(key: str, header: str, width: float) -> Column:
    return Column(key, header, width, ValueKind.LONG_TEXT)


DATE_WIDTH = 12  # 「2023-05-04」 and a little room, so it never runs into the next column


def _date(key: str, header: str) -> Column:
    return Column(key, header, DATE_WIDTH, ValueKind.DATE)


def _number(key: str, header: str, width: float = 7) -> Column:
    return Column(key, header, width, ValueKind.NUMBER)


def _percent(key: str, header: str, width: float = 8) -> Column:
    return Column(key, header, width, ValueKind.PERCENT)


def _rate(name: RateName, width: float = 8) -> Column:
    return Column(name.value, name.value, width, ValueKind.PERCENT, rate=name)


SESSION = _long("session", noop("Excel", "Session"), 19)
NUMBER = _text("number", noop("Excel", "No."), 6)
KIND = _text("kind", noop("Excel", "Type"), 5)
TITLE = _long("title", noop("Excel", "Title"), 30)
SUBMITTED_ON = _date("submitted_on", noop("Excel", "Submitted on"))
LEAD_DEPUTY = _text("lead_deputy", noop("Excel", "Lead deputy"), 8)
COSIGNERS = _long("cosigners", noop("Excel", "Co-signing deputies"), 14)
DELEGATION = _text("delegation", noop("Excel", "Delegation"), 8)
CATEGORY = _long("category", noop("Excel", "Category"), 9)
IS_KEY = _text("is_key", noop("Excel", "Key supervision"), 5)
KEY_DESIGNATED_BY = _long("key_designated_by", noop("Excel", "Designated by"), 9)
SUPERVISING_LEADER = _text("supervising_leader", noop("Excel", "Supervising leader"), 8)
SUPERVISING_COMMITTEE = _long("supervising_committee", noop("Excel", "Supervising committee"), 11)
LEADING_LEADER = _text("leading_leader", noop("Excel", "Government leader leading the handling"), 8)
LEAD_UNITS = _long("lead_units", noop("Excel", "Lead units"), 13)
ASSISTING_UNITS = _long("assisting_units", noop("Excel", "Assisting units"), 13)
SEPARATE_UNITS = _long("separate_units", noop("Excel", "Separately handling units"), 13)
ASSIGNED_ON = _date("assigned_on", noop("Excel", "Assigned on"))
DUE_ON = _date("due_on", noop("Excel", "Reply due"))
ACKNOWLEDGED_ON = _date("acknowledged_on", noop("Excel", "Acknowledged on"))
REPLIED_ON = _date("replied_on", noop("Excel", "Replied on"))
RESULT = _text("result", noop("Excel", "Result"), 5)
CONTACT_METHOD = _text("contact_method", noop("Excel", "Contact method"), 8)
RATING = _text("rating", noop("Excel", "Deputy's opinion"), 8)
RATED_ON = _date("rated_on", noop("Excel", "Rated on"))
STATE = _text("state", noop("Excel", "State"), 7)
CLOSED_ON = _date("closed_on", noop("Excel", "Closed on"))
SUPERVISION_COUNT = _number("supervision_count", noop("Excel", "Supervision records"), 5)
REMARKS = _long("remarks", noop("Excel", "Remarks"), 14)

# Sheet 1 of the register (台账): one row per case.
REGISTER: tuple[Column, ...] = (
    SESSION,
    NUMBER,
    KIND,
    TITLE,
    SUBMITTED_ON,
    LEAD_DEPUTY,
    COSIGNERS,
    DELEGATION,
    CATEGORY,
    IS_KEY,
    KEY_DESIGNATED_BY,
    SUPERVISING_LEADER,
    SUPERVISING_COMMITTEE,
    LEADING_LEADER,
    LEAD_UNITS,
    ASSISTING_UNITS,
    SEPARATE_UNITS,
    ASSIGNED_ON,
    DUE_ON,
    ACKNOWLEDGED_ON,
    REPLIED_ON,
    RESULT,
    CONTACT_METHOD,
    RATING,
    RATED_ON,
    STATE,
    CLOSED_ON,
    SUPERVISION_COUNT,
    REMARKS,
)

STEP = _text("step", noop("Excel", "Step"), 10)
STEP_DATE = _date("date", noop("Excel", "Date"))
UNIT = _long("unit", noop("Excel", "Unit"), 14)
ROLE = _text("role", noop("Excel", "Role"), 8)
HANDLING_ROUND = _number("handling_round", noop("Excel", "Handling round"), 5)
CONTACT_PERSON = _text("contact_person", noop("Excel", "Contact person"), 9)
DEPUTY = _text("deputy", noop("Excel", "Deputy"), 8)
OVERALL = _text("overall", noop("Excel", "Rating"), 8)
HANDLING_LEVEL = _text("handling_level", noop("Excel", "Rating of the handling work"), 8)
RESULT_LEVEL = _text("result_level", noop("Excel", "Rating of the result"), 8)
NOTE = _long("note", noop("Excel", "Notes"), 40)

# Sheet 2 of the register (办理过程): one row per step of every case.
HISTORY: tuple[Column, ...] = (
    SESSION,
    NUMBER,
    STEP,
    STEP_DATE,
    UNIT,
    ROLE,
    HANDLING_ROUND,
    DUE_ON,
    RESULT,
    CONTACT_METHOD,
    CONTACT_PERSON,
    DEPUTY,
    OVERALL,
    HANDLING_LEVEL,
    RESULT_LEVEL,
    NOTE,
)

# 交办清单: one sheet per handling unit, printed and sent to it: the session and title narrower
# (wrapped) so that the list prints on A4 landscape at 9 pt or more.
UNIT_LIST: tuple[Column, ...] = (
    _long("session", SESSION.header, 18),
    NUMBER,
    KIND,
    _long("title", TITLE.header, 24),
    LEAD_DEPUTY,
    ROLE,
    ASSIGNED_ON,
    DUE_ON,
    ACKNOWLEDGED_ON,
    REPLIED_ON,
    RESULT,
    STATE,
)

# 打印: the columns a printed register may have (casebook.excel.print_sheet), by the keys of the
# office setting ``print_columns``; narrower than the register's where the paper asks for it.
PRINT_DATE_WIDTH = 12
PRINT_COLUMNS: dict[str, Column] = {
    "serial": _number("serial", noop("Excel", "No. (serial)"), 5),
    "number": _text("number", NUMBER.header, 7),
    "title": _long("title", TITLE.header, 30),
    "lead_deputy": _text("lead_deputy", LEAD_DEPUTY.header, 8),
    "cosigners": _long("cosigners", COSIGNERS.header, 16),
    "delegation": _text("delegation", DELEGATION.header, 8),
    "category": _text("category", CATEGORY.header, 10),
    "submitted_on": Column("submitted_on", SUBMITTED_ON.header, PRINT_DATE_WIDTH, ValueKind.DATE),
    "lead_units": _long("lead_units", LEAD_UNITS.header, 16),
    "assisting_units": _long("assisting_units", ASSISTING_UNITS.header, 16),
    "assigned_on": Column("assigned_on", ASSIGNED_ON.header, PRINT_DATE_WIDTH, ValueKind.DATE),
    "replied_on": Column("replied_on", REPLIED_ON.header, PRINT_DATE_WIDTH, ValueKind.DATE),
    "result": _text("result", RESULT.header, 8),
    "rating": _text("rating", noop("Excel", "Satisfaction"), 8),
    "state": _text("state", STATE.header, 8),
    "remarks": _long("remarks", REMARKS.header, 10),
}

DAYS_OVERDUE = _number("days_overdue", noop("Excel", "Days overdue"), 7)

# 逾期未答复: the overdue answering assignments of the monthly report.
OVERDUE: tuple[Column, ...] = (SESSION, NUMBER, TITLE, UNIT, ROLE, ASSIGNED_ON, DUE_ON, DAYS_OVERDUE)

HANDLING_UNIT = _long("unit", noop("Excel", "Handling unit"), 18)
CASES = _number("total", noop("Excel", "Cases"))
REPLIED = _number("replied", noop("Excel", "Replied"))
RESOLVED = _number("resolved", noop("Excel", "Resolved"))
RESOLUTION_RATE = _rate(RateName.RESOLUTION)
ACCOMPLISHED = _number("accomplished", noop("Excel", "Accomplished"))
ACCOMPLISHMENT_RATE = _rate(RateName.ACCOMPLISHMENT)
REPLIES_DUE = _number("replies_due", noop("Excel", "Replies due"))
REPLIED_ON_TIME = _number("replied_on_time", noop("Excel", "Replied on time"))
ON_TIME_RATE = _rate(RateName.ON_TIME)
RATED = _number("rated", noop("Excel", "Rated"))
SATISFIED = _number("satisfied", noop("Excel", "Satisfied or basically satisfied"), 9)
SATISFACTION_RATE = _rate(RateName.SATISFACTION)
OVERDUE_COUNT = _number("overdue", noop("Excel", "Overdue replies"))

# 按承办单位: the monthly report's figures per lead unit.
UNIT_FIGURES: tuple[Column, ...] = (
    HANDLING_UNIT,
    CASES,
    REPLIED,
    RESOLVED,
    RESOLUTION_RATE,
    ACCOMPLISHED,
    ACCOMPLISHMENT_RATE,
    REPLIES_DUE,
    REPLIED_ON_TIME,
    ON_TIME_RATE,
    RATED,
    SATISFIED,
    SATISFACTION_RATE,
    OVERDUE_COUNT,
)

FIGURE = _long("figure", noop("Excel", "Figure"), 16)
NUMERATOR = _number("numerator", noop("Excel", "Numerator"), 9)
DENOMINATOR = _number("denominator", noop("Excel", "Denominator"), 9)
RATE = _percent("rate", noop("Excel", "Rate"), 9)
PREVIOUS_NUMERATOR = _number("previous_numerator", noop("Excel", "Previous year: numerator"), 9)
PREVIOUS_DENOMINATOR = _number("previous_denominator", noop("Excel", "Previous year: denominator"), 9)
PREVIOUS_RATE = _percent("previous_rate", noop("Excel", "Previous year: rate"), 9)
CHANGE = Column("change", noop("Excel", "Change (percentage points)"), 10, ValueKind.POINTS)

# 概况: the monthly report's rates against the previous year's cohort at the same day.
RATE_TABLE: tuple[Column, ...] = (
    FIGURE,
    NUMERATOR,
    DENOMINATOR,
    RATE,
    PREVIOUS_NUMERATOR,
    PREVIOUS_DENOMINATOR,
    PREVIOUS_RATE,
    CHANGE,
)
THIS_PERIOD = _number("this_period", noop("Excel", "This year"), 9)
PREVIOUS_PERIOD = _number("previous_period", noop("Excel", "Previous year, same day"), 9)
COUNT_TABLE: tuple[Column, ...] = (FIGURE, THIS_PERIOD, PREVIOUS_PERIOD)


def count_column(key: str, title: str) -> Column:
    """A count column whose title comes from the office settings (a result category, a rating level)."""
    return Column(key, title, 7, ValueKind.NUMBER, literal=True)


# The short names of the default result categories in the 办理情况统计表 (code → header).
RESULT_HEADERS = {
    "A": noop("Excel", "Resolved (A)"),
    "B": noop("Excel", "Being resolved (B)"),
    "C": noop("Excel", "To be resolved later (C)"),
    "D": noop("Excel", "For reference (D)"),
}
