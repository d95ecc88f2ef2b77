"""Which handling step is allowed in which state of a case (domain.md, "Lifecycle of a case").

registered ──assign──▶ assigned ──reply (all lead units)──▶ replied ──rate──▶ rated ──close──▶ closed
                         ▲                                                       │
                         └────────────── re-handle (unsatisfied) ◀───────────────┘
"""

from __future__ import annotations

from enum import StrEnum

from casebook.domain.enums import CaseState
from casebook.domain.errors import RuleViolation
from casebook.i18n import noop, translate

S = CaseState


class Action(StrEnum):
    REGISTER = "register"
    EDIT = "edit"
    CONVERT_TO_SUGGESTION = "convert_to_suggestion"
    WITHDRAW = "withdraw"
    ASSIGN = "assign"
    ACKNOWLEDGE = "acknowledge"
    CHANGE_UNIT = "change_unit"  # the change itself (a request approved), in one step or after a request
    REQUEST_UNIT_CHANGE = "request_unit_change"  # a unit asks to be relieved of the case
    DECIDE_UNIT_CHANGE = "decide_unit_change"  # the office approves or refuses such a request
    EXTEND_DEADLINE = "extend_deadline"  # an approved extension of a reply deadline (延期)
    REPLY = "reply"
    RATE = "rate"
    REHANDLE = "rehandle"
    CLOSE = "close"
    FOLLOW_UP = "follow_up"
    SUPERVISE = "supervise"
    LINK = "link"

    @property
    def label(self) -> str:
        return translate("Action", _ACTION_LABELS[self])


OPEN_STATES = frozenset({S.REGISTERED, S.ASSIGNED, S.REPLIED, S.RATED})

ALLOWED_STATES: dict[Action, frozenset[CaseState]] = {
    Action.EDIT: OPEN_STATES,
    Action.CONVERT_TO_SUGGESTION: frozenset({S.REGISTERED, S.ASSIGNED}),
    Action.WITHDRAW: frozenset({S.REGISTERED, S.ASSIGNED}),
    Action.ASSIGN: frozenset({S.REGISTERED, S.ASSIGNED}),
    Action.ACKNOWLEDGE: frozenset({S.ASSIGNED}),
    Action.CHANGE_UNIT: frozenset({S.ASSIGNED}),
    Action.REQUEST_UNIT_CHANGE: frozenset({S.ASSIGNED}),
    # A pending request may still be refused after the lead units replied; approving one needs CHANGE_UNIT.
    Action.DECIDE_UNIT_CHANGE: frozenset({S.ASSIGNED, S.REPLIED, S.RATED}),
    Action.EXTEND_DEADLINE: frozenset({S.ASSIGNED}),
    Action.REPLY: frozenset({S.ASSIGNED}),
    Action.RATE: frozenset({S.REPLIED, S.RATED}),
    Action.REHANDLE: frozenset({S.RATED}),
    Action.CLOSE: frozenset({S.RATED}),
    Action.FOLLOW_UP: frozenset({S.REPLIED, S.RATED, S.CLOSED}),
    Action.SUPERVISE: OPEN_STATES | {S.CLOSED},
    Action.LINK: OPEN_STATES | {S.CLOSED},
}

# The reasons a clerk reads when a step comes too early; other refusals use the generic message.
_TOO_EARLY: dict[tuple[Action, CaseState], tuple[str, str]] = {
    (Action.REPLY, S.REGISTERED): (
        "reply_before_assignment",
        noop("Rule", "a reply can only be recorded after the case has been assigned to a handling unit"),
    ),
    (Action.RATE, S.REGISTERED): (
        "rating_before_reply",
        noop("Rule", "the deputy's rating can only be recorded after a handling unit has replied"),
    ),
    (Action.RATE, S.ASSIGNED): (
        "rating_before_reply",
        noop("Rule", "the deputy's rating can only be recorded after every lead unit has replied"),
    ),
    (Action.CLOSE, S.REPLIED): (
        "close_before_rating",
        noop("Rule", "a case is closed only after the deputy's rating has been recorded"),
    ),
    (Action.REHANDLE, S.REPLIED): (
        "rehandle_before_rating",
        noop("Rule", "re-handling follows an unsatisfied rating, and no rating has been recorded yet"),
    ),
}


def allowed_actions(state: CaseState) -> frozenset[Action]:
    """The steps a clerk may take on a case in ``state`` (the client enables exactly these)."""
    return frozenset(a for a, states in ALLOWED_STATES.items() if state in states)


def check_allowed(action: Action, state: CaseState, case: str) -> None:
    """Raise :class:`RuleViolation` naming ``case`` when ``action`` is not allowed in ``state``."""
    if state in ALLOWED_STATES[action]:
        return
    specific = _TOO_EARLY.get((action, state))
    if specific is not None:
        raise RuleViolation(specific[0], specific[1], case=case)
    raise RuleViolation(
        "not_allowed_in_state",
        noop("Rule", "“{action}” is not allowed while the case is “{state}”"),
        case=case,
        action=action.label,
        state=state.label,
    )


_ACTION_LABELS: dict[Action, str] = {
    Action.REGISTER: noop("Action", "Register"),
    Action.EDIT: noop("Action", "Edit"),
    Action.CONVERT_TO_SUGGESTION: noop("Action", "Handle as a suggestion"),
    Action.WITHDRAW: noop("Action", "Withdraw"),
    Action.ASSIGN: noop("Action", "Assign"),
    Action.ACKNOWLEDGE: noop("Action", "Acknowledge receipt"),
    Action.CHANGE_UNIT: noop("Action", "Change handling unit"),
    Action.REQUEST_UNIT_CHANGE: noop("Action", "Request a change of unit"),
    Action.DECIDE_UNIT_CHANGE: noop("Action", "Decide on a change request"),
    Action.EXTEND_DEADLINE: noop("Action", "Extend the reply deadline"),
    Action.REPLY: noop("Action", "Record reply"),
    Action.RATE: noop("Action", "Record rating"),
    Action.REHANDLE: noop("Action", "Re-handle"),
    Action.CLOSE: noop("Action", "Close"),
    Action.FOLLOW_UP: noop("Action", "Follow-up review"),
    Action.SUPERVISE: noop("Action", "Supervision record"),
    Action.LINK: noop("Action", "Handle jointly"),
}
