"""The database backends the suite runs on: SQLite always, PostgreSQL when CASEBOOK_TEST_PG_URL is set.

On PostgreSQL the program's migrations run once per test session into a template database; a test
gets ``CREATE DATABASE <unique> TEMPLATE <template>``, or a database an earlier test of this process
left and that was put back as the template is. Putting back (:meth:`PostgresServer._put_back`): the
connections left on it ended, every table's rows deleted and the template's own rows (office
settings, holiday calendar) written again, every sequence where the template's stood, all in one
transaction (about 0.06 s; a new copy of the template takes 0.5–0.7 s, mostly copying the system
catalogues, and the suite asks for some 600). A database whose schema, triggers, grants or revision a
test changed (its signature differs from the template's) is dropped instead, as is one whose put back
fails. The databases are created with the ICU collation ``zh`` (pinyin order), as a Chinese office
server may well have: a query whose order depends on the server's collation shows up here, not at
the office.
"""

from __future__ import annotations

import itertools
import os
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TypeVar, cast

from sqlalchemy import Connection, Engine, MetaData, Table, create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import NullPool

PG_URL_VARIABLE = "CASEBOOK_TEST_PG_URL"
PG_URL = os.environ.get(PG_URL_VARIABLE, "").strip()
BACKENDS: list[str] = ["sqlite", "postgresql"] if PG_URL else ["sqlite"]
DROP_ATTEMPTS = 20
T = TypeVar("T")


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
    _baselines: dict[str, Baseline] = field(default_factory=dict, init=False, repr=False)  # by template
    _spares: dict[str, list[str]] = field(default_factory=dict, init=False, repr=False)  # by template
    _derived: dict[str, tuple[str, object]] = field(default_factory=dict, init=False, repr=False)

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
            self._read_baseline(name)
            self._template = name
        return self._template

    def derived_template(self, suffix: str, prepare: Callable[[str], T]) -> tuple[str, T]:
        """A second template: a copy of the template that ``prepare`` (given its URL) adds to, built
        once per process; its name and what ``prepare`` returned."""
        if suffix not in self._derived:
            name = f"{self.prefix}_{suffix}"
            self.drop_database(name)
            self._derived[suffix] = (name, prepare(self.create_database(name, template=self.template())))
            self._read_baseline(name)
        name, made = self._derived[suffix]
        return name, cast(T, made)

    @contextmanager
    def fresh_database(self, template: str | None = None) -> Iterator[str]:
        """A database for one test (its URL) as ``template`` is (default: the migrated, empty
        template): a new copy, or one an earlier test used, put back."""
        template = template or self.template()
        spares = self._spares.setdefault(template, [])
        if spares:
            name = spares.pop()
        else:
            name = f"{self.prefix}_{next(self._counter)}"
            self.create_database(name, template=template)
        try:
            yield self.url_of(name)
        finally:
            if self._put_back(name, self._baselines[template]):
                spares.append(name)
            else:
                self.drop_database(name)

    def _put_back(self, name: str, baseline: Baseline) -> bool:
        """Make ``name`` what its template is again; False when it cannot be (then it is dropped)."""
        engine = create_engine(self.url_of(name), poolclass=NullPool)
        try:
            with engine.begin() as connection:
                connection.execute(
                    text(
                        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                        "WHERE datname = current_database() AND pid <> pg_backend_pid()"
                    )
                )
                if _signature(connection) != baseline.signature:
                    return False
                connection.execute(text("ALTER TABLE event DISABLE TRIGGER USER"))  # append-only otherwise
                for table in reversed(baseline.tables):
                    connection.execute(table.delete())
                connection.execute(text("ALTER TABLE event ENABLE TRIGGER USER"))
                for table in baseline.tables:
                    if baseline.rows.get(table.name):
                        connection.execute(table.insert(), baseline.rows[table.name])
                # every sequence where the template's stood, in one statement (35 ALTER SEQUENCE took 0.08 s)
                connection.execute(
                    text(
                        "SELECT "
                        + ", ".join(
                            f"setval('{sequence}', {last_value or 1}, {'true' if last_value else 'false'})"
                            for sequence, last_value in baseline.sequences
                        )
                    )
                )
                if _signature(connection) != baseline.signature:
                    raise _NotPutBack
            return True
        except (DBAPIError, _NotPutBack):
            return False
        finally:
            engine.dispose()

    def _read_baseline(self, name: str) -> None:
        """What a database copied from the template holds: its rows, its sequences, its signature."""
        engine = create_engine(self.url_of(name), poolclass=NullPool)
        try:
            with engine.connect() as connection:
                metadata = MetaData()
                metadata.reflect(connection)
                tables = [t for t in metadata.sorted_tables if t.name != "alembic_version"]
                rows = {t.name: [dict(r) for r in connection.execute(t.select()).mappings()] for t in tables}
                sequences = [
                    (str(sequence), None if value is None else int(value))
                    for sequence, value in connection.execute(
                        text(
                            "SELECT quote_ident(schemaname) || '.' || quote_ident(sequencename), last_value "
                            "FROM pg_sequences"
                        )
                    )
                ]
                self._baselines[name] = Baseline(
                    tables, {k: v for k, v in rows.items() if v}, sequences, _signature(connection)
                )
        finally:
            engine.dispose()

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
        for spares in self._spares.values():
            while spares:
                self.drop_database(spares.pop())
        for name, _made in self._derived.values():
            self.drop_database(name)
        self._derived.clear()
        if self._template is not None:
            self.drop_database(self._template)
            self._template = None
        if self._admin is not None:
            self._admin.dispose()
            self._admin = None


@dataclass(frozen=True)
class Baseline:
    """The template's tables (in the order their foreign keys allow inserting), its rows, its
    sequences' positions and its signature."""

    tables: list[Table]
    rows: dict[str, list[dict[str, object]]]
    sequences: list[tuple[str, int | None]]
    signature: tuple[object, ...]


class _NotPutBack(Exception):
    """The database differs from the template after it was put back."""


def _signature(connection: Connection) -> tuple[object, ...]:
    """What a test may change besides rows: the revision, the columns, the triggers (and whether they
    are enabled), the grants on the tables."""
    return tuple(
        tuple(connection.execute(text(query)))
        for query in (
            "SELECT version_num FROM alembic_version",
            "SELECT table_name, column_name, data_type, is_nullable, column_default FROM information_schema.columns "
            "WHERE table_schema = 'public' ORDER BY 1, 2",
            "SELECT tgrelid::regclass::text, tgname, tgenabled FROM pg_trigger WHERE NOT tgisinternal ORDER BY 1, 2",
            "SELECT relname, relacl::text FROM pg_class WHERE relnamespace = 'public'::regnamespace ORDER BY 1",
        )
    )
