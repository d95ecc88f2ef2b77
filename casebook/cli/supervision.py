"""`casebook supervision --year Y [--as-of D] [--json]`: the three tiers of supervision and their lists."""

from __future__ import annotations

import argparse
import json
from datetime import date
from typing import Any

from casebook import clock
from casebook.cli.arguments import day, year
from casebook.cli.session import open_database
from casebook.cli.text_table import render_table
from casebook.domain.comparison import check_as_of, default_as_of
from casebook.domain.enums import CaseKind
from casebook.domain.supervision_tiers import Tier
from casebook.i18n import translate
from casebook.services.queries.supervision_lists import (
    SupervisedCase,
    Supervisor,
    supervised_cases,
    supervisors,
    tier_totals,
)
from casebook.store.database import Database


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    command = commands.add_parser(
        "supervision", help=translate("Cli", "the three tiers of supervision (督办) of a year's cases")
    )
    command.add_argument("--year", type=year, required=True, help=translate("Cli", "year of submission (the cohort)"))
    command.add_argument(
        "--as-of",
        type=day,
        metavar="YYYY-MM-DD",
        help=translate(
            "Cli", "the date the figures stand on (default: the year's last day, or today while the year lasts)"
        ),
    )
    command.add_argument(
        "--kind",
        choices=[k.value for k in CaseKind],
        default=CaseKind.SUGGESTION.value,
        help=translate("Cli", "suggestions (default) or motions"),
    )
    command.add_argument("--json", action="store_true", help=translate("Cli", "print JSON for other programs"))
    command.set_defaults(run=run_supervision)


def run_supervision(args: argparse.Namespace) -> int:
    today = clock.today()
    as_of = check_as_of(args.as_of, today) if args.as_of is not None else default_as_of(args.year, today)
    kind = CaseKind(args.kind)
    db = open_database(args.db)
    try:
        found = supervisors(db, as_of, year=args.year, kind=kind)
        if args.json:
            print(json.dumps(supervision_dict(db, args.year, as_of, kind, found), ensure_ascii=False, indent=2))
            return 0
        rows = [
            [s.tier.label, s.name or translate("Supervision", "Deputy-affairs office"), s.cases, s.closed, s.overdue]
            for s in found
            if s.cases
        ]
        headers = [
            translate("Cli", "Tier"),
            translate("Cli", "Supervised by"),
            translate("Cli", "Cases"),
            translate("Cli", "Closed"),
            translate("Cli", "With an overdue reply"),
        ]
        print(translate("Cli", "Supervision of {year}, as of {date}").format(year=args.year, date=as_of.isoformat()))
        print(render_table(headers, [[str(cell) for cell in row] for row in rows]))
        return 0
    finally:
        db.close()


def supervision_dict(db: Database, year: int, as_of: date, kind: CaseKind, found: list[Supervisor]) -> dict[str, Any]:
    totals = tier_totals(db, as_of, year=year, kind=kind)

    def entry(supervisor: Supervisor) -> dict[str, Any]:
        cases = supervised_cases(db, supervisor.tier, supervisor.id, as_of, year=year, kind=kind)
        return {
            "name": supervisor.name,
            "cases": supervisor.cases,
            "closed": supervisor.closed,
            "overdue": supervisor.overdue,
            "list": [case_dict(case) for case in cases],
        }

    office = next(s for s in found if s.tier is Tier.OFFICE)
    return {
        "year": year,
        "as_of": as_of.isoformat(),
        "kind": kind.value,
        "tiers": {"leaders": totals[Tier.LEADER], "committees": totals[Tier.COMMITTEE], "office": totals[Tier.OFFICE]},
        "leaders": [entry(s) for s in found if s.tier is Tier.LEADER and s.cases],
        "committees": [entry(s) for s in found if s.tier is Tier.COMMITTEE and s.cases],
        "office": entry(office),
    }


def case_dict(case: SupervisedCase) -> dict[str, Any]:
    return {
        "session": case.session,
        "number": case.number,
        "title": case.title,
        "lead_units": list(case.lead_units),
        "state": case.state.value,
        "result": case.result_code,
        "rating": case.rating,
        "overdue_units": list(case.overdue_units),
        "supervision_records": case.records,
        "last_record_on": case.last_record_on.isoformat() if case.last_record_on else None,
    }
