"""The store's JSON text, made by orjson: the text of a JSON column (event details, the audit
trail's changes, settings) and the audit chain's canonical text of an event.

orjson writes the same text as ``json.dumps`` with ``separators=(",", ":")`` and
``ensure_ascii=False`` (and ``sort_keys=True`` when asked) for every value a JSON column or an
event holds: strings (Chinese as it is, control characters escaped the same way), integers,
``true``/``false``/``null``, lists and objects; it is several times faster, which an import of
thousands of cases (two texts for each of its events) feels. Two differences, kept apart here:

- floats outside 1e-4 … 1e16 and not-a-number: orjson writes ``1e16``, ``0.00001`` and ``null``
  where ``json.dumps`` writes ``1e+16``, ``1e-05`` and ``NaN``. Both read back as the same float
  (``NaN`` is no JSON, and PostgreSQL refuses it). The chain's links made before orjson wrote them
  were made with ``json.dumps``: :func:`legacy_sorted_bytes` gives that text, for checking such
  a link (:func:`casebook.store.audit_chain.verify_chain`);
- what orjson does not write (an integer beyond 64 bits, a string with a lone surrogate, a key that
  is not a string: orjson's option for such keys slows every value down) goes to ``json.dumps``
  with the same options.

Dates, date-times and dataclasses are not written by orjson's own rules: a JSON column refuses
them (as ``json.dumps`` does), the canonical text gives the ``default`` its caller passes.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import orjson

_COLUMN = orjson.OPT_PASSTHROUGH_DATETIME | orjson.OPT_PASSTHROUGH_DATACLASS
_SORTED = _COLUMN | orjson.OPT_SORT_KEYS
_SEPARATORS = (",", ":")


def column_text(value: Any) -> str:
    """A JSON column's text for ``value`` (store.engine's serializer): compact, Chinese as it is."""
    try:
        return orjson.dumps(value, option=_COLUMN).decode()
    except orjson.JSONEncodeError:
        return json.dumps(value, ensure_ascii=False, separators=_SEPARATORS)


def sorted_bytes(default: Callable[[Any], Any]) -> Callable[[Any], bytes]:
    """A function giving ``value``'s text with its objects' keys sorted, compact, Chinese as it is,
    as UTF-8; what orjson does not write goes to ``default`` (dates, …)."""

    def text(value: Any) -> bytes:
        try:
            return orjson.dumps(value, default=default, option=_SORTED)
        except orjson.JSONEncodeError:
            return json.dumps(
                value, sort_keys=True, ensure_ascii=False, separators=_SEPARATORS, default=default
            ).encode()

    return text


def legacy_sorted_bytes(default: Callable[[Any], Any]) -> Callable[[Any], bytes]:
    """:func:`sorted_bytes` as ``json.dumps`` made it before orjson (floats: ``1e+16``, ``NaN``)."""

    def text(value: Any) -> bytes:
        return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=_SEPARATORS, default=default).encode()

    return text
