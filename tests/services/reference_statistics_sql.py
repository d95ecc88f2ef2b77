"""REFERENCE for the tests: the statistics computed straight from the normalised tables.

This was the program's first statement; the program now reads the fact timelines, and the tests
check that both agree on random registers.

The statistics as one SQL statement over the event history, for one cohort as of one date.

Every figure is a count of per-case facts (a CTE with one row per case of the cohort) or of
per-assignment facts, aggregated once overall and once per breakdown (UNION ALL). Both SQLite and
PostgreSQL materialise a CTE that is used several times, so the facts are computed once.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from sqlalchemy import Date, TextClause, bindparam, text

from casebook.domain.enums import AssignmentRole, AssignmentStatus, ContactMethod
from casebook.domain.metrics import Figures
from casebook.domain.office_settings import OfficeSettings

ANSWERING_ROLES = (AssignmentRole.LEAD.value, AssignmentRole.SEPARATE.value)
MET_IN_PERSON = (ContactMethod.FACE_TO_FACE.value, ContactMethod.MEETING.value)
CHANGED = AssignmentStatus.CHANGED.value

# Dimensions of the breakdowns; "unit_cases" and "unit_work" are merged into the lead-unit rows.
OVERALL = "all"
CASE_DIMENSIONS = {
    "category": "category_id",
    "delegation": "delegation_id",
    "leader": "leader_id",
    "committee": "committee_id",
    "key": "CASE WHEN is_key THEN 1 ELSE 0 END",
}

_FACT_SUMS = ", ".join(f"COALESCE(SUM({name}), 0) AS {name}" for name in Figures.counts() if name != "total")
_WORK_COLUMNS = ("replies_due", "replied_on_time", "overdue", "replies", "met_face_to_face")


@dataclass(frozen=True)
class Cohort:
    year: int
    kind: str
    as_of: date
    session_id: int | None = None


def statistics_statement(cohort: Cohort, *, breakdowns: bool) -> TextClause:
    session_clause = "AND c.session_id = :session_id" if cohort.session_id is not None else ""
    answering = ", ".join(f"'{r}'" for r in ANSWERING_ROLES)
    in_person = ", ".join(f"'{m}'" for m in MET_IN_PERSON)
    branches = [f"SELECT '{OVERALL}' AS dimension, NULL AS dim_key, COUNT(*) AS total, {_FACT_SUMS} FROM facts"]
    if breakdowns:
        for dimension, column in CASE_DIMENSIONS.items():
            branches.append(f"SELECT '{dimension}', {column}, COUNT(*), {_FACT_SUMS} FROM facts GROUP BY {column}")
        case_sums = ", ".join(
            "0" if name in _WORK_COLUMNS else f"COALESCE(SUM(f.{name}), 0)"
            for name in Figures.counts()
            if name != "total"
        )
        branches.append(
            "SELECT 'unit_cases', lu.unit_id, COUNT(*), " + case_sums + " FROM facts f "
            "JOIN (SELECT DISTINCT case_id, unit_id FROM answering WHERE role = 'lead' "
            "      AND NOT (status = '" + CHANGED + "' AND ended_on <= :asof)) lu ON lu.case_id = f.case_id "
            "GROUP BY lu.unit_id"
        )
        work_sums = ", ".join(
            {
                "replies_due": "COALESCE(SUM(w.due), 0)",
                "replied_on_time": "COALESCE(SUM(w.on_time), 0)",
                "overdue": "COALESCE(SUM(w.overdue), 0)",
                "replies": "COALESCE(SUM(w.replies), 0)",
                "met_face_to_face": "COALESCE(SUM(w.face), 0)",
            }.get(name, "0")
            for name in Figures.counts()
        )
        branches.append(
            "SELECT 'unit_work', w.unit_id, " + work_sums + " FROM ("
            " SELECT unit_id, due, on_time, overdue, 0 AS replies, 0 AS face FROM assignment_facts"
            " UNION ALL SELECT unit_id, 0, 0, 0, 1, face FROM reply_facts) w GROUP BY w.unit_id"
        )
    sql = f"""
