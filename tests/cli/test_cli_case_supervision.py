"""`casebook supervision --json` as a real process: the three tiers and their lists."""

from __future__ import annotations

import json
from datetime import date

from casebook.services.admin import reference
from casebook.services.steps.cases import register_case
from casebook.store.database import Database
from tests.cli_runner import casebook as run_casebook
from tests.conftest import Seeds, courier_draft
from tests.services.case_builder import build_case


def test_supervision_json_has_the_three_tiers_and_their_lists(db: Database, db_target: str, seeds: Seeds) -> None:
    environment = reference.add_committee(db, "环境资源城乡建设委员会").id
    reference.set_category_committee(db, seeds.category, environment)
    build_case(db, seeds, "1", assigned_on=date(2023, 2, 1), category_id=seeds.category)  # leader and 财经委
    ordinary = {"is_key": False, "supervising_leader_id": None, "supervising_committee_id": None}
    register_case(db, courier_draft(seeds, number="2", **ordinary))  # 城乡建设: its committee's
    register_case(db, courier_draft(seeds, number="3", category_id=None, **ordinary))  # the office's only
    command = ["supervision", "--year", "2023", "--as-of", "2023-12-31", "--json"]
    result = run_casebook("--db", db_target, *command)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["tiers"] == {"leaders": 1, "committees": 2, "office": 3}
    committees = {c["name"]: [case["number"] for case in c["list"]] for c in data["committees"]}
    assert committees == {"环境资源城乡建设委员会": ["1", "2"], "财政经济委员会": ["1"]}
    assert [case["number"] for case in data["office"]["list"]] == ["1", "2", "3"]
    assert [c["name"] for c in data["leaders"]] == ["周副主任"]
    assert set(data["office"]["list"][0]) == set(data["leaders"][0]["list"][0])  # the same columns
