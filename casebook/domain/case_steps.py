"""Which handling steps a case allows now, and why not: the checks the services run, over a snapshot.

The case window enables its buttons from :func:`step_refusals` (a disabled button's tooltip is the
refusal's message); the services run the same checks when the step is taken, so a button the window
enables is one the service accepts on the state shown, and a disabled one names the rule that says no.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from casebook.domain.enums import CaseKind, CaseState
from casebook.domain.errors import RuleViolation
from casebook.domain.handling_steps import check_closable, check_rehandle
from casebook.domain.office_settings import OfficeSettings
from casebook.domain.ratings import SignerRating
from casebook.domain.workflow import Action, check_allowed
from casebook.i18n import noop


@dataclass(frozen=True)
class CaseSnapshot:
    """What the step checks read of a case."""

    label: str  # how messages name the case
    state: CaseState
    kind: CaseKind
    handling_round: int
    ratings: tuple[SignerRating, ...] = ()
    pending_change_requests: int = 0  # a unit's requests to be relieved that wait for a decision


def check_convertible(case: str, kind: CaseKind) -> None:
    """作为建议处理: only a motion (议案) is turned into a suggestion."""
    if kind is not CaseKind.MOTION:
        raise RuleViolation(
            "not_a_motion",
            noop("Rule", "only a motion can be handled as a suggestion"),
            case=case,
        )


def check_change_request_waiting(case: str, pending: int) -> None:
    """审批调整申请: only when a unit's request to be relieved waits for a decision."""
    if pending <= 0:
        raise RuleViolation(
            "no_pending_change_request",
            noop("Rule", "no unit's request for a change of handling unit is waiting for a decision"),
            case=case,
        )


def _convert(case: CaseSnapshot, _settings: OfficeSettings) -> None:
    check_convertible(case.label, case.kind)


def _decide(case: CaseSnapshot, _settings: OfficeSettings) -> None:
    check_change_request_waiting(case.label, case.pending_change_requests)


def _rehandle(case: CaseSnapshot, settings: OfficeSettings) -> None:
    check_rehandle(case.label, settings, case.handling_round, case.ratings)


def _close(case: CaseSnapshot, settings: OfficeSettings) -> None:
    check_closable(case.label, settings, case.handling_round, case.ratings)


# The checks beyond the case's state, by step (the state is checked for every step first).
_BEYOND_STATE: dict[Action, Callable[[CaseSnapshot, OfficeSettings], None]] = {
    Action.CONVERT_TO_SUGGESTION: _convert,
    Action.DECIDE_UNIT_CHANGE: _decide,
    Action.REHANDLE: _rehandle,
    Action.CLOSE: _close,
}


def check_step(action: Action, case: CaseSnapshot, settings: OfficeSettings) -> None:
    """Raise the :class:`RuleViolation` that refuses ``action`` on ``case`` as it stands."""
    check_allowed(action, case.state, case.label)
    beyond = _BEYOND_STATE.get(action)
    if beyond is not None:
        beyond(case, settings)


def step_refusals(
    case: CaseSnapshot, settings: OfficeSettings, actions: Iterable[Action]
) -> dict[Action, RuleViolation]:
    """Of ``actions``, those the rules refuse on ``case`` now, each with the refusal."""
    refused: dict[Action, RuleViolation] = {}
    for action in actions:
        try:
            check_step(action, case, settings)
        except RuleViolation as refusal:
            refused[action] = refusal
    return refused


def allowed_steps(case: CaseSnapshot, settings: OfficeSettings, actions: Iterable[Action]) -> frozenset[Action]:
    """Of ``actions``, those the rules allow on ``case`` now."""
    listed = tuple(actions)
    refused = step_refusals(case, settings, listed)
    return frozenset(a for a in listed if a not in refused)
