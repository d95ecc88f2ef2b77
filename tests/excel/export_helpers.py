"""Shared by the export tests: a small register with every kind of handling step (through the real
services), the demo register built once per test run, LibreOffice conversion, Chinese labels."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

from casebook import i18n
from casebook.domain.enums import AssignmentRole, CaseKind, ContactMethod, ContactPerson, SupervisionKind
from casebook.services.steps.assignments import acknowledge_assignment, assign_case, change_unit
from casebook.services.steps.cases import convert_to_suggestion, register_case, withdraw_case
from casebook.services.steps.closing import close_case, record_follow_up
from casebook.services.steps.ratings import RatingDraft, record_rating, rehandle_case
from casebook.services.steps.replies import ReplyDraft, record_reply
from casebook.services.steps.supervision import add_supervision_record, link_cases
from casebook.store.database import Database, open_database
from tests.conftest import Seeds, courier_draft
from tests.registers import DemoRegister

FORMULA_TEXTS = ("=1+1", "+86 511 8888", "-保留意见", "@所有代表")


@dataclass(frozen=True)
class RichRegister:
    courier: int  # 0012: assigned, unit changed, replied, rated unsatisfied, re-handled, closed, reviewed
    motion: int  # 0013: a motion handled as a suggestion, joined with 0012, then withdrawn
    interim: int  # 0014 of the interim session, joined with 0012; its title looks like a formula


def build_rich_register(db: Database, seeds: Seeds) -> RichRegister:
    units = seeds.units
    courier = register_case(db, courier_draft(seeds, remarks=FORMULA_TEXTS[0])).id
    motion = register_case(
        db,
        courier_draft(
            seeds,
            number="0013",
            kind=CaseKind.MOTION,
            title=FORMULA_TEXTS[3],
            is_key=False,
            supervising_leader_id=None,
            supervising_committee_id=None,
            key_designated_by=None,
        ),
    ).id
    interim = register_case(
        db, courier_draft(seeds, number="0014", session_id=seeds.interim_id, title=FORMULA_TEXTS[0], is_key=False)
    ).id
    convert_to_suggestion(db, motion, date(2023, 1, 10), "大会主席团")
    link_cases(db, courier, motion, date(2023, 1, 12))
    lead = assign_case(db, courier, units["市邮政管理局"], AssignmentRole.LEAD, date(2023, 1, 20))
    helper = assign_case(db, courier, units["市交通运输局"], AssignmentRole.ASSISTING, date(2023, 1, 20))
    withdraw_case(db, motion, date(2023, 1, 20), "代表撤回")
    acknowledge_assignment(db, lead.id, date(2023, 1, 22))
    lead = change_unit(db, lead.id, units["市市场监管局"], date(2023, 1, 25), "职责调整")
    acknowledge_assignment(db, lead.id, date(2023, 1, 26))
    link_cases(db, courier, interim, date(2023, 2, 1))
    record_reply(db, helper.id, ReplyDraft(date(2023, 2, 10), opinion="同意主办单位意见"))
    add_supervision_record(
        db, courier, SupervisionKind.SITE_VISIT, date(2023, 3, 1), participants="周副主任", notes="实地察看快递网点"
    )
    record_reply(
        db,
        lead.id,
        ReplyDraft(
            date(2023, 3, 20),
            "B",
            ContactMethod.FACE_TO_FACE,
            ContactPerson.UNIT_HEAD,
            summary=FORMULA_TEXTS[2],
        ),
    )
    record_rating(
        db,
        courier,
        RatingDraft(seeds.wei_min, date(2023, 3, 30), "unsatisfied", "basically_satisfied", "unsatisfied", "再落实"),
    )
    (again,) = rehandle_case(db, courier, date(2023, 4, 5))
    record_reply(db, again.id, ReplyDraft(date(2023, 4, 25), "A", ContactMethod.PHONE, summary="已整改"))
    record_rating(db, courier, RatingDraft(seeds.wei_min, date(2023, 5, 1), "satisfied"))
    close_case(db, courier, date(2023, 5, 10))
    record_follow_up(db, courier, date(2023, 9, 1), "A", "已落实")
    return RichRegister(courier, motion, interim)


# The steps of 0012, as (step, date, unit, role, round, 说明) in English.
COURIER_STEPS = [
    ("Handle jointly", date(2023, 1, 12), None, None, None, "0013"),
    ("Assign", date(2023, 1, 20), "市邮政管理局", "Lead unit", 1, None),
    ("Assign", date(2023, 1, 20), "市交通运输局", "Assisting unit", 1, None),
    ("Acknowledge receipt", date(2023, 1, 22), "市邮政管理局", "Lead unit", 1, None),
    ("Change handling unit", date(2023, 1, 25), "市市场监管局", "Lead unit", 1, "Previous unit: 市邮政管理局"),
    ("Acknowledge receipt", date(2023, 1, 26), "市市场监管局", "Lead unit", 1, None),
    ("Handle jointly", date(2023, 2, 1), None, None, None, "2023年闭会期间 No. 0014"),
    ("Reply", date(2023, 2, 10), "市交通运输局", "Assisting unit", 1, "同意主办单位意见"),
    ("Supervision", date(2023, 3, 1), None, None, None, "Site visit: 实地察看快递网点 (participants: 周副主任)"),
    ("Reply", date(2023, 3, 20), "市市场监管局", "Lead unit", 1, FORMULA_TEXTS[2]),
    ("Record rating", date(2023, 3, 30), None, None, 1, "再落实"),
    ("Re-handle", date(2023, 4, 5), None, None, 2, None),
    ("Reply", date(2023, 4, 25), "市市场监管局", "Lead unit", 2, "已整改"),
    ("Record rating", date(2023, 5, 1), None, None, 2, None),
    ("Close", date(2023, 5, 10), None, None, 2, None),
    ("Follow-up review", date(2023, 9, 1), None, None, None, "已落实"),
]


def demo_database(
    demo_register: DemoRegister, tmp_path_factory: pytest.TempPathFactory, folder: str
) -> Iterator[Database]:
    """A copy of the demo register (688 cases) built once per test run, for one module."""
    database = open_database(str(demo_register.copy_to(tmp_path_factory.mktemp(folder))), user="clerk-wang")
    yield database
    database.close()


def soffice_or_skip() -> str:
    soffice = shutil.which("soffice")
    if soffice is None:
        pytest.skip("LibreOffice (soffice) is not installed: the files were not opened in LibreOffice")
    return soffice


# All sheets, UTF-8, comma-separated, quoted text; one file per sheet (<name>-<sheet>.csv).
CSV_ALL_SHEETS = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1"


def convert_with_libreoffice(workbook: Path, target: str, folder: Path) -> list[Path]:
    """Open ``workbook`` in LibreOffice (headless, a fresh profile) and save it as ``target`` (pdf,
    or csv); a file LibreOffice cannot read fails the test. Returns the files written."""
    soffice = soffice_or_skip()
    folder.mkdir(parents=True, exist_ok=True)
    profile = folder / "libreoffice-profile"
    result = subprocess.run(
        [
            soffice,
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--norestore",
            "--convert-to",
            target,
            "--outdir",
            str(folder),
            str(workbook),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    extension = target.split(":")[0]
    written = sorted(folder.glob(f"{workbook.stem}*.{extension}"))
    assert result.returncode == 0 and written, (
        f"LibreOffice could not convert {workbook}:\n{result.stdout}{result.stderr}"
    )
    assert "Error" not in result.stderr, result.stderr
    return written


def install_chinese() -> None:
    """Install the shipped zh_CN catalogue (it must translate the export strings)."""
    from casebook.ui import translation

    translation.use_language("zh_CN")
    assert i18n.translate("Excel", "Session") != "Session", "the zh_CN catalogue does not translate the exports"
