"""Collect every translatable string of casebook/ into the .ts catalogue, keeping translations.

A translatable string is a call ``translate("Context", "text")`` or ``noop("Context", "text")``
(also ``QCoreApplication.translate``) with two literal arguments. A call
``translate_n("Context", "%n cases", n)`` is a numerus message: its Chinese translation has one form,
and the English catalogue (casebook_en.ts, numerus messages only) gives the singular and the plural.
Run after changing strings, fill in the new <translation> elements, then compile:
``pyside6-lrelease resources/translations/*.ts``.

    python tools/update_translations.py [--check]

With --check it changes nothing and exits 1 when the catalogue is missing a string or a
translation (the test suite runs the same check).
"""

from __future__ import annotations

import argparse
import ast
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "casebook"
CATALOGUE = ROOT / "resources" / "translations" / "casebook_zh_CN.ts"
ENGLISH = ROOT / "resources" / "translations" / "casebook_en.ts"
CALL_NAMES = {"translate", "noop", "translate_n"}
NUMERUS_NAMES = {"translate_n"}
FORMS = "\x1f"  # separates the numerus forms of one translation in the dictionaries below

Message = tuple[str, str]  # (context, source text)


def collect(sources: Path = SOURCES) -> dict[Message, list[tuple[str, int]]]:
    """Every translatable (context, text) in the package, with where it occurs."""
    found: dict[Message, list[tuple[str, int]]] = {}
    for path in sorted(sources.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            message = _message_of(node)
            if message is not None:
                found.setdefault(message, []).append((str(path.relative_to(ROOT)), node.lineno))  # type: ignore[attr-defined]
    return found


def numerus(sources: Path = SOURCES) -> set[Message]:
    """The messages translated with a count (``translate_n``): they take plural forms."""
    found: set[Message] = set()
    for path in sorted(sources.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
            message = _message_of(node)
            func = getattr(node, "func", None)
            name = getattr(func, "id", None) or getattr(func, "attr", None)
            if message is not None and name in NUMERUS_NAMES:
                found.add(message)
    return found


def _message_of(node: ast.AST) -> Message | None:
    if not isinstance(node, ast.Call) or len(node.args) < 2:
        return None
    func = node.func
    name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else None
    if name not in CALL_NAMES:
        return None
    context, text = node.args[0], node.args[1]
    if isinstance(context, ast.Constant) and isinstance(text, ast.Constant):  # noqa: SIM102
        if isinstance(context.value, str) and isinstance(text.value, str):
            return context.value, text.value
    return None


def read_catalogue(path: Path = CATALOGUE) -> dict[Message, str]:
    if not path.exists():
        return {}
    translations: dict[Message, str] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            element = message.find("translation")
            text = element.text if element is not None and element.get("type") != "unfinished" else None
            if element is not None and message.get("numerus") == "yes":
                forms = [form.text or "" for form in element.iter("numerusform")]
                text = FORMS.join(forms) if all(forms) and element.get("type") != "unfinished" else None
            translations[(name, message.findtext("source", ""))] = text or ""
    return translations


def write_catalogue(
    found: dict[Message, list[tuple[str, int]]],
    translations: dict[Message, str],
    path: Path,
    plurals: set[Message] | None = None,
    language: str = "zh_CN",
) -> None:
    plurals = plurals or set()
    root = ET.Element("TS", version="2.1", language=language, sourcelanguage="en")
    for context_name in sorted({context for context, _ in found}):
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = context_name
        for (ctx, source), places in sorted(found.items(), key=lambda item: item[1][0]):
            if ctx != context_name:
                continue
            message = ET.SubElement(context, "message", numerus="yes") if (ctx, source) in plurals else None
            message = message if message is not None else ET.SubElement(context, "message")
            for filename, line in places:
                ET.SubElement(message, "location", filename=f"../../{filename}", line=str(line))
            ET.SubElement(message, "source").text = source
            translation = ET.SubElement(message, "translation")
            text = translations.get((ctx, source), "")
            if (ctx, source) in plurals:
                for form in text.split(FORMS) if text else [""]:
                    ET.SubElement(translation, "numerusform").text = form or None
                if not text:
                    translation.set("type", "unfinished")
            elif text:
                translation.text = text
            else:
                translation.set("type", "unfinished")
    ET.indent(root)
    body = ET.tostring(root, encoding="unicode")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def problems(found: dict[Message, list[tuple[str, int]]], translations: dict[Message, str]) -> Iterator[str]:
    for message, places in found.items():
        if not translations.get(message):
            file, line = places[0]
            yield f"{file}:{line}: untranslated [{message[0]}] {message[1]!r}"


def obsolete(found: dict[Message, list[tuple[str, int]]], translations: dict[Message, str]) -> list[str]:
    """Catalogue entries no source uses any more (dropped at the next update; not an error)."""
    return [f"[{c}] {t!r}" for (c, t) in translations if (c, t) not in found]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="change nothing; exit 1 on missing translations")
    args = parser.parse_args()
    found = collect()
    translations = read_catalogue()
    plurals = numerus()
    english_found = {message: places for message, places in found.items() if message in plurals}
    english = read_catalogue(ENGLISH)
    if args.check:
        issues = list(problems(found, translations)) + list(problems(english_found, english))
        for entry in obsolete(found, translations):
            print(f"obsolete (kept until the next update): {entry}")
        print("\n".join(issues) or f"{len(found)} strings, all translated")
        return 1 if issues else 0
    write_catalogue(found, translations, CATALOGUE, plurals)
    write_catalogue(english_found, english, ENGLISH, plurals, language="en")
    missing = [p for p in problems(found, translations) if "untranslated" in p]
    missing += list(problems(english_found, english))
    print(f"{CATALOGUE.relative_to(ROOT)}: {len(found)} strings, {len(missing)} without a translation")
    return 0


if __name__ == "__main__":
    sys.exit(main())
