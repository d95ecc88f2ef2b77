"""Reference data named the way a clerk writes it (a script, a command line): found by its exact
name, created when asked to, or refused with the near names the register has."""

from __future__ import annotations

from datetime import date

from rapidfuzz import fuzz, process

from casebook.domain.errors import RuleViolation
from casebook.domain.session_names import session_kind_for
from casebook.i18n import noop, translate
from casebook.services.admin import reference
from casebook.services.queries.pickers import PickerKind, choices
from casebook.store.database import Database

NEAR_NAMES = 5
NEAR_SCORE = 50  # rapidfuzz WRatio from which a registered name is offered as a near one

_WHAT = {
    PickerKind.SESSION: noop("Rule", "session"),
    PickerKind.DEPUTY: noop("Rule", "deputy"),
    PickerKind.UNIT: noop("Rule", "handling unit"),
    PickerKind.CATEGORY: noop("Rule", "category"),
}


def named_id(
    db: Database,
    kind: PickerKind,
    name: str,
    *,
    create: bool = False,
    on: date | None = None,
    offer_create: bool = False,
) -> int:
    """The id of the ``kind`` called ``name``. Missing: created with ``create`` (a session gets its
    kind from its name and its year from ``on``), else refused with the near names registered, and
    with ``offer_create`` (a command that has --create-missing) the option named."""
    clean = name.strip()
    known = choices(db, kind, include_retired=True)
    found = next((c.id for c in known if c.name == clean), None)
    if found is not None:
        return found
    if create and clean:
        return _create(db, kind, clean, on)
    scored = process.extract(clean, [c.name for c in known], scorer=fuzz.WRatio, limit=NEAR_NAMES)
    near = [match for match, score, _ in scored if score >= NEAR_SCORE]
    what = translate("Rule", _WHAT[kind])
    if near and offer_create:
        raise RuleViolation(
            "unknown_name",
            noop("Rule", "there is no {what} called “{name}”; near names: {near} (or add --create-missing)"),
            what=what,
            name=clean,
            near="、".join(near),
        )
    if near:
        raise RuleViolation(
            "unknown_name",
            noop("Rule", "there is no {what} called “{name}”; near names: {near}"),
            what=what,
            name=clean,
            near="、".join(near),
        )
    if offer_create:
        raise RuleViolation(
            "unknown_name",
            noop("Rule", "there is no {what} called “{name}” (add --create-missing to register it)"),
            what=what,
            name=clean,
        )
    raise RuleViolation("unknown_name", noop("Rule", "there is no {what} called “{name}”"), what=what, name=clean)


def _create(db: Database, kind: PickerKind, name: str, on: date | None) -> int:
    if kind is PickerKind.SESSION:
        if on is None:
            raise ValueError("a new session needs a date for its year")
        return reference.add_session(db, name, on.year, kind=session_kind_for(name)).id
    if kind is PickerKind.DEPUTY:
        return reference.add_deputy(db, name).id
    if kind is PickerKind.UNIT:
        return reference.add_unit(db, name).id
    if kind is PickerKind.CATEGORY:
        return reference.add_category(db, name).id
    raise ValueError(f"cannot create a {kind}")
