"""Persistence: the typed ORM, engine setup with SQLite pragmas, migrations on open, backups."""

# Installed on import: every session refuses text longer than its column, on every backend.
from casebook.store import text_limits  # noqa: F401
