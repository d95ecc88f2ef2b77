"""The demo register's records beside the cases, each year in the same style, through the services:
the standing committee's deliberation of the key suggestions' handling report with its speakers and
整改清单 (000:885 「做好专题审议、专题询问的“后半篇文章”」; 001:529 「按时报告整改落实情况」), one 专题询问
of units, the 人大评议 and 第三方评估 of a few units and cases (001:868 「代表评价、人大评议、第三方评估」),
the year's 优秀议案建议 and 先进承办单位 (001:555–557, 001:950: 「定期评选优秀代表建议和先进承办单位」) with
the decision's date and 文号, and the 三见面 meetings (000:877 「推行“三见面”“三督办”」) on a share of
the replies. The meeting dates, the speakers' order, the items and the document numbers are assumed.

Nothing is dated after the register's day (:data:`~casebook.demo.plans.DEMO_AS_OF` for 2021–2023, the
last later year's own day with ``casebook demo --until``) nor after today, so a year half-way has
only what happened by then; exactly one item of a 整改清单 is overdue on the register's day (the
latest one due by then). None of it changes a case's figures.
"""

from __future__ import annotations

import random
from collections import Counter
from datetime import date, timedelta
from decimal import Decimal

from casebook import clock
from casebook.demo.handling import ReferenceIds
from casebook.demo.later_years import FIRST_LATER_YEAR, sessions_of
from casebook.demo.plans import DEMO_AS_OF, CasePlan, UnitPlan
from casebook.demo.years import DemoPlan
from casebook.demo.zhenjiang import CONGRESS_LEADERS, GOVERNMENT_LEADERS, SESSIONS
from casebook.domain.enums import ContactMethod
from casebook.domain.roles import Permission
from casebook.domain.tracked_records import DecisionKind, DeliberationKind, EvaluationKind, MeetingStage
from casebook.services.queries.meetings import first_round_replies
from casebook.services.steps.decisions import DecisionDraft, add_decision
from casebook.services.steps.deliberations import (
    DeliberationDraft,
    add_deliberation,
    add_follow_up_item,
    mark_item_done,
)
from casebook.services.steps.evaluations import EvaluationDraft, add_evaluation
from casebook.services.steps.meetings import MeetingDraft, add_meeting
from casebook.store.database import Database

SEED = 20221027  # the standing committee's meeting that heard 2022's handling report (assumed)
REVIEW_DAY, INQUIRY_DAY = (10, 27), (8, 25)
CONGRESS, THIRD_PARTY = "市人大常委会", "受托第三方评估机构"
# 整改清单: (content, due month and day of the next year); the fourth is the one left overdue.
ITEMS = (
    ("对照代表建议逐件梳理尚未落实的事项，形成整改台账并报常委会", 1, 31),
    ("对列入计划逐步解决的建议明确时间表和责任人，按季度报送进展", 3, 31),
    ("落实办前、办中、办后“三见面”，与领衔代表当面沟通办理措施", 4, 30),
    ("对代表不满意的建议重新办理，书面报告重新办理结果", 5, 31),
    ("将建议办理成果纳入部门年度工作计划，年底前报告落实情况", 9, 30),
)
OVERDUE_ITEM = 3
MEETING_FORMS = (ContactMethod.FACE_TO_FACE, ContactMethod.FACE_TO_FACE, ContactMethod.MEETING, ContactMethod.PHONE)
# 三见面 on the answering units' first replies: all three stages, before and after, before only, none.
PATTERNS = (
    ((MeetingStage.BEFORE, MeetingStage.DURING, MeetingStage.AFTER), 0.55),
    ((MeetingStage.BEFORE, MeetingStage.AFTER), 0.2),
    ((MeetingStage.BEFORE,), 0.1),
    ((), 0.15),
)
GRADES = ("优秀", "优秀", "良好", "良好", "合格")


def load_records(
    db: Database, ids: ReferenceIds, plan: DemoPlan, case_ids: dict[int, int], counts: Counter[str]
) -> None:
    """Every year's records of the register (see the module's text), in one transaction."""
    years = sorted({case.submitted_on.year for case in plan.cases})
    last = years[-1]
    as_of = min(clock.today(), DEMO_AS_OF if last < FIRST_LATER_YEAR else date(last, 12, 31))
    overdue_year = max(
        (y for y in years if date(y + 1, ITEMS[OVERDUE_ITEM][1], ITEMS[OVERDUE_ITEM][2]) < as_of), default=0
    )
    with db.write(Permission.EDIT_CASES):
        for year in years:
            rng = random.Random(SEED + year)
            cases = [c for c in plan.cases if c.submitted_on.year == year and c.serial in case_ids]
            run = YearRecords(db, ids, plan, case_ids, counts, rng, year, as_of)
            run.meetings(cases)
            units = questioned_units(cases)
            run.deliberation(units, overdue=year == overdue_year)
            run.inquiry(units[-3:])
            run.evaluations(cases, units)
            run.decisions(cases)


