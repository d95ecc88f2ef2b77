"""One order for text on every backend: by Unicode code point.

SQLite compares text byte by byte (BINARY: code point order for UTF-8); PostgreSQL sorts by the
database's collation, which differs from server to server (``zh_CN.UTF-8`` or ICU ``zh`` put Chinese
names in pinyin order, ``en_US`` ignores case and punctuation). The program's lists must not depend
on how the office's server was installed, so text in an ORDER BY goes through :func:`by_code_point`:
``COLLATE "C"`` on PostgreSQL (code point order for UTF-8), as it is on SQLite.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, String, func
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import InstrumentedAttribute
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.functions import FunctionElement


class by_code_point(FunctionElement[str]):  # noqa: N801 (used like a SQL function)
    """``by_code_point(expression)``: the text expression, compared by code point on every backend."""

    name = "by_code_point"
    inherit_cache = True
    type = String()


def _operand(element: FunctionElement[Any], compiler: SQLCompiler, **kw: Any) -> str:
    (expression,) = element.clauses.clauses
    return str(compiler.process(expression, **kw))


@compiles(by_code_point)
def _compile_plain(element: by_code_point, compiler: SQLCompiler, **kw: Any) -> str:
    return _operand(element, compiler, **kw)


@compiles(by_code_point, "postgresql")
def _compile_postgresql(element: by_code_point, compiler: SQLCompiler, **kw: Any) -> str:
    return f'({_operand(element, compiler, **kw)}) COLLATE "C"'


def by_number(column: ColumnElement[str] | InstrumentedAttribute[str]) -> tuple[ColumnElement[Any], ...]:
    """The ORDER BY terms of a case number kept as text: 2 before 10, then by code point (0012A)."""
    return func.length(column), by_code_point(column)


class unindexed(FunctionElement[Any]):  # noqa: N801 (used like a SQL function)
    """``unindexed(column)``: the column, which SQLite may not look up through an index (``+column``).

    SQLite has no statistics here and takes an equality on any indexed column (``state =
    'closed'``) for a few rows; a query that must start elsewhere (the text index, the order of an
    index) says so by wrapping the other columns. Other databases plan with statistics: the column.
    """

    name = "unindexed"
    inherit_cache = True

    def __init__(self, expression: ColumnElement[Any] | InstrumentedAttribute[Any]) -> None:
        super().__init__(expression)
        self.type = expression.type


@compiles(unindexed)
def _compile_unindexed(element: unindexed, compiler: SQLCompiler, **kw: Any) -> str:
    return _operand(element, compiler, **kw)


@compiles(unindexed, "sqlite")
def _compile_unindexed_sqlite(element: unindexed, compiler: SQLCompiler, **kw: Any) -> str:
    return f"+({_operand(element, compiler, **kw)})"
