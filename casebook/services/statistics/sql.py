"""The statistics as one SQL statement over the fact timelines, for one cohort as of one date.

``case_fact`` and ``unit_fact`` hold, per case, what each figure counts on each span of dates (see
casebook.domain.case_facts); the rows valid on the as-of date are aggregated once per combination of
month of the end of validity and the breakdown columns (the order the table is kept in, so no
sorting), then rolled up overall and per breakdown (UNION ALL over that small set). 0 in a breakdown
column means "none".
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import BindParameter, ColumnElement, TextClause, and_, bindparam, text

from casebook.domain.enums import UnitKind
from casebook.domain.metrics import Figures
from casebook.services.queries.unit_kinds import handled_by_kind
from casebook.store.case_facts import FactTable, cohort_rows_on
from casebook.store.models import CaseFactRow, UnitFactRow

OVERALL = "all"
CASE_DIMENSIONS = {
    "category": "NULLIF(category_id, 0)",
    "delegation": "NULLIF(delegation_id, 0)",
    "leader": "NULLIF(leader_id, 0)",
    "committee": "NULLIF(committee_id, 0)",
    "key": "key_flag",
}
# How each count of Figures is computed from the valid fact rows.
_CASE_COUNTS = {
    "total": "COUNT(*)",
    "assigned": "SUM(assigned)",
    "replied": "SUM(replied)",
    "resolved": "SUM(resolved)",
    "accomplished": "SUM(accomplished)",
    "rated": "SUM(rated)",
    "satisfied": "SUM(satisfied)",
    "first_rated": "SUM(first_rated)",
    "first_satisfied": "SUM(first_satisfied)",
    "replies_due": "SUM(replies_due)",
    "replied_on_time": "SUM(on_time)",
    "overdue": "SUM(overdue)",
    "replies": "SUM(replies)",
    "met_face_to_face": "SUM(met)",
}
# A unit counts the cases it leads; its reply work counts whether it leads or handles separately.
_UNIT_COUNTS = {
    "total": "SUM(leads)",
    "assigned": "SUM(leads * assigned)",
    "replied": "SUM(leads * replied)",
    "resolved": "SUM(leads * resolved)",
    "accomplished": "SUM(leads * accomplished)",
    "rated": "SUM(leads * rated)",
    "satisfied": "SUM(leads * satisfied)",
    "first_rated": "SUM(leads * first_rated)",
    "first_satisfied": "SUM(leads * first_satisfied)",
    "replies_due": "SUM(replies_due)",
    "replied_on_time": "SUM(on_time)",
    "overdue": "SUM(overdue)",
    "replies": "SUM(replies)",
    "met_face_to_face": "SUM(met)",
}


@dataclass(frozen=True)
class Cohort:
    """The cases counted: of ``kind`` submitted in ``year``, as they stood on ``as_of``; of one
    session, and answered for by a unit of one kind (政府部门 …), when given."""

    year: int
    kind: str
    as_of: date
    session_id: int | None = None
    unit_kind: str | None = None

    def rows(self, table: FactTable) -> list[ColumnElement[bool]]:
        """The cohort's fact rows valid on its date (store.case_facts), of its unit kind."""
        conditions = cohort_rows_on(table, self.year, self.kind, self.as_of, self.session_id)
        if self.unit_kind is not None:
            conditions.append(handled_by_kind(table.case_id, UnitKind(self.unit_kind), self.as_of))
        return conditions


def _valid(table: FactTable, cohort: Cohort, binds: dict[str, BindParameter[object]]) -> str:
    """The cohort's rows valid on its date, rendered from the one definition (store.case_facts)."""
    condition = and_(*cohort.rows(table))
    compiled = condition.compile(compile_kwargs={"render_postcompile": False})
    for bind, name in compiled.bind_names.items():
        binds[name] = bindparam(name, value=bind.value, type_=bind.type)
    return str(compiled)


def statistics_statement(cohort: Cohort, *, breakdowns: bool) -> TextClause:
    binds: dict[str, BindParameter[object]] = {}
    counts = list(Figures.counts())
    grouped_counts = ", ".join(f"{_CASE_COUNTS[name]} AS {name}" for name in counts)
    rolled = ", ".join(f"COALESCE(SUM({name}), 0)" for name in counts)
    branches = [f"SELECT '{OVERALL}' AS dimension, NULL AS dim_key, {rolled} FROM grouped"]
    if breakdowns:
        branches += [
            f"SELECT '{dimension}', {column}, {rolled} FROM grouped GROUP BY {column}"
            for dimension, column in CASE_DIMENSIONS.items()
        ]
        unit_grouped = ", ".join(f"{_UNIT_COUNTS[name]} AS {name}" for name in counts)
        branches.append(
            f"SELECT 'unit', unit_id, {rolled} FROM ("
            f"SELECT valid_to_month, unit_id, {unit_grouped} FROM unit_fact WHERE {_valid(UnitFactRow, cohort, binds)}"
            " GROUP BY valid_to_month, unit_id) by_month GROUP BY unit_id"
        )
    sql = f"""
WITH grouped AS (
    SELECT valid_to_month, category_id, delegation_id, leader_id, committee_id,
           CASE WHEN is_key THEN 1 ELSE 0 END AS key_flag, {grouped_counts}
    FROM case_fact
    WHERE {_valid(CaseFactRow, cohort, binds)}
    GROUP BY valid_to_month, category_id, delegation_id, leader_id, committee_id, is_key
)
{" UNION ALL ".join(branches)}
"""
    return text(sql).bindparams(*binds.values())
