from __future__ import annotations

from datetime import date

import pytest

from casebook.domain.dates import add_months
from casebook.domain.enums import CaseState
from casebook.domain.office_settings import OfficeSettings
from casebook.domain.workflow import Action, allowed_actions


@pytest.mark.parametrize(
    ("start", "months", "expected"),
    [
        (date(2023, 3, 15), 3, date(2023, 6, 15)),
        (date(2023, 11, 30), 3, date(2024, 2, 29)),  # leap year, month end
        (date(2023, 1, 31), 1, date(2023, 2, 28)),
    ],
)
def test_add_months(start: date, months: int, expected: date) -> None:
    assert add_months(start, months) == expected


def test_settings_round_trip_keeps_unknown_keys() -> None:
    rows = OfficeSettings().to_rows() | {"future_key": 7}
    settings = OfficeSettings.from_rows(rows)
    assert settings.to_rows() == rows
    assert OfficeSettings.from_rows({}) == OfficeSettings()


def test_no_step_on_a_withdrawn_case_and_close_only_when_rated() -> None:
    assert allowed_actions(CaseState.WITHDRAWN) == frozenset()
    assert Action.CLOSE in allowed_actions(CaseState.RATED)
    assert Action.CLOSE not in allowed_actions(CaseState.REPLIED)


def test_labels_of_equal_values_in_different_enums_stay_apart() -> None:
    from casebook.domain.enums import ContactMethod, LeaderKind, SessionKind, UnitKind

    assert UnitKind.GOVERNMENT.label == "Government department"
    assert LeaderKind.GOVERNMENT.label == "Government leader"
    assert SessionKind.MEETING.label == "Congress meeting"
    assert ContactMethod.MEETING.label == "Meeting"
