"""Office settings live in the database, start at the national defaults, and drive the rules."""

from __future__ import annotations

import importlib.util
from datetime import date

from casebook.domain.enums import AssignmentRole
from casebook.domain.office_settings import OfficeSettings, ResultCategory
from casebook.paths import migrations_dir
from casebook.services.admin.office import get_settings, update_settings
from casebook.services.queries.case_views import CaseSummary, case_detail
from casebook.services.steps.assignments import assign_case, change_unit
from casebook.store.database import Database
from tests.conftest import Seeds


def test_defaults_are_stored_in_a_new_database(db: Database) -> None:
    settings = get_settings(db)
    assert [(c.code, c.label) for c in settings.result_categories] == [
        ("A", "所提问题已经解决或基本解决"),
        ("B", "正在解决或列入计划逐步解决"),
        ("C", "因条件限制需以后解决"),
        ("D", "留作参考"),
    ]
    assert [(r.label, r.satisfied) for r in settings.rating_options] == [
        ("满意", True),
        ("基本满意", True),
        ("不满意", False),
    ]
    assert settings.resolved_categories == ("A",)
    assert settings.accomplished_categories == ("A", "B")
    assert settings.reply_due_months == 3
    assert settings.change_request_days == 10
    assert settings.rehandle_due_months == 1
    with db.read() as session:
        from sqlalchemy import select

        from casebook.store.models import OfficeSetting

        stored = {row.key: row.value for row in session.scalars(select(OfficeSetting))}
    assert stored == OfficeSettings().to_rows()


def test_migration_defaults_match_the_domain_defaults() -> None:
    seeded: dict[str, object] = {}
    for path in sorted((migrations_dir() / "versions").glob("*.py")):
        spec = importlib.util.spec_from_file_location(path.stem, path)
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        seeded.update(getattr(module, "DEFAULTS", {}))
    assert seeded == OfficeSettings().to_rows()


def test_changed_settings_drive_the_rules_and_are_logged(db: Database, seeds: Seeds, courier_case: CaseSummary) -> None:
    categories = (*OfficeSettings().result_categories, ResultCategory("E", "不予采纳"))
    update_settings(
        db, reply_due_months=2, change_request_days=5, result_categories=categories, resolved_categories=("A", "B")
    )
    settings = get_settings(db)
    assert settings.reply_due_months == 2 and settings.resolved_categories == ("A", "B")
    assert settings.result_category("E") == ResultCategory("E", "不予采纳")
    lead = assign_case(db, courier_case.id, seeds.units["市邮政管理局"], AssignmentRole.LEAD, date(2023, 2, 10))
    assert lead.due_on == date(2023, 4, 10)
    moved = change_unit(db, lead.id, seeds.units["市市场监管局"], date(2023, 2, 15))
    assert moved.due_on == date(2023, 4, 15)
    with db.read() as session:
        from sqlalchemy import select

        from casebook.store.models import Event

        logged = {
            e.details["key"]: e.details for e in session.scalars(select(Event).where(Event.action == "change_setting"))
        }
    assert set(logged) == {"reply_due_months", "change_request_days", "result_categories", "resolved_categories"}
    assert logged["reply_due_months"]["old"] == 3 and logged["reply_due_months"]["new"] == 2
    assert all(e.user == "clerk-wang" for e in case_detail(db, courier_case.id).events)
