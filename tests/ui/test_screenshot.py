"""`casebook screenshot` paints real views into PNG files (not blank, real data)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from casebook.services.queries.case_views import CaseSummary
from casebook.store.database import Database


def distinct_colours(path: Path) -> int:
    image = QImage(str(path))
    assert not image.isNull()
    step = max(1, image.width() // 80)
    return len({image.pixel(x, y) for x in range(0, image.width(), step) for y in range(0, image.height(), step)})


@pytest.mark.parametrize("view", ["cases", "case", "supervision", "guide"])
def test_screenshot_of_a_view(
    db: Database, db_target: str, courier_case: CaseSummary, tmp_path: Path, view: str
) -> None:
    output = tmp_path / f"{view}.png"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path / "config")}
    # the language before the command, or after it as the issue writes it
    language = ["--lang", "zh_CN"] if view != "supervision" else []
    after = ["--lang", "en"] if view == "supervision" else []
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "casebook",
            "--db",
            str(db_target),
            *language,
            "screenshot",
            view,
            "-o",
            str(output),
            *after,
        ],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert result.returncode == 0, result.stderr
    assert output.exists() and distinct_colours(output) > 5
    settings = tmp_path / "config" / "Casebook" / "Casebook.conf"
    assert not settings.exists() or "last_database" not in settings.read_text()  # the clerk's choice stays
