"""`casebook overdue` (the chase list of overdue and soon-due assignments) and `casebook holidays`
(the holiday calendar that working days are counted by)."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date

from casebook import clock
from casebook.cli.arguments import day, whole_number, year
from casebook.cli.session import open_database
from casebook.cli.text_table import render_table
from casebook.i18n import noop, translate
from casebook.services.admin.holiday_calendar import CalendarDay, calendar_days, set_calendar_day
from casebook.services.queries.deadlines import DeadlineItem, deadline_dict, deadline_list

MAX_DAYS_AHEAD = 3660  # ten years
WEEKDAYS = (
    noop("Cli", "Mon"),
    noop("Cli", "Tue"),
    noop("Cli", "Wed"),
    noop("Cli", "Thu"),
    noop("Cli", "Fri"),
    noop("Cli", "Sat"),
    noop("Cli", "Sun"),
)


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    overdue = commands.add_parser(
        "overdue", help=translate("Cli", "assignments whose reply is overdue, or due within some days")
    )
    overdue.add_argument(
        "--as-of",
        type=day,
        metavar="YYYY-MM-DD",
        help=translate("Cli", "the date the list stands on (default: today)"),
    )
    overdue.add_argument(
        "--within",
        type=whole_number(0, MAX_DAYS_AHEAD),
        metavar="N",
        help=translate("Cli", "also list what falls due within N days"),
    )
    overdue.add_argument("--json", action="store_true", help=translate("Cli", "print JSON for other programs"))
    overdue.set_defaults(run=run_overdue)

    holidays = commands.add_parser(
        "holidays", help=translate("Cli", "the holiday calendar: a year's public holidays and swapped working days")
    )
    holidays.add_argument("--year", type=year, help=translate("Cli", "the year to list (default: this year)"))
    holidays.add_argument("--json", action="store_true", help=translate("Cli", "print JSON for other programs"))
    holidays.add_argument(
        "--set",
        dest="set_day",
        type=day,
        metavar="YYYY-MM-DD",
        help=translate("Cli", "change one day of the calendar (with --working or --holiday)"),
    )
    kind = holidays.add_mutually_exclusive_group()
    kind.add_argument(
        "--working", action="store_true", help=translate("Cli", "the day is a working day (e.g. a swapped weekend)")
    )
    kind.add_argument(
        "--holiday", action="store_true", help=translate("Cli", "the day is a day off (e.g. a public holiday)")
    )
    holidays.add_argument("--name", default="", help=translate("Cli", "the holiday's name, e.g. 国庆节"))
    holidays.set_defaults(run=run_holidays)


def run_overdue(args: argparse.Namespace) -> int:
    as_of: date = args.as_of or clock.today()
    db = open_database(args.db)
    try:
        items = deadline_list(db, as_of, within_days=args.within)
    finally:
        db.close()
    if args.json:
        print(json.dumps([deadline_dict(item) for item in items], ensure_ascii=False, indent=2))
    else:
        print(render_overdue(items, as_of, args.within))
    return 0


def render_overdue(items: list[DeadlineItem], as_of: date, within: int | None) -> str:
    overdue = sum(1 for item in items if item.overdue)
    if within is None:
        heading = translate("Cli", "Overdue on {date}: {count}").format(date=as_of.isoformat(), count=overdue)
    else:
        heading = translate("Cli", "Overdue on {date}: {count}; due within {days} days: {soon}").format(
            date=as_of.isoformat(), count=overdue, days=within, soon=len(items) - overdue
        )
    if not items:
        return heading
    headers = [
        translate("Cli", "Case"),
        translate("Cli", "Title"),
        translate("Cli", "Unit"),
        translate("Cli", "Role"),
        translate("Cli", "Assigned"),
        translate("Cli", "Due"),
        translate("Cli", "Status"),
    ]
    rows = [
        [
            f"{item.session} {item.case_number}",
            _shortened(item.title),
            item.unit,
            _role(item),
            item.assigned_on.isoformat(),
            item.due_on.isoformat(),
            _status(item.days_overdue),
        ]
        for item in items
    ]
    return "\n".join([heading, "", render_table(headers, rows, numeric_from=len(headers))])


def _role(item: DeadlineItem) -> str:
    if item.handling_round == 1:
        return item.role.label
    return translate("Cli", "{role}, round {round}").format(role=item.role.label, round=item.handling_round)


def _status(days_overdue: int) -> str:
    if days_overdue > 0:
        return translate("Cli", "{days} days overdue").format(days=days_overdue)
    if days_overdue == 0:
        return translate("Cli", "due today")
    return translate("Cli", "{days} days left").format(days=-days_overdue)


def _shortened(title: str, length: int = 30) -> str:
    return title if len(title) <= length else title[: length - 1] + "…"


def run_holidays(args: argparse.Namespace) -> int:
    if args.set_day is None and (args.working or args.holiday):
        return _usage(translate("Cli", "--working and --holiday need --set DATE"))
    if args.set_day is not None and not (args.working or args.holiday):
        return _usage(translate("Cli", "--set needs --working or --holiday"))
    db = open_database(args.db)
    try:
        if args.set_day is not None:
            kept = set_calendar_day(db, args.set_day, bool(args.working), args.name)
            print(_set_message(args.set_day, bool(args.working), kept))
            return 0
        year: int = args.year or clock.today().year
        days = calendar_days(db, year)
    finally:
        db.close()
    if args.json:
        print(json.dumps([_day_dict(d) for d in days], ensure_ascii=False, indent=2))
    else:
        print(render_holidays(year, days))
    return 0


def render_holidays(year: int, days: list[CalendarDay]) -> str:
    if not days:
        return translate(
            "Cli",
            "The calendar has no holidays for {year}: every Monday to Friday counts as a working day. "
            "Enter the official arrangements with: casebook holidays --set DATE --holiday --name NAME",
        ).format(year=year)
    heading = translate("Cli", "Holiday calendar {year}: days that differ from Monday to Friday").format(year=year)
    headers = [translate("Cli", "Date"), translate("Cli", "Day"), translate("Cli", "Kind"), translate("Cli", "Name")]
    rows = [
        [d.day.isoformat(), translate("Cli", WEEKDAYS[d.day.weekday()]), _kind(d.is_working_day), d.name] for d in days
    ]
    return "\n".join([heading, "", render_table(headers, rows, numeric_from=len(headers))])


def _kind(is_working_day: bool) -> str:
    return translate("Cli", "working day") if is_working_day else translate("Cli", "day off")


def _day_dict(day: CalendarDay) -> dict[str, object]:
    return {"day": day.day.isoformat(), "is_working_day": day.is_working_day, "name": day.name}


def _set_message(day: date, working: bool, kept: CalendarDay | None) -> str:
    if kept is None:
        return translate("Cli", "{date} follows the plain week again: {kind}.").format(
            date=day.isoformat(), kind=_kind(working)
        )
    return translate("Cli", "{date} is now kept in the calendar as: {kind} ({name}).").format(
        date=day.isoformat(), kind=_kind(working), name=kept.name or "—"
    )


def _usage(message: str) -> int:
    print(translate("Cli", "Error: {message}").format(message=message), file=sys.stderr)
    return 2