WITH cohort AS (
    SELECT c.id AS case_id, c.category_id, c.delegation_id, c.supervising_leader_id AS leader_id,
           c.supervising_committee_id AS committee_id, c.is_key
    FROM case_record c
    WHERE c.submitted_on >= :start AND c.submitted_on <= :end AND c.submitted_on <= :asof
      AND (c.withdrawn_on IS NULL OR c.withdrawn_on > :asof)
      AND (CASE WHEN c.converted_on IS NOT NULL AND c.converted_on <= :asof
                THEN c.kind ELSE c.submitted_kind END) = :kind
      {session_clause}
),
answering AS (
    SELECT a.id, a.case_id, a.unit_id, a.role, a.due_on, a.status, a.ended_on,
           (SELECT MIN(r.replied_on) FROM reply r
             WHERE r.assignment_id = a.id AND r.replied_on <= :asof) AS first_reply
    FROM assignment a JOIN cohort ON cohort.case_id = a.case_id
    WHERE a.role IN ({answering}) AND a.assigned_on <= :asof
),
assignment_facts AS (
    SELECT id, case_id, unit_id,
           CASE WHEN due_on <= :asof AND NOT (status = '{CHANGED}' AND ended_on <= :asof)
                THEN 1 ELSE 0 END AS due,
           CASE WHEN due_on <= :asof AND NOT (status = '{CHANGED}' AND ended_on <= :asof)
                     AND first_reply IS NOT NULL AND first_reply <= due_on
                THEN 1 ELSE 0 END AS on_time,
           CASE WHEN due_on < :asof AND first_reply IS NULL AND (ended_on IS NULL OR ended_on > :asof)
                THEN 1 ELSE 0 END AS overdue
    FROM answering
),
reply_facts AS (
    SELECT a.case_id, a.unit_id, r.id, r.replied_on, r.result_code,
           CASE WHEN r.contact_method IN ({in_person}) THEN 1 ELSE 0 END AS face
    FROM reply r
    JOIN assignment a ON a.id = r.assignment_id
    JOIN cohort ON cohort.case_id = a.case_id
    WHERE a.role IN ({answering}) AND r.replied_on <= :asof
),
results AS (
    SELECT case_id, result_code,
           ROW_NUMBER() OVER (PARTITION BY case_id ORDER BY on_date DESC, source DESC, seq DESC) AS rn
    FROM (
        SELECT case_id, result_code, replied_on AS on_date, 0 AS source, id AS seq FROM reply_facts
        UNION ALL
        SELECT f.case_id, f.result_code, f.reviewed_on, 1, f.id
        FROM follow_up f JOIN cohort ON cohort.case_id = f.case_id
        WHERE f.reviewed_on <= :asof
    ) dated_results
),
ratings AS (
    SELECT rt.case_id, rt.overall, rt.handling_round,
           ROW_NUMBER() OVER (PARTITION BY rt.case_id
                              ORDER BY rt.handling_round DESC, rt.rated_on DESC, rt.id DESC) AS rn,
           ROW_NUMBER() OVER (PARTITION BY rt.case_id, rt.handling_round
                              ORDER BY rt.rated_on DESC, rt.id DESC) AS rn_in_round
    FROM rating rt JOIN cohort ON cohort.case_id = rt.case_id
    WHERE rt.rated_on <= :asof
),
facts AS (
    SELECT cohort.*,
           CASE WHEN EXISTS (SELECT 1 FROM assignment a
                             WHERE a.case_id = cohort.case_id AND a.assigned_on <= :asof)
                THEN 1 ELSE 0 END AS assigned,
           CASE WHEN rp.n > 0 THEN 1 ELSE 0 END AS replied,
           CASE WHEN res.result_code IN :resolved THEN 1 ELSE 0 END AS resolved,
           CASE WHEN res.result_code IN :accomplished THEN 1 ELSE 0 END AS accomplished,
           CASE WHEN lr.overall IS NOT NULL THEN 1 ELSE 0 END AS rated,
           CASE WHEN lr.overall IN :satisfied THEN 1 ELSE 0 END AS satisfied,
           CASE WHEN fr.overall IS NOT NULL THEN 1 ELSE 0 END AS first_rated,
           CASE WHEN fr.overall IN :satisfied THEN 1 ELSE 0 END AS first_satisfied,
           COALESCE(af.due, 0) AS replies_due,
           COALESCE(af.on_time, 0) AS replied_on_time,
           COALESCE(af.overdue, 0) AS overdue,
           COALESCE(rp.n, 0) AS replies,
           COALESCE(rp.face, 0) AS met_face_to_face
    FROM cohort
    LEFT JOIN (SELECT case_id, COUNT(*) AS n, SUM(face) AS face FROM reply_facts GROUP BY case_id) rp
           ON rp.case_id = cohort.case_id
    LEFT JOIN results res ON res.case_id = cohort.case_id AND res.rn = 1
    LEFT JOIN ratings lr ON lr.case_id = cohort.case_id AND lr.rn = 1
    LEFT JOIN ratings fr ON fr.case_id = cohort.case_id AND fr.handling_round = 1 AND fr.rn_in_round = 1
    LEFT JOIN (SELECT case_id, SUM(due) AS due, SUM(on_time) AS on_time, SUM(overdue) AS overdue
               FROM assignment_facts GROUP BY case_id) af
           ON af.case_id = cohort.case_id
)
{" UNION ALL ".join(branches)}
"""
    params = [
        bindparam("start", type_=Date),
        bindparam("end", type_=Date),
        bindparam("asof", type_=Date),
        bindparam("resolved", expanding=True),
        bindparam("accomplished", expanding=True),
        bindparam("satisfied", expanding=True),
    ]
    return text(sql).bindparams(*params)


def reference_figures(session: Any, settings: OfficeSettings, cohort: Cohort) -> dict[str, dict[int | None, Figures]]:
    """The figures by the normalised-tables statement above, with the unit rows merged like the program's."""
    params: dict[str, object] = {
        "start": date(cohort.year, 1, 1),
        "end": date(cohort.year, 12, 31),
        "asof": cohort.as_of,
        "kind": cohort.kind,
        "resolved": list(settings.resolved_categories),
        "accomplished": list(settings.accomplished_categories),
        "satisfied": [o.code for o in settings.rating_options if o.satisfied],
    }
    result: dict[str, dict[int | None, Figures]] = {}
    for dimension, key, *counts in session.execute(statistics_statement(cohort, breakdowns=True), params):
        result.setdefault(dimension, {})[key] = Figures(*(int(c or 0) for c in counts))
    cases, work = result.pop("unit_cases", {}), result.pop("unit_work", {})
    result["unit"] = {
        key: replace(
            cases.get(key, Figures()), **{name: getattr(work.get(key, Figures()), name) for name in _WORK_COLUMNS}
        )
        for key in cases.keys() | work.keys()
    }
    return result
