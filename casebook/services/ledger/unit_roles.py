"""Handling units whose role is written beside their name, in one cell of a ledger:
「市住建局（主办）、市财政局（协办）」 or 「主办：市住建局；协办：市财政局、市自然资源局」.

A ledger with a single 承办单位 column writes the roles that way. Read as plain names, each unit would
become a lead unit named 「市住建局(主办)」; here each goes to its role's list under its own name. A
role written before a colon holds for the names after it until the next role (「协办：甲、乙」). Names
reach this module already width-folded (「（主办）」 as 「(主办)」) by :func:`values.name_list`.
"""

from __future__ import annotations

import re

from casebook.domain.enums import AssignmentRole

_ROLE_WORDS = {
    "主办": AssignmentRole.LEAD,
    "牵头": AssignmentRole.LEAD,
    "协办": AssignmentRole.ASSISTING,
    "会办": AssignmentRole.ASSISTING,
    "配合": AssignmentRole.ASSISTING,
    "分办": AssignmentRole.SEPARATE,
}
_ROLE = "|".join(_ROLE_WORDS)
_MARKED_AFTER = re.compile(rf"(?P<name>.+?)[(\[【](?P<role>{_ROLE})(?:单位)?[)\]】]")  # 市住建局(主办)
_MARKED_BEFORE = re.compile(rf"(?P<role>{_ROLE})(?:单位)?[:：](?P<name>.*)")  # 主办:市住建局

Units = tuple[str, ...]


def units_by_role(lead: Units, assisting: Units, separate: Units) -> tuple[Units, Units, Units]:
    """The lead, assisting and separately handling units, each marked name moved to the list of its
    role without its mark; unmarked names stay in their column's list."""
    found: dict[AssignmentRole, list[str]] = {role: [] for role in AssignmentRole}
    for column_role, names in (
        (AssignmentRole.LEAD, lead),
        (AssignmentRole.ASSISTING, assisting),
        (AssignmentRole.SEPARATE, separate),
    ):
        current = column_role
        for name in names:
            role, plain = _marked(name)
            if role is None:
                role = current
            elif _MARKED_BEFORE.fullmatch(name):
                current = role  # 「协办：甲、乙」: the role holds for the names after it
            if plain and plain not in found[role]:
                found[role].append(plain)
    claimed = set(found[AssignmentRole.LEAD])
    assisting_units = [n for n in found[AssignmentRole.ASSISTING] if n not in claimed]
    claimed |= set(assisting_units)
    separate_units = [n for n in found[AssignmentRole.SEPARATE] if n not in claimed]
    return tuple(found[AssignmentRole.LEAD]), tuple(assisting_units), tuple(separate_units)


def _marked(name: str) -> tuple[AssignmentRole | None, str]:
    for pattern in (_MARKED_AFTER, _MARKED_BEFORE):
        match = pattern.fullmatch(name)
        if match:
            return _ROLE_WORDS[match["role"]], match["name"].strip()
    return None, name
