"""What the packaging tests share: the source tree they build from and a clean environment."""

from __future__ import annotations

import configparser
import os
import subprocess
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from casebook.store.migrate import head_revision

# tests/packaging/helpers.py -> the repository root (the packaging tests build from the source tree)
ROOT = Path(__file__).resolve().parents[2]


def require_source_tree() -> None:
    """The packaging tests build from the checkout; a copy of tests/ run elsewhere has none."""
    if not (ROOT / "casebook.spec").is_file() or not (ROOT / "setup.cfg").is_file():
        pytest.skip(f"no Casebook source tree at {ROOT}")


def setup_cfg_version() -> str:
    config = configparser.ConfigParser(interpolation=None)
    config.read(ROOT / "setup.cfg", encoding="utf-8")
    return config["metadata"]["version"]


def clean_env(**extra: str) -> dict[str, str]:
    """This process's environment without anything that would point a program at the checkout."""
    env = {k: v for k, v in os.environ.items() if k not in {"PYTHONPATH", "PYTHONHOME", "CASEBOOK_DB", "VIRTUAL_ENV"}}
    env["QT_QPA_PLATFORM"] = "offscreen"
    env.update(extra)
    return env


def offline_pip_env(**extra: str) -> dict[str, str]:
    """clean_env() for pip installing from the wheelhouse alone: no pip configuration file or PIP_*
    variable of this machine may add an index or a find-links folder."""
    env = {k: v for k, v in clean_env(**extra).items() if not k.startswith("PIP_")}
    env["PIP_CONFIG_FILE"] = os.devnull
    return env


def run(command: list[str], cwd: Path, env: dict[str, str], timeout: float = 600) -> subprocess.CompletedProcess[str]:
    """Run a real process; fail the test with its output when it fails."""
    result = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout)
    assert result.returncode == 0, f"{command} exited {result.returncode}\n{result.stdout}\n{result.stderr}"
    return result


def expected_init_output(database: Path) -> list[str]:
    return [f"Database: {database}", f"Created at schema revision {head_revision()} (the newest)."]


def distinct_colours(path: Path) -> int:
    image = QImage(str(path))
    assert not image.isNull(), f"{path} is not an image"
    step = max(1, image.width() // 80)
    return len({image.pixel(x, y) for x in range(0, image.width(), step) for y in range(0, image.height(), step)})
