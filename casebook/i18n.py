"""The translation hook used below the UI.

Every user-visible string goes through :func:`translate` with an English source text and a
context, the same pair Qt's ``QCoreApplication.translate`` takes.  The layers below ``ui/`` may not
import Qt, so the hook starts as the identity (English) and the UI or the command line installs
Qt's translator into it (see ``casebook.ui.translation``).  ``tools/update_translations.py``
collects every ``translate("Context", "text")`` call into the ``.ts`` catalogue.
"""

from __future__ import annotations

from collections.abc import Callable

Translator = Callable[[str, str], str]
PluralTranslator = Callable[[str, str, int], str]  # (context, text with %n, n) as Qt's translate(c, t, None, n)


def _identity(context: str, text: str) -> str:
    return text


def _english_plural(context: str, text: str, n: int) -> str:
    return text.replace("%n", str(n))


_translator: Translator = _identity
_plural_translator: PluralTranslator = _english_plural


def install(translator: Translator | None, plural: PluralTranslator | None = None) -> None:
    """Route all later translations through ``translator`` (``None`` restores English); ``plural``
    chooses the plural form of the texts of :func:`translate_n`."""
    global _translator, _plural_translator
    _translator = translator or _identity
    _plural_translator = plural or _english_plural


def translate(context: str, text: str) -> str:
    """Translate ``text`` (English source) in ``context`` with the installed translator."""
    return _translator(context, text)


def translate_n(context: str, text: str, n: int) -> str:
    """Translate ``text``, whose ``%n`` is the count ``n``, in the plural form for ``n`` (Qt's
    numerus forms: 「1 case」 / 「2 cases」 in English, one form in Chinese)."""
    return _plural_translator(context, text, n)


def noop(context: str, text: str) -> str:
    """Mark a source text for the catalogue without translating it now (QT_TRANSLATE_NOOP)."""
    return text
