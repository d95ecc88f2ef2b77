"""群众意见: the stations where deputies meet voters (代表联络站, 人大代表之家, 代表小组) as reference data with
their deputies, and the opinions gathered there, numbered per year, passed on to a unit, answered,
and fed back to the voter."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from casebook.domain.enums import ContactMethod, RatingLevel
from casebook.domain.opinions import OpinionState, StationKind
from casebook.store.models.base import Base, enum_column
from casebook.store.models.reference import Category, Deputy, HandlingUnit, RetiredFlag


class Station(RetiredFlag, Base):
    """A 代表联络站 (联络总站), 人大代表之家 or 代表小组 where voters are received, in a town or district."""

    __tablename__ = "liaison_station"
    __table_args__ = (UniqueConstraint("name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    kind: Mapped[StationKind] = mapped_column(enum_column(StationKind))
    area: Mapped[str] = mapped_column(String(60), default="")  # the town, street or district (镇/街道)

    deputies: Mapped[list[StationDeputy]] = relationship(order_by="StationDeputy.id")


class StationDeputy(Base):
    """A deputy attached to a station (who receives voters there)."""

    __tablename__ = "station_deputy"
    __table_args__ = (UniqueConstraint("station_id", "deputy_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    station_id: Mapped[int] = mapped_column(ForeignKey("liaison_station.id"), index=True)
    deputy_id: Mapped[int] = mapped_column(ForeignKey("deputy.id"), index=True)

    deputy: Mapped[Deputy] = relationship()


class VoterOpinion(Base):
    """One opinion of a voter (anonymous allowed), from its registration to the feedback to the voter."""

    __tablename__ = "voter_opinion"
    __table_args__ = (UniqueConstraint("year", "serial"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(Integer, index=True)  # the numbering's year: the year received
    serial: Mapped[int] = mapped_column(Integer)  # 意见2023-0001 → 1
    station_id: Mapped[int] = mapped_column(ForeignKey("liaison_station.id"), index=True)
    deputy_id: Mapped[int | None] = mapped_column(ForeignKey("deputy.id"), index=True)  # who received it
    voter_name: Mapped[str] = mapped_column(String(40), default="")  # "" = anonymous
    voter_contact: Mapped[str] = mapped_column(String(60), default="")
    received_on: Mapped[date] = mapped_column(Date, index=True)
    summary: Mapped[str] = mapped_column(String(200), default="")
    content: Mapped[str] = mapped_column(Text)
    category_id: Mapped[int | None] = mapped_column(ForeignKey("category.id"))
    state: Mapped[OpinionState] = mapped_column(enum_column(OpinionState), index=True)
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("handling_unit.id"), index=True)  # 转交单位
    passed_on: Mapped[date | None] = mapped_column(Date)
    answered_on: Mapped[date | None] = mapped_column(Date)
    answer: Mapped[str] = mapped_column(Text, default="")
    fed_back_on: Mapped[date | None] = mapped_column(Date)
    feedback_method: Mapped[ContactMethod | None] = mapped_column(enum_column(ContactMethod))
    voter_view: Mapped[RatingLevel | None] = mapped_column(enum_column(RatingLevel))
    feedback_note: Mapped[str] = mapped_column(Text, default="")
    closed_on: Mapped[date | None] = mapped_column(Date)

    station: Mapped[Station] = relationship()
    deputy: Mapped[Deputy | None] = relationship()
    category: Mapped[Category | None] = relationship()
    unit: Mapped[HandlingUnit | None] = relationship()
