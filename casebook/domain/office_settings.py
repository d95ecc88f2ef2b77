"""The office's own rules, stored in the database, with the common national defaults.

Offices differ: some count only A as resolved, others A and B; some give 10 days for a change
request, others 7 working days. Every such choice is an :class:`OfficeSettings` field.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any

from casebook.domain.enums import RatingLevel
from casebook.domain.figure_style import FigureKind, FigureStyle, Rounding


@dataclass(frozen=True)
class ResultCategory:
    """A reply's result category (办理结果), e.g. A 所提问题已经解决或基本解决."""

    code: str
    label: str


@dataclass(frozen=True)
class RatingOption:
    """A level a deputy can choose on the feedback form, and whether it counts as satisfied."""

    code: str
    label: str
    satisfied: bool


DEFAULT_RESULT_CATEGORIES: tuple[ResultCategory, ...] = (
    ResultCategory("A", "所提问题已经解决或基本解决"),
    ResultCategory("B", "正在解决或列入计划逐步解决"),
    ResultCategory("C", "因条件限制需以后解决"),
    ResultCategory("D", "留作参考"),
)

DEFAULT_RATING_OPTIONS: tuple[RatingOption, ...] = (
    RatingOption(RatingLevel.SATISFIED.value, "满意", True),
    RatingOption(RatingLevel.BASICALLY_SATISFIED.value, "基本满意", True),
    RatingOption(RatingLevel.UNSATISFIED.value, "不满意", False),
)


# The columns a printed register may have (casebook.excel.print_sheet), and those printed by default:
# 序号, 编号, 标题, 领衔代表, 主办单位, 协办单位, 办理结果, 满意度, 备注.
PRINTABLE_COLUMNS = (
    "serial",
    "number",
    "title",
    "lead_deputy",
    "cosigners",
    "delegation",
    "category",
    "submitted_on",
    "lead_units",
    "assisting_units",
    "assigned_on",
    "replied_on",
    "result",
    "rating",
    "state",
    "remarks",
)
DEFAULT_PRINT_COLUMNS = (
    "serial",
    "number",
    "title",
    "lead_deputy",
    "lead_units",
    "assisting_units",
    "result",
    "rating",
    "remarks",
)


