"""The PyInstaller one-folder bundle (casebook.spec, tools/build_bundle.py), built and run for real.

One build (about a minute) into a temporary folder serves every test of the module; the tests run
the built program as the office PC would: no Python of ours on the path, a fresh database, the
headless Qt platform for the screenshot, an empty user profile, and the folder moved elsewhere.
"""

from __future__ import annotations

import json
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.packaging.helpers import (
    ROOT,
    clean_env,
    distinct_colours,
    expected_init_output,
    require_source_tree,
    run,
    setup_cfg_version,
)

pytestmark = pytest.mark.slow

PROGRAM = "casebook.exe" if sys.platform == "win32" else "casebook"


@pytest.fixture(scope="module")
def dist(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """dist/casebook/ built from the checkout into a temporary folder (never a stale dist/)."""
    require_source_tree()
    import PyInstaller  # noqa: F401  (in the test extras)

    base = tmp_path_factory.mktemp("bundle")
    run(
        [
            sys.executable,
            str(ROOT / "tools" / "build_bundle.py"),
            "--distpath",
            str(base / "dist"),
            "--workpath",
            str(base / "build"),
        ],
        cwd=base,
        env=clean_env(),
        timeout=1200,
    )
    folder = base / "dist" / "casebook"
    assert (folder / PROGRAM).is_file()
    yield folder


def test_the_bundle_carries_its_data_and_qt_plugins(dist: Path) -> None:
    internal = dist / "_internal"
    revisions = sorted(p.name for p in (ROOT / "migrations" / "versions").glob("*.py"))
    assert sorted(p.name for p in (internal / "migrations" / "versions").glob("*.py")) == revisions
    assert (internal / "migrations" / "env.py").is_file()
    assert (internal / "migrations" / "script.py.mako").is_file()
    assert (internal / "resources" / "translations" / "casebook_zh_CN.qm").is_file()
    plugins = internal / "PySide6" / "Qt" / "plugins"
    assert list((plugins / "platforms").glob("*qoffscreen*")), "the offscreen platform plugin is missing"
    assert list(internal.rglob("*Qt6Charts*")), "QtCharts is missing"
    assert [p.name for p in internal.glob("casebook*-info")] == [f"casebook-{setup_cfg_version()}.dist-info"]


def test_demo_statistics_and_screenshot(dist: Path, tmp_path: Path) -> None:
    program = str(dist / PROGRAM)
    database = tmp_path / "demo.sqlite"
    env = clean_env()
    init = run([program, "--lang", "en", "--db", str(database), "init"], cwd=tmp_path, env=env)
    assert init.stdout.splitlines() == expected_init_output(database)

    demo = run(
        [program, "--lang", "en", "--db", str(database), "demo", "--until", "2023"], cwd=tmp_path, env=env, timeout=900
    )
    assert "688" in demo.stdout

    stats = run(
        [program, "--db", str(database), "stats", "--year", "2022", "--as-of", "2022-12-31", "--json"],
        cwd=tmp_path,
        env=env,
    )
    figures = json.loads(stats.stdout)
    assert (figures["total"], figures["resolved"], figures["resolution_rate"]) == (250, 188, 75.2)

    picture = tmp_path / "cases.png"
    shot = run(
        [program, "--db", str(database), "--lang", "zh_CN", "screenshot", "cases", "-o", str(picture)],
        cwd=tmp_path,
        env=env,
    )
    assert str(picture) in shot.stdout
    assert picture.is_file() and distinct_colours(picture) > 5


def test_first_start_on_an_empty_profile_uses_the_user_data_folder(dist: Path, tmp_path: Path) -> None:
    profile = tmp_path / "xdg-data"
    profile.mkdir()
    result = run([str(dist / PROGRAM), "--lang", "en", "init"], cwd=tmp_path, env=clean_env(XDG_DATA_HOME=str(profile)))
    database = profile / "Casebook" / "casebook.sqlite"
    assert result.stdout.splitlines() == expected_init_output(database)
    assert database.is_file()


def test_the_bundle_works_after_its_folder_is_moved(dist: Path, tmp_path: Path) -> None:
    moved = tmp_path / "elsewhere" / "Casebook 0.1"  # another depth, and a space in the path
    moved.parent.mkdir()
    shutil.move(dist, moved)
    try:
        env = clean_env()
        version = run([str(moved / PROGRAM), "--version"], cwd=tmp_path, env=env)
        assert version.stdout.strip() == f"casebook {setup_cfg_version()}"
        database = tmp_path / "after-move.sqlite"
        init = run([str(moved / PROGRAM), "--lang", "en", "--db", str(database), "init"], cwd=tmp_path, env=env)
        assert init.stdout.splitlines() == expected_init_output(database)
    finally:
        shutil.move(moved, dist)
