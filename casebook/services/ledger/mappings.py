"""The clerk's mappings of a ledger's columns and wordings, remembered per office (in the database)
and offered again for the next ledger; and the parsing of the command line's ``--map`` and
``--map-value`` options.

A column mapping is kept by the header's folded text, so the next ledger with the same header is
read the same way. A wording mapping becomes part of the office's vocabulary: the kind (result
class, rating or contact method) is told by what it maps to.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from casebook.domain.enums import ContactMethod
from casebook.domain.errors import CasebookError
from casebook.domain.office_settings import NO_RESULT, NO_RESULT_WORDS, VOCABULARY_KINDS, OfficeSettings
from casebook.i18n import noop, translate
from casebook.services.admin.reference import normalise_name as fold_width
from casebook.services.ledger.entries import LedgerMappings
from casebook.store.database import Database
from casebook.store.models import LedgerMapping

COLUMN = "column"
NOT_READ = ("", "-", "none", "nothing", "不读", "不导入", "忽略")


class MappingError(CasebookError):
    """A ``--map`` or ``--map-value`` the import cannot use (nothing was imported)."""

    @property
    def message(self) -> str:
        return translate("Import", self.template).format(**self.params)


def load_mappings(db: Database) -> LedgerMappings:
    with db.read() as session:
        return mappings_in(session)


def mappings_in(session: Session) -> LedgerMappings:
    found = LedgerMappings()
    for row in session.scalars(select(LedgerMapping)):
        if row.kind == COLUMN:
            found.columns[row.wording] = row.target
        elif row.kind in VOCABULARY_KINDS and row.target:
            found.values.setdefault(row.kind, {})[row.wording] = row.target
    return found


def remember(session: Session, mappings: LedgerMappings) -> None:
    """Keep ``mappings`` for the next ledgers (a later mapping of the same header or wording wins)."""
    rows = [(COLUMN, text, target) for text, target in mappings.columns.items()]
    rows += [(kind, word, code) for kind, words in mappings.values.items() for word, code in words.items()]
    for kind, wording, target in rows:
        row = session.get(LedgerMapping, (kind, wording))
        if row is None:
            session.add(LedgerMapping(kind=kind, wording=wording, target=target))
        else:
            row.target = target


def merged(first: LedgerMappings, then: LedgerMappings) -> LedgerMappings:
    """``first`` with ``then`` on top (what the clerk says now wins over what was remembered)."""
    values = {kind: dict(words) for kind, words in first.values.items()}
    for kind, words in then.values.items():
        values.setdefault(kind, {}).update(words)
    return LedgerMappings({**first.columns, **then.columns}, values)


def parse_value_maps(options: list[str], settings: OfficeSettings) -> LedgerMappings:
    """``["暂缓解决=C", "比较满意=基本满意", "走访=当面"]`` → kind → wording → code."""
    results = {c.code.casefold(): c.code for c in settings.result_categories}
    results |= {fold_width(c.label): c.code for c in settings.result_categories}
    results |= dict.fromkeys(NO_RESULT_WORDS, NO_RESULT)  # 「办理中=无」: no result yet
    ratings = {o.code: o.code for o in settings.rating_options} | {o.label: o.code for o in settings.rating_options}
    contacts = {m.value: m.value for m in ContactMethod} | {m.label: m.value for m in ContactMethod}
    contacts |= {"当面": "face_to_face", "座谈": "meeting", "电话": "phone", "书面": "letter"}
    found = LedgerMappings()
    for option in options:
        wording, target = split_option(option, "--map-value")
        target = fold_width(target.strip())
        for kind, table in (("result", results), ("rating", ratings), ("contact", contacts)):
            code = table.get(target) or table.get(target.casefold())
            if code is not None:
                found.values.setdefault(kind, {})[wording.strip()] = code
                break
        else:
            raise MappingError(
                noop(
                    "Import",
                    "--map-value “{option}”: “{target}” is neither a result class ({codes}; 无 for no result "
                    "yet), nor a rating ({levels}), nor a contact method (当面、座谈、电话、书面).",
                ),
                option=option,
                target=target,
                codes="、".join(c.code for c in settings.result_categories),
                levels="、".join(o.label for o in settings.rating_options),
            )
    return found


def split_option(option: str, name: str) -> tuple[str, str]:
    header, equals, target = option.partition("=")
    if not equals or not header.strip():
        raise MappingError(
            noop("Import", "{name} “{option}” must be written as “text=what it means”."), name=name, option=option
        )
    return header.strip(), target