@dataclass(frozen=True)
class OfficeSettings:
    result_categories: tuple[ResultCategory, ...] = DEFAULT_RESULT_CATEGORIES
    rating_options: tuple[RatingOption, ...] = DEFAULT_RATING_OPTIONS
    resolved_categories: tuple[str, ...] = ("A",)
    accomplished_categories: tuple[str, ...] = ("A", "B")
    reply_due_months: int = 3
    reply_extended_max_months: int = 6
    assisting_opinion_months: int = 1
    change_request_days: int = 10
    # Count the change-request window in working days (holiday calendar) instead of calendar days.
    change_request_working_days: bool = False
    rehandle_due_months: int = 1
    # Whose rating is the case's: "lead" (the lead deputy's own) or "least_satisfied" (of all signers).
    rating_counts: str = "lead"
    backups_kept: int = 14
    # 先进承办单位: weight of each rate in a unit's score (keys are RateName values).
    unit_score_weights: dict[str, int] = field(
        default_factory=lambda: {
            "on_time_rate": 30,
            "resolution_rate": 30,
            "face_to_face_rate": 10,
            "satisfaction_rate": 30,
        }
    )
    # Evaluations beyond the deputy's rating (casebook.domain.tracked_records): the office's own kinds
    # besides 人大评议 and 第三方评估, the points of each grade, and the weight of a unit's evaluations
    # for the year in its score (0: not counted).
    evaluation_kinds: tuple[str, ...] = ()
    evaluation_grades: dict[str, int] = field(
        default_factory=lambda: {"优秀": 95, "良好": 85, "合格": 75, "不合格": 60}
    )
    evaluation_weight: int = 0
    # 民生实事项目 (casebook.domain.projects): the options of the deputies' year-end rating, and those
    # counted as satisfied in the satisfaction rate of the projects.
    project_rating_options: tuple[str, ...] = ("满意", "基本满意", "不满意")
    project_satisfied_options: tuple[str, ...] = ("满意", "基本满意")
    # Targets per rate (「力争办成率达到80%」): rate key (RateName value) → percent; a rate not listed has none.
    rate_targets: dict[str, Any] = field(default_factory=dict)
    # The printed register (打印 sheet of the register export): its columns, in this order.
    print_columns: tuple[str, ...] = DEFAULT_PRINT_COLUMNS
    # How the office prints its figures (casebook.domain.figure_style): decimals 0, 1 or 2 and
    # rounding "half_up" or "truncate" for each kind of figure; shares made to add up to 100.
    rate_decimals: int = 1
    rate_rounding: str = Rounding.HALF_UP.value
    class_share_decimals: int = 1
    class_share_rounding: str = Rounding.HALF_UP.value
    category_share_decimals: int = 1
    category_share_rounding: str = Rounding.HALF_UP.value
    rating_share_decimals: int = 1
    rating_share_rounding: str = Rounding.HALF_UP.value
    shares_add_to_100: bool = False
    # The headline rate's words in the report sentences ("" = the installed language's 解决率 / 解决);
    # what it counts is ``resolved_categories`` (办结率 = A; 解决和正在解决 = A and B).
    resolution_rate_name: str = ""
    resolved_word: str = ""
    # The headline sentence: "" the seeds' wording, "enumeration" every result class with its share,
    # or the office's own template (placeholders in casebook.domain.report_templates).
    report_template: str = ""
    # The letters to handling units (交办通知, 催办函, 通报, 签收回执): who signs them (落款), the contact
    # line for the units, and a folder with the office's own templates ("" = the shipped ones).
    office_name: str = ""
    office_contact: str = ""
    letter_templates: str = ""
    attachment_limit_mb: int = 20  # the largest file a case, reply or supervision record may have attached
    extra: dict[str, Any] = field(default_factory=dict)

    def figure_style(self, kind: FigureKind) -> FigureStyle:
        decimals = int(getattr(self, f"{kind.value}_decimals"))
        return FigureStyle(decimals, Rounding(getattr(self, f"{kind.value}_rounding")))

    def result_category(self, code: str) -> ResultCategory | None:
        return next((c for c in self.result_categories if c.code == code), None)

    def rating_option(self, code: str) -> RatingOption | None:
        return next((r for r in self.rating_options if r.code == code), None)

    def to_rows(self) -> dict[str, Any]:
        """The settings as key → JSON value, the way the ``office_setting`` table keeps them."""
        rows: dict[str, Any] = {}
        for f in fields(self):
            if f.name == "extra":
                continue
            value = getattr(self, f.name)
            if f.name == "result_categories":
                value = [{"code": c.code, "label": c.label} for c in value]
            elif f.name == "rating_options":
                value = [{"code": r.code, "label": r.label, "satisfied": r.satisfied} for r in value]
            elif isinstance(value, tuple):
                value = list(value)
            elif isinstance(value, dict):
                value = dict(value)
            rows[f.name] = value
        rows.update(self.extra)
        return rows

    @classmethod
    def from_rows(cls, rows: dict[str, Any]) -> OfficeSettings:
        """Rebuild from stored rows; a key missing from the table keeps its default."""
        known = {f.name for f in fields(cls)} - {"extra"}
        kwargs: dict[str, Any] = {}
        for key, value in rows.items():
            if key not in known:
                continue
            if key == "result_categories":
                value = tuple(ResultCategory(str(v["code"]), str(v["label"])) for v in value)
            elif key == "rating_options":
                value = tuple(RatingOption(str(v["code"]), str(v["label"]), bool(v["satisfied"])) for v in value)
            elif isinstance(value, list):
                value = tuple(value)
            kwargs[key] = value
        extra = {k: v for k, v in rows.items() if k not in known}
        return cls(**kwargs, extra=extra)


# ── The ledger vocabulary: how other offices' ledgers write results, ratings and contact methods ──
# Shipped with the common schemes; an office's own wordings (mapped once by a clerk during an
# import) are kept in the database and read on top of these.

