"""Properties on random registers: every breakdown adds up to the overall figures, and the figures
from the fact timelines equal those computed straight from the normalised tables."""

from __future__ import annotations

import tempfile
from datetime import date, timedelta
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from casebook.domain.enums import AssignmentRole, ContactMethod
from casebook.domain.metrics import Figures
from casebook.services.admin import reference
from casebook.services.admin.office import load_settings
from casebook.services.statistics.figures import compute_statistics
from casebook.services.steps.assignments import assign_case, change_unit
from casebook.services.steps.cases import CaseDraft, register_case, withdraw_case
from casebook.services.steps.closing import record_follow_up
from casebook.services.steps.ratings import RatingDraft, record_rating, rehandle_case
from casebook.services.steps.replies import ReplyDraft, record_reply
from casebook.store.database import open_database
from tests.services.reference_statistics_sql import Cohort, reference_figures

case_spec = st.fixed_dictionaries(
    {
        "category": st.sampled_from([None, 0, 1]),
        "delegation": st.sampled_from([None, 0, 1]),
        "key": st.booleans(),
        "unit": st.sampled_from([0, 1, 2]),
        "stage": st.integers(min_value=0, max_value=3),  # registered, assigned, replied, rated
        "result": st.sampled_from("ABCD"),
        "contact": st.sampled_from(list(ContactMethod)),
        "rating": st.sampled_from(["satisfied", "basically_satisfied", "unsatisfied"]),
        "reply_days": st.integers(min_value=10, max_value=150),
        "extra": st.sampled_from(["none", "withdraw", "change_unit", "rehandle", "follow_up", "separate"]),
    }
)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(specs=st.lists(case_spec, min_size=0, max_size=8), as_of_days=st.integers(min_value=0, max_value=360))
def test_breakdowns_add_up(specs: list[dict[str, object]], as_of_days: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        db = open_database(str(Path(folder) / "p.sqlite"), user="hypothesis")
        try:
            session = reference.add_session(db, "市九届人大二次会议", 2023).id
            deputy = reference.add_deputy(db, "魏敏").id
            categories = [reference.add_category(db, n).id for n in ("城乡建设", "社会事业")]
            delegations = [reference.add_delegation(db, n).id for n in ("京口", "润州")]
            units = [reference.add_unit(db, n).id for n in ("市交通运输局", "市住建局", "市公安局")]
            for number, spec in enumerate(specs, 1):
                case = register_case(
                    db,
                    CaseDraft(
                        session,
                        str(number),
                        "suggestion",
                        f"建议{number}",
                        date(2023, 1, 7),  # type: ignore[arg-type]
                        lead_deputy_id=deputy,
                        category_id=None if spec["category"] is None else categories[spec["category"]],  # type: ignore[index]
                        delegation_id=None if spec["delegation"] is None else delegations[spec["delegation"]],  # type: ignore[index]
                        is_key=bool(spec["key"]),
                    ),
                )
                stage = int(spec["stage"])  # type: ignore[call-overload]
                extra = spec["extra"]
                if stage == 0 and extra == "withdraw":
                    withdraw_case(db, case.id, date(2023, 3, 1))
                if stage >= 1:
                    a = assign_case(db, case.id, units[spec["unit"]], AssignmentRole.LEAD, date(2023, 2, 1))  # type: ignore[index]
                    if extra == "change_unit":
                        other = units[(int(spec["unit"]) + 1) % 3]  # type: ignore[call-overload]
                        a = change_unit(db, a.id, other, date(2023, 2, 5))
                    if extra == "separate":
                        other = units[(int(spec["unit"]) + 2) % 3]  # type: ignore[call-overload]
                        s2 = assign_case(db, case.id, other, AssignmentRole.SEPARATE, date(2023, 2, 3))
                        record_reply(db, s2.id, ReplyDraft(date(2023, 6, 1), "B", ContactMethod.MEETING))
                if stage >= 2:
                    replied_on = date(2023, 2, 1) + timedelta(days=int(spec["reply_days"]))  # type: ignore[call-overload]
                    record_reply(db, a.id, ReplyDraft(replied_on, str(spec["result"]), spec["contact"]))  # type: ignore[arg-type]
                if stage >= 3:
                    rated_on = max(replied_on, date(2023, 6, 1)) + timedelta(days=5)
                    record_rating(db, case.id, RatingDraft(deputy, rated_on, str(spec["rating"])))
                    if extra == "rehandle" and spec["rating"] == "unsatisfied":
                        again = rehandle_case(db, case.id, rated_on + timedelta(days=3))
                        for new in again:
                            record_reply(db, new.id, ReplyDraft(rated_on + timedelta(days=20), "A"))
                    if extra == "follow_up":
                        record_follow_up(db, case.id, rated_on + timedelta(days=60), "A")
            as_of = date(2023, 1, 7) + timedelta(days=as_of_days)
            stats = compute_statistics(db, 2023, as_of=as_of)
            with db.read() as read:
                expected = reference_figures(read, load_settings(read), Cohort(2023, "suggestion", as_of))
            assert stats.figures == expected["all"][None]
            for dimension in ("category", "delegation", "leader", "committee"):
                assert {r.key: r.figures for r in stats.breakdowns[dimension]} == expected.get(dimension, {}), dimension
            assert {r.key: r.figures for r in stats.breakdowns["lead_unit"]} == {
                k: f for k, f in expected["unit"].items() if f.total
            }
            overall = stats.figures
            withdrawn = sum(s["stage"] == 0 and s["extra"] == "withdraw" and as_of >= date(2023, 3, 1) for s in specs)
            assert overall.total == len(specs) - withdrawn
            for dimension in ("category", "delegation", "key", "leader", "committee"):
                rows = stats.breakdowns[dimension]
                for count in Figures.counts():
                    assert sum(getattr(r.figures, count) for r in rows) == getattr(overall, count), (dimension, count)
            # Each case has exactly one lead unit at a time here, so the lead-unit rows add up too.
            unit_rows = stats.breakdowns["lead_unit"]
            assert sum(r.figures.total for r in unit_rows) == overall.assigned
            assert sum(r.figures.resolved for r in unit_rows) == overall.resolved
            answering = [row.figures for row in stats.breakdowns["unit"]]  # lead and separate units
            for count in ("replies_due", "replied_on_time", "overdue", "replies", "met_face_to_face"):
                assert sum(getattr(f, count) for f in answering) == getattr(overall, count), count
        finally:
            db.close()
