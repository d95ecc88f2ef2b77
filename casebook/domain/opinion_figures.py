"""The figures of a year's 群众意见 and the sentences the reports quote:

「全年各代表联络站共收集群众意见建议5723件，及时转交部门办理5600件，已办复5500件，办复率98.2%。」

Counted as of a date by each step's own date: an opinion received in the year counts as passed on,
answered, fed back or closed once that step's date is on or before the as-of date. The rates:
办复率 = answered ÷ passed on; 反馈率 = fed back ÷ answered; 满意率 = the fed-back voters who were
满意 or 基本满意 ÷ those who gave their view. Rates are printed in the office's rounding of rates.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date
from enum import StrEnum

from casebook.domain.figure_style import SEEDS_STYLE, FigureStyle
from casebook.domain.metrics import Rate
from casebook.domain.report_sentences import period_phrase
from casebook.i18n import noop, translate


class OpinionRateName(StrEnum):
    ANSWER = "answer_rate"  # 办复率
    FEEDBACK = "feedback_rate"  # 反馈率
    SATISFACTION = "satisfaction_rate"  # 群众满意率

    @property
    def label(self) -> str:
        return translate("Opinions", _RATE_LABELS[self])


_RATE_LABELS = {
    OpinionRateName.ANSWER: noop("Opinions", "Answer rate"),
    OpinionRateName.FEEDBACK: noop("Opinions", "Feedback rate"),
    OpinionRateName.SATISFACTION: noop("Opinions", "Voters' satisfaction rate"),
}


@dataclass(frozen=True)
class OpinionFigures:
    """The counts of the opinions received in a year (or at one station) as of a date."""

    received: int = 0
    passed_on: int = 0
    answered: int = 0
    fed_back: int = 0
    closed: int = 0
    viewed: int = 0  # fed back with the voter's view recorded
    satisfied: int = 0  # 满意 or 基本满意

    def rate(self, name: OpinionRateName) -> Rate:
        numerator, denominator = {
            OpinionRateName.ANSWER: (self.answered, self.passed_on),
            OpinionRateName.FEEDBACK: (self.fed_back, self.answered),
            OpinionRateName.SATISFACTION: (self.satisfied, self.viewed),
        }[name]
        return Rate(numerator, denominator)

    @classmethod
    def counts(cls) -> tuple[str, ...]:
        return tuple(f.name for f in fields(cls))

    def __add__(self, other: OpinionFigures) -> OpinionFigures:
        return OpinionFigures(*(getattr(self, name) + getattr(other, name) for name in self.counts()))


def opinion_sentences(year: int, as_of: date, figures: OpinionFigures, style: FigureStyle = SEEDS_STYLE) -> list[str]:
    """The report's sentences on the year's opinions, in the installed language and the office's rounding."""
    period = period_phrase(year, as_of)
    if figures.received == 0:
        return [translate("Report", "{period}no opinions from the public were registered.").format(period=period)]

    def rate(name: OpinionRateName) -> str:
        value = figures.rate(name)
        return style.text(style.percent(value.numerator, value.denominator))

    if figures.passed_on == 0:
        return [
            translate(
                "Report", "{period}the liaison stations collected {received} opinions and suggestions from the public."
            ).format(period=period, received=figures.received)
        ]
    sentences = [
        translate(
            "Report",
            "{period}the liaison stations collected {received} opinions and suggestions from the public, "
            "passed {passed} on to the departments concerned, and {answered} have been answered; "
            "the answer rate was {rate}.",
        ).format(
            period=period,
            received=figures.received,
            passed=figures.passed_on,
            answered=figures.answered,
            rate=rate(OpinionRateName.ANSWER),
        )
    ]
    if figures.fed_back:
        sentences.append(
            translate(
                "Report", "The answers were fed back to the voters in {fed_back} cases; the feedback rate was {rate}."
            ).format(fed_back=figures.fed_back, rate=rate(OpinionRateName.FEEDBACK))
        )
    if figures.viewed:
        sentences.append(
            translate(
                "Report",
                "Of {viewed} voters who gave their view, {satisfied} were satisfied or basically satisfied; "
                "the satisfaction rate was {rate}.",
            ).format(viewed=figures.viewed, satisfied=figures.satisfied, rate=rate(OpinionRateName.SATISFACTION))
        )
    return sentences
