"""Engines for SQLite (the embedded default) and PostgreSQL (the office server).

SQLite gets foreign keys, WAL, synchronous FULL and a busy timeout on every connection, and
transactions that really begin where SQLAlchemy says (the pysqlite recipe): a write transaction
begins IMMEDIATE so two clerks' saves queue on the busy timeout instead of failing on a lock upgrade.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.pool import NullPool

from casebook.store.json_text import column_text

BUSY_TIMEOUT_MS = 10_000
# The test suite sets NORMAL: in WAL mode a commit then survives the program being killed, but not
# the machine losing power, and it does not wait for the disk (5 ms a commit here, ~30 per test).
# The program itself always runs FULL; any other value of the variable is ignored.
SYNCHRONOUS_ENV = "CASEBOOK_SQLITE_SYNCHRONOUS"
CACHE_KIB = 32_768  # the page cache's limit per connection
BEGIN_OPTION = "casebook_begin"


def sqlite_synchronous() -> str:
    """FULL, or NORMAL when the environment (the test suite) asks for it."""
    return "NORMAL" if os.environ.get(SYNCHRONOUS_ENV, "").upper() == "NORMAL" else "FULL"


def database_url(target: str) -> URL:
    """A URL for ``target``: a SQLAlchemy URL as given, or a file path for SQLite."""
    if "://" in target:
        return make_url(target)
    return URL.create("sqlite+pysqlite", database=str(Path(target).expanduser().resolve()))


def is_sqlite(url: URL) -> bool:
    return url.get_backend_name() == "sqlite"


def sqlite_path(url: URL) -> Path | None:
    """The file behind a SQLite URL (``None`` for in-memory or another backend)."""
    if not is_sqlite(url) or url.database in (None, "", ":memory:"):
        return None
    database = str(url.database)
    if database.startswith("file:") and str(url.query.get("uri", "")).lower() in ("true", "1"):
        # SQLite's URI form (file:/path/x.sqlite?mode=ro): the file is the URI's path, not a
        # folder named "file:" below the working directory.
        parsed = urlsplit(database)
        if parsed.path in ("", ":memory:") or url.query.get("mode") == "memory":
            return None
        return Path(unquote(parsed.path))
    return Path(database)


def make_engine(target: str | URL, *, pooled: bool = True) -> Engine:
    url = target if isinstance(target, URL) else database_url(target)
    # JSON columns (event details, the audit trail's changes, settings) keep Chinese as it is,
    # not escaped to ASCII (six characters per Chinese character): a third of the size; written
    # by orjson (see casebook.store.json_text).
    kwargs: dict[str, Any] = {"json_serializer": column_text}
    if not pooled:
        kwargs["poolclass"] = NullPool
    if is_sqlite(url):
        path = sqlite_path(url)
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
        kwargs["connect_args"] = {"timeout": BUSY_TIMEOUT_MS / 1000, "check_same_thread": False}
        engine = create_engine(url, **kwargs)
        _configure_sqlite(engine)
        return engine
    if url.get_backend_name() == "postgresql":
        from casebook.store.models.facts import add_postgresql_where

        add_postgresql_where()  # the models' PostgreSQL parts, left out until needed (see there)
    return create_engine(url, pool_pre_ping=True, **kwargs)


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # we emit BEGIN ourselves (see module doc)
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute(f"PRAGMA synchronous = {sqlite_synchronous()}")
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        # A page cache of up to 32 MiB (SQLite's default is 2 MiB): a search looks up thousands of
        # cases here and there in a register of 100,000; from the cache that takes half the time.
        cursor.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        mode = conn.get_execution_options().get(BEGIN_OPTION, "DEFERRED")
        conn.exec_driver_sql(f"BEGIN {mode}")
