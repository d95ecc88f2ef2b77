"""In which order a case's handling steps are listed: by business date, then in the order they
were typed in (the event table's order); steps of one date without an event (data written
straight into the tables, as the benchmarks do) follow the workflow's order.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from casebook.domain.workflow import Action

# When two steps of a case share a business date and no event says which came first.
WORKFLOW_ORDER = (
    Action.CONVERT_TO_SUGGESTION,
    Action.ASSIGN,
    Action.CHANGE_UNIT,
    Action.ACKNOWLEDGE,
    Action.REPLY,
    Action.RATE,
    Action.REHANDLE,
    Action.CLOSE,
    Action.FOLLOW_UP,
    Action.SUPERVISE,
    Action.LINK,
    Action.WITHDRAW,
)
# The detail of an event that names the record of its step (the others are matched by date).
EVENT_KEYS = {
    Action.ASSIGN: "assignment_id",
    Action.ACKNOWLEDGE: "assignment_id",
    Action.CHANGE_UNIT: "old_assignment_id",
    Action.REPLY: "reply_id",
    Action.RATE: "rating_id",
    Action.SUPERVISE: "record_id",
    Action.REHANDLE: "round",
    Action.LINK: "other_case_id",
}
HANDLING_ACTIONS = tuple(action.value for action in WORKFLOW_ORDER)  # the events that are steps


@dataclass
class Draft:
    """A step before its place among the case's steps is known."""

    action: Action
    on: date
    key: object  # what names its record (see EVENT_KEYS), or None
    tiebreak: int  # the record's id, for steps without an event
    fields: dict[str, Any] = field(default_factory=dict)


Recorded = dict[tuple[str, object], tuple[int, dict[str, Any]]]  # (action, key) → (event id, details)


def number_same_day_steps(drafts: list[Draft]) -> None:
    """Steps without a record key are told apart by date and their order on that date."""
    seen: dict[tuple[Action, date], int] = defaultdict(int)
    for draft in sorted(drafts, key=lambda d: d.tiebreak):
        if draft.key is None:
            draft.key = date_key(draft.on, seen[(draft.action, draft.on)])
            seen[(draft.action, draft.on)] += 1


def date_key(on: date, occurrence: int) -> tuple[str, int]:
    return on.isoformat(), occurrence


def recorded_order(events: Iterable[tuple[int, str, date | None, Any]]) -> Recorded:
    """(action, key) → (event id, details) of one case's handling ``events`` (event id, action,
    business date, details; in event id order). The key names the step's record
    (:data:`EVENT_KEYS`), or is (date, n) for the n-th step of that action on that date."""
    found: Recorded = {}
    seen: dict[tuple[str, date], int] = defaultdict(int)
    for event_id, action, business_date, details in events:
        detail = EVENT_KEYS.get(Action(action))
        details = details if isinstance(details, dict) else {}
        if detail is not None and details.get(detail) is not None:
            key: object = details[detail]
        elif business_date is not None:
            occurrence = seen[(action, business_date)]
            seen[(action, business_date)] += 1
            key = date_key(business_date, occurrence)
        else:
            continue
        found.setdefault((action, key), (event_id, details))
    return found


def sort_key(draft: Draft, ranks: Recorded) -> tuple[date, int, int, int]:
    event = ranks.get((draft.action.value, draft.key))
    if event is not None:
        return draft.on, 0, event[0], 0
    return draft.on, 1, WORKFLOW_ORDER.index(draft.action), draft.tiebreak
