"""One word per concept: the Chinese term the form, the history and the exports all use.

A clerk who reads 联名代表 on the form must not meet 附议代表 in the history for the same people.
The translation test (tests/test_glossary.py) checks the catalogue against this table: a message whose
English text is the concept's name is translated with the term, and no translation uses a word the
table sets aside.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Term:
    english: tuple[str, ...]  # the concept's English names as source texts (lower case, no colon)
    chinese: str  # the one Chinese term for it
    avoided: tuple[str, ...] = ()  # other words for it that no translation may use


GLOSSARY: tuple[Term, ...] = (
    Term(("co-signer", "co-signers", "co-signing deputies"), "联名代表", ("附议代表", "附议")),
    Term(("lead deputy",), "领衔代表", ("领衔人",)),
    Term(("handling unit", "handling units"), "承办单位", ("办理单位",)),
    Term(("lead unit", "lead units"), "主办单位", ("牵头单位",)),
    Term(("assisting unit", "assisting units"), "协办单位", ("会办单位", "会办")),
    Term(("category", "categories"), "类别", ()),
    Term(("type",), "类型", ()),
    Term(("delegation",), "代表团", ()),
    Term(("deputy group",), "代表小组", ()),
    Term(("rating",), "测评", ()),
    Term(("reply", "replies"), "答复", ("回复",)),
    Term(("contact person", "contacted person"), "沟通人员", ("沟通对象",)),
    Term(("follow-up review",), "回头看", ()),
    Term(("remarks",), "备注", ()),
    Term(("number", "case number"), "编号", ()),
)


def source_key(text: str) -> str:
    """A source text as the glossary names it: lower case, without the access key and the colon."""
    return text.replace("&", "").strip().rstrip(":：").strip().lower()
