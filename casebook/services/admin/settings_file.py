"""The office settings as a JSON object (key → value), to show, set one by one, export and import,
so an office's definitions can be set without the window and shared between offices.

Every change goes through :func:`casebook.services.admin.reference_admin_settings.save_settings`: checked
as the settings form checks it, logged as an event per setting, all or nothing.
"""

from __future__ import annotations

import json
from dataclasses import fields
from pathlib import Path
from typing import Any

from casebook.domain.errors import RuleViolation
from casebook.domain.metrics import RateName
from casebook.domain.office_settings import OfficeSettings
from casebook.i18n import noop
from casebook.services.admin.office import get_settings
from casebook.services.admin.reference_admin_settings import save_settings
from casebook.store.database import Database

SETTING_KEYS = tuple(f.name for f in fields(OfficeSettings) if f.name != "extra")


def settings_rows(db: Database) -> dict[str, Any]:
    """Every setting under its documented key, as JSON values (what `settings show --json` prints)."""
    rows = get_settings(db).to_rows()
    return {key: rows[key] for key in SETTING_KEYS}


def parse_value(text: str) -> Any:
    """A value typed on the command line: JSON when it reads as JSON (2, true, ["A","B"]), else the text."""
    try:
        return json.loads(text)
    except json.JSONDecodeError:
        return text


def apply_rows(db: Database, rows: dict[str, Any]) -> list[str]:
    """Set the given settings (any subset of :data:`SETTING_KEYS`); returns the keys that changed."""
    unknown = sorted(set(rows) - set(SETTING_KEYS))
    if unknown:
        raise RuleViolation("unknown_setting", noop("Rule", "Unknown setting: {error}"), error="、".join(unknown))
    current = get_settings(db)
    old_rows = current.to_rows()
    try:
        updated = OfficeSettings.from_rows({**old_rows, **rows})
    except (KeyError, TypeError, AttributeError) as exc:
        raise RuleViolation(
            "bad_setting_value",
            noop("Rule", "The settings {keys} do not have the form of their values."),
            keys="、".join(sorted(rows)),
        ) from exc
    _check_weights(updated)
    changed = [key for key in rows if old_rows.get(key) != updated.to_rows()[key]]
    if changed:
        save_settings(db, **{key: getattr(updated, key) for key in changed})
    return changed


def export_settings(db: Database, path: Path) -> None:
    path.write_text(json.dumps(settings_rows(db), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def import_settings(db: Database, path: Path) -> list[str]:
    """Read a file written by :func:`export_settings` (or any subset of it) and apply it."""
    try:
        rows = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise RuleViolation(
            "bad_settings_file",
            noop("Rule", "The settings file {file} cannot be read as JSON: {error}"),
            file=str(path),
            error=str(exc),
        ) from exc
    if not isinstance(rows, dict):
        raise RuleViolation(
            "bad_settings_file",
            noop("Rule", "The settings file {file} must hold one object of settings (key: value)."),
            file=str(path),
        )
    return apply_rows(db, rows)


def _check_weights(settings: OfficeSettings) -> None:
    weights = settings.unit_score_weights
    names = {name.value for name in RateName}
    if not isinstance(weights, dict) or any(
        key not in names or type(value) is not int for key, value in weights.items()
    ):
        raise RuleViolation(
            "bad_weights",
            noop("Rule", "The unit score weights must be whole numbers for the rates {names}."),
            names="、".join(sorted(names)),
        )
