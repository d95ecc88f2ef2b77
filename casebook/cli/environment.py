"""The environment variables the command line reads for signing in (light: no database imported)."""

from __future__ import annotations

USER_ENV = "CASEBOOK_USER"
PASSWORD_ENV = "CASEBOOK_PASSWORD"
NEW_PASSWORD_ENV = "CASEBOOK_NEW_PASSWORD"
