"""Names as other offices' ledgers write them: a delegation with or without 代表团 and its place's
suffix is the register's one delegation of that place (listed in the report); handling units with their
role beside them in one 承办单位 cell go in as lead and assisting units under their own names."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from casebook.domain.enums import AssignmentRole
from casebook.excel.reading import read_workbook
from casebook.services.admin.office import get_settings
from casebook.services.ledger.importing import import_ledger
from casebook.services.ledger.report import summary_lines
from casebook.services.ledger.rows import read_ledger
from casebook.services.queries.case_views import case_detail
from casebook.services.steps.cases import find_case
from casebook.store.database import Database
from casebook.store.models import Delegation, HandlingUnit
from tests.conftest import Seeds
from tests.excel.ledger_files import write_ledger

HEADER = ["编号", "标题", "领衔代表", "代表团", "承办单位", "办理结果"]


def test_delegations_and_units_as_other_ledgers_write_them(db: Database, seeds: Seeds, tmp_path: Path) -> None:
    rows = [
        HEADER,
        ["0101", "关于老旧小区加装电梯的建议", "新代表甲", "京口代表团", "市住建局（主办）、市财政局（协办）", "A"],
        ["0102", "关于优化公交线路的建议", "新代表乙", "京口区", "主办：市交通运输局；协办：市公安局、市财政局", "B"],
        ["0103", "关于护学岗的建议", "新代表丙", "丹阳市代表团", "市教育局", None],
        ["0104", "关于公交站台的建议", "新代表丁", "京口", "镇江市交通运输局", "A"],
    ]
    with db.read() as session:
        units_before = set(session.scalars(select(HandlingUnit.name)))
    ledger = read_ledger(read_workbook(write_ledger(tmp_path / "台账.xlsx", rows)), get_settings(db))
    report = import_ledger(db, ledger, session_name="市九届人大二次会议")
    assert (report.created, len(report.rejected)) == (4, 0), report.rejected
    with db.read() as session:
        assert sorted(session.scalars(select(Delegation.name))) == ["丹阳市代表团", "京口"]
        units = set(session.scalars(select(HandlingUnit.name)))
    # the register's 京口 twice; 丹阳市代表团 matched no delegation of the register: created and listed
    assert report.read_as["delegations"] == {"京口代表团": "京口", "京口区": "京口"}
    assert report.new_delegations == ["丹阳市代表团"]
    assert report.read_as["units"] == {"镇江市交通运输局": "市交通运输局"}
    lines = summary_lines(report)
    assert "Delegations read as the register names them: 京口代表团 → 京口、京口区 → 京口." in lines
    assert "Handling units read as the register names them: 镇江市交通运输局 → 市交通运输局." in lines
    assert not any("(" in name or ":" in name for name in units - units_before), units - units_before

    def roles(number: str) -> list[tuple[str, AssignmentRole]]:
        found = find_case(db, seeds.session_id, number)
        assert found is not None
        return [(a.unit, a.role) for a in case_detail(db, found.id).assignments]

    assert roles("0104") == [("市交通运输局", AssignmentRole.LEAD)]
    assert roles("0101") == [("市住建局", AssignmentRole.LEAD), ("市财政局", AssignmentRole.ASSISTING)]
    assert roles("0102") == [
        ("市交通运输局", AssignmentRole.LEAD),
        ("市公安局", AssignmentRole.ASSISTING),
        ("市财政局", AssignmentRole.ASSISTING),
    ]


def test_a_number_without_its_leading_zeros_is_the_registered_case(db: Database, seeds: Seeds, tmp_path: Path) -> None:
    """Excel drops the zeros of 0001 typed as a number: the ledger's 1 is the register's 0001, updated
    (not a second case); a number two cases could be (7 for 07 and 007) stays as written."""
    settings = get_settings(db)
    first = [HEADER, ["0001", "关于快递安全管理的建议", "魏敏", "京口", "市邮政管理局", None]]
    first += [["07", "甲", "魏敏", "京口", "市邮政管理局", None], ["007", "乙", "魏敏", "京口", "市邮政管理局", None]]
    ledger = read_ledger(read_workbook(write_ledger(tmp_path / "一.xlsx", first)), settings)
    assert import_ledger(db, ledger, session_name="市九届人大二次会议").created == 3
    again = [HEADER, [1, "关于加强快递安全管理的建议", "魏敏", "京口", "市邮政管理局", "A"]]
    again += [[7, "丙", "魏敏", "京口", "市邮政管理局", None]]
    ledger = read_ledger(read_workbook(write_ledger(tmp_path / "二.xlsx", again)), settings)
    report = import_ledger(db, ledger, session_name="市九届人大二次会议")
    assert (report.created, report.updated, len(report.rejected)) == (1, 1, 0), report.rejected
    assert report.numbers_read_as == {"1": "0001"}
    assert "Case numbers read as the register writes them (1): 1 → 0001." in summary_lines(report)
    case = find_case(db, seeds.session_id, "0001")
    assert case is not None and case.title == "关于加强快递安全管理的建议"
    assert find_case(db, seeds.session_id, "1") is None and find_case(db, seeds.session_id, "7") is not None
