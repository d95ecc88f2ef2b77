"""How the offices name a year's interim period, and how a session's name says which kind it is."""

from __future__ import annotations

from casebook.domain.enums import SessionKind

INTERIM_WORD = "闭会期间"


def interim_period_name(year: int) -> str:
    """「2026年闭会期间」: the name of a year's interim period, as the offices write it."""
    return f"{year}年{INTERIM_WORD}"


def session_kind_for(name: str) -> SessionKind:
    """A session named 「…闭会期间」 is an interim period, any other a meeting of the congress."""
    return SessionKind.INTERIM if INTERIM_WORD in name else SessionKind.MEETING
