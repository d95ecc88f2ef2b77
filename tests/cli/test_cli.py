"""The `casebook` command: in the test's process, and as a process of its own with nothing but its
environment."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

from casebook.store.engine import make_engine
from casebook.store.migrate import head_revision, migrate_to
from tests.cli_runner import casebook as run_casebook


def casebook(*args: str, lang: str = "en") -> subprocess.CompletedProcess[str]:
    return run_casebook("--lang", lang, *args)


def test_init_creates_the_database_and_prints_the_revision(tmp_path: Path) -> None:
    path = tmp_path / "x.sqlite"
    result = casebook("--db", str(path), "init")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        f"Database: {path}",
        f"Created at schema revision {head_revision()} (the newest).",
    ]
    with sqlite3.connect(path) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    again = casebook("--db", str(path), "init")
    assert again.stdout.splitlines()[1] == f"At schema revision {head_revision()} (the newest)."


def test_init_in_chinese_upgrades_an_older_file_with_a_backup(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    engine = make_engine(str(path))
    migrate_to(engine, "0001")
    engine.dispose()
    result = casebook("--db", str(path), "init", lang="zh_CN")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == f"数据库：{path}"
    assert lines[1] == f"数据库结构已从版本 0001 升级到 {head_revision()}（最新）。"
    assert lines[2].startswith(f"原文件已备份到：{tmp_path}/old.")
    assert Path(lines[2].split("：", 1)[1]).exists()


def test_a_newer_database_is_refused_with_a_message(tmp_path: Path) -> None:
    path = tmp_path / "x.sqlite"
    casebook("--db", str(path), "init")
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0999'")
    result = casebook("--db", str(path), "init", lang="zh_CN")
    assert result.returncode == 2
    assert "由更新版本的本程序写入" in result.stderr and "0999" in result.stderr


def test_casebook_db_environment_variable(tmp_path: Path) -> None:
    path = tmp_path / "env.sqlite"
    env_result = subprocess.run(
        [sys.executable, "-m", "casebook", "--lang", "en", "init"],
        capture_output=True,
        text=True,
        timeout=120,
        env={"CASEBOOK_DB": str(path), "PATH": "/usr/bin:/bin"},
    )
    assert env_result.returncode == 0, env_result.stderr
    assert env_result.stdout.startswith(f"Database: {path}")


def test_help_lists_the_commands() -> None:
    result = casebook("--help")
    assert result.returncode == 0
    assert "init" in result.stdout and "--db" in result.stdout and "--lang" in result.stdout
    version = casebook("--version")
    assert version.stdout.startswith("casebook ")


def test_argparse_own_words_are_in_the_clerks_language() -> None:
    """The headings, the -h option and argparse's own mistakes come in Chinese like the rest."""
    shown = casebook("stats", "--help", lang="zh_CN")
    assert shown.returncode == 0
    assert shown.stdout.startswith("用法：casebook stats") and "显示本帮助并退出" in shown.stdout
    assert "show this help" not in shown.stdout and "usage:" not in shown.stdout
    wrong = casebook("stats", "--year", "2023", "--kind", "议案", lang="zh_CN")
    assert wrong.returncode == 2
    assert wrong.stderr.strip() == (
        "错误：casebook stats: 参数 --kind：无效的选项 '议案'（可选：'motion', 'suggestion', 'project', 'opinion'）"
    )
    assert "usage: casebook stats" in casebook("stats", "--help").stdout  # and in English with --lang en
