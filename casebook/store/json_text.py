"""JSON text made by one encoder kept for many values, the same text as ``json.dumps`` gives.

``json.dumps`` with options, and ``JSONEncoder.encode`` too, make a new encoder for each value; for
the small values of an import's events (a few keys, a list of changed fields) that costs as much as
the encoding. :func:`encoder` keeps the C encoder that ``JSONEncoder.iterencode`` would make for
one call, and joins its pieces as ``JSONEncoder.encode`` does. Values that hold themselves
(circular) are not looked for: encoding one fails (RecursionError) instead of ValueError.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from json import encoder as _json_encoder
from typing import Any

_c_make_encoder: Any = getattr(_json_encoder, "c_make_encoder", None)


def encoder(
    *,
    sort_keys: bool = False,
    ensure_ascii: bool = True,
    separators: tuple[str, str] = (", ", ": "),
    default: Callable[[Any], Any] | None = None,
) -> Callable[[Any], str]:
    """A function giving ``json.dumps(value, sort_keys=…, ensure_ascii=…, separators=…,
    default=…)`` for a list or dict ``value`` (other values: as ``json.dumps`` itself)."""
    plain = json.JSONEncoder(sort_keys=sort_keys, ensure_ascii=ensure_ascii, separators=separators, default=default)
    if _c_make_encoder is None:
        return plain.encode
    strings = _json_encoder.encode_basestring_ascii if ensure_ascii else _json_encoder.encode_basestring
    item_separator, key_separator = separators
    pieces = _c_make_encoder(None, plain.default, strings, None, key_separator, item_separator, sort_keys, False, True)
    join, encode = "".join, plain.encode

    def text(value: Any) -> str:
        kind = type(value)
        if kind is dict or kind is list:
            return join(pieces(value, 0))
        return encode(value)

    return text
