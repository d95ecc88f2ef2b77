"""Values as the event table's JSON keeps them."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any


def plain(value: Any) -> Any:
    """A value as JSON keeps it: enums by value, dates in ISO form, sequences as lists, bytes hidden."""
    if type(value) in _AS_IT_IS:  # the common case first (an import calls this for every field)
        return value
    if isinstance(value, Enum):
        return value._value_  # what .value gives, without the descriptor's cost
    if isinstance(value, date | datetime):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return [plain(v) for v in value]
    if isinstance(value, bytes):
        return f"<{len(value)} bytes>"
    if isinstance(value, Decimal):  # a score: as written, 92.5 stays "92.5"
        return str(value)
    return value


_AS_IT_IS = frozenset({str, int, bool, float, type(None)})
