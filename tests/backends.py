"""The database backends the suite runs on: SQLite always, PostgreSQL when CASEBOOK_TEST_PG_URL is set.

On PostgreSQL the program's migrations run once per test session into a template database; each
test gets ``CREATE DATABASE <unique> TEMPLATE <template>`` (a copy made by the server in a fraction
of a second), dropped with ``WITH (FORCE)`` when the test ends. The databases are created with the
ICU collation ``zh`` (pinyin order), as a Chinese office server may well have: a query whose order
depends on the server's collation shows up here, not at the office.
"""

from __future__ import annotations

import itertools
import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import NullPool

PG_URL_VARIABLE = "CASEBOOK_TEST_PG_URL"
PG_URL = os.environ.get(PG_URL_VARIABLE, "").strip()
BACKENDS: list[str] = ["sqlite", "postgresql"] if PG_URL else ["sqlite"]
DROP_ATTEMPTS = 20


def backends_for(*, needs_file: bool, sqlite_only: bool, postgresql_only: bool = False) -> list[str]:
    """The backends a test runs on: all of them, SQLite alone for a test about SQLite files, or
    PostgreSQL alone for a test about the server (none when no server is given: then pytest reports
    the test as skipped for an empty parameter set)."""
    if postgresql_only:
        return [backend for backend in BACKENDS if backend == "postgresql"]
    return ["sqlite"] if needs_file or sqlite_only else list(BACKENDS)


@dataclass
class PostgresServer:
    """A PostgreSQL server the tests may create and drop databases on."""

    url: str
    prefix: str = field(default_factory=lambda: f"casebook_test_{os.getpid()}")
    _admin: Engine | None = field(default=None, init=False, repr=False)
    _template: str | None = field(default=None, init=False, repr=False)
    _counter: Iterator[int] = field(default_factory=lambda: itertools.count(1), init=False, repr=False)

    @classmethod
    def from_environment(cls) -> PostgresServer | None:
        return cls(PG_URL) if PG_URL else None

    @property
    def admin(self) -> Engine:
        """Autocommit connections to the URL's own database, to create and drop the test databases."""
        if self._admin is None:
            self._admin = create_engine(self.url, isolation_level="AUTOCOMMIT", poolclass=NullPool)
        return self._admin

    def url_of(self, database: str) -> str:
        return make_url(self.url).set(database=database).render_as_string(hide_password=False)

    def create_database(self, name: str, *, template: str = "template0") -> str:
        """A new database ``name`` copied from ``template``, collated by ICU ``zh``."""
        collation = " LOCALE_PROVIDER icu ICU_LOCALE 'zh' ENCODING 'UTF8'" if template == "template0" else ""
        with self.admin.connect() as connection:
            connection.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{template}"{collation}'))
        return self.url_of(name)

    def drop_database(self, name: str) -> None:
        """Drop ``name``, ending the connections left to it (an autovacuum worker on it may only be
        ended by a member of pg_signal_backend: without that, wait for it to finish)."""
        for attempt in itertools.count(1):
            try:
                with self.admin.connect() as connection:
                    connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
                return
            except DBAPIError:
                if attempt == DROP_ATTEMPTS:
                    raise
                time.sleep(0.2 * attempt)

    def template(self) -> str:
        """The template database, migrated to the program's head revision on first use."""
        if self._template is None:
            from casebook.store.database import open_database

            name = f"{self.prefix}_template"
            self.drop_database(name)
            open_database(self.create_database(name), user="template").close()
            self._template = name
        return self._template

    @contextmanager
    def fresh_database(self) -> Iterator[str]:
        """A new migrated, empty database for one test (its URL), dropped afterwards."""
        name = f"{self.prefix}_{next(self._counter)}"
        url = self.create_database(name, template=self.template())
        try:
            yield url
        finally:
            self.drop_database(name)

    @contextmanager
    def empty_database(self) -> Iterator[str]:
        """A new database with no tables at all (its URL), dropped afterwards."""
        name = f"{self.prefix}_empty_{next(self._counter)}"
        url = self.create_database(name)
        try:
            yield url
        finally:
            self.drop_database(name)

    def close(self) -> None:
        if self._template is not None:
            self.drop_database(self._template)
            self._template = None
        if self._admin is not None:
            self._admin.dispose()
            self._admin = None
