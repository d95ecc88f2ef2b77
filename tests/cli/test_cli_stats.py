"""`casebook stats` as a real process over a register built through the services."""

from __future__ import annotations

import json
import subprocess
from datetime import date
from pathlib import Path

from casebook import clock
from casebook.domain.enums import ContactMethod, SessionKind
from casebook.services.admin import reference
from casebook.store.database import Database
from tests.cli_runner import casebook as run_casebook
from tests.conftest import Seeds
from tests.registers import DemoRegister
from tests.services.case_builder import build_case


def stats(db_target: str, *args: str, lang: str = "zh_CN") -> subprocess.CompletedProcess[str]:
    return run_casebook("--lang", lang, "--db", str(db_target), "stats", *args)


def small_register(db: Database, seeds: Seeds) -> None:
    for number, result in (("1", "A"), ("2", "A"), ("3", "B"), ("4", "C")):
        build_case(
            db,
            seeds,
            number,
            assigned_on=date(2023, 2, 1),
            replied_on=date(2023, 4, 1),
            result=result,
            contact=ContactMethod.FACE_TO_FACE,
            rated_on=date(2023, 4, 10),
        )
    build_case(
        db,
        seeds,
        "22-1",
        submitted_on=date(2022, 1, 7),
        assigned_on=date(2022, 2, 1),
        replied_on=date(2022, 4, 1),
        result="C",
    )


def test_stats_json_has_the_agreed_keys(db: Database, db_target: str, seeds: Seeds) -> None:
    small_register(db, seeds)
    result = stats(db_target, "--year", "2023", "--as-of", "2023-12-31", "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert {k: data[k] for k in ("year", "as_of", "kind", "total", "resolved", "resolution_rate")} == {
        "year": 2023,
        "as_of": "2023-12-31",
        "kind": "suggestion",
        "total": 4,
        "resolved": 2,
        "resolution_rate": 50.0,
    }
    assert (data["accomplished"], data["accomplishment_rate"]) == (3, 75.0)
    assert (data["rated"], data["satisfied"], data["satisfaction_rate"]) == (4, 4, 100.0)
    assert (data["replies_due"], data["replied_on_time"], data["on_time_rate"], data["overdue"]) == (4, 4, 100.0, 0)
    assert data["previous"] == data["previous"] | {"year": 2022, "total": 1, "resolved": 0, "resolution_rate": 0.0}
    assert data["resolution_rate_change"] == 50.0
    assert (
        data["by_unit"] == [data["by_unit"][0]]
        and data["by_unit"][0]
        | {
            "unit": "市邮政管理局",
            "total": 4,
            "resolved": 2,
            "resolution_rate": 50.0,
            "on_time_rate": 100.0,
            "satisfaction_rate": 100.0,
        }
        == data["by_unit"][0]
    )
    assert "建议解决率达50.0%，同比上升50.0个百分点" in data["narrative"]
    assert data["rates"]["resolution_rate"] == {
        "numerator": 2,
        "denominator": 4,
        "value": 50.0,
        "rate": 50.0,
        "text": "50.0%",
    }


def test_stats_text_prints_sentences_and_tables(db: Database, db_target: str, seeds: Seeds) -> None:
    small_register(db, seeds)
    result = stats(db_target, "--year", "2023", "--as-of", "2023-06-30")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "截至6月30日，督办代表建议4件，解决2件，建议解决率达50.0%，同比上升50.0个百分点。"
    assert any(line.startswith("解决率") and "50.0% (2/4)" in line for line in lines)
    assert any(line.startswith("市邮政管理局") for line in lines)
    english = stats(db_target, "--year", "2023", "--as-of", "2023-06-30", lang="en")
    assert english.stdout.startswith("As of 2023-06-30, 4 deputies' suggestions were supervised and 2 resolved")


