"""What the letters to handling units say: for each unit the values its template is filled with.

- 交办通知 (and its 签收回执): the unit's open cases on the date (those on its reply form,
  :func:`casebook.services.queries.reply_forms.unit_forms`) with its role and due dates;
- 催办函: its open cases overdue on the date or due within :data:`REMINDER_DAYS` days (the chase list,
  :func:`casebook.services.queries.deadlines.deadline_list`);
- 办理情况通报: its figures of the year as of the date (the statistics' breakdown by unit,
  :func:`casebook.services.statistics.figures.compute_statistics`), rates in the office's style.

Letters go out in Chinese whatever the window's language, so the words here are Chinese.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

from casebook.domain.enums import AssignmentRole
from casebook.domain.figure_style import FigureKind
from casebook.domain.metrics import Figures, RateName
from casebook.services.admin.office import get_settings
from casebook.services.queries.deadlines import deadline_list, group_by_unit
from casebook.services.queries.reply_forms import unit_forms
from casebook.services.statistics.figures import compute_statistics
from casebook.store.database import Database

REMINDER_DAYS = 15  # a 催办函 names what falls due within this many days too
ROLE_WORDS = {AssignmentRole.LEAD: "主办", AssignmentRole.ASSISTING: "协办", AssignmentRole.SEPARATE: "分办"}
RATES_REPORTED = (
    (RateName.ON_TIME, "on_time_rate", "按期答复率", "按期答复件数 ÷ 应答复件数"),
    (RateName.FACE_TO_FACE, "face_to_face_rate", "见面率", "当面沟通的答复 ÷ 答复"),
    (RateName.RESOLUTION, "resolution_rate", "解决率", "已解决件数 ÷ 建议总数"),
    (RateName.ACCOMPLISHMENT, "accomplishment_rate", "办成率", "已办成件数 ÷ 建议总数"),
    (RateName.SATISFACTION, "satisfaction_rate", "满意率", "满意和基本满意 ÷ 已测评"),
)


class LetterKind(StrEnum):
    ASSIGNMENT = "assignment"  # 交办通知
    RECEIPT = "receipt"  # 签收回执 (goes with the 交办通知)
    REMINDER = "reminder"  # 催办函
    REPORT = "report"  # 办理情况通报


LETTER_TITLES = {
    LetterKind.ASSIGNMENT: "交办通知",
    LetterKind.RECEIPT: "签收回执",
    LetterKind.REMINDER: "催办函",
    LetterKind.REPORT: "办理情况通报",
}


@dataclass(frozen=True)
class Letter:
    kind: LetterKind
    unit_id: int
    unit: str
    values: dict[str, Any]  # the template's placeholders


def chinese_date(day: date) -> str:
    """2023-06-01 → 2023年6月1日, as an official document dates itself."""
    return f"{day.year}年{day.month}月{day.day}日"


def assignment_letters(db: Database, as_of: date, unit_id: int | None = None) -> list[Letter]:
    """A 交办通知 and its 签收回执 for each unit with open cases on ``as_of``."""
    settings = get_settings(db)
    base = _office(db, as_of) | {
        "reply_months": settings.reply_due_months,
        "assisting_months": settings.assisting_opinion_months,
    }
    letters: list[Letter] = []
    for form in unit_forms(db, as_of, unit_id=unit_id):
        cases = [
            {
                "index": index,
                "session": case.session,
                "number": case.number,
                "title": case.title,
                "lead_deputy": case.lead_deputy or "",
                "role": ROLE_WORDS[case.role],
                "assigned_on": case.assigned_on.isoformat(),
                "due_on": case.due_on.isoformat(),
            }
            for index, case in enumerate(form.cases, 1)
        ]
        values = base | {"unit": form.unit, "cases": cases, "case_count": len(cases)}
        letters.append(Letter(LetterKind.ASSIGNMENT, form.unit_id, form.unit, values))
        letters.append(Letter(LetterKind.RECEIPT, form.unit_id, form.unit, values))
    return letters


def reminder_letters(db: Database, as_of: date, unit_id: int | None = None) -> list[Letter]:
    """A 催办函 for each unit with open cases overdue on ``as_of`` or due within :data:`REMINDER_DAYS` days."""
    items = deadline_list(db, as_of, within_days=REMINDER_DAYS, unit_id=unit_id)
    letters: list[Letter] = []
    for group in sorted(group_by_unit(items), key=lambda g: g.unit):
        cases = [
            {
                "index": index,
                "session": item.session,
                "number": item.case_number,
                "title": item.title,
                "role": ROLE_WORDS[item.role],
                "due_on": item.due_on.isoformat(),
                "status": f"逾期{item.days_overdue}天" if item.overdue else f"还剩{-item.days_overdue}天",
                "overdue": item.overdue,
            }
            for index, item in enumerate(group.items, 1)
        ]
        values = _office(db, as_of) | {
            "unit": group.unit,
            "cases": cases,
            "situation": "，".join(
                part
                for part in (
                    f"{group.overdue}件已超过答复期限" if group.overdue else "",
                    f"{group.due_soon}件将在{REMINDER_DAYS}日内到期" if group.due_soon else "",
                )
                if part
            ),
            "overdue_count": group.overdue,
            "soon_count": group.due_soon,
            "soon_days": REMINDER_DAYS,
        }
        letters.append(Letter(LetterKind.REMINDER, group.unit_id, group.unit, values))
    return letters


def report_letters(db: Database, as_of: date, unit_id: int | None = None) -> list[Letter]:
    """A 办理情况通报 for each unit answering for cases of ``as_of``'s year, with its figures then."""
    stats = compute_statistics(db, as_of.year, as_of=as_of)
    style = stats.settings.figure_style(FigureKind.RATE)
    letters: list[Letter] = []
    for row in sorted(stats.breakdowns["unit"], key=lambda r: r.name):
        if row.key is None or (unit_id is not None and row.key != unit_id) or not row.figures.total:
            continue
        figures: Figures = row.figures
        rates = {key: figures.rate(name) for name, key, _word, _basis in RATES_REPORTED}
        texts = {key: style.text(style.percent(rate.numerator, rate.denominator)) for key, rate in rates.items()}
        table = [
            {"name": "建议总数", "value": f"{figures.total}件", "basis": f"{as_of.year}年提出、由你单位主办或分办"},
            {"name": "已答复", "value": f"{figures.replied}件", "basis": "全部主办、分办单位已答复"},
        ] + [
            {
                "name": word,
                "value": f"{texts[key]}（{rates[key].numerator}/{rates[key].denominator}）",
                "basis": basis,
            }
            for _name, key, word, basis in RATES_REPORTED
        ]
        values = (
            _office(db, as_of)
            | texts
            | {
                "unit": row.name,
                "year": as_of.year,
                "total": figures.total,
                "replied": figures.replied,
                "figures": table,
            }
        )
        letters.append(Letter(LetterKind.REPORT, row.key, row.name, values))
    return letters


def _office(db: Database, as_of: date) -> dict[str, Any]:
    settings = get_settings(db)
    return {
        "office_name": settings.office_name or "人大常委会代表工作机构",
        "office_contact": settings.office_contact or "",
        "date": chinese_date(as_of),
        "as_of": chinese_date(as_of),
    }
