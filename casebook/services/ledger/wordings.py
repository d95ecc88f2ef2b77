"""The wordings of a ledger's results, ratings and contact methods, read through the office's
vocabulary (the shipped schemes: A/B/C/D, 甲乙丙丁, the national wording, 比较满意, 面商/走访 …, plus the
clerks' own mappings). A result wording not in the vocabulary is read by its cues only when all of
them point to one class; one whose cues point to several classes or to none is never guessed: it
raises :class:`UnmappedWording`, naming the wording and the ``--map-value`` option.
"""

from __future__ import annotations

import re
from typing import Any

from casebook.domain.enums import ContactMethod
from casebook.domain.office_settings import NO_RESULT, RESULT_CUES, LedgerVocabulary, OfficeSettings
from casebook.i18n import noop, translate
from casebook.services.ledger.values import CellError, cell_text, first_words, folded, vocabulary_member


class UnmappedWording(CellError):
    """A wording of ``kind`` ("result", "rating", "contact") the vocabulary does not have and that
    is not guessed; ``candidates`` are the classes its cues point to (none, or more than one)."""

    def __init__(self, reason: str, kind: str, wording: str, candidates: tuple[str, ...] = ()) -> None:
        super().__init__(reason)
        self.kind, self.wording, self.candidates = kind, wording, candidates


SHIPPED_VOCABULARY = LedgerVocabulary()


_CODE_FIRST = re.compile(r"([a-z])(类|:|\(|、|$)")
_CUES = sorted(RESULT_CUES.items(), key=lambda item: -len(item[0]))
_CLASS_NAMED = re.compile(r"(?<![a-z])([a-z])类|([甲乙丙丁])类")  # 「A类」「甲类」 inside a longer wording
_ORDINAL_CLASSES = dict(zip("甲乙丙丁", "abcd", strict=True))


def result_code(value: Any, settings: OfficeSettings, vocabulary: LedgerVocabulary = SHIPPED_VOCABULARY) -> str | None:
    """A / A类 / Ａ / 甲类 / 已解决 / the category's label → the office's result category code."""
    return read_result(value, settings, vocabulary)[0]


def read_result(
    value: Any, settings: OfficeSettings, vocabulary: LedgerVocabulary = SHIPPED_VOCABULARY
) -> tuple[str | None, bool]:
    """(the result category code, whether it was read by its cues); :class:`UnmappedWording` for a
    wording whose cues point to more than one class or to none: it is never guessed."""
    text = folded(value)
    if not text:
        return None, False
    codes = {c.code.casefold(): c.code for c in settings.result_categories}
    for category in settings.result_categories:
        code = category.code.casefold()
        if text in (code, code + "类", folded(category.label)):
            return category.code, False
    known = {folded(word): code for word, code in vocabulary.result.items()}
    if known.get(text) == NO_RESULT:  # 「办理中」「未答复」: no result yet, as an empty cell
        return None, False
    if text in known and known[text].casefold() in codes:
        return codes[known[text].casefold()], False
    match = _CODE_FIRST.match(text)
    if match and match[1] in codes:
        return codes[match[1]], False
    pointed = result_cues(text) & set(codes)
    if len(pointed) == 1:
        return codes[pointed.pop()], True
    candidates = tuple(sorted(codes[c] for c in pointed))
    shown = "、".join(c.code for c in settings.result_categories)
    example = f'"{cell_text(value)}={candidates[-1] if candidates else "…"}"'  # no class offered unread
    if candidates:
        reason = translate(
            "Import",
            noop(
                "Import",
                "the result “{value}” could be class {candidates}, so it is not guessed: map it once to one of "
                "{codes} with --map-value {example} (or in the import preview)",
            ),
        ).format(value=cell_text(value), candidates="、".join(candidates), codes=shown, example=example)
    else:
        reason = translate(
            "Import",
            noop(
                "Import",
                "“{value}” is not a result category ({codes}) the office knows: map it once with "
                "--map-value {example}, giving its class, or 无 when it means there is no result yet "
                "(or choose in the import preview)",
            ),
        ).format(value=cell_text(value), codes=shown, example=example)
    raise UnmappedWording(reason, "result", cell_text(value), candidates)


def result_cues(text: str) -> set[str]:
    """The classes (casefolded codes) the cues in the folded ``text`` point to: a class named in it
    (「已办结（A类）」, 「办结（甲类）」) and the wordings of :data:`RESULT_CUES`."""
    pointed = {letter or _ORDINAL_CLASSES[ordinal] for letter, ordinal in _CLASS_NAMED.findall(text)}
    rest = text
    for cue, code in _CUES:
        if cue in rest:
            pointed.add(code.casefold())
            rest = rest.replace(cue, "|")
    return pointed


def read_rating(
    value: Any, settings: OfficeSettings, vocabulary: LedgerVocabulary = SHIPPED_VOCABULARY
) -> tuple[str | None, ContactMethod | None]:
    """(the rating's code, the contact method written beside it): 「满意（面商）」 → satisfied, face to
    face; a rating alone → no contact method. Both parts must be known wordings, else as
    :func:`rating_code` (a mapping is asked for the whole wording)."""
    try:
        return rating_code(value, settings, vocabulary), None
    except UnmappedWording:
        beside = _BESIDE.fullmatch(folded(value))
        if beside is None:
            raise
        try:
            return rating_code(beside[1], settings, vocabulary), contact_method(beside[2], vocabulary)
        except UnmappedWording:
            pass
        raise


_BESIDE = re.compile(r"(.+?)\((.+)\)")  # 「满意(面商)」, folded


def rating_code(value: Any, settings: OfficeSettings, vocabulary: LedgerVocabulary = SHIPPED_VOCABULARY) -> str | None:
    """满意 / 基本满意 / 比较满意 / 不满意 (the office's rating options and vocabulary) → the option's code."""
    text = folded(value)
    if not text:
        return None
    options = {o.code for o in settings.rating_options}
    for option in settings.rating_options:
        if text in (folded(option.label), option.code.casefold(), folded(option.code.replace("_", ""))):
            return option.code
    known = {folded(word): code for word, code in vocabulary.rating.items()}
    if known.get(text) in options:
        return known[text]
    levels = "、".join(o.label for o in settings.rating_options)
    reason = translate(
        "Import",
        noop(
            "Import",
            "“{value}” is not a rating ({levels}) the office knows: map it once with --map-value "
            '"{value}={first}" (or in the import preview)',
        ),
    ).format(value=cell_text(value), levels=levels, first=settings.rating_options[0].label)
    raise UnmappedWording(reason, "rating", cell_text(value))


def contact_method(value: Any, vocabulary: LedgerVocabulary = SHIPPED_VOCABULARY) -> ContactMethod | None:
    """当面 / 面商 / 走访 / 座谈 / 电话 / 书面 (and the office's own wordings) → the contact method."""
    text = folded(value)
    if not text:
        return None
    known = {folded(word): code for word, code in vocabulary.contact.items()}
    if text in known:
        return ContactMethod(known[text])
    try:
        found = vocabulary_member(ContactMethod, value)
    except CellError:
        found = None
    if found is not None:
        return found
    reason = translate(
        "Import",
        noop(
            "Import",
            "“{value}” is not a contact method ({words}) the office knows: map it once with --map-value "
            '"{value}=当面" (or in the import preview)',
        ),
    ).format(value=cell_text(value), words="、".join(first_words(ContactMethod)))
    raise UnmappedWording(reason, "contact", cell_text(value))
