"""A delegation's name as other ledgers write it: 「京口」, 「京口代表团」, 「京口区代表团」, 「京口区」.

An import that met 「京口代表团」 in a register holding 「京口」 used to create a second delegation, and
split every figure by delegation in two. A delegation is named after its place, with or without the
word 代表团 and the place's own suffix (区, 县, 市 …), so two names with the same place are the same
delegation — but only when exactly one delegation of the register has that place: anything less
certain creates the new name, as before, and the import report lists it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_DELEGATION_WORD = re.compile(r"(人大)?代表团$")
_PLACE_SUFFIX = re.compile(r"(?<=..)(区|县|市|镇|乡|街道|地区)$")  # 「京口区」 → 京口; a one-character place keeps it


def delegation_place(name: str) -> str:
    """「京口区代表团」 → 京口; 「丹阳市」 → 丹阳; 「扬中」 → 扬中."""
    return _PLACE_SUFFIX.sub("", _DELEGATION_WORD.sub("", name.strip()))


def same_delegation(name: str, known: Iterable[str]) -> str | None:
    """The one delegation of ``known`` with the place of ``name`` (itself when it is known); None when
    none or several have it."""
    names = list(known)
    if name in names:
        return name
    place = delegation_place(name)
    found = [k for k in names if delegation_place(k) == place]
    return found[0] if len(found) == 1 and place else None