VOCABULARY_KINDS = ("result", "rating", "contact")

NO_RESULT = "none"  # a ledger's wording for "no result yet" (办理中, 未答复): read as an empty result cell
NO_RESULT_WORDS = ("无", "未答复", "none")  # what --map-value takes for it ("办理中=无")
NO_RESULT_WORDINGS = (  # the shipped ones: the case is still being handled
    "正在办理",
    "办理中",
    "在办",
    "正在办",
    "尚在办理",
    "未答复",
    "尚未答复",
    "暂未答复",
    "待答复",
    "未办结",
    "未办复",
)

DEFAULT_RESULT_WORDINGS: dict[str, str] = {
    **{f"{cls}{suffix}": code for cls, code in zip("甲乙丙丁", "ABCD", strict=True) for suffix in ("", "类")},
    # the national wording and its short forms
    "已解决或基本解决": "A",
    "所提问题已经解决或基本解决": "A",
    "已解决": "A",
    "已经解决": "A",
    "基本解决": "A",
    "解决": "A",
    "采纳": "A",
    "已采纳": "A",
    "正在解决或列入计划逐步解决": "B",
    "正在解决": "B",
    "列入计划": "B",
    "已列入计划": "B",
    "列入计划逐步解决": "B",
    "因条件限制或其他原因需以后解决": "C",
    "因条件限制需以后解决": "C",
    "以后解决": "C",
    "留作参考": "D",
    **dict.fromkeys(NO_RESULT_WORDINGS, NO_RESULT),
}

# Cues read a wording that is not in the vocabulary, only when all its cues point to one class.
# Longer cues are found first and consume their characters (「正在解决」 is one B cue, not B and A).
RESULT_CUES: dict[str, str] = {
    "已经解决": "A",
    "基本解决": "A",
    "已解决": "A",
    "解决": "A",
    "采纳": "A",
    "已落实": "A",
    "正在解决": "B",
    "列入计划": "B",
    "列入规划": "B",
    "逐步解决": "B",
    "已启动": "B",
    "正在推进": "B",
    "以后解决": "C",
    "条件限制": "C",
    "不能": "C",
    "暂缓": "C",
    "难以": "C",
    "暂不": "C",
    "留作参考": "D",
    "参考": "D",
}

DEFAULT_RATING_WORDINGS: dict[str, str] = {
    "满意": "satisfied",
    "非常满意": "satisfied",
    "基本满意": "basically_satisfied",
    "比较满意": "basically_satisfied",
    "不满意": "unsatisfied",
}

DEFAULT_CONTACT_WORDINGS: dict[str, str] = {
    "当面": "face_to_face",
    "当面沟通": "face_to_face",
    "见面": "face_to_face",
    "面商": "face_to_face",
    "走访": "face_to_face",
    "上门": "face_to_face",
    "座谈": "meeting",
    "座谈会": "meeting",
    "会议": "meeting",
    "电话": "phone",
    "电话沟通": "phone",
    "书面": "letter",
    "书面函复": "letter",
    "函复": "letter",
}


@dataclass(frozen=True)
class LedgerVocabulary:
    """Wording → code for each kind ("result", "rating", "contact"): the shipped schemes plus the
    office's own mappings (``office`` is kind → wording → code, as the database keeps them)."""

    result: dict[str, str] = field(default_factory=lambda: dict(DEFAULT_RESULT_WORDINGS))
    rating: dict[str, str] = field(default_factory=lambda: dict(DEFAULT_RATING_WORDINGS))
    contact: dict[str, str] = field(default_factory=lambda: dict(DEFAULT_CONTACT_WORDINGS))

    def with_office(self, office: dict[str, dict[str, str]]) -> LedgerVocabulary:
        return LedgerVocabulary(
            {**self.result, **office.get("result", {})},
            {**self.rating, **office.get("rating", {})},
            {**self.contact, **office.get("contact", {})},
        )

    def words(self, kind: str) -> dict[str, str]:
        found: dict[str, str] = getattr(self, kind)
        return found
