"""The figures of a year's livelihood projects (民生实事) as of a date, and the sentences leaders quote:

「2023年票决产生民生实事项目40项，已完成38项，完成率95.0%，代表满意度测评满意率92.5%。」

- voted: the year's projects voted by the date; done / not done: their year-end report by the date;
- on schedule: voted, not reported not done, and no milestone overdue on the date;
- 完成率 = done ÷ voted;
- 按期完成节点率 (on-time milestone rate) = milestones done by their planned date ÷ milestones planned
  by the date (as 按期答复率 counts replies due);
- 满意率 = votes of the satisfied options ÷ all votes of the year-end ratings given by the date.
Rates are printed in the office's rounding of rates (casebook.domain.figure_style).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, fields
from datetime import date
from enum import StrEnum

from casebook.domain.figure_style import SEEDS_STYLE, FigureStyle
from casebook.domain.metrics import Rate, is_year_end
from casebook.domain.report_sentences import period_phrase
from casebook.i18n import noop, translate


class ProjectRateName(StrEnum):
    COMPLETION = "completion_rate"  # 完成率
    MILESTONES_ON_TIME = "milestone_on_time_rate"  # 节点按期完成率
    SATISFACTION = "satisfaction_rate"  # 满意率 of the year-end rating

    @property
    def label(self) -> str:
        return translate("Statistics", _RATE_LABELS[self])


_RATE_LABELS = {
    ProjectRateName.COMPLETION: noop("Statistics", "Completion rate"),
    ProjectRateName.MILESTONES_ON_TIME: noop("Statistics", "On-time milestone rate"),
    ProjectRateName.SATISFACTION: noop("Statistics", "Satisfaction rate of the year-end rating"),
}


@dataclass(frozen=True)
class ProjectFigures:
    voted: int = 0
    in_progress: int = 0
    done: int = 0
    not_done: int = 0
    on_schedule: int = 0
    behind_schedule: int = 0  # with a milestone overdue
    milestones: int = 0
    milestones_due: int = 0  # planned on or before the date
    milestones_done: int = 0
    milestones_on_time: int = 0
    milestones_overdue: int = 0
    rated_projects: int = 0
    rating_votes: int = 0
    satisfied_votes: int = 0

    def rate(self, name: ProjectRateName) -> Rate:
        numerator, denominator = {
            ProjectRateName.COMPLETION: (self.done, self.voted),
            ProjectRateName.MILESTONES_ON_TIME: (self.milestones_on_time, self.milestones_due),
            ProjectRateName.SATISFACTION: (self.satisfied_votes, self.rating_votes),
        }[name]
        return Rate(numerator, denominator)

    @classmethod
    def counts(cls) -> tuple[str, ...]:
        return tuple(f.name for f in fields(cls))


def project_sentences(year: int, as_of: date, figures: ProjectFigures, style: FigureStyle = SEEDS_STYLE) -> list[str]:
    """The year's sentences in the installed language and the office's rounding of rates."""
    prefix = "" if as_of >= date(year, 12, 31) or is_year_end(as_of) else period_phrase(year, as_of)

    def rate(name: ProjectRateName) -> str:
        value = figures.rate(name)
        return style.number(style.percent(value.numerator, value.denominator))

    if figures.voted == 0:
        text = translate("Report", "{prefix}no livelihood projects of {year} were registered.")
        return [_capitalised(text.format(prefix=prefix, year=year))]
    if figures.done == 0 and figures.not_done == 0:  # none reported yet: no 0.0% completion rate
        under_way = translate(
            "Report",
            "{prefix}the deputies' vote chose {total} livelihood projects for {year}; {started} are under way.",
        ).format(prefix=prefix, year=year, total=figures.voted, started=figures.in_progress)
        return [_capitalised(under_way), *_milestone_sentences(figures, rate)]
    headline = translate(
        "Report",
        "{prefix}the deputies' vote chose {total} livelihood projects for {year}; {done} are done, "
        "a completion rate of {rate}%",
    ).format(prefix=prefix, year=year, total=figures.voted, done=figures.done, rate=rate(ProjectRateName.COMPLETION))
    if figures.rating_votes:
        headline += translate("Report", "; the satisfaction rate of the deputies' rating was {rate}%").format(
            rate=rate(ProjectRateName.SATISFACTION)
        )
    sentences = [_capitalised(headline) + translate("Report", ".")]
    sentences += _milestone_sentences(figures, rate)
    if figures.not_done:
        sentences.append(translate("Report", "{count} projects were reported not done.").format(count=figures.not_done))
    return sentences


def _milestone_sentences(figures: ProjectFigures, rate: Callable[[ProjectRateName], str]) -> list[str]:
    """「到期时间节点N个，按期完成M个…」 once a milestone is due."""
    if figures.milestones_due:
        return [
            translate(
                "Report",
                "{on_time} of the {due} milestones due were reached on time ({rate}%); {overdue} are overdue.",
            ).format(
                on_time=figures.milestones_on_time,
                due=figures.milestones_due,
                rate=rate(ProjectRateName.MILESTONES_ON_TIME),
                overdue=figures.milestones_overdue,
            )
        ]
    return []


def _capitalised(text: str) -> str:
    """A sentence that opens on a placeholder starts with a capital (nothing changes in Chinese)."""
    return text[:1].upper() + text[1:]
