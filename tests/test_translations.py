"""Every user-visible string has a Simplified Chinese translation, and the compiled catalogue is current."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from casebook import i18n
from casebook.domain.enums import CaseState
from casebook.domain.errors import RuleViolation
from casebook.domain.workflow import Action, check_allowed
from casebook.paths import install_root, translations_dir

sys.path.insert(0, str(install_root() / "tools"))
import update_translations


@pytest.fixture
def chinese() -> Iterator[None]:
    from casebook.ui.translation import use_language

    use_language("zh_CN")
    yield
    use_language("en")


def test_catalogue_has_every_string_translated() -> None:
    found = update_translations.collect()
    translations = update_translations.read_catalogue()
    assert len(found) > 100
    assert list(update_translations.problems(found, translations)) == []


def test_compiled_catalogue_is_current(tmp_path: Path) -> None:
    lrelease = shutil.which("pyside6-lrelease")
    assert lrelease is not None, "pyside6-lrelease (PySide6-Essentials) is not on PATH"
    fresh = tmp_path / "casebook_zh_CN.qm"
    subprocess.run([lrelease, "-silent", str(translations_dir() / "casebook_zh_CN.ts"), "-qm", str(fresh)], check=True)
    assert fresh.read_bytes() == (translations_dir() / "casebook_zh_CN.qm").read_bytes()


def test_rule_messages_in_chinese_and_english(chinese: None) -> None:
    with pytest.raises(RuleViolation) as caught:
        check_allowed(Action.REPLY, CaseState.REGISTERED, "市九届人大二次会议第0012号")
    assert caught.value.message == "市九届人大二次会议第0012号：尚未交办承办单位，不能录入答复"
    i18n.install(None)
    assert caught.value.message == (
        "Case 市九届人大二次会议第0012号: "
        "a reply can only be recorded after the case has been assigned to a handling unit"
    )


def test_state_labels_in_chinese(chinese: None) -> None:
    assert [s.label for s in CaseState] == ["已登记", "已交办", "已答复", "已测评", "已办结", "已撤回"]


def test_a_refused_step_reads_in_chinese(chinese: None, db, seeds, courier_case) -> None:  # type: ignore[no-untyped-def]
    from casebook.domain.enums import AssignmentRole
    from casebook.services.steps.assignments import assign_case

    with pytest.raises(RuleViolation) as caught:
        assign_case(db, courier_case.id, seeds.units["市邮政管理局"], AssignmentRole.LEAD, date(2023, 1, 1))
    assert caught.value.message == "市九届人大二次会议第0012号：日期 2023-01-01 早于提出日期（2023-01-07）"
