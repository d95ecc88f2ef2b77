"""民生实事项目: registering a year's projects with their vote, their milestones and each milestone
done, progress reports and the year-end report (done or not done), and the deputies' year-end
rating. Each write is checked (casebook.domain.projects), then logged as an event; a refusal
changes nothing."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from casebook import clock
from casebook.domain.errors import NotFound, RuleViolation
from casebook.domain.projects import (
    THE_VOTE,
    THE_YEAR_END_REPORT,
    ProjectState,
    check_milestone,
    check_not_after_today,
    check_not_before,
    check_rating,
    check_vote,
    check_year_end,
    project_number,
)
from casebook.domain.roles import Permission
from casebook.i18n import noop
from casebook.services.admin.office import load_settings
from casebook.services.steps.case_access import record_event
from casebook.store.database import Database
from casebook.store.models import (
    CongressSession,
    HandlingUnit,
    LivelihoodProject,
    ProjectMilestone,
    ProjectRating,
    ProjectReport,
    ProjectUnit,
)

TITLE_LENGTH = 300  # LivelihoodProject.title
CATEGORY_LENGTH = 60
NUMBER_LENGTH = 20


@dataclass(frozen=True)
class ProjectDraft:
    year: int
    title: str
    lead_unit_id: int
    voted_on: date
    category: str = ""  # 大类
    session_id: int | None = None  # the session that voted it
    votes_for: int | None = None
    votes_cast: int | None = None
    assisting_unit_ids: tuple[int, ...] = ()
    number: str | None = None  # None: the year's next number (2023-01 …)
    notes: str = ""


def add_project(db: Database, draft: ProjectDraft) -> int:
    """Register a project voted for its year; returns its id."""
    title = " ".join(draft.title.split())
    category = " ".join(draft.category.split())
    if not title:
        raise RuleViolation("project_title", noop("Rule", "A project needs a title."))
    if len(title) > TITLE_LENGTH or len(category) > CATEGORY_LENGTH:
        raise RuleViolation(
            "project_title_long",
            noop("Rule", "The title is longer than {length} characters."),
            length=TITLE_LENGTH if len(title) > TITLE_LENGTH else CATEGORY_LENGTH,
        )
    check_vote(draft.year, draft.voted_on, draft.votes_for, draft.votes_cast)
    check_not_after_today(draft.voted_on, clock.today())
    if draft.lead_unit_id in draft.assisting_unit_ids or len(set(draft.assisting_unit_ids)) != len(
        draft.assisting_unit_ids
    ):
        raise RuleViolation("unit_twice", noop("Rule", "A unit is named twice among the project's units."))
    with db.write(Permission.EDIT_CASES) as session:
        for unit_id in (draft.lead_unit_id, *draft.assisting_unit_ids):
            _unit(session, unit_id)
        if draft.session_id is not None and session.get(CongressSession, draft.session_id) is None:
            raise NotFound(noop("Rule", "There is no session with id {id}."), id=draft.session_id)
        number = (draft.number or "").strip() or _next_number(session, draft.year)
        if len(number) > NUMBER_LENGTH:
            raise RuleViolation(
                "project_number_long", noop("Rule", "The number is longer than {length} characters."), length=20
            )
        taken = session.scalar(
            select(LivelihoodProject.id).where(LivelihoodProject.year == draft.year, LivelihoodProject.number == number)
        )
        if taken is not None:
            raise RuleViolation(
                "project_number_taken",
                noop("Rule", "The number {number} is already a project of {year}."),
                number=number,
                year=draft.year,
            )
        project = LivelihoodProject(
            year=draft.year,
            number=number,
            title=title,
            category=category,
            lead_unit_id=draft.lead_unit_id,
            session_id=draft.session_id,
            voted_on=draft.voted_on,
            votes_for=draft.votes_for,
            votes_cast=draft.votes_cast,
            state=ProjectState.VOTED,
            notes=draft.notes.strip(),
        )
        session.add(project)
        session.flush()
        session.add_all(ProjectUnit(project_id=project.id, unit_id=u) for u in draft.assisting_unit_ids)
        record_event(
            session,
            db.user,
            None,
            "add_project",
            draft.voted_on,
            id=project.id,
            year=draft.year,
            number=number,
            title=title,
            votes_for=draft.votes_for,
            votes_cast=draft.votes_cast,
        )
        return project.id


def add_milestone(db: Database, project_id: int, content: str, planned_on: date) -> int:
    """Add a milestone (planned date) to a project; returns its id."""
    text = content.strip()
    if not text:
        raise RuleViolation("milestone_content", noop("Rule", "A milestone needs its content."))
    with db.write(Permission.EDIT_CASES) as session:
        project = _project(session, project_id)
        _not_reported(project)
        check_milestone(planned_on, project.voted_on, project.year)
        milestone = ProjectMilestone(project_id=project.id, content=text, planned_on=planned_on)
        session.add(milestone)
        session.flush()
        record_event(
            session, db.user, None, "add_project_milestone", project.voted_on, id=milestone.id, project_id=project.id
        )
        return milestone.id


def mark_milestone_done(db: Database, milestone_id: int, done_on: date, note: str = "") -> None:
    """A milestone is done (on paper: the lead unit's report of it)."""
    with db.write(Permission.EDIT_CASES) as session:
        milestone = session.get(ProjectMilestone, milestone_id)
        if milestone is None:
            raise NotFound(noop("Rule", "There is no milestone with id {id}."), id=milestone_id)
        if milestone.done_on is not None:
            raise RuleViolation(
                "milestone_already_done",
                noop("Rule", "This milestone was already done on {date}."),
                date=milestone.done_on.isoformat(),
            )
        project = _project(session, milestone.project_id)
        check_not_before(done_on, project.voted_on, THE_VOTE)
        check_not_after_today(done_on, clock.today())
        milestone.done_on = done_on
        milestone.note = note.strip()
        if project.state is ProjectState.VOTED:
            project.state = ProjectState.IN_PROGRESS
        session.flush()
        record_event(session, db.user, None, "project_milestone_done", done_on, id=milestone.id, done_on=done_on)


def report_progress(
    db: Database, project_id: int, reported_on: date, text: str, *, outcome: ProjectState | None = None
) -> int:
    """A progress report; with ``outcome`` (done or not done) the year-end report of the project's
    work, after which it can be rated. Returns the report's id."""
    body = text.strip()
    if not body:
        raise RuleViolation("report_text", noop("Rule", "A progress report needs its text."))
    if outcome is not None and not outcome.reported:
        raise RuleViolation(
            "report_outcome", noop("Rule", "A year-end report says whether the project is done or not done.")
        )
    with db.write(Permission.EDIT_CASES) as session:
        project = _project(session, project_id)
        _not_reported(project)
        check_not_before(reported_on, project.voted_on, THE_VOTE)
        check_not_after_today(reported_on, clock.today())
        if outcome is not None:
            open_milestones = sum(1 for m in project.milestones if m.done_on is None or m.done_on > reported_on)
            check_year_end(outcome is ProjectState.DONE, open_milestones)
            project.state = outcome
            project.finished_on = reported_on
        elif project.state is ProjectState.VOTED:
            project.state = ProjectState.IN_PROGRESS
        report = ProjectReport(project_id=project.id, reported_on=reported_on, text=body, year_end=outcome is not None)
        session.add(report)
        session.flush()
        record_event(
            session,
            db.user,
            None,
            "project_report",
            reported_on,
            id=report.id,
            project_id=project.id,
            outcome=outcome.value if outcome is not None else None,
        )
        return report.id


def rate_project(db: Database, project_id: int, rated_on: date, counts: Mapping[str, int]) -> None:
    """The deputies' year-end rating of a project: how many chose each of the office's options."""
    with db.write(Permission.EDIT_CASES) as session:
        project = _project(session, project_id)
        settings = load_settings(session)
        check_rating(counts, settings.project_rating_options, project.state)
        if project.ratings:
            raise RuleViolation(
                "project_already_rated",
                noop("Rule", "This project was already rated on {date}."),
                date=project.ratings[0].rated_on.isoformat(),
            )
        assert project.finished_on is not None  # reported: see check_rating
        check_not_before(rated_on, project.finished_on, THE_YEAR_END_REPORT)
        check_not_after_today(rated_on, clock.today())
        session.add_all(
            ProjectRating(project_id=project.id, option=option, count=count, rated_on=rated_on)
            for option, count in counts.items()
            if count
        )
        session.flush()
        record_event(session, db.user, None, "rate_project", rated_on, project_id=project.id, counts=dict(counts))


def _next_number(session: Session, year: int) -> str:
    count = session.scalar(select(func.count(LivelihoodProject.id)).where(LivelihoodProject.year == year)) or 0
    serial = count + 1
    taken = set(session.scalars(select(LivelihoodProject.number).where(LivelihoodProject.year == year)))
    while project_number(year, serial) in taken:
        serial += 1
    return project_number(year, serial)


def _not_reported(project: LivelihoodProject) -> None:
    if project.state.reported:
        raise RuleViolation(
            "project_reported",
            noop("Rule", "The year-end report of this project was recorded on {date}; it takes no more steps."),
            date=project.finished_on.isoformat() if project.finished_on else "",
        )


def _project(session: Session, project_id: int) -> LivelihoodProject:
    found = session.get(LivelihoodProject, project_id)
    if found is None:
        raise NotFound(noop("Rule", "There is no livelihood project with id {id}."), id=project_id)
    return found


def _unit(session: Session, unit_id: int) -> HandlingUnit:
    unit = session.get(HandlingUnit, unit_id)
    if unit is None:
        raise NotFound(noop("Rule", "There is no handling unit with id {id}."), id=unit_id)
    return unit
