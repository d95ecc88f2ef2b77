"""The case a record command names with `--case NUMBER --session NAME` (evaluations, decisions)."""

from __future__ import annotations

from casebook.cli.case import _case_id as case_id_of
from casebook.domain.errors import RuleViolation
from casebook.i18n import noop
from casebook.store.database import Database


def case_of(db: Database, number: str | None, session: str | None) -> int | None:
    """The case's id, None without --case; --case without --session is refused."""
    if number is None:
        return None
    if not (session or "").strip():
        raise RuleViolation("case_needs_session", noop("Rule", "--case needs --session: the session of the case"))
    return case_id_of(db, str(session), number)
