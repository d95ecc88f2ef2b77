"""What the record commands and steps share (cli.record_lists, services.steps.case_or_unit): a kind or
a stage named by code or label, else refused in the clerk's words listing the choices; a unit or a
record that does not exist refused with nothing written; lists as tables and as JSON."""

from __future__ import annotations

import json
import os
import subprocess
from datetime import date

import pytest
from sqlalchemy import func, select

from casebook.domain.errors import NotFound
from casebook.domain.tracked_records import DecisionKind
from casebook.services.steps.decisions import DecisionDraft, add_decision, delete_decision
from casebook.services.steps.evaluations import EvaluationDraft, add_evaluation, delete_evaluation
from casebook.store.database import Database
from casebook.store.models import Evaluation, Event, YearDecision
from tests.cli_runner import casebook as run_casebook
from tests.conftest import Seeds
from tests.services.case_builder import build_case

SESSION = "市九届人大二次会议"


def casebook(db_target: str, *args: str, lang: str = "zh_CN") -> subprocess.CompletedProcess[str]:
    return run_casebook("--lang", lang, "--db", db_target, *args, env={**os.environ, "CASEBOOK_TODAY": "2024-01-10"})


def rows_of(db: Database, model: type[Evaluation] | type[YearDecision] | type[Event]) -> int:
    with db.read() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def test_an_unknown_kind_or_stage_is_refused_with_the_choices(db: Database, db_target: str, seeds: Seeds) -> None:
    build_case(db, seeds, "0012", assigned_on=date(2023, 2, 1), replied_on=date(2023, 4, 20))
    events = rows_of(db, Event)
    common = ["--year", "2023", "--date", "2024-01-20", "--document", "镇人常〔2024〕3号", "--unit", "市邮政管理局"]
    refused = casebook(db_target, "decision", "add", "--kind", "优秀", *common)
    assert refused.returncode == 2
    assert "“优秀”不是年度决定的类型（excellent_case 优秀议案建议、advanced_unit 先进承办单位）" in refused.stderr
    where = ["0012", "--session", SESSION, "--unit", "市邮政管理局", "--date", "2023-03-01", "--form", "phone"]
    refused = casebook(db_target, "meeting", "add", *where, "--stage", "soon", lang="en")
    assert refused.returncode == 2
    assert "“soon” is not a stage of handling (before Before handling、during During handling" in refused.stderr
    assert rows_of(db, Event) == events and rows_of(db, YearDecision) == 0
    accepted = casebook(db_target, "decision", "add", "--kind", "先进承办单位", *common)
    assert accepted.returncode == 0, accepted.stderr
    stage = casebook(db_target, "meeting", "add", *where, "--stage", "办理中")
    assert stage.returncode == 0, stage.stderr


def test_lists_print_as_tables_or_json(db: Database, db_target: str, seeds: Seeds) -> None:
    unit = seeds.units["市邮政管理局"]
    add_decision(
        db, DecisionDraft(DecisionKind.ADVANCED_UNIT, 2023, date(2024, 1, 20), "镇人常〔2024〕4号", unit_id=unit)
    )
    add_evaluation(
        db, EvaluationDraft("人大评议", "市人大常委会", date(2023, 12, 20), unit_id=unit, year=2023, grade="优秀")
    )
    table = casebook(db_target, "decision", "list", "--unit", "市邮政管理局").stdout.splitlines()
    assert table[0].split() == ["年度", "类型", "议案建议或单位", "标题", "文号", "日期"]
    assert table[-1].split() == ["2023", "先进承办单位", "市邮政管理局", "镇人常〔2024〕4号", "2024-01-20"]
    listed = json.loads(casebook(db_target, "evaluation", "list", "--year", "2023", "--json").stdout)
    assert [(e["kind"], e["unit"], e["grade"]) for e in listed] == [("congress_review", "市邮政管理局", "优秀")]
    missing = casebook(db_target, "evaluation", "list", "--unit", "不存在的单位")
    assert missing.returncode == 2 and "不存在的单位" in missing.stderr


def test_a_unit_or_a_record_that_is_not_there_is_refused(db: Database, seeds: Seeds) -> None:
    with pytest.raises(NotFound, match=r"There is no handling unit with id 999\."):
        add_decision(
            db, DecisionDraft(DecisionKind.ADVANCED_UNIT, 2023, date(2024, 1, 20), "镇人常〔2024〕4号", unit_id=999)
        )
    with pytest.raises(NotFound, match=r"There is no handling unit with id 999\."):
        add_evaluation(
            db,
            EvaluationDraft(
                "人大评议", "市人大常委会", date(2023, 12, 20), unit_id=999, year=2023, score=None, grade="优秀"
            ),
        )
    events = rows_of(db, Event)
    with pytest.raises(NotFound, match=r"There is no decision with id 5\."):
        delete_decision(db, 5)
    with pytest.raises(NotFound, match=r"There is no evaluation with id 5\."):
        delete_evaluation(db, 5)
    assert rows_of(db, Event) == events and rows_of(db, YearDecision) == rows_of(db, Evaluation) == 0
