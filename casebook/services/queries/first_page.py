"""The case list's first page for a cold start, read with the standard library's sqlite3 before the
database layer (SQLAlchemy, the models) is imported: the window shows it at once, then opens the
register as always (casebook.ui.application).

Only for a SQLite register at the program's schema without accounts; for anything else — a server,
a new or missing file, an older or newer schema, a register with accounts (a sign-in first), a file
that is locked, damaged or no register — :func:`read_first_page` gives ``None`` and the register is
opened the usual way, which says what is wrong or upgrades it. It changes nothing in the file.

The statements are the search service's own, compiled ahead (casebook.services.queries.first_page_sql,
written by tools/write_first_page_sql.py), and the rows become the list's rows by the same
conversion (casebook.services.queries.case_list.list_item): the page is the one the service reads.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from casebook.paths import default_database_target
from casebook.services.queries import first_page_sql as sql
from casebook.services.queries.case_list import CaseListItem, list_item, units_by_case

BUSY_TIMEOUT_SECONDS = 1.0  # a register busy longer is opened the usual way (which waits longer)


@dataclass(frozen=True)
class FirstPage:
    """The list as it opens (no filter, by number): its first rows and how many cases there are,
    counted up to :data:`~casebook.services.queries.case_list.COUNT_CAP`."""

    total: int
    rows: list[CaseListItem]


def register_file(target: str | None) -> Path | None:
    """The SQLite file ``target`` names (as casebook.store.engine.database_url reads a path), if
    it exists; ``None`` for a server's URL, or a file not there yet."""
    target = target or default_database_target()
    if "://" in target:
        return None
    path = Path(target).expanduser().resolve()
    return path if path.is_file() else None


def read_first_page(target: str | None) -> FirstPage | None:
    """The first page of the register at ``target`` in one read transaction, or ``None`` when it
    must be opened the usual way first (see the module's text)."""
    path = register_file(target)
    if path is None:
        return None
    try:
        # mode=rw: never creates a file; isolation_level None: the BEGIN below is ours
        connection = sqlite3.connect(
            f"{path.as_uri()}?mode=rw", uri=True, timeout=BUSY_TIMEOUT_SECONDS, isolation_level=None
        )
    except sqlite3.Error:
        return None
    try:
        connection.execute("BEGIN")  # one snapshot for all the statements
        revision = connection.execute("SELECT version_num FROM alembic_version").fetchall()
        if revision != [(sql.HEAD_REVISION,)] or connection.execute(sql.ANY_ACCOUNT).fetchone() is not None:
            return None
        (total,) = connection.execute(sql.COUNT).fetchone() or (0,)
        ids = [case_id for (case_id,) in connection.execute(sql.PAGE_IDS)]
        items = {row[0]: row for row in connection.execute(sql.ITEMS)}
        units = units_by_case(connection.execute(sql.LEAD_UNITS))
        return FirstPage(total=min(int(total), sql.COUNT_CAP), rows=[list_item(items[i], units[i]) for i in ids])
    except (sqlite3.Error, KeyError, ValueError):  # locked, damaged, not a register: the usual way says so
        return None
    finally:
        connection.close()