def test_stats_of_an_unknown_session_is_a_clear_error(db: Database, db_target: str, seeds: Seeds) -> None:
    result = stats(db_target, "--year", "2023", "--session", "市九届人大九次会议")
    assert result.returncode == 2
    assert result.stderr.strip() == "错误：找不到名为“市九届人大九次会议”的届次会议。"


def test_a_session_is_compared_with_the_same_kind_of_session_a_year_earlier(
    db: Database, db_target: str, seeds: Seeds
) -> None:
    """2023年闭会期间 (1 of 2 resolved) against 2022年闭会期间 (1 of 1), not against the whole of 2022
    (1 of 3, with the meeting's two C cases)."""
    interim_2022 = reference.add_session(db, "2022年闭会期间", 2022, kind=SessionKind.INTERIM).id
    meeting_2022 = reference.add_session(db, "市九届人大一次会议", 2022).id
    common = {"assigned_on": date(2022, 7, 1), "replied_on": date(2022, 9, 1)}
    build_case(db, seeds, "i22-1", submitted_on=date(2022, 6, 1), session_id=interim_2022, result="A", **common)
    for number in ("m22-1", "m22-2"):
        build_case(db, seeds, number, submitted_on=date(2022, 1, 7), session_id=meeting_2022, result="C", **common)
    common = {"assigned_on": date(2023, 7, 1), "replied_on": date(2023, 9, 1), "session_id": seeds.interim_id}
    build_case(db, seeds, "i23-1", submitted_on=date(2023, 6, 1), result="A", **common)
    build_case(db, seeds, "i23-2", submitted_on=date(2023, 6, 2), result="C", **common)
    result = stats(db_target, "--year", "2023", "--as-of", "2023-12-31", "--session", "2023年闭会期间", "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["previous"]["label"] == "2022年闭会期间" and data["previous"]["as_of"] == "2022-12-31"
    assert (data["resolution_rate"], data["previous"]["resolution_rate"]) == (50.0, 100.0)
    assert data["resolution_rate_change"] == -50.0
    assert "比2022年闭会期间下降50.0个百分点" in data["narrative"]
    whole_year = json.loads(stats(db_target, "--year", "2023", "--as-of", "2023-12-31", "--json").stdout)
    assert whole_year["previous"]["label"] == "2022年" and whole_year["previous"]["resolution_rate"] == 33.3


def test_an_as_of_date_after_today_is_refused(db: Database, db_target: str, seeds: Seeds) -> None:
    later = date.fromordinal(clock.today().toordinal() + 1).isoformat()
    result = stats(db_target, "--year", "2023", "--as-of", later, lang="en")
    assert result.returncode == 2
    assert f"figures cannot be taken at {later}, a date after today" in result.stderr


def test_stats_json_of_the_demo_register_has_the_published_figures(demo_register: DemoRegister, tmp_path: Path) -> None:
    result = stats(str(demo_register.copy_to(tmp_path / "demo")), "--year", "2022", "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert (data["total"], data["resolved"], data["resolution_rate"], data["resolution_rate_change"]) == (
        250,
        188,
        75.2,
        4.7,
    )
    keys = ("class_shares", "category_shares", "rating_levels", "first_rating_levels")
    for key in keys:
        assert data[key] and all(set(entry) == {"code", "label", "count", "share", "text"} for entry in data[key])
    assert (
        data["class_shares"][0] | {"code": "A", "count": 188, "share": 75.2, "text": "75.2%"} == data["class_shares"][0]
    )
    assert sum(entry["count"] for entry in data["category_shares"]) == 250
    assert data["reply_rate"]["denominator"] == 250 and data["reply_rate"]["numerator"] == data["replied"]
    assert data["closing_rate"]["denominator"] == 250
    assert data["closing_rate"]["text"] == f"{data['closing_rate']['rate']:.1f}%"
    assert data["units"]["all"] >= data["units"]["lead"] > 0
    assert data["total_change"] == 250 - data["previous"]["total"]
    assert isinstance(data["joint_cases"], int) and isinstance(data["converted_motions"], int)
