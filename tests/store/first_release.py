"""A register kept by the first release (schema revision 0001), written by plain SQL."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from casebook.store.engine import make_engine
from casebook.store.migrate import migrate_to


def write_first_release_register(path: Path) -> Path:
    """One session, 魏敏, and her case 0001 「关于有效缓解主城区停车难的建议」, at revision 0001."""
    engine = make_engine(str(path))
    migrate_to(engine, "0001")
    engine.dispose()
    with sqlite3.connect(path) as connection:
        connection.execute(
            "INSERT INTO congress_session (id, name, kind, year, retired)"
            " VALUES (1, '市九届人大一次会议', 'meeting', 2022, 0)"
        )
        connection.execute("INSERT INTO deputy (id, name, retired) VALUES (1, '魏敏', 0)")
        connection.execute(
            "INSERT INTO case_record (id, session_id, number, kind, submitted_kind, title, body, submitted_on,"
            " lead_deputy_id, state, handling_round, is_key, created_at, updated_at, updated_by, version)"
            " VALUES (1, 1, '0001', 'suggestion', 'suggestion', '关于有效缓解主城区停车难的建议', '', '2022-01-08',"
            " 1, 'registered', 1, 0, '2022-01-08 09:00:00', '2022-01-08 09:00:00', 'clerk-zhao', 1)"
        )
    connection.close()
    return path
