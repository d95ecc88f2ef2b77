"""Time the full statistics (one cohort as of a date, the previous year, every breakdown, the unit
ranking) over a large register.

    python benchmarks/stats_benchmark.py [--cases 100000] [--years 1] [--repeat 5] [--db FILE] [--json]

--years 1 (the default, the harder case) puts all --cases in the measured year 2022 and half as
many again in 2021; --years N spreads --cases evenly over N years ending in 2022.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.generate import generate_register
from casebook.services.statistics.figures import compute_statistics
from casebook.store.database import open_database


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--years", type=int, default=1)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--db", help="reuse or create this file (default: a temporary one)")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(args.db) if args.db else Path(folder) / "bench.sqlite"
        fresh = not path.exists()
        db = open_database(str(path), user="bench")
        generated_in = 0.0
        if fresh:
            started = time.perf_counter()
            if args.years == 1:
                plan = {2021: args.cases // 2, 2022: args.cases}
            else:
                plan = {2022 - i: args.cases // args.years for i in range(args.years)}
            generate_register(db, plan)
            generated_in = time.perf_counter() - started
        timings = []
        processor = []  # the same runs in this process's processor time: less moved by a busy machine
        stats = None
        for _ in range(args.repeat):
            started, started_processor = time.perf_counter(), time.process_time()
            stats = compute_statistics(db, 2022, as_of=date(2022, 12, 31))
            timings.append(time.perf_counter() - started)
            processor.append(time.process_time() - started_processor)
        db.close()
    assert stats is not None
    result = {
        "cases_in_database": args.cases + (args.cases // 2 if args.years == 1 else 0),
        "cases_in_cohort": stats.figures.total,
        "cases_previous_year": stats.previous.total,
        "generate_seconds": round(generated_in, 1),
        "full_statistics_seconds": {
            "median": round(statistics.median(timings), 3),
            "min": round(min(timings), 3),
            "max": round(max(timings), 3),
            "runs": len(timings),
            "processor_median": round(statistics.median(processor), 3),
        },
        "breakdown_rows": {k: len(v) for k, v in stats.breakdowns.items()},
    }
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        print(
            f"database: {result['cases_in_database']} cases; cohort 2022: {result['cases_in_cohort']} cases"
            f" (previous year {result['cases_previous_year']})"
        )
        print(f"generated in {result['generate_seconds']} s")
        t = result["full_statistics_seconds"]
        print(
            f"full statistics: median {t['median']} s, min {t['min']} s, max {t['max']} s over {t['runs']} runs"
            f" (processor time: median {t['processor_median']} s)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
