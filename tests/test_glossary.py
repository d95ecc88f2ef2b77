"""The catalogue keeps one Chinese word per concept (casebook/glossary.py)."""

from __future__ import annotations

from casebook import catalogue
from casebook.glossary import GLOSSARY, source_key


def test_each_concept_is_translated_with_its_term() -> None:
    chinese = catalogue.load("zh_CN")
    wrong = [
        (context, source, text, term.chinese)
        for (context, source), text in chinese.texts.items()
        for term in GLOSSARY
        if source_key(source) in term.english and term.chinese not in text
    ]
    assert wrong == []


def test_no_translation_uses_a_word_set_aside() -> None:
    chinese = catalogue.load("zh_CN")
    texts = [*chinese.texts.items(), *((key, "".join(forms)) for key, forms in chinese.plurals.items())]
    found = [
        (source, text, word)
        for (_c, source), text in texts
        for term in GLOSSARY
        for word in term.avoided
        if word in text
    ]
    assert found == []


def test_the_history_names_co_signers_as_the_form_does() -> None:
    chinese = catalogue.load("zh_CN")
    assert chinese.translate("Audit", "co-signer") == chinese.translate("CaseForm", "Co-signers (in order)")[:4]
    assert chinese.translate("Audit", "place in the order") == "联名顺序"
