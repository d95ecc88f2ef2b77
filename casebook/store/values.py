"""Values as the event table's JSON keeps them."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any


def plain(value: Any) -> Any:
    """A value as JSON keeps it: enums by value, dates in ISO form, sequences as lists, bytes hidden."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, date | datetime):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return [plain(v) for v in value]
    if isinstance(value, bytes):
        return f"<{len(value)} bytes>"
    if isinstance(value, Decimal):  # a score: as written, 92.5 stays "92.5"
        return str(value)
    return value
