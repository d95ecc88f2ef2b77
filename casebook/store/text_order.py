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


def _operand(element: by_code_point, compiler: SQLCompiler, **kw: Any) -> str:
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
