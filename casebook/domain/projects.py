"""民生实事项目: the livelihood projects the deputies choose by vote each year (「票决产生…40项民生实事项目」),
each with a lead unit, milestones, progress reports, a year-end report of what was done, and the
deputies' year-end rating (满意度测评) with options of its own.

Pure rules: the states and their labels, the numbering of a year, what a valid vote, milestone,
report and rating are, when a milestone is overdue.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from enum import StrEnum

from casebook.domain.errors import RuleViolation
from casebook.i18n import noop, translate


class ProjectState(StrEnum):
    VOTED = "voted"  # 票决产生, nothing reported yet
    IN_PROGRESS = "in_progress"  # 推进中: a milestone done or a progress report
    DONE = "done"  # 已完成 (the year-end report)
    NOT_DONE = "not_done"  # 未完成 (the year-end report)

    @property
    def label(self) -> str:
        return translate("Projects", _LABELS[self.value])

    @property
    def reported(self) -> bool:
        """The year's work is reported (done or not): the project can be rated."""
        return self in (ProjectState.DONE, ProjectState.NOT_DONE)


_LABELS = {
    ProjectState.VOTED.value: noop("Projects", "Voted"),
    ProjectState.IN_PROGRESS.value: noop("Projects", "In progress"),
    ProjectState.DONE.value: noop("Projects", "Done"),
    ProjectState.NOT_DONE.value: noop("Projects", "Not done"),
}


def project_number(year: int, serial: int) -> str:
    """A year's own numbering: 2023-01, 2023-02 …"""
    return f"{year}-{serial:02d}"


def check_not_after_today(day: date, today: date) -> None:
    """What happened is not dated after today."""
    if day > today:
        raise RuleViolation(
            "project_date_in_future",
            noop("Rule", "the date {date} is after today ({today})"),
            date=day.isoformat(),
            today=today.isoformat(),
        )


def check_not_before(day: date, earliest: date, what: str) -> None:
    """``day`` is not before ``earliest`` (``what`` names the earlier event, e.g. the vote)."""
    if day < earliest:
        raise RuleViolation(
            "project_date_early",
            noop("Rule", "the date {date} is before {what} ({earliest})"),
            date=day.isoformat(),
            what=translate("Rule", what),
            earliest=earliest.isoformat(),
        )


THE_VOTE = noop("Rule", "the vote")
THE_YEAR_END_REPORT = noop("Rule", "the year-end report")


def check_vote(year: int, voted_on: date, votes_for: int | None, votes_cast: int | None) -> None:
    """A project is voted in its own year (or the weeks before, at a session held in January of it,
    or late in the year before); the votes for it are not more than the votes cast."""
    if not year - 1 <= voted_on.year <= year:
        raise RuleViolation(
            "project_vote_year",
            noop("Rule", "a project of {year} cannot be voted on {date}"),
            year=year,
            date=voted_on.isoformat(),
        )
    if (votes_for is not None and votes_for < 0) or (votes_cast is not None and votes_cast <= 0):
        raise RuleViolation("project_votes", noop("Rule", "The vote counts must be positive whole numbers."))
    if votes_for is not None and votes_cast is not None and votes_for > votes_cast:
        raise RuleViolation(
            "project_votes",
            noop("Rule", "{votes_for} votes for cannot be more than the {votes_cast} votes cast."),
            votes_for=votes_for,
            votes_cast=votes_cast,
        )


def typed_count(text: str, rule: str = "project_votes") -> int | None:
    """A count a clerk typed (empty: none); what is not a whole number not below zero is refused."""
    typed = "".join(text.split())
    if not typed:
        return None
    if not typed.isdigit():
        if rule == "project_votes":
            raise RuleViolation(rule, noop("Rule", "The vote counts must be positive whole numbers."))
        raise RuleViolation(rule, noop("Rule", "A rating needs at least one vote and no negative count."))
    return int(typed)


def check_milestone(planned_on: date, voted_on: date, year: int) -> None:
    """A milestone is planned after the vote and within the project's year."""
    check_not_before(planned_on, voted_on, THE_VOTE)
    if planned_on.year > year:
        raise RuleViolation(
            "milestone_after_year",
            noop("Rule", "the planned date {date} is after the end of the project's year {year}"),
            date=planned_on.isoformat(),
            year=year,
        )


def milestone_overdue(planned_on: date, done_on: date | None, day: date) -> bool:
    """A milestone is overdue on ``day`` when it is not done by then and its planned date has passed."""
    done = done_on is not None and done_on <= day
    return not done and planned_on < day


def milestone_on_time(planned_on: date, done_on: date | None, day: date) -> bool:
    """Done by ``day`` and not later than planned."""
    return done_on is not None and done_on <= day and done_on <= planned_on


def check_year_end(done: bool, open_milestones: int) -> None:
    """A project reported done has every milestone done."""
    if done and open_milestones:
        raise RuleViolation(
            "project_open_milestones",
            noop("Rule", "The project cannot be reported done while {count} of its milestones are not done."),
            count=open_milestones,
        )


def check_rating(counts: Mapping[str, int], options: Iterable[str], state: ProjectState) -> None:
    """The year-end rating: only once the year's work is reported; counts of the office's options,
    none negative, at least one vote."""
    if not state.reported:
        raise RuleViolation(
            "project_not_reported",
            noop("Rule", "A project is rated only once its year-end report (done or not done) is recorded."),
        )
    known = list(options)
    unknown = [option for option in counts if option not in known]
    if unknown:
        raise RuleViolation(
            "project_rating_option",
            noop("Rule", "“{option}” is not a rating option of livelihood projects ({options})"),
            option="、".join(unknown),
            options="、".join(known),
        )
    if any(count < 0 for count in counts.values()) or sum(counts.values()) <= 0:
        raise RuleViolation(
            "project_rating_counts", noop("Rule", "A rating needs at least one vote and no negative count.")
        )


def check_rating_settings(options: Iterable[str], satisfied: Iterable[str]) -> None:
    """The office's options for rating projects: named once, at least two; the satisfied ones among them."""
    names = [name.strip() for name in options]
    if len(names) < 2 or not all(names) or len(set(names)) != len(names):
        raise RuleViolation(
            "bad_project_rating_options",
            noop("Rule", "The rating options of livelihood projects need at least two names, each once."),
        )
    if not set(satisfied) <= set(names):
        raise RuleViolation(
            "bad_project_satisfied_options",
            noop("Rule", "The satisfied options of livelihood projects must be among its rating options."),
        )
