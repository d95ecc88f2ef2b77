"""Our translation catalogue without Qt, for the command line.

The window installs Qt's translators (``casebook.ui.translation``); a command that prints text needs
only our own strings, so it reads the catalogue's source file (resources/translations/*.ts, shipped
beside the compiled .qm in every install) with the standard library and does not load Qt at all.
"""

from __future__ import annotations

from pathlib import Path

from casebook import i18n
from casebook.paths import translations_dir

Message = tuple[str, str]  # (context, English source text)


class Catalogue:
    """The finished translations of one language: plain texts and the numerus forms of counts."""

    def __init__(self, texts: dict[Message, str], plurals: dict[Message, list[str]], language: str) -> None:
        self.texts = texts
        self.plurals = plurals
        self.language = language

    @classmethod
    def read(cls, path: Path, language: str) -> Catalogue:
        import xml.etree.ElementTree as ET  # here: the window imports this module, and reads no .ts

        texts: dict[Message, str] = {}
        plurals: dict[Message, list[str]] = {}
        for context in ET.parse(path).getroot().iter("context"):
            name = context.findtext("name", "")
            for message in context.iter("message"):
                key = (name, message.findtext("source", ""))
                element = message.find("translation")
                if element is None or element.get("type") in ("unfinished", "vanished", "obsolete"):
                    continue
                if message.get("numerus") == "yes":
                    plurals[key] = [form.text or "" for form in element.iter("numerusform")]
                elif element.text:
                    texts[key] = element.text
        return cls(texts, plurals, language)

    def translate(self, context: str, text: str) -> str:
        return self.texts.get((context, text), text)

    def translate_n(self, context: str, text: str, n: int) -> str:
        forms = self.plurals.get((context, text))
        if forms:
            text = forms[min(plural_form(self.language, n), len(forms) - 1)]
        return text.replace("%n", str(n))


def plural_form(language: str, n: int) -> int:
    """Which numerus form ``n`` takes (Qt's rules for the two languages we ship)."""
    if language.startswith("zh"):
        return 0
    return 0 if n == 1 else 1


def catalogue_path(language: str) -> Path:
    return translations_dir() / f"casebook_{language}.ts"


def load(language: str) -> Catalogue:
    """Our catalogue of ``language``; FileNotFoundError for a language we do not ship."""
    path = catalogue_path(language)
    if not path.is_file():
        raise FileNotFoundError(f"no translation casebook_{language}.ts in {translations_dir()}")
    return Catalogue.read(path, language)


def use_language(language: str) -> None:
    """Translate the command line's texts into ``language`` (English: the source texts, with the
    English plural forms of the counts)."""
    catalogue = load(language)
    if language.startswith("en"):
        i18n.install(None, catalogue.translate_n)
    else:
        i18n.install(catalogue.translate, catalogue.translate_n)
