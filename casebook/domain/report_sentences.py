"""The sentences leaders quote, in the style of the work reports, generated from the figures:

「全年督办代表建议250件，解决188件，建议解决率达75.2%，同比上升4.7个百分点。」
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from casebook.domain.enums import CaseKind
from casebook.domain.figure_style import SEEDS_STYLE, FigureKind, FigureStyle
from casebook.domain.metrics import Figures, RateName, Trend, is_year_end, trend
from casebook.domain.office_settings import OfficeSettings
from casebook.i18n import translate, translate_n


def format_rate(value: Decimal | None) -> str:
    return "—" if value is None else f"{value:.1f}"


@dataclass(frozen=True)
class ReportWords:
    """The office's conventions the sentences follow (from the settings: see :func:`report_words`)."""

    rate_style: FigureStyle = SEEDS_STYLE
    resolution_rate_name: str = ""  # "" = the installed language's "resolution rate" (解决率)
    resolved_word: str = ""  # "" = "resolved" (解决)
    satisfied_levels: str = ""  # "" = "satisfied or basically satisfied" (满意和基本满意)


def report_words(settings: OfficeSettings) -> ReportWords:
    """The words and rounding of the office's settings; the satisfied levels are named only when they
    are not the usual two (满意 and 基本满意)."""
    satisfied = [option for option in settings.rating_options if option.satisfied]
    usual = {option.code for option in satisfied} == {"satisfied", "basically_satisfied"}
    levels = "" if usual else translate("Report", " and ").join(option.label for option in satisfied)
    return ReportWords(
        settings.figure_style(FigureKind.RATE), settings.resolution_rate_name, settings.resolved_word, levels
    )


def period_phrase(year: int, as_of: date) -> str:
    """「全年」 for a whole year, 「截至6月30日，」 for a date inside it."""
    if as_of >= date(year, 12, 31) or is_year_end(as_of):
        return translate("Report", "In {year}, ").format(year=year)
    return translate("Report", "As of {date}, ").format(date=as_of.isoformat(), month=as_of.month, day=as_of.day)


def change_phrase(change: Decimal | None, compared_with: str | None = None, style: FigureStyle = SEEDS_STYLE) -> str:
    """「，同比上升4.7个百分点」 / 「，同比下降…」 / 「，同比持平」, or nothing without a previous year;
    against a named cohort (a session a year earlier): 「，比2021年闭会期间上升14.1个百分点」."""
    if change is None:
        return ""
    points = style.number(abs(change))
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


def rate_change(style: FigureStyle, current: Figures, previous: Figures, name: RateName) -> Decimal | None:
    """Percentage points from ``previous`` to ``current``: the difference of the two printed rates."""
    now, before = current.rate(name), previous.rate(name)
    value, earlier = style.percent(now.numerator, now.denominator), style.percent(before.numerator, before.denominator)
    return None if value is None or earlier is None else value - earlier


def narrative(
    kind: CaseKind,
    year: int,
    as_of: date,
    figures: Figures,
    previous: Figures,
    key: Figures | None = None,
    *,
    compared_with: str | None = None,
    words: ReportWords | None = None,
    contact_recorded: bool = True,
    converted_motions: int = 0,
) -> list[str]:
    """The report's sentences for one cohort, in the installed language, in the office's words and
    rounding. A sentence whose data was never recorded is left out (no contact method in any reply:
    no meeting rate); motions are told as handled and answered, never with a resolution rate."""
    period = period_phrase(year, as_of)
    words = words or ReportWords()
    style = words.rate_style
    if figures.total == 0:
        if kind is CaseKind.MOTION:
            return [translate("Report", "{period}no deputies' motions were registered.").format(period=period)]
        return [translate("Report", "{period}no deputies' suggestions were registered.").format(period=period)]

    def rate_and_change(name: RateName) -> dict[str, str]:
        rate = figures.rate(name)
        change = change_phrase(rate_change(style, figures, previous, name), compared_with, style)
        return {"rate": style.number(style.percent(rate.numerator, rate.denominator)), "change": change}

    if kind is CaseKind.MOTION:
        sentences = [_motion_sentence(period, figures)]
    else:
        template = translate_n(
            "Report",
            "{period}%n deputies' suggestions were supervised and {resolved} {resolved_word}; "
            "the {rate_name} reached {rate}%{change}.",
            figures.total,
        )
        sentences = [
            template.format(
                period=period,
                total=figures.total,
                resolved=figures.resolved,
                resolved_word=words.resolved_word or translate("Report", "resolved"),
                rate_name=words.resolution_rate_name or translate("Report", "resolution rate"),
                **rate_and_change(RateName.RESOLUTION),
            )
        ]
        if converted_motions:
            sentences.append(
                translate("Report", "Of these, {count} were motions handled as suggestions.").format(
                    count=converted_motions
                )
            )
    if key is not None and key.total and kind is CaseKind.SUGGESTION:
        key_rate = key.rate(RateName.RESOLUTION)
        sentences.append(
            translate(
                "Report",
                "Of these, {total} were key suggestions supervised by leaders, {resolved} of them resolved ({rate}%).",
            ).format(
                total=key.total,
                resolved=key.resolved,
                rate=style.number(style.percent(key_rate.numerator, key_rate.denominator)),
            )
        )
    if figures.rated:
        sentences.append(
            translate(
                "Report",
                "Deputies returned {rated} ratings, {satisfied} of them {satisfied_levels}; "
                "the satisfaction rate was {rate}%{change}.",
            ).format(
                rated=figures.rated,
                satisfied=figures.satisfied,
                satisfied_levels=words.satisfied_levels or translate("Report", "satisfied or basically satisfied"),
                **rate_and_change(RateName.SATISFACTION),
            )
        )
    if figures.replies_due:
        sentences.append(
            translate(
                "Report",
                "{on_time} of the {due} replies due were made on time; the on-time reply rate was {rate}%{change}.",
            ).format(due=figures.replies_due, on_time=figures.replied_on_time, **rate_and_change(RateName.ON_TIME))
        )
    if figures.replies and contact_recorded:
        met = figures.rate(RateName.FACE_TO_FACE)
        sentences.append(
            translate(
                "Report",
                "Units met the deputies in person for {met} of {replies} replies; the meeting rate was {rate}%.",
            ).format(
                met=figures.met_face_to_face,
                replies=figures.replies,
                rate=style.number(style.percent(met.numerator, met.denominator)),
            )
        )
    return sentences


def _motion_sentence(period: str, figures: Figures) -> str:
    """「议案N件，已全部办结答复」 or how many of them are answered so far."""
    if figures.replied >= figures.total:
        return translate_n(
            "Report", "{period}%n deputies' motions were handled, all of them completed and answered.", figures.total
        ).format(period=period)
    return translate_n(
        "Report",
        "{period}%n deputies' motions were handled, {replied} of them completed and answered so far.",
        figures.total,
    ).format(period=period, replied=figures.replied)
