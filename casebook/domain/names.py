"""Names as typed and as compared: invisible characters out, one Unicode case fold for comparing.

A name pasted from a web page or a chat may carry zero-width spaces, joiners or direction marks
(categories Cf, and the line and paragraph separators): invisible on screen, they would make 「魏敏」
and 「魏\u200b敏」 two deputies, or two accounts that look the same. They are removed wherever a name
is stored (:func:`visible`). Names are compared by :func:`name_key` (NFKC, then casefold, then NFKC
again), the same in Python for every backend: ＺＨＡＯ, zhao and ZHAO are one account.
"""

from __future__ import annotations

import unicodedata

_INVISIBLE = frozenset({"Cf", "Zl", "Zp", "Cc"})


def visible(text: str) -> str:
    """``text`` in NFKC without its invisible characters (format, control and separator ones)."""
    folded = unicodedata.normalize("NFKC", text)
    return "".join(ch for ch in folded if unicodedata.category(ch) not in _INVISIBLE or ch in "\t\n")


def name_key(name: str) -> str:
    """What two names are compared by: equal keys, the same name."""
    return unicodedata.normalize("NFKC", unicodedata.normalize("NFKC", visible(name).strip()).casefold())
