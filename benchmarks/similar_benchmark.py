"""Time the similar-suggestions index over a large register: its build, and one query.

    python benchmarks/similar_benchmark.py [--cases 100000] [--queries 50] [--db FILE] [--json]
                                          [--cluster-cases 5000]

The register comes from benchmarks.generate.generate_register (five years), whose titles then get
the variety of a real register (:func:`varied_texts`: the demo's subjects in many places and
wordings, bodies of a few sentences), since similarity over a few hundred distinct titles would
measure nothing. A query is what the case editor asks when a clerk types a title (a reworded
title of an earlier case, sometimes with a body): ``similar_cases`` with its check that the
register has not changed and the fetch of the matches' rows. The build is the first query's
extra cost. The target is 100 ms a query at 100,000 cases. The groups of resubmissions
(``resubmitted_clusters``) compare every case with every other, so they are timed on a register of
the size of a real one (--cluster-cases, default 5,000).
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import cast

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import Table, bindparam, select, update

from benchmarks.generate import generate_register
from casebook.demo.topics import TOPICS
from casebook.domain.enums import CaseKind
from casebook.domain.roles import Permission
from casebook.services.queries.similar import index_builds, prepare_index, resubmitted_clusters, similar_cases
from casebook.services.steps.cases import CaseDraft, case_draft, edit_case, register_case
from casebook.store.database import Database, open_database
from casebook.store.models import Case

TARGET_SECONDS = 0.100
YEARS = (2019, 2020, 2021, 2022, 2023)
AREAS = ("丹阳", "句容", "扬中", "丹徒", "京口", "润州", "镇江新区", "主城区", "老城区", "城乡结合部")
TOWN_FIRST = "新宝高华丰延陵司徒访仙界牌导墅珥陵后白茅山天王边城下蜀郭庄白兔宝华黄梅"
TOWN_KINDS = ("镇", "街道", "社区", "片区", "开发区")
OPENERS = ("", "", "进一步", "切实", "有效", "加快", "全面", "持续")
CLOSERS = ("", "", "", "工作", "力度", "水平", "问题")
SENTENCES = (
    "近年来，{area}{subject}问题较为突出，群众反映强烈。",
    "据调查，{area}目前有{n}处存在{subject}方面的短板。",
    "建议{area}有关部门统筹规划，明确责任分工，加大资金投入。",
    "一是{subject}，二是完善长效管理机制，三是加强督促检查。",
    "{area}{subject}工作起步较早，但仍存在标准不高、覆盖不全等问题。",
    "建议借鉴先进地区经验，结合{area}实际，制定{subject}三年行动计划。",
    "群众对{subject}期盼已久，希望政府在{year}年内拿出具体措施。",
    "相关职能部门应加强协调配合，形成工作合力，切实{subject}。",
)


def _places(rng: random.Random) -> list[str]:
    towns = [a + b + kind for a in TOWN_FIRST[::2] for b in TOWN_FIRST[1::2] for kind in TOWN_KINDS]
    rng.shuffle(towns)
    return [*AREAS, *towns[:300]]


def varied_texts(count: int, *, seed: int = 20240101) -> list[tuple[str, str]]:
    """``count`` (title, body) pairs like a real register's: the demo's subjects in many places and
    wordings, each title with a body of three to six sentences (about 150 characters)."""
    rng = random.Random(seed)
    places = _places(rng)
    subjects = [s for topics in TOPICS.values() for s in topics]
    texts = []
    for _ in range(count):
        place = rng.choice(places)
        subject = rng.choice(subjects).replace("{place}", place if rng.random() < 0.7 else "")
        opener = rng.choice(OPENERS)
        title = f"关于{opener}{subject}{rng.choice(CLOSERS)}的建议"
        sentences = rng.sample(SENTENCES, rng.randint(3, 6))
        body = "".join(
            s.format(area=place, subject=subject, n=rng.randint(3, 90), year=rng.choice(YEARS)) for s in sentences
        )
        texts.append((title, body))
    return texts


def vary_register(db: Database, *, seed: int = 20240101) -> None:
    """Give the generated cases the titles and bodies of :func:`varied_texts`."""
    with db.read() as session:
        ids = list(session.scalars(select(Case.id).order_by(Case.id)))
    texts = varied_texts(len(ids), seed=seed)
    table = cast(Table, Case.__table__)
    statement = (
        update(table)
        .where(table.c.id == bindparam("case_id"))
        .values(title=bindparam("new_title"), body=bindparam("new_body"))
    )
    for start in range(0, len(ids), 5_000):
        chunk = zip(ids[start : start + 5_000], texts[start : start + 5_000], strict=True)
        with db.write(Permission.EDIT_CASES) as session:
            session.execute(
                statement,
                [{"case_id": case_id, "new_title": title, "new_body": body} for case_id, (title, body) in chunk],
            )


def reworded(title: str, rng: random.Random) -> str:
    """What a deputy writes the next year: another opener, the frame changed, a word dropped."""
    core = title.removeprefix("关于").removesuffix("的建议")
    for opener in OPENERS[2:]:
        core = core.removeprefix(opener)
    core = rng.choice(OPENERS[2:]) + core
    if rng.random() < 0.5:
        core += "问题"
    return f"关于{core}的建议"


def measure(db: Database, queries: int, *, seed: int = 7) -> dict[str, object]:
    rng = random.Random(seed)
    with db.read() as session:
        rows = session.execute(select(Case.id, Case.title, Case.body)).all()
    asked = []
    for _ in range(queries):
        _case_id, title, body = rng.choice(rows)
        kind = rng.random()
        if kind < 0.6:
            asked.append((reworded(title, rng), ""))  # a title being typed
        elif kind < 0.9:
            asked.append((reworded(title, rng), body))  # a title and its body (a case opened)
        else:
            asked.append((rng.choice(("停车难", "老旧小区改造", "学前教育", "农村饮水安全")), ""))
    started = time.perf_counter()
    prepare_index(db)
    build = time.perf_counter() - started
    timings = []
    found = []
    for title, body in asked:
        started = time.perf_counter()
        matches = similar_cases(db, title, body=body)
        timings.append(time.perf_counter() - started)
        found.append(len(matches))
    started = time.perf_counter()
    new = register_case(
        db,
        CaseDraft(
            session_id=1,
            number=f"新{len(rows) + 1}",
            kind=CaseKind.SUGGESTION,
            title="关于规划建设茅山福道的建议",
            submitted_on=date(2023, 1, 7),
            lead_deputy_id=1,
        ),
    )
    registered = time.perf_counter() - started
    started = time.perf_counter()
    after_register = similar_cases(db, "关于加快规划建设茅山福道的建议")
    refresh = time.perf_counter() - started
    assert after_register and after_register[0].case_id == new.id, "the new case is found"
    edit_case(db, new.id, new.version, replace(case_draft(db, new.id), title="关于建设长江江豚观测站的建议"))
    after_edit = similar_cases(db, "关于建设长江江豚观测站的建议")
    assert after_edit and after_edit[0].case_id == new.id, "the edited title is found"
    return {
        "cases": len(rows),
        "build_seconds": build,
        "queries": len(timings),
        "median_query_seconds": statistics.median(timings),
        "worst_query_seconds": max(timings),
        "mean_matches": statistics.mean(found),
        "register_case_seconds": registered,
        "query_after_a_new_case_seconds": refresh,
        "index_builds": index_builds(db),
        "target_seconds": TARGET_SECONDS,
    }


def measure_clusters(db: Database) -> dict[str, object]:
    started = time.perf_counter()
    clusters = resubmitted_clusters(db)
    seconds = time.perf_counter() - started
    return {
        "cluster_seconds": seconds,
        "clusters": len(clusters),
        "clustered_cases": sum(c.size for c in clusters),
        "largest_cluster": max((c.size for c in clusters), default=0),
    }


def _register(path: Path, cases: int) -> Database:
    fresh = not path.exists()
    db = open_database(str(path), user="bench")
    if fresh:
        per_year = cases // len(YEARS)
        generate_register(db, {year: per_year for year in YEARS})
        vary_register(db)
    return db


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--queries", type=int, default=50)
    parser.add_argument("--cluster-cases", type=int, default=5_000, help="0: do not time the groups")
    parser.add_argument("--db", help="reuse or create this file (default: a temporary one)")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(args.db) if args.db else Path(folder) / "bench.sqlite"
        db = _register(path, args.cases)
        result = measure(db, args.queries)
        db.close()
        if args.cluster_cases:
            small = _register(Path(folder) / "clusters.sqlite", args.cluster_cases)
            result.update({"cluster_cases": args.cluster_cases, **measure_clusters(small)})
            small.close()
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=2))
        return 0
    print(f"{result['cases']} cases: index built in {result['build_seconds']:.2f} s")
    print(
        f"query: median {result['median_query_seconds'] * 1000:.1f} ms, "  # type: ignore[operator]
        f"worst {result['worst_query_seconds'] * 1000:.1f} ms over {result['queries']} queries "  # type: ignore[operator]
        f"(target {TARGET_SECONDS * 1000:.0f} ms); {result['mean_matches']:.1f} matches on average"
    )
    print(f"first query after a new case (index refreshed): {result['query_after_a_new_case_seconds'] * 1000:.1f} ms")  # type: ignore[operator]
    if args.cluster_cases:
        print(
            f"groups of resubmissions over {result['cluster_cases']} cases: {result['cluster_seconds']:.2f} s, "
            f"{result['clusters']} groups, {result['clustered_cases']} cases, largest {result['largest_cluster']}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
