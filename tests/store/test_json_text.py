"""One JSON encoder kept for many values (casebook.store.json_text) writes what ``json.dumps`` writes
with the same options; the bulk inserts use it for a JSON column only when it gives the column's own
text, and the chain's canonical text is the same as ``json.dumps`` makes it."""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any

import pytest

from casebook.store.audit_chain import canonical
from casebook.store.json_text import encoder
from casebook.store.plain_insert import _empty_json

VALUES: list[Any] = [
    {"b": 1, "a": '中文 «» "quoted" \\ \n\t\u2028', "c": [1.5, -0.0, 1e300, 10**30, -7, None, True, False]},
    [{"table": "case_record", "row": 3, "operation": "insert", "field": "title", "old": None, "new": "关于…的建议"}],
    {"nested": {"z": {"y": [[], {}, [1, [2, [3]]]]}, "": "empty key", "emoji": "😀"}},
    [],
    {},
    [None, "ascii only", 0, 0.1],
]
OPTIONS: list[dict[str, Any]] = [
    {},
    {"ensure_ascii": False},
    {"sort_keys": True, "ensure_ascii": False, "separators": (",", ":")},
    {"sort_keys": True, "separators": (",", ":")},
]


@pytest.mark.parametrize("options", OPTIONS)
def test_the_kept_encoder_writes_what_json_dumps_writes(options: dict[str, Any]) -> None:
    text = encoder(**options)
    for value in VALUES:
        assert text(value) == json.dumps(value, **options)
    for value in ("a string", 12, 1.25, None, True):  # not a list or an object: json.dumps's own way
        assert text(value) == json.dumps(value, **options)


def test_a_default_is_called_as_json_dumps_calls_it_and_a_value_it_cannot_write_is_refused() -> None:
    text = encoder(sort_keys=True, default=lambda value: value.isoformat())
    value = {"day": date(2024, 1, 10), "at": [datetime(2024, 1, 10, 8, 30)]}
    assert text(value) == json.dumps(value, sort_keys=True, default=lambda value: value.isoformat())
    with pytest.raises(TypeError):
        encoder()({"day": date(2024, 1, 10)})


def test_the_chain_canonical_text_is_sorted_and_compact_as_before() -> None:
    event = {
        "id": 7,
        "case_id": 3,
        "action": "register",
        "business_date": date(2024, 1, 10),
        "recorded_at": datetime(2024, 1, 10, 8, 30, 1, 5),
        "user": "王芳",
        "details": {"number": "0007", "units": [2, 1]},
        "entity": None,
        "entity_id": None,
        "changes": VALUES[1],
    }
    expected = json.dumps(
        {**event, "business_date": "2024-01-10", "recorded_at": "2024-01-10T08:30:01.000005"},
        sort_keys=True,
        ensure_ascii=False,
        separators=(",", ":"),
    )
    assert canonical(event) == expected


def test_a_json_column_keeps_its_own_text_when_the_kept_encoder_would_write_another() -> None:
    def sorted_text(value: Any) -> str:  # a serializer unlike store.engine's: keys sorted
        return json.dumps(value, ensure_ascii=False, sort_keys=True)

    column = _empty_json(sorted_text)
    for value in VALUES:
        assert column(value) == sorted_text(value)

    def with_dates(value: Any) -> str:  # store.engine's options, and dates written as text
        return json.dumps(value, ensure_ascii=False, default=str)

    column = _empty_json(with_dates)
    value = {"b": [date(2024, 1, 10)], "a": "中文"}
    assert column(value) == with_dates(value)
    assert [column(v) for v in VALUES] == [with_dates(v) for v in VALUES]
