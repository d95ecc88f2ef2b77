"""Values as the event table's JSON keeps them."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from enum import Enum
from typing import Any


def plain(value: Any) -> Any:
    """A value as JSON keeps it: enums by value, dates in ISO form, sequences as lists, bytes hidden."""
    kind = type(value)
    if kind in _AS_IT_IS:  # the common case first (an import calls this for every field)
        return value
    way = _WAYS.get(kind)
    if way is None:
        way = _WAYS[kind] = _way_of(kind)
    return way(value)


def _way_of(kind: type) -> Callable[[Any], Any]:
    """How :func:`plain` writes a value of ``kind`` (found once a type, then looked up)."""
    if issubclass(kind, Enum):
        return _enum_value
    if issubclass(kind, date):  # and datetime
        return _iso
    if issubclass(kind, list | tuple):
        return _listed
    if issubclass(kind, bytes):
        return _hidden
    if issubclass(kind, Decimal):  # a score: as written, 92.5 stays "92.5"
        return str
    return _itself


def _enum_value(value: Enum) -> Any:
    return value._value_  # what .value gives, without the descriptor's cost


def _iso(value: date) -> str:
    return value.isoformat()


def _listed(value: list[Any] | tuple[Any, ...]) -> list[Any]:
    return [plain(v) for v in value]


def _hidden(value: bytes) -> str:
    return f"<{len(value)} bytes>"


def _itself(value: Any) -> Any:
    return value


_AS_IT_IS = frozenset({str, int, bool, float, type(None)})
_WAYS: dict[type, Callable[[Any], Any]] = {}
