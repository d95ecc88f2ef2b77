"""Persistence: the typed ORM, engine setup with SQLite pragmas, migrations on open, backups."""
