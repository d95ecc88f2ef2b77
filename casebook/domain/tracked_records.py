"""Records the office keeps beside the cases: evaluations (人大评议, 第三方评估, the office's own kinds),
the standing committee's deliberations and 专题询问 with their 整改清单, the year's decisions
(优秀议案建议, 先进承办单位), and the meetings with the deputy around a reply (三见面).

Pure rules: the kinds and their labels, what a valid evaluation is, what an evaluation is worth in
the unit ranking, when a follow-up item is overdue, and when a case has met its deputy three times.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from decimal import Decimal
from enum import StrEnum

from casebook.domain.errors import RuleViolation
from casebook.i18n import noop, translate

SCORE_MIN = Decimal(0)
SCORE_MAX = Decimal(100)


class EvaluationKind(StrEnum):
    """The kinds every office has; an office adds its own names in the setting ``evaluation_kinds``."""

    CONGRESS_REVIEW = "congress_review"  # 人大评议 (the standing committee's evaluation)
    THIRD_PARTY = "third_party"  # 第三方评估

    @property
    def label(self) -> str:
        return translate("Tracked", _LABELS[self.value])


class DeliberationKind(StrEnum):
    COMMITTEE_REVIEW = "committee_review"  # 常委会审议 of the handling report
    TOPICAL_INQUIRY = "topical_inquiry"  # 专题询问 of units

    @property
    def label(self) -> str:
        return translate("Tracked", _LABELS[self.value])


class DecisionKind(StrEnum):
    EXCELLENT_CASE = "excellent_case"  # 优秀议案建议
    ADVANCED_UNIT = "advanced_unit"  # 先进承办单位

    @property
    def label(self) -> str:
        return translate("Tracked", _LABELS[self.value])

    @property
    def of_unit(self) -> bool:
        return self is DecisionKind.ADVANCED_UNIT


class MeetingStage(StrEnum):
    """三见面: the unit meets the deputy before, during and after handling."""

    BEFORE = "before"
    DURING = "during"
    AFTER = "after"

    @property
    def label(self) -> str:
        return translate("Tracked", _LABELS[self.value])


_LABELS: dict[str, str] = {
    EvaluationKind.CONGRESS_REVIEW.value: noop("Tracked", "Congress evaluation (人大评议)"),
    EvaluationKind.THIRD_PARTY.value: noop("Tracked", "Third-party assessment (第三方评估)"),
    DeliberationKind.COMMITTEE_REVIEW.value: noop("Tracked", "Standing committee deliberation"),
    DeliberationKind.TOPICAL_INQUIRY.value: noop("Tracked", "Topical inquiry"),
    DecisionKind.EXCELLENT_CASE.value: noop("Tracked", "Excellent motion or suggestion"),
    DecisionKind.ADVANCED_UNIT.value: noop("Tracked", "Advanced handling unit"),
    MeetingStage.BEFORE.value: noop("Tracked", "Before handling"),
    MeetingStage.DURING.value: noop("Tracked", "During handling"),
    MeetingStage.AFTER.value: noop("Tracked", "After handling"),
}


def evaluation_kind_label(code: str) -> str:
    """A built-in kind in the installed language; an office's own kind is its own name."""
    if code in {k.value for k in EvaluationKind}:
        return EvaluationKind(code).label
    return code


def evaluation_kind_code(text: str, office_kinds: Iterable[str]) -> str:
    """The kind a clerk typed: a built-in's code or label (or the Chinese word in it), or an office kind."""
    wanted = text.strip()
    for kind in EvaluationKind:
        if wanted and (wanted == kind.value or wanted == kind.label or wanted in kind.label):
            return kind.value
    office = [name for name in office_kinds if name.strip()]
    if wanted in office:
        return wanted
    raise RuleViolation(
        "unknown_evaluation_kind",
        noop("Rule", "“{text}” is not a kind of evaluation of this office ({kinds})"),
        text=wanted,
        kinds="、".join([k.label for k in EvaluationKind] + office),
    )


