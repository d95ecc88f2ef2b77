"""The office's settings (deadlines, result categories, rating levels, what counts as resolved)."""

from __future__ import annotations

from dataclasses import fields, replace
from typing import Any

from sqlalchemy import event, select
from sqlalchemy.orm import Session

from casebook.domain.errors import RuleViolation
from casebook.domain.figure_style import DECIMAL_CHOICES, FigureKind, Rounding
from casebook.domain.office_settings import OfficeSettings
from casebook.domain.projects import check_rating_settings
from casebook.domain.rate_targets import check_targets
from casebook.domain.ratings import RatingCount
from casebook.domain.report_templates import BRACES, PLACEHOLDERS, template_problem
from casebook.domain.roles import Permission
from casebook.domain.tracked_records import check_evaluation_settings
from casebook.i18n import noop, translate
from casebook.services.steps.case_access import record_event
from casebook.store.case_facts import rebuild_all_facts
from casebook.store.database import Database
from casebook.store.models import OfficeSetting

# Settings that change what the statistics count (the fact tables apply them).
DEFINITIONS = ("resolved_categories", "accomplished_categories", "rating_options", "rating_counts")


_IN_SESSION = "casebook.office_settings"  # the settings read once per transaction (session.info)


@event.listens_for(Session, "after_soft_rollback")
def _forget_kept_settings(session: Session, _transaction: object) -> None:
    """A rolled-back step (a savepoint too) may have changed the settings: read them again."""
    session.info.pop(_IN_SESSION, None)


def load_settings(session: Session) -> OfficeSettings:
    """The office's settings as this transaction sees them: read once, then kept for its other steps
    (a session is one transaction; :func:`update_settings` keeps what it wrote)."""
    kept = session.info.get(_IN_SESSION)
    if isinstance(kept, OfficeSettings):
        return kept
    rows = {key: value for key, value in session.execute(select(OfficeSetting.key, OfficeSetting.value))}
    settings = session.info[_IN_SESSION] = OfficeSettings.from_rows(rows)
    return settings


def get_settings(db: Database) -> OfficeSettings:
    with db.read() as session:
        return load_settings(session)


def update_settings(db: Database, **changes: Any) -> OfficeSettings:
    """Change some settings; each change is an event with its old and new value."""
    with db.write(Permission.EDIT_SETTINGS) as session:
        current = load_settings(session)
        try:
            updated = replace(current, **changes)
        except TypeError as exc:
            raise RuleViolation("unknown_setting", noop("Rule", "Unknown setting: {error}"), error=str(exc)) from exc
        _check(updated)
        old_rows, new_rows = current.to_rows(), updated.to_rows()
        for key, value in new_rows.items():
            if old_rows.get(key) == value:
                continue
            row = session.get(OfficeSetting, key)
            if row is None:
                session.add(OfficeSetting(key=key, value=value))
            else:
                row.value = value
            record_event(session, db.user, None, "change_setting", None, key=key, old=old_rows.get(key), new=value)
        session.info[_IN_SESSION] = updated
        if any(old_rows.get(key) != new_rows.get(key) for key in DEFINITIONS):
            session.flush()
            rebuild_all_facts(session.connection())  # the statistics apply the new definitions
        return updated


ATTACHMENT_LIMIT_MB = 500  # the largest limit an office may set: a file is kept in the database whole


def _check(settings: OfficeSettings) -> None:
    check_kinds_of_value(settings)
    check_evaluation_settings(settings.evaluation_kinds, settings.evaluation_grades, settings.evaluation_weight)
    check_rating_settings(settings.project_rating_options, settings.project_satisfied_options)
    if not 1 <= settings.attachment_limit_mb <= ATTACHMENT_LIMIT_MB:
        raise RuleViolation(
            "bad_attachment_limit",
            noop("Rule", "The setting attachment_limit_mb must be a whole number of MB from 1 to {most}."),
            most=ATTACHMENT_LIMIT_MB,
        )
    problem = template_problem(settings.report_template)
    if problem == BRACES:
        raise RuleViolation(
            "bad_report_template",
            noop(
                "Rule",
                "The braces of the report template do not pair up: a placeholder is written as {{total}}, and a "
                "brace meant as text as {{{{ or }}}}. Its placeholders are: {placeholders}.",
            ),
            placeholders=" ".join(f"{{{name}}}" for name in PLACEHOLDERS),
        )
    if problem is not None:
        raise RuleViolation(
            "bad_report_template",
            noop("Rule", "The report template cannot use “{problem}”; its placeholders are: {placeholders}."),
            problem=problem,
            placeholders=" ".join(f"{{{name}}}" for name in PLACEHOLDERS),
        )
    for kind in FigureKind:
        if getattr(settings, f"{kind.value}_decimals") not in DECIMAL_CHOICES:
            raise RuleViolation(
                "bad_decimals",
                noop("Rule", "The setting {key} must be 0, 1 or 2 decimals."),
                key=f"{kind.value}_decimals",
            )
        if getattr(settings, f"{kind.value}_rounding") not in {r.value for r in Rounding}:
            raise RuleViolation(
                "bad_rounding",
                noop("Rule", "The setting {key} must be one of: {choices}."),
                key=f"{kind.value}_rounding",
                choices="、".join(r.value for r in Rounding),
            )
    codes = {c.code for c in settings.result_categories}
    for chosen in (settings.resolved_categories, settings.accomplished_categories):
        unknown = set(chosen) - codes
        if unknown:
            raise RuleViolation(
                "unknown_result_category",
                noop("Rule", "The result categories {codes} are not defined."),
                codes="、".join(sorted(unknown)),
            )
    for months in (
        settings.reply_due_months,
        settings.rehandle_due_months,
        settings.assisting_opinion_months,
    ):
        if months < 1:
            raise RuleViolation("bad_deadline", noop("Rule", "A deadline must be at least one month."))
    if settings.rating_counts not in {rule.value for rule in RatingCount}:
        raise RuleViolation(
            "unknown_rating_count",
            noop("Rule", "Whose rating counts must be one of: {choices}."),
            choices="、".join(rule.label for rule in RatingCount),
        )
    check_targets(settings.rate_targets)
    if settings.change_request_days < 1:
        raise RuleViolation("bad_deadline", noop("Rule", "The change-request window must be at least one day."))


_KIND_WORDS = {
    bool: noop("Rule", "true or false"),
    int: noop("Rule", "a whole number"),
    str: noop("Rule", "a text"),
    tuple: noop("Rule", "a list"),
    dict: noop("Rule", "an object"),
}


def check_kinds_of_value(settings: OfficeSettings) -> None:
    """Each setting holds the kind of value its default holds (a number stays a number)."""
    defaults = OfficeSettings()
    for f in fields(OfficeSettings):
        if f.name == "extra":
            continue
        expected = type(getattr(defaults, f.name))
        value = getattr(settings, f.name)
        if type(value) is not expected and not (expected is tuple and isinstance(value, list)):
            raise RuleViolation(
                "bad_setting_value",
                noop("Rule", "The setting {key} must be {kind}."),
                key=f.name,
                kind=translate("Rule", _KIND_WORDS.get(expected, noop("Rule", "a value of its own kind"))),
            )
