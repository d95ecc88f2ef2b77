"""民生实事项目: a year's livelihood projects chosen by the deputies' vote, with their lead and assisting
units, milestones, progress reports and the deputies' year-end rating (counts per option)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String, Text, UniqueConstraint, false
from sqlalchemy.orm import Mapped, mapped_column, relationship

from casebook.domain.projects import ProjectState
from casebook.store.models.base import Base, enum_column
from casebook.store.models.reference import CongressSession, HandlingUnit


class LivelihoodProject(Base):
    __tablename__ = "livelihood_project"
    __table_args__ = (UniqueConstraint("year", "number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(Integer, index=True)
    number: Mapped[str] = mapped_column(String(20))  # the year's own numbering: 2023-01 …
    title: Mapped[str] = mapped_column(String(300))
    category: Mapped[str] = mapped_column(String(60), default="")  # 大类, e.g. 完善卫生健康体系
    lead_unit_id: Mapped[int] = mapped_column(ForeignKey("handling_unit.id"), index=True)
    session_id: Mapped[int | None] = mapped_column(ForeignKey("congress_session.id"), index=True)
    voted_on: Mapped[date] = mapped_column(Date)
    votes_for: Mapped[int | None] = mapped_column(Integer)  # 赞成票
    votes_cast: Mapped[int | None] = mapped_column(Integer)  # 投票总数
    state: Mapped[ProjectState] = mapped_column(enum_column(ProjectState), default=ProjectState.VOTED)
    finished_on: Mapped[date | None] = mapped_column(Date)  # the year-end report's date
    notes: Mapped[str] = mapped_column(Text, default="")

    lead_unit: Mapped[HandlingUnit] = relationship()
    session: Mapped[CongressSession | None] = relationship()
    assisting: Mapped[list[ProjectUnit]] = relationship(order_by="ProjectUnit.id")
    milestones: Mapped[list[ProjectMilestone]] = relationship(order_by="ProjectMilestone.id")
    reports: Mapped[list[ProjectReport]] = relationship(order_by="ProjectReport.id")
    ratings: Mapped[list[ProjectRating]] = relationship(order_by="ProjectRating.id")


class ProjectUnit(Base):
    """An assisting (责任) unit of a project."""

    __tablename__ = "project_unit"
    __table_args__ = (UniqueConstraint("project_id", "unit_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("livelihood_project.id"), index=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("handling_unit.id"), index=True)

    unit: Mapped[HandlingUnit] = relationship()


class ProjectMilestone(Base):
    """A step of a project: planned for a date, done on a date, with a note on its progress."""

    __tablename__ = "project_milestone"

    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("livelihood_project.id"), index=True)
    content: Mapped[str] = mapped_column(Text)
    planned_on: Mapped[date] = mapped_column(Date, index=True)
    done_on: Mapped[date | None] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")


class ProjectReport(Base):
    """A progress report (进展情况); ``year_end`` marks the report of the year's outcome."""

    __tablename__ = "project_report"

    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("livelihood_project.id"), index=True)
    reported_on: Mapped[date] = mapped_column(Date)
    text: Mapped[str] = mapped_column(Text)
    year_end: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())


class ProjectRating(Base):
    """The deputies' year-end rating of a project: how many chose one option."""

    __tablename__ = "project_rating"
    __table_args__ = (UniqueConstraint("project_id", "option"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("livelihood_project.id"), index=True)
    option: Mapped[str] = mapped_column(String(24))  # one of the office's project_rating_options
    count: Mapped[int] = mapped_column(Integer)
    rated_on: Mapped[date] = mapped_column(Date)
