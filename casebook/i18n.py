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


def _identity(context: str, text: str) -> str:
    return text


_translator: Translator = _identity


def install(translator: Translator | None) -> None:
    """Route all later translations through ``translator`` (``None`` restores English)."""
    global _translator
    _translator = translator or _identity


def translate(context: str, text: str) -> str:
    """Translate ``text`` (English source) in ``context`` with the installed translator."""
    return _translator(context, text)


def noop(context: str, text: str) -> str:
    """Mark a source text for the catalogue without translating it now (QT_TRANSLATE_NOOP)."""
    return text
