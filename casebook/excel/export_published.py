"""The annual export's 「分类占比」 sheet: the figures published reports give besides the table — each
result class's, category's and rating level's count and share as the office prints it, 办复率, 办结率,
the units, 并案, motions handled as suggestions and the change in the number of cases."""

from __future__ import annotations

from typing import Any

from openpyxl import Workbook

from casebook.domain.enums import UnitKind
from casebook.excel import columns as c
from casebook.excel.sheets import TableSheet
from casebook.i18n import noop, translate
from casebook.services.statistics.figures import Statistics
from casebook.services.statistics.shares import published_dict

REPLY_RATE = c.Column("reply_rate", noop("Excel", "Reply rate"), 8, c.ValueKind.PERCENT)
FIGURE = c.Column("figure", noop("Excel", "Figure"), 44, c.ValueKind.LONG_TEXT)
COUNT = c.Column("count", noop("Excel", "Count"), 8, c.ValueKind.NUMBER)
OF = c.Column("of", noop("Excel", "Of"), 8, c.ValueKind.NUMBER)
SHARE = c.Column("share", noop("Excel", "Share"), 10, c.ValueKind.NUMBER)  # the text as the office prints it


def published_sheet(workbook: Workbook, stats: Statistics, title: str) -> None:
    data = published_dict(stats)
    sheet = TableSheet(workbook, translate("Excel", "Shares"), (FIGURE, COUNT, OF, SHARE), title, freeze=False)
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
            rows.append([figure, entry["count"], whole, entry["text"]])
    for key, name in (
        ("reply_rate", translate("Excel", "Reply rate (replied ÷ cases)")),
        ("closing_rate", translate("Excel", "Closing rate (closed ÷ cases)")),
    ):
        rate = data[key]
        rows.append([name, rate["numerator"], rate["denominator"], rate["text"]])
    units = data["units"]
    rows.append([translate("Excel", "Lead units"), units["lead"], None, None])
    rows.append([translate("Excel", "Units, assisting and separate included"), units["all"], None, None])
    for kind, count in units["by_kind"].items():
        rows.append([translate("Excel", "Units: {kind}").format(kind=UnitKind(kind).label), count, None, None])
    rows.append([translate("Excel", "Cases handled jointly"), data["joint_cases"], None, None])
    rows.append([translate("Excel", "Motions handled as suggestions"), data["converted_motions"], None, None])
    rows.append([translate("Excel", "Change in cases on the previous year"), data["total_change"], None, None])
    sheet.append_rows(rows)
