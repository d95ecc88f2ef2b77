"""The annual export's 「分类占比」 sheet: the figures published reports give besides the table — each
result class's, category's and rating level's count and share as the office prints it, 办复率, 办结率,
the units, 并案, motions handled as suggestions and the change in the number of cases."""

from __future__ import annotations

from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment

from casebook.domain.enums import UnitKind
from casebook.excel import columns as c
from casebook.excel.sheets import CellStyle, TableSheet
from casebook.i18n import noop, translate
from casebook.services.statistics.by_session import SessionColumn, cell_text, column_values, row_labels
from casebook.services.statistics.figures import Statistics
from casebook.services.statistics.shares import published_dict

REPLY_RATE = c.Column("reply_rate", noop("Excel", "Reply rate"), 8, c.ValueKind.PERCENT)
CLOSING_RATE = c.Column("closing_rate", noop("Excel", "Closing rate"), 8, c.ValueKind.PERCENT)
FIGURE = c.Column("figure", noop("Excel", "Figure"), 44, c.ValueKind.LONG_TEXT)
COUNT = c.Column("count", noop("Excel", "Count"), 8, c.ValueKind.NUMBER)
OF = c.Column("of", noop("Excel", "Of"), 8, c.ValueKind.NUMBER)
SHARE = c.Column("share", noop("Excel", "Share"), 10, c.ValueKind.NUMBER)  # the text as the office prints it
RIGHT = Alignment(horizontal="right")  # a share's text stands against the right edge, like the numbers


def _session_cell(value: Any) -> object:
    return cell_text(value) if isinstance(value, dict) else value


def published_sheet(workbook: Workbook, stats: Statistics, title: str) -> None:
    data = published_dict(stats)
    sheet = TableSheet(workbook, translate("Excel", "Shares"), (FIGURE, COUNT, OF, SHARE), title, freeze=False)
    share = CellStyle(sheet.ws, alignment=RIGHT).text  # 「75.2%」 as the office prints it, not 「25075.2%」
    rows: list[list[Any]] = []
    sections = (
        ("class_shares", translate("Excel", "Result class"), stats.figures.total),
        ("category_shares", translate("Excel", "Category"), stats.figures.total),
        ("rating_levels", translate("Excel", "Rating level"), stats.figures.rated),
        ("first_rating_levels", translate("Excel", "First-round rating level"), stats.figures.first_rated),
    )
    for key, name, whole in sections:
        for entry in data[key]:
            label = f"{entry['label']}({entry['code']})" if key == "class_shares" else entry["label"]
            figure = translate("Excel", "{section}: {label}").format(section=name, label=label)
            rows.append([figure, entry["count"], whole, share(entry["text"])])
    dimension_names = {
        "handling": translate("Excel", "Rating of the handling work"),
        "result": translate("Excel", "Rating of the result"),
    }
    for dimension, entries in data["rating_levels_by_dimension"].items():  # when the forms record them
        rated = sum(entry["count"] for entry in entries)
        for entry in entries:
            figure = translate("Excel", "{section}: {label}").format(
                section=dimension_names[dimension], label=entry["label"]
            )
            rows.append([figure, entry["count"], rated, share(entry["text"])])
    for key, name in (
        ("reply_rate", translate("Excel", "Reply rate (replied ÷ cases)")),
        ("closing_rate", translate("Excel", "Closing rate (closed ÷ cases)")),
    ):
        rate = data[key]
        rows.append([name, rate["numerator"], rate["denominator"], share(rate["text"])])
    units = data["units"]
    rows.append([translate("Excel", "Lead units"), units["lead"], None, None])
    rows.append([translate("Excel", "Units, assisting and separate included"), units["all"], None, None])
    for kind, count in units["by_kind"].items():
        rows.append([translate("Excel", "Units: {kind}").format(kind=UnitKind(kind).label), count, None, None])
    rows.append([translate("Excel", "Cases handled jointly"), data["joint_cases"], None, None])
    rows.append([translate("Excel", "Motions handled as suggestions"), data["converted_motions"], None, None])
    rows.append([translate("Excel", "Change in cases on the previous year"), data["total_change"], None, None])
    sheet.append_rows(rows)


def by_session_sheet(workbook: Workbook, columns: list[SessionColumn], title: str) -> None:
    """「按会议」: the year's figures with a column per session (the meeting, the interim period) and
    one for the whole year; a rate as the office prints it with its numerator and denominator."""
    table = (
        c.Column("figure", noop("Excel", "Figure"), 16, c.ValueKind.TEXT),
        *(
            c.Column(f"session_{i}", column.name, 20, c.ValueKind.TEXT, literal=True)
            for i, column in enumerate(columns)
        ),
    )
    whole = columns[-1].stats
    sheet = TableSheet(
        workbook,
        translate("Excel", "By session"),
        table,
        title,
        subtitle=translate("Excel", "As of {date}").format(date=whole.as_of.isoformat()),
        freeze=False,
        autofilter=False,
    )
    values = [column_values(column.stats) for column in columns]
    sheet.append_rows([label, *(_session_cell(value[key]) for value in values)] for key, label in row_labels())
