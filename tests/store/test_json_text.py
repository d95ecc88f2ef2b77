"""The store's JSON text (casebook.store.json_text), made by orjson: the same text as ``json.dumps``
compact with Chinese as it is (keys sorted for the chain's canonical text) for every value a JSON
column or an event holds; what orjson writes otherwise (floats such as 1e16) reads back the same,
and what it does not write goes to ``json.dumps``. The bulk inserts use the column's text directly
only when it is the column's own serializer."""

from __future__ import annotations

import json
import math
from datetime import date, datetime
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from casebook.store.audit_chain import canonical
from casebook.store.json_text import column_text, legacy_sorted_bytes, sorted_bytes
from casebook.store.plain_insert import _empty_json

VALUES: list[Any] = [
    {"b": 1, "a": '中文 «» "quoted" \\ \n\t\u2028\x00\x1f\x7f', "c": [1.5, -0.0, 0.1, 10**30, -7, None, True, False]},
    [{"table": "case_record", "row": 3, "operation": "insert", "field": "title", "old": None, "new": "关于…的建议"}],
    {"nested": {"z": {"y": [[], {}, [1, [2, [3]]]]}, "": "empty key", "emoji": "😀", "\uffff": 1, "\U00010000": 2}},
    [],
    {},
    [None, "ascii only", 0, 0.1, 2**63, -(2**63) - 1, 12345.678],
    {1: "a number as a key", "lone surrogate": "\ud800"},
    "a string",
    12,
    None,
]
COMPACT: dict[str, Any] = {"ensure_ascii": False, "separators": (",", ":")}

# JSON values as the store holds them: floats where orjson and json.dumps write them alike
_scalars = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(min_value=1e-4, max_value=1e15, allow_nan=False)
    | st.floats(min_value=-1e15, max_value=-1e-4, allow_nan=False)
    | st.text()
)
_json_values = st.recursive(
    _scalars, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4), max_leaves=20
)


def test_a_column_text_is_json_dumps_compact_with_chinese_as_it_is() -> None:
    for value in VALUES:
        assert column_text(value) == json.dumps(value, **COMPACT)
        if not (isinstance(value, dict) and 1 in value):  # json.dumps cannot sort a number among strings
            assert sorted_bytes(str)(value) == json.dumps(value, sort_keys=True, **COMPACT).encode()
    assert column_text({"a": 1, "b": [1, 2]}) == '{"a":1,"b":[1,2]}'


@settings(max_examples=40, deadline=None)
@given(value=_json_values)
def test_any_stored_value_gets_json_dumps_text(value: Any) -> None:
    assert column_text(value) == json.dumps(value, **COMPACT)
    assert sorted_bytes(str)(value) == json.dumps(value, sort_keys=True, **COMPACT).encode()
    assert legacy_sorted_bytes(str)(value) == json.dumps(value, sort_keys=True, **COMPACT).encode()


@pytest.mark.parametrize("number", [1e16, 1e20, 1.2345678901234568e17, 1e-5, 5e-324, -1e300])
def test_a_float_orjson_writes_otherwise_reads_back_the_same(number: float) -> None:
    assert json.loads(column_text({"x": number}))["x"] == number
    assert json.loads(sorted_bytes(str)([number])) == [number]
    assert legacy_sorted_bytes(str)([number]) == json.dumps([number], separators=(",", ":")).encode()


def test_not_a_number_is_kept_apart() -> None:
    # json.dumps writes NaN, which no JSON reader (PostgreSQL included) takes; orjson writes null
    assert column_text([math.nan]) == "[null]"
    assert legacy_sorted_bytes(str)([math.nan]) == b"[NaN]"


def test_dates_go_to_the_default_and_a_column_refuses_them_as_json_dumps_does() -> None:
    value = {"day": date(2024, 1, 10), "at": [datetime(2024, 1, 10, 8, 30)]}
    expected = json.dumps(value, sort_keys=True, default=lambda v: v.isoformat(), **COMPACT).encode()
    assert sorted_bytes(lambda v: v.isoformat())(value) == expected
    with pytest.raises(TypeError):
        column_text({"day": date(2024, 1, 10)})
    with pytest.raises(TypeError):
        json.dumps({"day": date(2024, 1, 10)})


def test_the_chain_canonical_text_is_sorted_and_compact_as_before() -> None:
    event = {
        "id": 7,
        "case_id": 3,
        "action": "register",
        "business_date": date(2024, 1, 10),
        "recorded_at": datetime(2024, 1, 10, 8, 30, 1, 5),
        "user": "王芳",
        "details": {"number": "0007", "units": [2, 1], "target": 0.752},
        "entity": None,
        "entity_id": None,
        "changes": VALUES[1],
    }
    expected = json.dumps(
        {**event, "business_date": "2024-01-10", "recorded_at": "2024-01-10T08:30:01.000005"},
        sort_keys=True,
        **COMPACT,
    ).encode()
    assert canonical(event) == canonical(event, legacy=True) == expected
    with_exponent = {**event, "details": {"share": 1e-05}}
    assert canonical(with_exponent) != canonical(with_exponent, legacy=True)
    assert b'"share":1e-05' in canonical(with_exponent, legacy=True)


def test_a_json_column_keeps_its_own_text_when_the_store_text_would_be_another() -> None:
    def sorted_text(value: Any) -> str:  # a serializer unlike store.engine's: keys sorted, spaced
        return json.dumps(value, ensure_ascii=False, sort_keys=True)

    column = _empty_json(sorted_text)
    for value in VALUES[:6]:
        assert column(value) == sorted_text(value)

    def with_dates(value: Any) -> str:  # the store's text, and dates written as text
        try:
            return column_text(value)
        except TypeError:
            return json.dumps(value, ensure_ascii=False, separators=(",", ":"), default=str)

    column = _empty_json(with_dates)
    value = {"b": [date(2024, 1, 10)], "a": "中文"}
    assert column(value) == with_dates(value) == '{"b":["2024-01-10"],"a":"中文"}'
    assert [column(v) for v in VALUES] == [with_dates(v) for v in VALUES]
