"""The sentences leaders quote, in the style of the work reports, generated from the figures:

「全年督办代表建议250件，解决188件，建议解决率达75.2%，同比上升4.7个百分点。」
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from casebook.domain.enums import CaseKind
from casebook.domain.metrics import Figures, RateName, Trend, is_year_end, trend
from casebook.i18n import translate, translate_n


def format_rate(value: Decimal | None) -> str:
    return "—" if value is None else f"{value:.1f}"


def period_phrase(year: int, as_of: date) -> str:
    """「全年」 for a whole year, 「截至6月30日，」 for a date inside it."""
    if as_of >= date(year, 12, 31) or is_year_end(as_of):
        return translate("Report", "In {year}, ").format(year=year)
    return translate("Report", "As of {date}, ").format(date=as_of.isoformat(), month=as_of.month, day=as_of.day)


def change_phrase(change: Decimal | None, compared_with: str | None = None) -> str:
    """「，同比上升4.7个百分点」 / 「，同比下降…」 / 「，同比持平」, or nothing without a previous year;
    against a named cohort (a session a year earlier): 「，比2021年闭会期间上升14.1个百分点」."""
    if change is None:
        return ""
    points = format_rate(abs(change))
    direction = trend(change)
    if compared_with is not None:
        template = {
            Trend.UP: translate("Report", ", up {points} percentage points on {previous}"),
            Trend.DOWN: translate("Report", ", down {points} percentage points on {previous}"),
            Trend.FLAT: translate("Report", ", unchanged on {previous}"),
        }[direction]
        return template.format(points=points, previous=compared_with)
    if direction is Trend.UP:
        return translate("Report", ", up {points} percentage points on the previous year").format(points=points)
    if direction is Trend.DOWN:
        return translate("Report", ", down {points} percentage points on the previous year").format(points=points)
    return translate("Report", ", unchanged on the previous year")


def narrative(
    kind: CaseKind,
    year: int,
    as_of: date,
    figures: Figures,
    previous: Figures,
    key: Figures | None = None,
    *,
    compared_with: str | None = None,
) -> list[str]:
    """The report's sentences for one cohort, in the installed language."""
    period = period_phrase(year, as_of)
    if figures.total == 0:
        if kind is CaseKind.MOTION:
            return [translate("Report", "{period}no deputies' motions were registered.").format(period=period)]
        return [translate("Report", "{period}no deputies' suggestions were registered.").format(period=period)]

    def rate_and_change(name: RateName) -> dict[str, str]:
        rate = figures.rate(name)
        change = change_phrase(rate.change_from(previous.rate(name)), compared_with)
        return {"rate": format_rate(rate.value), "change": change}

    if kind is CaseKind.MOTION:
        template = translate_n(
            "Report",
            "{period}%n deputies' motions were handled and {resolved} resolved; "
            "the resolution rate reached {rate}%{change}.",
            figures.total,
        )
    else:
        template = translate_n(
            "Report",
            "{period}%n deputies' suggestions were supervised and {resolved} resolved; "
            "the resolution rate reached {rate}%{change}.",
            figures.total,
        )
    sentences = [
        template.format(
            period=period, total=figures.total, resolved=figures.resolved, **rate_and_change(RateName.RESOLUTION)
        )
    ]
    if key is not None and key.total and kind is CaseKind.SUGGESTION:
        sentences.append(
            translate(
                "Report",
                "Of these, {total} were key suggestions supervised by leaders, {resolved} of them resolved ({rate}%).",
            ).format(total=key.total, resolved=key.resolved, rate=format_rate(key.rate(RateName.RESOLUTION).value))
        )
    if figures.rated:
        sentences.append(
            translate(
                "Report",
                "Deputies returned {rated} ratings, {satisfied} of them satisfied or basically satisfied; "
                "the satisfaction rate was {rate}%{change}.",
            ).format(rated=figures.rated, satisfied=figures.satisfied, **rate_and_change(RateName.SATISFACTION))
        )
    if figures.replies_due:
        sentences.append(
            translate(
                "Report",
                "{on_time} of the {due} replies due were made on time; the on-time reply rate was {rate}%{change}.",
            ).format(due=figures.replies_due, on_time=figures.replied_on_time, **rate_and_change(RateName.ON_TIME))
        )
    if figures.replies:
        sentences.append(
            translate(
                "Report",
                "Units met the deputies in person for {met} of {replies} replies; the meeting rate was {rate}%.",
            ).format(
                met=figures.met_face_to_face,
                replies=figures.replies,
                rate=format_rate(figures.rate(RateName.FACE_TO_FACE).value),
            )
        )
    return sentences
