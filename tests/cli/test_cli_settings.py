"""`casebook settings` as a real process: show, set (checked and logged), export and import into
another register, which then gives the same `stats --json`."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from sqlalchemy import select

from casebook.domain.office_settings import OfficeSettings
from casebook.services.admin.office import get_settings
from casebook.store.database import Database
from casebook.store.models import Event
from tests.cli_runner import casebook as run_casebook
from tests.registers import DemoRegister


def casebook(db_target: str | Path, *args: str, lang: str = "zh_CN") -> subprocess.CompletedProcess[str]:
    return run_casebook("--lang", lang, "--db", str(db_target), *args)


def test_show_lists_every_setting_with_its_default(db: Database, db_target: str) -> None:
    result = casebook(db_target, "settings", "show", "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == OfficeSettings().to_rows()
    text = casebook(db_target, "settings", "show", lang="en")
    assert "rate_decimals = 1\n    decimals of rates: 0, 1 or 2" in text.stdout


def test_set_checks_each_value_and_logs_the_change(db: Database, db_target: str) -> None:
    assert casebook(db_target, "settings", "set", "class_share_decimals", "2").returncode == 0
    assert casebook(db_target, "settings", "set", "resolved_categories", '["A","B"]').returncode == 0
    assert casebook(db_target, "settings", "set", "resolution_rate_name", "解决和正在解决率").returncode == 0
    settings = get_settings(db)
    assert (settings.class_share_decimals, settings.resolved_categories) == (2, ("A", "B"))
    assert settings.resolution_rate_name == "解决和正在解决率"
    for key, value, message in (
        ("class_share_decimals", "3", "设置项class_share_decimals的小数位数只能是0、1或2。"),
        ("rate_rounding", "bankers", "设置项rate_rounding只能是以下之一：half_up、truncate。"),
        ("shares_add_to_100", "yes", "设置项shares_add_to_100应为true 或 false。"),
        ("reply_due_months", "three", "设置项reply_due_months应为整数。"),
        ("resolved_categories", '["E"]', "E"),
        ("no_such_key", "1", "no_such_key"),
    ):
        refused = casebook(db_target, "settings", "set", key, value)
        assert refused.returncode == 2 and message in refused.stderr, (key, refused.stderr)
    assert get_settings(db) == settings
    with db.read() as session:
        changes = select(Event).where(Event.action == "change_setting").order_by(Event.id)  # as they were made
        logged = [e.details for e in session.scalars(changes)]
    assert [(d["key"], d["old"], d["new"]) for d in logged] == [
        ("class_share_decimals", 1, 2),
        ("resolved_categories", ["A"], ["A", "B"]),
        ("resolution_rate_name", "", "解决和正在解决率"),
    ]


def test_export_then_import_into_another_register_gives_identical_stats(
    demo_register: DemoRegister, tmp_path: Path
) -> None:
    ours, theirs = demo_register.copy_to(tmp_path / "ours"), demo_register.copy_to(tmp_path / "theirs")
    for key, value in (
        ("rate_decimals", "2"),
        ("class_share_decimals", "2"),
        ("shares_add_to_100", "true"),
        ("rating_share_rounding", "truncate"),
        ("resolved_categories", '["A","B"]'),
        ("resolution_rate_name", "解决和正在解决率"),
        ("resolved_word", "解决和正在解决"),
    ):
        assert casebook(ours, "settings", "set", key, value).returncode == 0
    exported = tmp_path / "office.json"
    assert casebook(ours, "settings", "export", "-o", str(exported)).returncode == 0
    before = casebook(theirs, "stats", "--year", "2022", "--json")
    imported = casebook(theirs, "settings", "import", str(exported))
    assert imported.returncode == 0, imported.stderr
    ours_stats = casebook(ours, "stats", "--year", "2022", "--json")
    theirs_stats = casebook(theirs, "stats", "--year", "2022", "--json")
    assert ours_stats.stdout == theirs_stats.stdout != before.stdout
    data = json.loads(theirs_stats.stdout)
    assert data["narrative_sentences"][0].startswith("全年督办代表建议250件，解决和正在解决")
    classes = data["class_shares"]  # of all 250 cases: those not answered yet are in no class
    assert round(sum(e["share"] for e in classes), 2) == round(sum(e["count"] for e in classes) * 100 / 250, 2)
    assert all(len(e["text"].split(".")[1]) == 3 for e in classes)  # "75.20%": two decimals and %
    assert json.loads(before.stdout)["resolution_rate"] == 75.2


def test_import_takes_any_subset_and_refuses_a_bad_file(db: Database, db_target: str, tmp_path: Path) -> None:
    subset = tmp_path / "subset.json"
    subset.write_text('{"rate_decimals": 0, "rate_rounding": "truncate"}', encoding="utf-8")
    assert casebook(db_target, "settings", "import", str(subset)).returncode == 0
    assert (get_settings(db).rate_decimals, get_settings(db).rate_rounding) == (0, "truncate")
    before = get_settings(db)
    for text in ('{"rate_decimals": 1, "rating_options": "satisfied"}', "[1, 2]", "not json"):
        subset.write_text(text, encoding="utf-8")
        refused = casebook(db_target, "settings", "import", str(subset))
        assert refused.returncode == 2 and refused.stderr.strip(), text
    assert get_settings(db) == before
