"""Reference data: sessions, delegations, deputy groups, deputies, units, committees, leaders,
categories, and the office settings. A value in use is retired, never deleted."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import JSON, Boolean, Date, ForeignKey, Integer, String, UniqueConstraint, false
from sqlalchemy.orm import Mapped, mapped_column, relationship

from casebook.domain.enums import LeaderKind, SessionKind, UnitKind
from casebook.store.models.base import Base, enum_column


class RetiredFlag:
    retired: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())


class CongressSession(RetiredFlag, Base):
    """届次/会议, e.g. 市九届人大二次会议, or the interim period (闭会期间) of one year."""

    __tablename__ = "congress_session"
    __table_args__ = (UniqueConstraint("name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80))
    kind: Mapped[SessionKind] = mapped_column(enum_column(SessionKind))
    year: Mapped[int] = mapped_column(Integer, index=True)
    term: Mapped[int | None] = mapped_column(Integer)  # 届, e.g. 9
    meeting_number: Mapped[int | None] = mapped_column(Integer)  # 次, e.g. 2
    starts_on: Mapped[date | None] = mapped_column(Date)
    ends_on: Mapped[date | None] = mapped_column(Date)


class Delegation(RetiredFlag, Base):
    """代表团: the deputies of one county-level area during the session, e.g. 丹阳."""

    __tablename__ = "delegation"
    __table_args__ = (UniqueConstraint("name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(60))


class DeputyGroup(RetiredFlag, Base):
    """代表小组 between sessions, e.g. 京口三组."""

    __tablename__ = "deputy_group"
    __table_args__ = (UniqueConstraint("name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(60))
    delegation_id: Mapped[int | None] = mapped_column(ForeignKey("delegation.id"))


class Deputy(RetiredFlag, Base):
    __tablename__ = "deputy"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(40), index=True)
    delegation_id: Mapped[int | None] = mapped_column(ForeignKey("delegation.id"), index=True)
    group_id: Mapped[int | None] = mapped_column(ForeignKey("deputy_group.id"))
    position: Mapped[str | None] = mapped_column(String(200))  # 工作单位及职务
    phone: Mapped[str | None] = mapped_column(String(40))

    delegation: Mapped[Delegation | None] = relationship()


class HandlingUnit(RetiredFlag, Base):
    """承办单位: a government department, the court, the procuratorate or another body."""

    __tablename__ = "handling_unit"
    __table_args__ = (UniqueConstraint("name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    kind: Mapped[UnitKind] = mapped_column(enum_column(UnitKind), default=UnitKind.GOVERNMENT)


class SpecialCommittee(RetiredFlag, Base):
    """专门委员会 / 工作委员会 that supervises the cases of its subject area (分类督办)."""

    __tablename__ = "special_committee"
    __table_args__ = (UniqueConstraint("name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100))


class Leader(RetiredFlag, Base):
    """A standing-committee leader who supervises, or a government leader who leads the handling."""

    __tablename__ = "leader"
    __table_args__ = (UniqueConstraint("name", "kind"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(40))
    title: Mapped[str | None] = mapped_column(String(100))
    kind: Mapped[LeaderKind] = mapped_column(enum_column(LeaderKind))


class Category(RetiredFlag, Base):
    """Subject category of a case, e.g. 城乡建设, 社会事业."""

    __tablename__ = "category"
    __table_args__ = (UniqueConstraint("name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(60))
    # 专工委分类督办: the special committee that supervises the cases of this category
    committee_id: Mapped[int | None] = mapped_column(ForeignKey("special_committee.id"))


class OfficeSetting(Base):
    """One office rule (key → JSON value); see ``casebook.domain.office_settings``."""

    __tablename__ = "office_setting"

    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON)
