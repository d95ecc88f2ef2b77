"""群众意见: the opinions and suggestions voters give deputies at a 代表联络站, a 人大代表之家 or a 代表小组's
reception, registered by the office, passed on (转交) to a unit, answered (办复) by it, and the answer
fed back (反馈) to the voter.

Pure rules: the kinds of station, the states of an opinion, its number (意见2023-0001), and the checks
of each step — in order, dated in order and never after today.
"""

from __future__ import annotations

import re
from datetime import date
from enum import StrEnum

from casebook.domain.errors import RuleViolation
from casebook.i18n import noop, translate

SERIAL_DIGITS = 4
_NUMBER = re.compile(r"(\d{4})\s*[-－—]\s*(\d{1,6})")


class StationKind(StrEnum):
    LIAISON_STATION = "liaison_station"  # 代表联络站 (联络总站 of a town, 联络站 of a village)
    DEPUTIES_HOME = "deputies_home"  # 人大代表之家
    DEPUTY_GROUP = "deputy_group"  # 代表小组

    @property
    def label(self) -> str:
        return translate("Opinions", _LABELS[self.value])


class OpinionState(StrEnum):
    REGISTERED = "registered"  # 已登记
    PASSED_ON = "passed_on"  # 已转交
    ANSWERED = "answered"  # 已办复
    FED_BACK = "fed_back"  # 已反馈
    CLOSED = "closed"  # 已办结

    @property
    def label(self) -> str:
        return translate("Opinions", _LABELS[self.value])


_LABELS: dict[str, str] = {
    StationKind.LIAISON_STATION.value: noop("Opinions", "Liaison station"),
    StationKind.DEPUTIES_HOME.value: noop("Opinions", "Deputies' home"),
    StationKind.DEPUTY_GROUP.value: noop("Opinions", "Deputy group"),
    OpinionState.REGISTERED.value: noop("Opinions", "Registered"),
    OpinionState.PASSED_ON.value: noop("Opinions", "Passed on"),
    OpinionState.ANSWERED.value: noop("Opinions", "Answered"),
    OpinionState.FED_BACK.value: noop("Opinions", "Fed back"),
    OpinionState.CLOSED.value: noop("Opinions", "Closed"),
}


def station_kind(text: str) -> StationKind:
    """A kind by its code or its label (代表联络站, 人大代表之家, 代表小组)."""
    wanted = text.strip()
    for kind in StationKind:
        if wanted in (kind.value, kind.label):
            return kind
    raise RuleViolation(
        "unknown_station_kind",
        noop("Rule", "“{text}” is not a kind of station ({kinds})"),
        text=wanted,
        kinds="、".join(f"{k.value} {k.label}" for k in StationKind),
    )


def opinion_state(text: str) -> OpinionState:
    wanted = text.strip()
    for state in OpinionState:
        if wanted in (state.value, state.label):
            return state
    raise RuleViolation(
        "unknown_opinion_state",
        noop("Rule", "“{text}” is not a state of an opinion ({states})"),
        text=wanted,
        states="、".join(f"{s.value} {s.label}" for s in OpinionState),
    )


def opinion_number(year: int, serial: int) -> str:
    """意见2023-0001: the year's own numbering (in the installed language's word)."""
    return translate("Opinions", "Opinion {year}-{serial}").format(year=year, serial=f"{serial:0{SERIAL_DIGITS}d}")


def parse_opinion_number(text: str) -> tuple[int, int]:
    """(year, serial) of 「意见2023-0001」, 「2023-1」 or 「Opinion 2023-0001」."""
    found = _NUMBER.search(text)
    if found is None:
        raise RuleViolation(
            "bad_opinion_number",
            noop("Rule", "“{text}” is not an opinion's number (such as {example})"),
            text=text.strip(),
            example=opinion_number(2023, 1),
        )
    return int(found.group(1)), int(found.group(2))


def check_not_future(day: date, today: date, number: str | None = None) -> None:
    if day > today:
        raise RuleViolation(
            "opinion_date_in_future",
            noop("Rule", "the date {date} is after today ({today})"),
            case=number,
            date=day.isoformat(),
            today=today.isoformat(),
        )


def _check_after(number: str | None, day: date, earlier: date, what: str) -> None:
    if day < earlier:
        raise RuleViolation(
            "opinion_date_before_previous_step",
            noop("Rule", "the date {date} is before {what} ({earliest})"),
            case=number,
            date=day.isoformat(),
            what=translate("Rule", what),
            earliest=earlier.isoformat(),
        )


def _check_state(number: str | None, state: OpinionState, wanted: OpinionState, template: str) -> None:
    if state is not wanted:
        raise RuleViolation("opinion_step_order", template, case=number, state=state.label)


def check_content(content: str) -> str:
    text = content.strip()
    if not text:
        raise RuleViolation("opinion_content", noop("Rule", "An opinion needs its content."))
    return text


def check_pass_on(number: str | None, state: OpinionState, received_on: date, passed_on: date, today: date) -> None:
    """转交: once, after it was received, never after today."""
    _check_state(
        number,
        state,
        OpinionState.REGISTERED,
        noop("Rule", "only a registered opinion is passed on to a unit; this one is “{state}”"),
    )
    _check_after(number, passed_on, received_on, noop("Rule", "the day it was received"))
    check_not_future(passed_on, today, number)


def check_answer(
    number: str | None, state: OpinionState, passed_on: date | None, answered_on: date, today: date
) -> None:
    """办复: only after it was passed on to the unit, dated after that."""
    _check_state(
        number,
        state,
        OpinionState.PASSED_ON,
        noop("Rule", "an answer is recorded only after the opinion was passed on to a unit; this one is “{state}”"),
    )
    assert passed_on is not None
    _check_after(number, answered_on, passed_on, noop("Rule", "the day it was passed on"))
    check_not_future(answered_on, today, number)


def check_feedback(
    number: str | None, state: OpinionState, answered_on: date | None, fed_back_on: date, today: date
) -> None:
    """反馈: the unit's answer told to the voter, after it came."""
    _check_state(
        number,
        state,
        OpinionState.ANSWERED,
        noop("Rule", "feedback to the voter follows the unit's answer; this opinion is “{state}”"),
    )
    assert answered_on is not None
    _check_after(number, fed_back_on, answered_on, noop("Rule", "the unit's answer"))
    check_not_future(fed_back_on, today, number)


def check_close(
    number: str | None, state: OpinionState, fed_back_on: date | None, closed_on: date, today: date
) -> None:
    """办结: after the voter was told the answer."""
    _check_state(
        number,
        state,
        OpinionState.FED_BACK,
        noop("Rule", "an opinion is closed after the answer was fed back to the voter; this one is “{state}”"),
    )
    assert fed_back_on is not None
    _check_after(number, closed_on, fed_back_on, noop("Rule", "the feedback to the voter"))
    check_not_future(closed_on, today, number)
