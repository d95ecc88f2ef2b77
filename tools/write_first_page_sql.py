"""Write casebook/services/queries/first_page_sql.py: the SQL a cold start reads the case list's
first page with, before SQLAlchemy is imported (casebook.services.queries.first_page).

The statements are the search service's own (casebook.services.queries.case_search's
first_page_statements, casebook.store.database's any_account), compiled for SQLite; the schema's
revision is the migrations folder's head. Run after changing either:

    python tools/write_first_page_sql.py [--check]

With --check it writes nothing and exits 1 when the module differs from what it would write (the
test suite checks the same).
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import fields
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
MODULE = ROOT / "casebook" / "services" / "queries" / "first_page_sql.py"

HEADER = '''"""The SQL of the case list's first page for SQLite, read before SQLAlchemy is imported
(casebook.services.queries.first_page). Written by tools/write_first_page_sql.py from the search
service's statements (casebook.services.queries.case_search.first_page_statements) and the
migrations' head: do not edit; run the tool (a test checks this file against it)."""

# ruff: noqa: E501
'''


def module_text() -> str:
    """The module's text, compiled from the statements as they are now."""
    from sqlalchemy.dialects import sqlite

    from casebook.services.queries.case_list import COUNT_CAP, PAGE
    from casebook.services.queries.case_search import first_page_statements
    from casebook.store.database import any_account
    from casebook.store.migrate import head_revision

    dialect = sqlite.dialect()
    statements = first_page_statements(PAGE, COUNT_CAP)
    named = {
        "ANY_ACCOUNT": any_account(),
        **{
            (field.name if field.name != "page" else "page_ids").upper(): getattr(statements, field.name)
            for field in fields(statements)
        },
    }
    lines = [
        HEADER,
        f"HEAD_REVISION = {_literal(head_revision())}  # the schema these statements read",
        f"PAGE = {PAGE}",
        f"COUNT_CAP = {COUNT_CAP}",
    ]
    for name, statement in named.items():
        sql = str(statement.compile(dialect=dialect, compile_kwargs={"literal_binds": True}))
        lines.append(f"{name} = {_literal(' '.join(sql.split()))}")
    return "\n".join(lines) + "\n"


def _literal(text: str) -> str:
    """A Python string literal in double quotes (as ruff format writes them)."""
    return json.dumps(text, ensure_ascii=False)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="change nothing; exit 1 if the module is out of date")
    args = parser.parse_args()
    text = module_text()
    current = MODULE.read_text(encoding="utf-8") if MODULE.exists() else ""
    if args.check:
        if current != text:
            print(f"{MODULE.relative_to(ROOT)} is out of date: run python tools/write_first_page_sql.py")
            return 1
        return 0
    if current != text:
        MODULE.write_text(text, encoding="utf-8")
        print(f"wrote {MODULE.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
