"""A large synthetic register for the benchmarks, written straight into the tables (bulk inserts).

Deterministic (seeded). Not for the demo: it bypasses the workflow services to reach 100,000
cases in seconds (then rebuilds the derived fact timelines in one go), but it respects the same
rules (dates in order, one reply per assignment, ratings after replies) so that the statistics do
real work.
"""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import insert

from casebook.domain.dates import add_months
from casebook.domain.roles import Permission
from casebook.store.case_facts import rebuild_all_facts
from casebook.store.case_text import rebuild_case_text
from casebook.store.database import Database
from casebook.store.list_keys import refresh_list_keys
from casebook.store.models import (
    Assignment,
    Case,
    Category,
    CongressSession,
    Delegation,
    Deputy,
    FollowUp,
    HandlingUnit,
    Leader,
    Rating,
    Reply,
    SpecialCommittee,
)

CHUNK = 5_000
# Titles like a real register's, so that searches find some cases and not others.
ACTIONS = ("加快", "推进", "加强", "完善", "优化", "有效缓解", "进一步规范", "支持")
PLACES = ("主城区", "老城区", "新区", "县域", "乡村", "城乡结合部", "开发区", "街道社区")
TOPICS = (
    "停车难问题",
    "老旧小区改造",
    "学前教育资源",
    "养老服务体系",
    "农村饮水安全",
    "背街小巷整治",
    "公交线路布局",
    "垃圾分类处理",
    "中小企业融资",
    "医疗卫生服务",
    "文化旅游融合",
    "河道综合治理",
)


def generate_register(db: Database, cases_per_year: dict[int, int], *, seed: int = 20221231) -> int:
    """Fill ``db`` with ``cases_per_year[year]`` handled cases for each year; returns the case count."""
    rng = random.Random(seed)
    now = datetime(2026, 1, 1)
    with db.write(Permission.EDIT_CASES) as session:
        session.execute(insert(Delegation), [{"name": f"代表团{i}"} for i in range(7)])
        session.execute(insert(Category), [{"name": f"类别{i}"} for i in range(10)])
        session.execute(insert(HandlingUnit), [{"name": f"承办单位{i}", "kind": "government"} for i in range(60)])
        session.execute(insert(SpecialCommittee), [{"name": f"专委会{i}"} for i in range(8)])
        session.execute(insert(Leader), [{"name": f"领导{i}", "kind": "congress"} for i in range(10)])
        session.execute(insert(Deputy), [{"name": f"代表{i}", "delegation_id": 1 + i % 7} for i in range(600)])
        session.execute(
            insert(CongressSession),
            [{"name": f"{year}年会议", "kind": "meeting", "year": year} for year in sorted(cases_per_year)],
        )
    case_id = assignment_id = 0
    total = 0
    for session_id, year in enumerate(sorted(cases_per_year), 1):
        remaining = cases_per_year[year]
        while remaining:
            batch = min(CHUNK, remaining)
            rows: dict[str, list[dict[str, Any]]] = {
                "case": [],
                "assignment": [],
                "reply": [],
                "rating": [],
                "follow": [],
            }
            for _ in range(batch):
                case_id += 1
                submitted = (
                    date(year, 1, 7) if rng.random() < 0.85 else date(year, rng.randint(2, 11), rng.randint(1, 28))
                )
                key = rng.random() < 0.02
                rows["case"].append(
                    {
                        "id": case_id,
                        "session_id": session_id,
                        "number": str(case_id),
                        "kind": "suggestion",
                        "submitted_kind": "suggestion",
                        "title": f"关于{rng.choice(ACTIONS)}{rng.choice(PLACES)}{rng.choice(TOPICS)}的建议",
                        "body": f"第{case_id}号。{rng.choice(PLACES)}群众反映{rng.choice(TOPICS)}较为突出，"
                        "建议有关部门研究解决。",
                        "category_id": rng.randint(1, 10),
                        "submitted_on": submitted,
                        "lead_deputy_id": rng.randint(1, 600),
                        "delegation_id": rng.randint(1, 7),
                        "state": "closed",
                        "handling_round": 1,
                        "is_key": key,
                        "supervising_leader_id": rng.randint(1, 10) if key else None,
                        "supervising_committee_id": rng.randint(1, 8) if rng.random() < 0.3 else None,
                        "created_at": now,
                        "updated_at": now,
                        "updated_by": "bench",
                        "version": 1,
                    }
                )
                assigned = submitted + timedelta(days=rng.randint(10, 40))
                for role in ("lead",) + (("assisting",) if rng.random() < 0.3 else ()):
                    assignment_id += 1
                    due = add_months(assigned, 3 if role == "lead" else 1)
                    rows["assignment"].append(
                        {
                            "id": assignment_id,
                            "case_id": case_id,
                            "unit_id": rng.randint(1, 60),
                            "role": role,
                            "handling_round": 1,
                            "status": "active",
                            "assigned_on": assigned,
                            "due_on": due,
                        }
                    )
                    if rng.random() < 0.9:
                        replied = assigned + timedelta(days=rng.randint(20, 110))
                        rows["reply"].append(
                            {
                                "assignment_id": assignment_id,
                                "replied_on": replied,
                                "result_code": rng.choice("AAABBCD") if role == "lead" else None,
                                "contact_method": rng.choice(["face_to_face", "meeting", "phone", "letter"]),
                                "summary": "",
                            }
                        )
                        if role == "lead" and rng.random() < 0.85:
                            rows["rating"].append(
                                {
                                    "case_id": case_id,
                                    "deputy_id": rng.randint(1, 600),
                                    "handling_round": 1,
                                    "rated_on": replied + timedelta(days=rng.randint(5, 30)),
                                    "overall": rng.choice(
                                        ["satisfied"] * 6 + ["basically_satisfied"] * 3 + ["unsatisfied"]
                                    ),
                                    "entered_by": "bench",
                                }
                            )
                        if role == "lead" and rng.random() < 0.1:
                            rows["follow"].append(
                                {
                                    "case_id": case_id,
                                    "reviewed_on": replied + timedelta(days=rng.randint(60, 300)),
                                    "result_code": "A",
                                    "measures": "",
                                }
                            )
            with db.write(Permission.EDIT_CASES) as session:
                session.execute(insert(Case), rows["case"])
                session.execute(insert(Assignment), rows["assignment"])
                session.execute(insert(Reply), rows["reply"])
                if rows["rating"]:
                    session.execute(insert(Rating), rows["rating"])
                if rows["follow"]:
                    session.execute(insert(FollowUp), rows["follow"])
            remaining -= batch
            total += batch
    with db.engine.begin() as connection:  # the derived rows, as the services keep them
        rebuild_all_facts(connection)
        rebuild_case_text(connection)
        refresh_list_keys(connection)
    return total
