from __future__ import annotations

from pathlib import Path

import pytest

from casebook.paths import default_database_target, migrations_dir, resources_dir
from casebook.store.database import open_database


def test_default_database_is_in_the_user_data_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CASEBOOK_DB", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    target = Path(default_database_target())
    assert target == tmp_path / "data" / "Casebook" / "casebook.sqlite"
    db = open_database()
    db.close()
    assert target.exists()


def test_casebook_db_overrides_the_default(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CASEBOOK_DB", str(tmp_path / "office.sqlite"))
    db = open_database()
    db.close()
    assert db.path == tmp_path / "office.sqlite"


def test_top_level_folders_are_found() -> None:
    assert (migrations_dir() / "env.py").exists()
    assert (resources_dir() / "translations" / "casebook_zh_CN.qm").exists()
