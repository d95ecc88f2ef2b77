"""`casebook projects list|show`: a year's livelihood projects as a table or JSON, and one project with
its milestones, reports and rating."""

from __future__ import annotations

import argparse
import json
from typing import Any

from casebook import clock
from casebook.cli.session import open_database
from casebook.cli.text_table import render_table
from casebook.i18n import translate
from casebook.services.queries.projects import ProjectRow, project_by_number, project_detail, project_list


def run_list(args: argparse.Namespace) -> int:
    today = clock.today()
    db = open_database(args.db)
    try:
        rows = project_list(db, args.year, today)
    finally:
        db.close()
    if args.json:
        data = {"year": args.year, "as_of": today.isoformat(), "projects": [project_dict(r) for r in rows]}
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return 0
    headers = [
        translate("Cli", "Number"),
        translate("Cli", "Project"),
        translate("Cli", "Category"),
        translate("Cli", "Lead unit"),
        translate("Cli", "Votes"),
        translate("Cli", "State"),
        translate("Cli", "Milestones"),
        translate("Cli", "Overdue"),
    ]
    table = [
        [
            r.number,
            r.title,
            r.category,
            r.lead_unit,
            r.vote_text,
            r.state.label,
            f"{r.done_milestones}/{len(r.milestones)}",
            str(r.overdue_milestones),
        ]
        for r in rows
    ]
    print(render_table(headers, table))
    return 0


def run_show(args: argparse.Namespace) -> int:
    db = open_database(args.db)
    try:
        row = project_detail(db, project_by_number(db, args.year, args.project), clock.today())
    finally:
        db.close()
    if args.json:
        print(json.dumps(project_dict(row), ensure_ascii=False, indent=2))
        return 0
    lines = [
        f"{row.number} {row.title}",
        translate("Cli", "Category: {category}; lead unit: {lead}; assisting: {units}").format(
            category=row.category or "—", lead=row.lead_unit, units="、".join(row.assisting_units) or "—"
        ),
        translate("Cli", "Voted on {date} ({session}), votes {votes}; state: {state}").format(
            date=row.voted_on.isoformat(), session=row.session or "—", votes=row.vote_text or "—", state=row.state.label
        ),
    ]
    milestones = [
        [str(m.id), m.content, m.planned_on.isoformat(), m.done_on.isoformat() if m.done_on else "", _flag(m.overdue)]
        for m in row.milestones
    ]
    headers = [translate("Cli", h) for h in ("Id", "Milestone", "Planned on", "Done on", "Overdue")]
    lines.append(render_table(headers, milestones))
    lines += [f"{r.reported_on.isoformat()}  {r.text}" for r in row.reports]
    if row.ratings:
        lines.append(
            translate("Cli", "Year-end rating ({date}): {counts}").format(
                date=row.rated_on.isoformat() if row.rated_on else "",
                counts="、".join(f"{option}{count}" for option, count in row.ratings),
            )
        )
    print("\n".join(lines))
    return 0


def _flag(overdue: bool) -> str:
    return translate("Cli", "overdue") if overdue else ""


def project_dict(row: ProjectRow) -> dict[str, Any]:
    return {
        "id": row.id,
        "year": row.year,
        "number": row.number,
        "title": row.title,
        "category": row.category,
        "lead_unit": row.lead_unit,
        "assisting_units": list(row.assisting_units),
        "session": row.session,
        "voted_on": row.voted_on.isoformat(),
        "votes_for": row.votes_for,
        "votes_cast": row.votes_cast,
        "state": row.state.value,
        "finished_on": row.finished_on.isoformat() if row.finished_on else None,
        "milestones": [
            {
                "id": m.id,
                "content": m.content,
                "planned_on": m.planned_on.isoformat(),
                "done_on": m.done_on.isoformat() if m.done_on else None,
                "note": m.note,
                "overdue": m.overdue,
            }
            for m in row.milestones
        ],
        "reports": [{"date": r.reported_on.isoformat(), "text": r.text, "year_end": r.year_end} for r in row.reports],
        "rating": {"date": row.rated_on.isoformat() if row.rated_on else None, "counts": dict(row.ratings)},
    }
