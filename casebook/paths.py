"""Where things are: the top-level migrations/ and resources/ folders, and the user's data folder.

A source checkout (installed in editable mode) finds them beside the ``casebook`` package; a
frozen PyInstaller build finds them in its bundle folder (``sys._MEIPASS``).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from platformdirs import user_data_path, user_log_path

APP_NAME = "Casebook"
DATABASE_FILE = "casebook.sqlite"
DATABASE_ENV = "CASEBOOK_DB"


def install_root() -> Path:
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle is not None:
        return Path(bundle)
    return Path(__file__).resolve().parent.parent


def migrations_dir() -> Path:
    return install_root() / "migrations"


def resources_dir() -> Path:
    return install_root() / "resources"


def translations_dir() -> Path:
    return resources_dir() / "translations"


def data_dir() -> Path:
    return user_data_path(APP_NAME, appauthor=False, ensure_exists=True)


def log_dir() -> Path:
    return user_log_path(APP_NAME, appauthor=False, ensure_exists=True)


def default_database_target() -> str:
    """``CASEBOOK_DB`` when set, else casebook.sqlite in the user's data folder."""
    return os.environ.get(DATABASE_ENV) or str(data_dir() / DATABASE_FILE)
