"""What the 群众意见 view reads on its workers (the rows, the filters' and the forms' choices) and the
chosen opinion's detail as the view shows it."""

from __future__ import annotations

import html
from dataclasses import dataclass
from datetime import date

from casebook.i18n import translate
from casebook.services.admin.stations import StationRow, station_rows
from casebook.services.queries.opinions import OpinionFilter, OpinionRow, opinion_count, opinion_list, opinion_years
from casebook.services.queries.pickers import Choice, PickerKind, choices
from casebook.store.database import Database


@dataclass(frozen=True)
class OpinionsAnswer:
    """One read of the view: the rows that match, how many match, and the filters' choices."""

    rows: list[OpinionRow]
    matching: int
    years: list[int]
    stations: list[StationRow]


def read_opinions(db: Database, wanted: OpinionFilter) -> OpinionsAnswer:
    """On the worker thread."""
    return OpinionsAnswer(opinion_list(db, wanted), opinion_count(db, wanted), opinion_years(db), station_rows(db))


@dataclass(frozen=True)
class FormChoices:
    deputies: list[Choice]
    categories: list[Choice]
    units: list[Choice]


def read_choices(db: Database) -> FormChoices:
    return FormChoices(choices(db, PickerKind.DEPUTY), choices(db, PickerKind.CATEGORY), choices(db, PickerKind.UNIT))


def _line(label: str, value: object) -> str:
    text = value.isoformat() if isinstance(value, date) else ("" if value is None else str(value))
    return f"<b>{html.escape(label)}</b>：{html.escape(text)}" if text else ""


def detail_html(row: OpinionRow) -> str:
    """The chosen opinion, line by line (an empty step is left out)."""
    feedback = " ".join(
        part
        for part in (
            row.fed_back_on.isoformat() if row.fed_back_on else "",
            row.feedback_method.label if row.feedback_method else "",
            row.voter_view.label if row.voter_view else "",
            row.feedback_note,
        )
        if part
    )
    lines = [
        _line(translate("Opinions", "Number"), f"{row.number}（{row.state.label}）"),
        _line(translate("Opinions", "Station"), f"{row.station}（{row.station_kind.label}）"),
        _line(translate("Opinions", "Received on"), row.received_on),
        _line(translate("Opinions", "Deputy who received it"), row.deputy),
        _line(translate("Opinions", "Voter"), row.voter_name or translate("Opinions", "Anonymous")),
        _line(translate("Opinions", "Contact"), row.voter_contact),
        _line(translate("Opinions", "Category"), row.category),
        _line(translate("Opinions", "Opinion"), row.content),
        _line(translate("Opinions", "Passed on to"), f"{row.unit}（{row.passed_on}）" if row.unit else ""),
        _line(translate("Opinions", "Answer"), f"{row.answered_on}：{row.answer}" if row.answered_on else ""),
        _line(translate("Opinions", "Feedback"), feedback),
        _line(translate("Opinions", "Closed on"), row.closed_on),
    ]
    return "<br>".join(line for line in lines if line)
