"""The office's own rules, stored in the database, with the common national defaults.

Offices differ: some count only A as resolved, others A and B; some give 10 days for a change
request, others 7 working days. Every such choice is an :class:`OfficeSettings` field.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any

from casebook.domain.enums import RatingLevel


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
    extra: dict[str, Any] = field(default_factory=dict)

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
