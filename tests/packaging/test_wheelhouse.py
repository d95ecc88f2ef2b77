"""The offline wheelhouse (tools/wheelhouse.py): built for this machine, installed with no index.

Building it needs PyPI (or pip's cache); the install into a fresh venv uses only the wheelhouse, and
the installed (non-editable) Casebook creates a database, which proves that the migrations ship in
its wheel. Then the installation smoke (tests/packaging/test_installed.py, marked ``installation``:
every command once through the installed entry point, resources and Qt's plugins found) runs in that
venv, from a copy of tests/ outside the checkout, so that ``import casebook`` can only find the venv's
package. (.ci/run used to build a second wheelhouse and venv for that smoke, one after the other
after the suite; here it runs beside the rest of the suite.)
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

from tests.packaging.helpers import (
    ROOT,
    clean_env,
    expected_init_output,
    offline_pip_env,
    require_source_tree,
    run,
    setup_cfg_version,
)

pytestmark = pytest.mark.slow


def venv_program(venv: Path, name: str) -> Path:
    if sys.platform == "win32":
        return venv / "Scripts" / f"{name}.exe"
    return venv / "bin" / name


def test_offline_install_from_the_wheelhouse(tmp_path: Path) -> None:
    require_source_tree()
    env = clean_env()
    wheelhouse = tmp_path / "wheelhouse"
    run([sys.executable, str(ROOT / "tools" / "wheelhouse.py"), "--dest", str(wheelhouse)], cwd=tmp_path, env=env)
    version = setup_cfg_version()
    assert (wheelhouse / f"casebook-{version}-py3-none-any.whl").is_file()

    venv = tmp_path / "venv"
    run([sys.executable, "-m", "venv", str(venv)], cwd=tmp_path, env=env)
    python = venv_program(venv, "python")
    run(
        [
            str(python),
            "-m",
            "pip",
            "--disable-pip-version-check",
            "install",
            "--no-index",
            "--find-links",
            str(wheelhouse),
            "casebook[test]",
        ],
        cwd=tmp_path,
        env=offline_pip_env(),
        timeout=900,
    )

    where = run(
        [str(python), "-c", "import casebook.paths as p; print(p.__file__); print(p.migrations_dir())"],
        cwd=tmp_path,
        env=env,
    ).stdout.splitlines()
    site_packages = Path(where[0]).parent.parent
    assert site_packages.name == "site-packages" and Path(where[0]).is_relative_to(venv), where
    assert Path(where[1]) == site_packages / "casebook" / "migrations"
    assert (site_packages / "casebook" / "resources" / "translations" / "casebook_zh_CN.qm").is_file()
    # the test extra came along, so the suite can run offline there
    run([str(python), "-c", "import pytest, pytestqt, hypothesis, xlwt"], cwd=tmp_path, env=env)

    casebook = str(venv_program(venv, "casebook"))
    assert run([casebook, "--version"], cwd=tmp_path, env=env).stdout.strip() == f"casebook {version}"
    database = tmp_path / "office.sqlite"
    init = run([casebook, "--lang", "en", "--db", str(database), "init"], cwd=tmp_path, env=env)
    assert init.stdout.splitlines() == expected_init_output(database)

    # The installation smoke against the installed package, outside the checkout.
    suite = tmp_path / "suite"
    shutil.copytree(ROOT / "tests", suite / "tests", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copyfile(ROOT / "setup.cfg", suite / "setup.cfg")
    smoke_env = {k: v for k, v in env.items() if not k.startswith(("PYTEST_", "CASEBOOK_TEST_"))}
    found = run([str(python), "-c", "import casebook; print(casebook.__file__)"], cwd=suite, env=smoke_env)
    assert Path(found.stdout.strip()).is_relative_to(venv), found.stdout
    smoke = run(
        [
            str(python),
            "-m",
            "pytest",
            "-p",
            "no:cacheprovider",
            "-m",
            "installation",
            "tests/packaging/test_installed.py",
        ],
        cwd=suite,
        env=smoke_env,
        timeout=900,
    )
    assert "1 passed" in smoke.stdout, smoke.stdout
