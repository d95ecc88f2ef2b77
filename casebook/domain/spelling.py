"""How a clerk may type a Chinese name into a picker: the name, its pinyin initials, its full pinyin.

「魏敏」 is found by 魏, wm or weimin; 「市中级人民法院」 by zjrmfy or fayuan. Heteronyms take
pypinyin's most common reading (重庆 → chongqing), as an input method would propose first.
"""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=8192)
def search_key(name: str) -> str:
    """``name`` followed by its pinyin initials and its full pinyin, lower case, space-separated."""
    hanzi = "".join(ch for ch in name if "\u3400" <= ch <= "\u9fff")
    if not hanzi:
        return name.lower()
    from pypinyin import Style, lazy_pinyin  # its dictionary takes 0.25 s to load: not at start-up

    initials = "".join(lazy_pinyin(hanzi, style=Style.FIRST_LETTER))
    full = "".join(lazy_pinyin(hanzi))
    return f"{name.lower()} {initials} {full}"
