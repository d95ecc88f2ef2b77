"""The models' dialect-specific parts: the partial indexes' condition for each backend.

The PostgreSQL condition is added when a PostgreSQL engine is made (casebook.store.engine), so that
importing the models loads no PostgreSQL dialect for a SQLite register; the compiled indexes are the
same as the migrations'.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from sqlalchemy.schema import CreateIndex

from casebook.store.database import Database
from casebook.store.models import CaseFactRow
from casebook.store.models.facts import OVERDUE_INDEXES

ROOT = Path(__file__).resolve().parents[2]


def test_importing_the_models_loads_no_postgresql_dialect() -> None:
    probe = (
        "import sys; import casebook.store.database; "
        "print(sorted(m for m in sys.modules if m.startswith('sqlalchemy.dialects.postgresql')))"
    )
    ran = subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        check=True,
        timeout=60,
    )
    assert ran.stdout.strip() == "[]"


def test_the_partial_indexes_have_their_condition_on_the_open_backend(db: Database) -> None:
    found = {
        index.name: str(CreateIndex(index).compile(dialect=db.engine.dialect))
        for index in CaseFactRow.__table__.indexes  # type: ignore[attr-defined]
    }
    for name in OVERDUE_INDEXES:
        assert found[name].rstrip().endswith("WHERE overdue > 0"), found[name]
    assert "WHERE" not in found["ix_case_fact_rating_now"]
