"""The forms that record an evaluation (人大评议, 第三方评估, the office's kinds) and a year decision
(优秀议案建议, 先进承办单位) from the window: of the case open in the case window, or of the unit
chosen in the reference list. Each is a :class:`StepDialog`; a refusal stays beside its field."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtWidgets import QWidget

from casebook import clock
from casebook.domain.errors import RuleViolation
from casebook.domain.office_settings import OfficeSettings
from casebook.domain.tracked_records import DecisionKind, EvaluationKind
from casebook.i18n import noop, translate
from casebook.services.steps.decisions import DecisionDraft, add_decision
from casebook.services.steps.evaluations import EvaluationDraft, add_evaluation
from casebook.store.database import Database
from casebook.ui.dialogs.step_dialog import StepDialog, StepField, StepForm

YEARS_BACK = 6  # the years offered: this one and the five before


def _years(today: date) -> tuple[tuple[str, int], ...]:
    return tuple((str(y), y) for y in range(today.year, today.year - YEARS_BACK, -1))


def evaluation_form(settings: OfficeSettings, *, of_unit: bool, today: date) -> StepForm:
    kinds = tuple((k.label, k.value) for k in EvaluationKind) + tuple((k, k) for k in settings.evaluation_kinds)
    fields = [StepField("kind", translate("Records", "Kind"), "choice", kinds, EvaluationKind.CONGRESS_REVIEW.value)]
    if of_unit:
        fields.append(
            StepField("year", translate("Records", "Year evaluated"), "choice", _years(today), today.year - 1)
        )
    fields += [
        StepField("score", translate("Records", "Score (0–100)"), "text", required=False),
        StepField(
            "grade",
            translate("Records", "or grade"),
            "choice",
            tuple((g, g) for g in settings.evaluation_grades),
            required=False,
        ),
        StepField("evaluator", translate("Records", "Evaluated by"), "text"),
        StepField("day", translate("Records", "Date"), "date", default=today),
        StepField("comments", translate("Records", "Comments"), "long_text", required=False),
    ]
    rules = {
        "evaluation_score": "score",
        "evaluation_result": "score",
        "evaluation_grade": "grade",
        "evaluator_required": "evaluator",
    }
    return StepForm(translate("Records", "Record an evaluation"), fields, rules)


def decision_form(kind: DecisionKind, today: date) -> StepForm:
    fields = [
        StepField("year", translate("Records", "Year"), "choice", _years(today), today.year - 1),
        StepField("day", translate("Records", "Decided on"), "date", default=today),
        StepField("document", translate("Records", "Document number"), "text"),
        StepField("note", translate("Records", "Note"), "long_text", required=False),
    ]
    rules = {"decision_document": "document", "decision_twice": "year", "decision_before_year": "day"}
    return StepForm(kind.label, fields, rules)


def score_of(text: object) -> Decimal | None:
    """The score typed (empty: none); text that is not a number is refused in the clerk's words."""
    typed = str(text or "").strip()
    if not typed:
        return None
    try:
        value = Decimal(typed)
    except InvalidOperation:
        value = Decimal("NaN")
    if not value.is_finite():
        raise RuleViolation("evaluation_score", noop("Rule", "A score goes from 0 to 100, not {score}."), score=typed)
    return value


def ask_evaluation(
    parent: QWidget,
    db: Database,
    settings: OfficeSettings,
    *,
    case_id: int | None = None,
    unit_id: int | None = None,
    after: Callable[[], None],
) -> StepDialog:
    def submit(v: dict[str, Any]) -> object:
        draft = EvaluationDraft(
            kind=str(v["kind"]),
            evaluator=str(v["evaluator"] or ""),
            evaluated_on=v["day"],
            case_id=case_id,
            unit_id=unit_id,
            year=int(v["year"]) if unit_id is not None else None,
            score=score_of(v["score"]),
            grade=str(v["grade"]) if v["grade"] else None,
            comments=str(v["comments"] or ""),
        )
        return add_evaluation(db, draft)

    form = evaluation_form(settings, of_unit=unit_id is not None, today=clock.today())
    return StepDialog.ask(parent, form, submit, lambda _result: after())


def ask_decision(
    parent: QWidget,
    db: Database,
    kind: DecisionKind,
    *,
    case_id: int | None = None,
    unit_id: int | None = None,
    after: Callable[[], None],
) -> StepDialog:
    def submit(v: dict[str, Any]) -> object:
        draft = DecisionDraft(
            kind, int(v["year"]), v["day"], str(v["document"] or ""), case_id, unit_id, str(v["note"] or "")
        )
        return add_decision(db, draft)

    return StepDialog.ask(parent, decision_form(kind, clock.today()), submit, lambda _result: after())