def check_evaluation(
    *, of_case: bool, of_unit: bool, year: int | None, score: Decimal | None, grade: str | None, grades: Iterable[str]
) -> None:
    """An evaluation is of one case or of one unit for a year, and has a score (0–100) or a grade of the office."""
    if of_case == of_unit:
        raise RuleViolation(
            "evaluation_target", noop("Rule", "An evaluation is of one case or of one handling unit, not both.")
        )
    if of_unit and year is None:
        raise RuleViolation("evaluation_year", noop("Rule", "An evaluation of a unit needs the year it evaluates."))
    if score is None and not grade:
        raise RuleViolation("evaluation_result", noop("Rule", "An evaluation needs a score or a grade."))
    if score is not None and not SCORE_MIN <= score <= SCORE_MAX:
        raise RuleViolation(
            "evaluation_score", noop("Rule", "A score goes from 0 to 100, not {score}."), score=str(score)
        )
    known = list(grades)
    if grade and grade not in known:
        raise RuleViolation(
            "evaluation_grade",
            noop("Rule", "“{grade}” is not a grade of this office ({grades})"),
            grade=grade,
            grades="、".join(known),
        )


def check_evaluation_settings(kinds: Iterable[str], grades: dict[str, int], weight: int) -> None:
    """The office's evaluation settings: kinds named once and not as a built-in kind, grades worth
    0 to 100 points, a weight not below zero."""
    names = [name.strip() for name in kinds]
    built_in = [(k.value, k.label) for k in EvaluationKind]  # 人大评议 is read as the built-in kind
    taken = [name for name in names if any(name == code or name in label for code, label in built_in)]
    if taken or not all(names) or len(set(names)) != len(names):
        raise RuleViolation(
            "bad_evaluation_kinds",
            noop("Rule", "Each kind of evaluation needs a name of its own, other than 人大评议 and 第三方评估."),
        )
    if any(not isinstance(points, int) or not 0 <= points <= 100 for points in grades.values()):
        raise RuleViolation("bad_evaluation_grades", noop("Rule", "Each grade is worth 0 to 100 points."))
    if weight < 0:
        raise RuleViolation("bad_evaluation_weight", noop("Rule", "The weight of evaluations cannot be negative."))


def evaluation_points(score: Decimal | None, grade: str | None, grade_points: dict[str, int]) -> Decimal | None:
    """What an evaluation counts in the unit ranking, on the rates' scale of 0–100: its score, else
    the points the office gives its grade."""
    if score is not None:
        return score
    if grade and grade in grade_points:
        return Decimal(grade_points[grade])
    return None


def item_overdue(due_on: date, done_on: date | None, day: date) -> bool:
    """A follow-up item (整改清单) is overdue on ``day`` when it is not done by then and its due date has passed."""
    done = done_on is not None and done_on <= day
    return not done and due_on < day


def check_item_done(due_from: date, done_on: date) -> None:
    """An item is not done before the deliberation that set it."""
    if done_on < due_from:
        raise RuleViolation(
            "item_done_early",
            noop("Rule", "the date {date} is before the deliberation ({earliest})"),
            date=done_on.isoformat(),
            earliest=due_from.isoformat(),
        )


def check_meeting(stage: MeetingStage, met_on: date, assigned_on: date, replied_on: date) -> None:
    """A meeting is not before the case was assigned to the unit; one before or during handling is
    not after the reply, one after handling not before it (the day of the reply counts for both)."""
    if met_on < assigned_on:
        raise RuleViolation(
            "meeting_before_assignment",
            noop("Rule", "the meeting on {date} is before the case was assigned to the unit ({earliest})"),
            date=met_on.isoformat(),
            earliest=assigned_on.isoformat(),
        )
    if stage is MeetingStage.AFTER and met_on < replied_on:
        raise RuleViolation(
            "meeting_after_too_early",
            noop("Rule", "a meeting after handling cannot be before the reply ({replied})"),
            replied=replied_on.isoformat(),
        )
    if stage is not MeetingStage.AFTER and met_on > replied_on:
        raise RuleViolation(
            "meeting_before_too_late",
            noop("Rule", "a meeting “{stage}” cannot be after the reply ({replied})"),
            stage=stage.label,
            replied=replied_on.isoformat(),
        )


def met_three_times(stages: Iterable[MeetingStage | str]) -> bool:
    """三见面: the deputy was met before, during and after handling."""
    return {MeetingStage(s) for s in stages} >= set(MeetingStage)
