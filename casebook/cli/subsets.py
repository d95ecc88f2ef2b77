"""`--session` and `--unit-kind`: the subsets `stats`, `ranking` and every export take, declared once.

A unit kind is given by its key (government, court, procuratorate, other) or its name (政府部门 …);
a session by its name (市九届人大二次会议, 2023年闭会期间); an unknown session is refused by the
service with its name.
"""

from __future__ import annotations

import argparse
from dataclasses import dataclass

from casebook.domain.enums import UnitKind
from casebook.domain.errors import RuleViolation
from casebook.i18n import translate
from casebook.services.admin.reference import session_by_name
from casebook.store.database import Database


@dataclass(frozen=True)
class Subset:
    session_id: int | None = None
    unit_kind: UnitKind | None = None


def unit_kind(text: str) -> UnitKind:
    """A kind of handling unit by its key or its name in the installed language."""
    for kind in UnitKind:
        if text.strip() in (kind.value, kind.label):
            return kind
    raise argparse.ArgumentTypeError(
        translate("Cli", "a kind of handling unit ({kinds}), not “{text}”").format(
            kinds="、".join(f"{kind.value} {kind.label}" for kind in UnitKind), text=text
        )
    )


def add_subset_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--session", metavar="NAME", help=translate("Cli", "only the cases of this session"))
    parser.add_argument(
        "--unit-kind",
        type=unit_kind,
        metavar="KIND",
        help=translate("Cli", "only the cases a unit of this kind answers for (lead or separate): {kinds}").format(
            kinds=", ".join(f"{kind.value} {kind.label}" for kind in UnitKind)
        ),
    )


def subset_of(db: Database, args: argparse.Namespace) -> Subset:
    session = getattr(args, "session", None)
    session_id = session_by_name(db, session).id if session else None
    return Subset(session_id, getattr(args, "unit_kind", None))


# The options that pick a subset of the cases (and stats' table by session): what the figures of the
# tracked kinds that are not cases (projects, opinions) refuse rather than ignore.
CASE_OPTIONS = {"session": "--session", "unit_kind": "--unit-kind", "by_session": "--by-session"}


def refuse_case_options(args: argparse.Namespace, code: str, message: str) -> None:
    """Refuse, with ``message`` (a catalogue text with ``{options}``), the cases' options given."""
    given = [flag for name, flag in CASE_OPTIONS.items() if getattr(args, name, None)]
    if given:
        raise RuleViolation(code, message, options=" ".join(given))
