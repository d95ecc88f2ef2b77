"""Names as other ledgers write them: a delegation 「京口」, 「京口代表团」, 「京口区代表团」, 「京口区」; a
handling unit 「市交通运输局」 or 「镇江市交通运输局」.

An import that met 「京口代表团」 in a register holding 「京口」 used to create a second delegation, and
split every figure by delegation in two. A delegation is named after its place, with or without the
word 代表团 and the place's own suffix (区, 县, 市 …), so two names with the same place are the same
delegation. A unit is written with or without its city's or county's name before 市/区/县 (「镇江市交通
运输局」 and 「市交通运输局」). Either only when exactly one name of the register matches: anything less
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


_LEVEL = ("市", "区", "县")  # 「市交通运输局」: a unit of the city, written without the city's name


def same_unit(name: str, known: Iterable[str]) -> str | None:
    """The one unit of ``known`` that is ``name`` with or without its place's name before 市/区/县
    (「镇江市交通运输局」 ↔ 「市交通运输局」); None when none or several are."""
    names = list(known)
    if name in names:
        return name
    found = [k for k in names if _one_names_the_other(name, k) or _one_names_the_other(k, name)]
    return found[0] if len(found) == 1 else None


def _one_names_the_other(longer: str, shorter: str) -> bool:
    """``longer`` is a place's name followed by ``shorter``, which starts with 市/区/县 and names a unit."""
    return len(shorter) >= 4 and shorter.startswith(_LEVEL) and len(longer) > len(shorter) and longer.endswith(shorter)
