"""Saving the office settings from the settings form, with the checks a form needs on top of
:func:`casebook.services.admin.office.update_settings`: codes filled in and unique, a result category or
rating option in use kept, the extended reply period not shorter than the ordinary one, weights
that can be applied. All in one transaction; a refusal writes nothing.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from casebook.domain.errors import RuleViolation
from casebook.domain.office_settings import PRINTABLE_COLUMNS, OfficeSettings
from casebook.domain.roles import Permission
from casebook.i18n import noop
from casebook.services.admin.office import check_kinds_of_value, load_settings, update_settings
from casebook.store.database import Database
from casebook.store.models import FollowUp, Rating, Reply

RESULT_CODE_LENGTH = 8  # Reply.result_code
RATING_CODE_LENGTH = 24  # Rating.overall


def save_settings(db: Database, **changes: Any) -> OfficeSettings:
    """Check the form's changes, then apply them with :func:`update_settings` (which logs each one)."""
    with db.write(Permission.EDIT_SETTINGS) as session:
        current = load_settings(session)
        try:
            updated = replace(current, **changes)
        except TypeError:
            updated = current  # update_settings names the unknown setting
        check_settings(session, current, updated)
        return update_settings(db, **changes)


def check_settings(session: Session, current: OfficeSettings, updated: OfficeSettings) -> None:
    check_kinds_of_value(updated)  # before comparing any of them
    _check_codes(
        [(c.code, c.label) for c in updated.result_categories],
        RESULT_CODE_LENGTH,
        noop("Rule", "Every result category needs a code and a name."),
        noop("Rule", "The result category code “{code}” is used twice."),
        noop("Rule", "The result category code “{code}” is longer than {length} characters."),
    )
    _check_codes(
        [(r.code, r.label) for r in updated.rating_options],
        RATING_CODE_LENGTH,
        noop("Rule", "Every rating option needs a code and a name."),
        noop("Rule", "The rating option code “{code}” is used twice."),
        noop("Rule", "The rating option code “{code}” is longer than {length} characters."),
    )
    removed_results = _removed([c.code for c in current.result_categories], [c.code for c in updated.result_categories])
    for code in removed_results:
        used = _count(session, Reply, Reply.result_code == code) + _count(
            session, FollowUp, FollowUp.result_code == code
        )
        if used:
            raise RuleViolation(
                "result_category_in_use",
                noop("Rule", "The result category {code} is used by {count} replies, so it cannot be removed."),
                code=code,
                count=used,
            )
    old_labels = {r.code: r.label for r in current.rating_options}
    for code in _removed(list(old_labels), [r.code for r in updated.rating_options]):
        used = _count(
            session, Rating, or_(Rating.overall == code, Rating.handling_level == code, Rating.result_level == code)
        )
        if used:
            raise RuleViolation(
                "rating_option_in_use",
                noop("Rule", "The rating option “{label}” is used by {count} ratings, so it cannot be removed."),
                label=old_labels[code],
                count=used,
            )
    if updated.reply_extended_max_months < updated.reply_due_months:
        raise RuleViolation(
            "bad_deadline",
            noop(
                "Rule",
                "The longest extended reply period ({extended} months) cannot be shorter than the "
                "reply period ({due} months).",
            ),
            extended=updated.reply_extended_max_months,
            due=updated.reply_due_months,
        )
    unknown = [key for key in updated.print_columns if key not in PRINTABLE_COLUMNS]
    if unknown or not updated.print_columns or len(set(updated.print_columns)) != len(updated.print_columns):
        raise RuleViolation(
            "bad_print_columns",
            noop("Rule", "The printed register needs at least one column, each once, from the list offered."),
        )
    if updated.backups_kept < 1:
        raise RuleViolation("bad_backups", noop("Rule", "At least one backup must be kept."))
    weights = updated.unit_score_weights.values()
    if any(weight < 0 for weight in weights) or not any(weights):
        raise RuleViolation(
            "bad_weights",
            noop("Rule", "The unit score weights cannot be negative, and at least one must be above zero."),
        )


def _check_codes(pairs: list[tuple[str, str]], length: int, required: str, duplicate: str, too_long: str) -> None:
    if not pairs:
        raise RuleViolation("code_required", required)
    seen: set[str] = set()
    for code, label in pairs:
        if not code.strip() or not label.strip():
            raise RuleViolation("code_required", required)
        if code in seen:
            raise RuleViolation("duplicate_code", duplicate, code=code)
        if len(code) > length:
            raise RuleViolation("code_too_long", too_long, code=code, length=length)
        seen.add(code)


def _removed(old: Iterable[str], new: Iterable[str]) -> list[str]:
    kept = set(new)
    return [code for code in old if code not in kept]


def _count(session: Session, model: type[Any], condition: Any) -> int:
    return int(session.scalar(select(func.count()).select_from(model).where(condition)) or 0)
