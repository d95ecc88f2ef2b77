from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import casebook.paths
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


# The three ways Casebook runs, each in a real Python process given the layout on disk. The layouts
# hold copies of the real casebook/__init__.py and casebook/paths.py.


def where(python_path: Path, cwd: Path, prelude: str = "") -> tuple[Path, Path, Path]:
    """install_root(), migrations_dir() and resources_dir() as seen by a fresh process."""
    code = (
        f"{prelude}\n"
        "from casebook.paths import install_root, migrations_dir, resources_dir\n"
        "print(install_root()); print(migrations_dir()); print(resources_dir())\n"
    )
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    env["PYTHONPATH"] = str(python_path)
    result = subprocess.run([sys.executable, "-c", code], cwd=cwd, env=env, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    root, migrations, resources = (Path(line) for line in result.stdout.splitlines())
    return root, migrations, resources


def copy_package(target: Path) -> Path:
    package = target / "casebook"
    package.mkdir(parents=True)
    for name in ("__init__.py", "paths.py"):
        shutil.copyfile(Path(casebook.paths.__file__).with_name(name), package / name)
    return package


def make_data_folders(root: Path) -> None:
    (root / "migrations" / "versions").mkdir(parents=True)
    (root / "migrations" / "env.py").write_text("# env\n", encoding="utf-8")
    (root / "resources" / "translations").mkdir(parents=True)


def test_a_source_checkout_finds_the_top_level_folders(tmp_path: Path) -> None:
    checkout = tmp_path / "checkout"
    copy_package(checkout)
    make_data_folders(checkout)
    root, migrations, resources = where(checkout, cwd=tmp_path)
    assert (root, migrations, resources) == (checkout, checkout / "migrations", checkout / "resources")


def test_a_wheel_install_finds_the_folders_inside_the_package(tmp_path: Path) -> None:
    site_packages = tmp_path / "site-packages"
    package = copy_package(site_packages)
    make_data_folders(package)
    root, migrations, resources = where(site_packages, cwd=tmp_path)
    assert (root, migrations, resources) == (package, package / "migrations", package / "resources")


def test_a_frozen_build_finds_the_folders_in_its_bundle(tmp_path: Path) -> None:
    site_packages = tmp_path / "site-packages"
    package = copy_package(site_packages)
    make_data_folders(package)  # a package-level copy must not win over the bundle
    bundle = tmp_path / "dist" / "casebook" / "_internal"
    make_data_folders(bundle)
    # What PyInstaller's bootloader sets before the program's first import.
    prelude = f"import sys; sys.frozen = True; sys._MEIPASS = {str(bundle)!r}"
    root, migrations, resources = where(site_packages, cwd=tmp_path, prelude=prelude)
    assert (root, migrations, resources) == (bundle, bundle / "migrations", bundle / "resources")


def test_an_unfrozen_process_ignores_a_stray_meipass(tmp_path: Path) -> None:
    checkout = tmp_path / "checkout"
    copy_package(checkout)
    make_data_folders(checkout)
    prelude = f"import sys; sys._MEIPASS = {str(tmp_path / 'elsewhere')!r}"
    root, _, _ = where(checkout, cwd=tmp_path, prelude=prelude)
    assert root == checkout
