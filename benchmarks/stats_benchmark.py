"""Time the full statistics (one cohort as of a date, the previous year, every breakdown, the unit
ranking) over a large register.

    python benchmarks/stats_benchmark.py [--cases 100000] [--repeat 5] [--db FILE] [--json]

--cases is the size of the measured year's cohort; the previous year gets half as many.
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
from casebook.services.statistics import compute_statistics
from casebook.store.database import open_database


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=100_000)
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
            generate_register(db, {2021: args.cases // 2, 2022: args.cases})
            generated_in = time.perf_counter() - started
        timings = []
        stats = None
        for _ in range(args.repeat):
            started = time.perf_counter()
            stats = compute_statistics(db, 2022, as_of=date(2022, 12, 31))
            timings.append(time.perf_counter() - started)
        db.close()
    assert stats is not None
    result = {
        "cases_in_cohort": stats.figures.total,
        "cases_previous_year": stats.previous.total,
        "generate_seconds": round(generated_in, 1),
        "full_statistics_seconds": {
            "median": round(statistics.median(timings), 3),
            "min": round(min(timings), 3),
            "max": round(max(timings), 3),
            "runs": len(timings),
        },
        "breakdown_rows": {k: len(v) for k, v in stats.breakdowns.items()},
    }
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        print(f"cohort: {result['cases_in_cohort']} cases (previous year {result['cases_previous_year']})")
        print(f"generated in {result['generate_seconds']} s")
        t = result["full_statistics_seconds"]
        print(f"full statistics: median {t['median']} s, min {t['min']} s, max {t['max']} s over {t['runs']} runs")
    return 0


if __name__ == "__main__":
    sys.exit(main())
