"""The year's decisions (优秀议案建议, 先进承办单位) as lists: of a year, of a case, of a unit."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from casebook.domain.tracked_records import DecisionKind
from casebook.i18n import translate
from casebook.services.steps.case_access import case_label
from casebook.store.database import Database
from casebook.store.models import Case, HandlingUnit, YearDecision


@dataclass(frozen=True)
class DecisionRow:
    id: int
    kind: DecisionKind
    year: int
    decided_on: date
    document_number: str
    case_id: int | None
    case: str | None  # 「市九届人大二次会议 No. 12」
    title: str | None  # the case's title
    lead_deputy: str | None
    unit_id: int | None
    unit: str | None
    note: str

    @property
    def subject(self) -> str:
        return self.unit or self.case or ""

    @property
    def sentence(self) -> str:
        """「2023年度优秀议案建议（镇人常〔2024〕3号，2024-01-20）」 in the installed language."""
        return translate("Decisions", "{kind} of {year} ({document}, {date})").format(
            kind=self.kind.label, year=self.year, document=self.document_number, date=self.decided_on.isoformat()
        )


def decision_list(
    db: Database,
    *,
    year: int | None = None,
    kind: DecisionKind | None = None,
    case_id: int | None = None,
    unit_id: int | None = None,
) -> list[DecisionRow]:
    """Decisions by year, kind, then the case's session and number or the unit's name."""
    with db.read() as session:
        query = select(YearDecision)
        if year is not None:
            query = query.where(YearDecision.year == year)
        if kind is not None:
            query = query.where(YearDecision.kind == kind)
        if case_id is not None:
            query = query.where(YearDecision.case_id == case_id)
        if unit_id is not None:
            query = query.where(YearDecision.unit_id == unit_id)
        rows = []
        for decision in session.scalars(query):
            case = session.get(Case, decision.case_id) if decision.case_id is not None else None
            unit = session.get(HandlingUnit, decision.unit_id) if decision.unit_id is not None else None
            rows.append(
                DecisionRow(
                    id=decision.id,
                    kind=decision.kind,
                    year=decision.year,
                    decided_on=decision.decided_on,
                    document_number=decision.document_number,
                    case_id=decision.case_id,
                    case=case_label(case) if case is not None else None,
                    title=case.title if case is not None else None,
                    lead_deputy=case.lead_deputy.name if case is not None and case.lead_deputy is not None else None,
                    unit_id=decision.unit_id,
                    unit=unit.name if unit is not None else None,
                    note=decision.note,
                )
            )
        order = list(DecisionKind)
        return sorted(rows, key=lambda r: (r.year, order.index(r.kind), r.case or "", r.unit or "", r.id))
