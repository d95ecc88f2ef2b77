"""Where things are: the migrations/ and resources/ folders, and the user's data folder.

This module is the one place that knows the three ways Casebook runs:

- a **source checkout** (``python main.py``, or installed in editable mode): migrations/ and
  resources/ are top-level folders beside the ``casebook`` package;
- a **wheel install** (``pip install casebook-*.whl``, e.g. from the offline wheelhouse): setup.py
  copies them into the package, so they are ``casebook/migrations`` and ``casebook/resources`` in
  site-packages;
- a **frozen PyInstaller build** (casebook.spec): they are top-level folders of the bundle,
  ``sys._MEIPASS`` (``dist/casebook/_internal`` in a one-folder build).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from platformdirs import user_data_path, user_log_path

APP_NAME = "Casebook"
DATABASE_FILE = "casebook.sqlite"
DATABASE_ENV = "CASEBOOK_DB"

MIGRATIONS = "migrations"
RESOURCES = "resources"


def bundle_dir() -> Path | None:
    """The bundle's data folder in a frozen PyInstaller build, else None."""
    bundle = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and bundle is not None:
        return Path(bundle)
    return None


def install_root() -> Path:
    """The folder that holds migrations/ and resources/ (see the module's docstring)."""
    bundle = bundle_dir()
    if bundle is not None:
        return bundle
    package = Path(__file__).resolve().parent
    if (package / MIGRATIONS / "env.py").is_file():  # a wheel install
        return package
    return package.parent  # a source checkout


def migrations_dir() -> Path:
    return install_root() / MIGRATIONS


def resources_dir() -> Path:
    return install_root() / RESOURCES


def translations_dir() -> Path:
    return resources_dir() / "translations"


def guide_path() -> Path:
    """The built-in guide (帮助 → 使用说明): an HTML page in resources/guide/."""
    return resources_dir() / "guide" / "index.html"


def data_dir() -> Path:
    return user_data_path(APP_NAME, appauthor=False, ensure_exists=True)


def log_dir() -> Path:
    return user_log_path(APP_NAME, appauthor=False, ensure_exists=True)


def default_database_target() -> str:
    """``CASEBOOK_DB`` when set, else casebook.sqlite in the user's data folder."""
    return os.environ.get(DATABASE_ENV) or str(data_dir() / DATABASE_FILE)