def questioned_units(cases: list[CasePlan]) -> list[str]:
    """The lead units of the year's key suggestions, then the busiest units, five in all."""
    found = [u.final_unit for c in cases if c.is_key for u in c.units if u.answers]
    busy = Counter(u.final_unit for c in cases for u in c.units if u.answers)
    found += [name for name, _ in sorted(busy.items(), key=lambda item: (-item[1], item[0]))]
    return list(dict.fromkeys(found))[:5]


def answered(case: CasePlan) -> list[UnitPlan]:
    return [u for u in case.units if u.answers and u.reply is not None]


def satisfied_and_resolved(case: CasePlan) -> bool:
    """Resolved (A) by its answering units and rated satisfied by the deputy."""
    resolved = any(u.reply is not None and u.reply.result_code == "A" for u in answered(case))
    return resolved and case.rating is not None and case.rating.overall == "satisfied"


def meeting_name(year: int) -> str:
    known = [s.name for s in SESSIONS if s.year == year and s.meeting_number is not None]
    return known[0] if known else sessions_of(year)[0].name


class YearRecords:
    """One year's records; each method writes through the services and skips what is after ``as_of``."""

    def __init__(
        self,
        db: Database,
        ids: ReferenceIds,
        plan: DemoPlan,
        case_ids: dict[int, int],
        counts: Counter[str],
        rng: random.Random,
        year: int,
        as_of: date,
    ):
        self.db, self.ids, self.plan, self.case_ids, self.counts = db, ids, plan, case_ids, counts
        self.rng, self.year, self.as_of = rng, year, as_of

    def meetings(self, cases: list[CasePlan]) -> None:
        stages = [p for p, _ in PATTERNS]
        weights = [w for _, w in PATTERNS]
        replies = first_round_replies(self.db, [self.case_ids[case.serial] for case in cases if answered(case)])
        for case in cases:
            units = answered(case)
            if not units:
                continue
            case_id = self.case_ids[case.serial]
            for unit in units:
                assert unit.reply is not None
                pattern = self.rng.choices(stages, weights)[0]
                reply = replies[(case_id, unit.final_unit)]
                assigned = unit.change.changed_on if unit.change is not None else unit.assigned_on
                for stage in pattern:
                    met_on = self._meeting_day(stage, assigned, reply.replied_on)
                    if met_on > self.as_of:
                        continue
                    form = self.rng.choice(MEETING_FORMS)
                    people = "分管负责同志、承办处室负责人" if stage is not MeetingStage.DURING else "承办处室负责人"
                    add_meeting(self.db, reply.id, MeetingDraft(stage, met_on, form, people))
                    self.counts["reply_meetings"] += 1

    def _meeting_day(self, stage: MeetingStage, assigned: date, replied: date) -> date:
        span = (replied - assigned).days
        if stage is MeetingStage.BEFORE:
            return assigned + timedelta(days=self.rng.randint(0, max(0, min(10, span // 3))))
        if stage is MeetingStage.DURING:
            return assigned + timedelta(days=self.rng.randint(span // 3, max(span // 3, span * 2 // 3)))
        return replied + timedelta(days=self.rng.randint(3, 30))

    def deliberation(self, units: list[str], *, overdue: bool) -> None:
        held_on = date(self.year, *REVIEW_DAY)
        if held_on > self.as_of:
            return
        chair, *deputy_heads = (name for name, _ in CONGRESS_LEADERS)
        deputies = self.rng.sample([d.name for d in self.plan.deputies], 3)
        speakers = "、".join(deputy_heads[:3] + deputies)
        reporter = GOVERNMENT_LEADERS[-1][0]
        draft = DeliberationDraft(
            DeliberationKind.COMMITTEE_REVIEW,
            held_on,
            f"审议市政府关于{meeting_name(self.year)}代表建议、批评和意见办理情况的报告",
            participants=f"{chair}主持；副市长{reporter}作报告；{speakers}发言",
            unit_ids=tuple(self.ids.units[u] for u in units),
            notes="常委会组成人员对重点建议办理情况进行满意度测评，审议意见交市政府研究处理。",
        )
        deliberation = add_deliberation(self.db, draft)
        self.counts["deliberations"] += 1
        for index, ((content, month, day), unit) in enumerate(zip(ITEMS, units, strict=False)):
            due_on = date(self.year + 1, month, day)
            item = add_follow_up_item(self.db, deliberation, content, due_on, unit_id=self.ids.units[unit])
            self.counts["follow_up_items"] += 1
            if index == OVERDUE_ITEM and overdue:
                continue  # the one left overdue on the register's day
            done_on = due_on + timedelta(
                days=self.rng.randint(5, 20) if index == OVERDUE_ITEM else -self.rng.randint(0, 15)
            )
            if done_on <= self.as_of:
                mark_item_done(self.db, item, done_on, f"{unit}书面报告整改落实情况")

    def inquiry(self, units: list[str]) -> None:
        held_on = date(self.year, *INQUIRY_DAY)
        if held_on > self.as_of:
            return
        draft = DeliberationDraft(
            DeliberationKind.TOPICAL_INQUIRY,
            held_on,
            f"{self.year}年代表建议办理工作专题询问",
            participants=f"常委会组成人员、部分市人大代表询问；{'、'.join(units)}主要负责人应询",
            unit_ids=tuple(self.ids.units[u] for u in units),
            notes="询问后开展二次测评，意见交有关单位整改。",
        )
        inquiry = add_deliberation(self.db, draft)
        self.counts["deliberations"] += 1
        for unit in units[:2]:
            due_on = date(self.year, 11, 30)
            item = add_follow_up_item(
                self.db, inquiry, "针对询问中代表指出的问题制定整改措施并报告", due_on, unit_id=self.ids.units[unit]
            )
            self.counts["follow_up_items"] += 1
            done_on = due_on - timedelta(days=self.rng.randint(0, 20))
            if done_on <= self.as_of:
                mark_item_done(self.db, item, done_on, f"{unit}报送整改报告")

    def evaluations(self, cases: list[CasePlan], units: list[str]) -> None:
        if date(self.year, 12, 10) > self.as_of:
            return
        for unit in units[:3]:  # 人大评议 of the units questioned
            grade = self.rng.choice(GRADES)
            self._evaluate(date(self.year, 12, 22), CONGRESS, unit_id=self.ids.units[unit], grade=grade)
        for unit in units[2:]:  # 第三方评估 of units, with a score
            score = Decimal(self.rng.randint(780, 960)) / 10
            self._evaluate(date(self.year, 12, 10), THIRD_PARTY, unit_id=self.ids.units[unit], score=score)
        replied = sorted((c for c in cases if answered(c)), key=lambda c: not c.is_key)
        for case in replied[:4]:  # 第三方评估 of the handling of key suggestions first
            score = Decimal(self.rng.randint(800, 980)) / 10
            self._evaluate(date(self.year, 12, 10), THIRD_PARTY, case_id=self.case_ids[case.serial], score=score)

    def _evaluate(
        self,
        evaluated_on: date,
        evaluator: str,
        *,
        unit_id: int | None = None,
        case_id: int | None = None,
        grade: str | None = None,
        score: Decimal | None = None,
    ) -> None:
        if evaluated_on > self.as_of:
            return
        kind = EvaluationKind.CONGRESS_REVIEW if evaluator == CONGRESS else EvaluationKind.THIRD_PARTY
        year = self.year if unit_id is not None else None
        comments = (
            "办理态度认真，沟通充分，落实措施具体。"
            if (score or 90) >= 85 and grade != "合格"
            else "办理进度偏慢，需加强跟踪落实。"
        )
        draft = EvaluationDraft(kind.value, evaluator, evaluated_on, case_id, unit_id, year, score, grade, comments)
        add_evaluation(self.db, draft)
        self.counts["evaluations"] += 1

    def decisions(self, cases: list[CasePlan]) -> None:
        decided_on = date(self.year + 1, 2, 20)
        if decided_on > self.as_of:
            return
        resolved = [c for c in cases if satisfied_and_resolved(c)]
        chosen = [c for c in resolved if c.is_key][:2]
        chosen += self.rng.sample([c for c in resolved if c not in chosen], 5 - len(chosen))
        excellent, advanced = DecisionKind.EXCELLENT_CASE, DecisionKind.ADVANCED_UNIT
        document = f"镇人常〔{self.year + 1}〕3号"
        for case in chosen:
            add_decision(self.db, DecisionDraft(excellent, self.year, decided_on, document, self.case_ids[case.serial]))
        document = f"镇人常〔{self.year + 1}〕4号"
        units = self._advanced(resolved)
        for unit in units:
            add_decision(
                self.db, DecisionDraft(advanced, self.year, decided_on, document, unit_id=self.ids.units[unit])
            )
        self.counts["year_decisions"] += len(chosen) + len(units)

    def _advanced(self, resolved: list[CasePlan]) -> list[str]:
        """The five units with the most cases resolved to the deputy's satisfaction."""
        count = Counter(u.final_unit for c in resolved for u in answered(c))
        return [name for name, _ in sorted(count.items(), key=lambda item: (-item[1], item[0]))[:5]]
