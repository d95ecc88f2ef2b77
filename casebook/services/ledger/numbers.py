"""A case's number as a ledger writes it, read as the register keeps it: 「1」 for 「0001」.

Excel drops the leading zeros of a number typed into a cell, so a register exported as 「0001」 comes
back from an office as 1, and an import used to register it again as a second case 「1」. A number
of digits only is the register's case of the same session whose number has the same value — when
exactly one case has it; a number written exactly as registered is always that case.
"""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import select

from casebook.store.database import Database
from casebook.store.models import Case


class RegisteredNumbers:
    """The numbers of each session's cases in the register, read once per session for one import."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self._sessions: dict[int, tuple[set[str], dict[str, list[str]]]] = {}

    def registered(self, session_id: int, number: str) -> str:
        """``number`` as the register writes it in that session (``number`` itself when no case, or
        more than one, has its value)."""
        if not number.isdigit():
            return number
        if session_id not in self._sessions:
            self._sessions[session_id] = self._read(session_id)
        exact, by_value = self._sessions[session_id]
        if number in exact:
            return number
        same = by_value.get(number_value(number), [])
        return same[0] if len(same) == 1 else number

    def _read(self, session_id: int) -> tuple[set[str], dict[str, list[str]]]:
        with self.db.read() as session:
            numbers = set(session.scalars(select(Case.number).where(Case.session_id == session_id)))
        by_value: dict[str, list[str]] = defaultdict(list)
        for number in numbers:
            if number.isdigit():
                by_value[number_value(number)].append(number)
        return numbers, by_value


def number_value(number: str) -> str:
    """What a number stands for: one of digits only without its leading zeros (「0001」 and 「1」 are
    the same value), any other as it is. (Text, not an int: a cell of thousands of digits is no
    number Python converts.)"""
    return (number.lstrip("0") or "0") if number.isdigit() else number
