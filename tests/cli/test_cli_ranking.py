"""`casebook ranking` as a real process on the demo register: the order, the formula and each term,
as JSON and as a workbook read back."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from openpyxl import load_workbook

from tests.cli_runner import casebook as run_casebook
from tests.registers import DemoRegister


def ranking(db_target: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return run_casebook("--lang", "zh_CN", "--db", str(db_target), "ranking", *args)


def test_ranking_with_its_formula_and_terms(demo_register: DemoRegister, tmp_path: Path) -> None:
    target = demo_register.copy_to(tmp_path / "demo")
    result = ranking(target, "--year", "2022", "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["weights"] == {
        "on_time_rate": 30,
        "resolution_rate": 30,
        "face_to_face_rate": 10,
        "satisfaction_rate": 30,
    }
    assert data["formula"].startswith("得分 = (按期答复率×30 + 解决率×30 + 见面率×10 + 满意率×30)")
    units = data["units"]
    assert [u["rank"] for u in units] == list(range(1, len(units) + 1)) and len(units) > 5
    assert [u["score"] for u in units] == sorted((u["score"] for u in units), reverse=True)
    for unit in units:  # each score is the weighted mean of the unit's rates that have a denominator
        present = [t for t in unit["terms"].values() if t["rate"] is not None]
        mean = sum(t["rate"] * t["weight"] for t in present) / sum(t["weight"] for t in present)
        assert abs(unit["score"] - mean) <= 0.05 + 1e-9, unit
        for term in present:
            assert term["rate"] == round(term["numerator"] * 100 / term["denominator"] + 1e-9, 1)
    workbook_path = tmp_path / "ranking.xlsx"
    written = ranking(target, "--year", "2022", "-o", str(workbook_path))
    assert written.returncode == 0, written.stderr
    sheet = load_workbook(workbook_path).active
    assert sheet is not None
    rows = [row for row in sheet.iter_rows(values_only=True) if row and isinstance(row[0], int)]
    assert [(row[0], row[1], row[2], row[-1]) for row in rows] == [
        (u["rank"], u["unit"], u["cases"], u["score"]) for u in units
    ]
    first_rate = units[0]["terms"]["on_time_rate"]
    assert rows[0][3] == first_rate["rate"] / 100
    assert rows[0][4] == f"{first_rate['numerator']}/{first_rate['denominator']}"
    texts = [str(cell) for row in sheet.iter_rows(values_only=True) for cell in row if cell]
    assert any(text.startswith("得分 = (") for text in texts)
