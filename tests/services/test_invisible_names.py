"""Names with zero-width or direction characters are the names without them (finding 11): no
look-alike deputy, unit or session is created by an import or a form."""

from __future__ import annotations

from casebook.domain.names import name_key, visible
from casebook.services.admin import reference
from casebook.services.admin.reference import find_deputies
from casebook.store.database import Database


def test_invisible_characters_are_removed_from_names() -> None:
    assert visible("魏\u200b敏\u202e") == "魏敏"
    assert visible("市\u2066邮政\u2069管理局\ufeff") == "市邮政管理局"
    assert name_key("ＺＨＡＯ\u200d") == name_key("zhao") == "zhao"


def test_a_look_alike_deputy_is_the_same_deputy(db: Database) -> None:
    first = reference.add_deputy(db, "魏敏")
    assert [d.id for d in find_deputies(db, "魏\u200b敏")] == [first.id]
    second = reference.add_deputy(db, "魏\u200c敏\u202e")
    assert second.name == "魏敏"
