"""Cold start alone: a painted window over a register against a bare PySide6 window with a table.

    python benchmarks/startup_benchmark.py [--cases 100000] [--database FILE] [--repeat 5]

The same measurement as benchmarks/run.py's ``start`` row (fresh processes on the offscreen
platform, from launch to the first painted frame), without the other rows. Two figures for our
window: ``shell`` (its frame, navigation and menus painted, before the database layer is imported)
and ``window`` (the case list's first page painted; ``ratio`` is this one's). On a SQLite register
at the program's schema without accounts, as the generated one, that page is read with sqlite3
before the database layer is imported (casebook.services.queries.first_page), which then opens the
register; on any other, after the register is open. The register is
generated once into ``--database`` (kept, so a second run measures at once) or into a temporary
folder.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.run import cold_start  # noqa: E402 (after the path)


def measure(database: Path, cases: int, repeat: int) -> dict[str, object]:
    if not database.exists():
        from benchmarks.generate import generate_register
        from casebook.store.database import open_database

        db = open_database(str(database), user="bench")
        half = cases // 2
        generate_register(db, {2021: half, 2022: cases - half})
        db.close()
    bare_runs: list[dict[str, float]] = []
    runs: list[dict[str, float]] = []
    load_before = os.getloadavg()[0]  # the machine's load (1 minute), for reading the figures
    for _ in range(repeat):  # alternated, so that a busy moment of the machine falls on both
        bare_runs.append(cold_start(["--child-bare"]))
        runs.append(cold_start(["--child-window", str(database)]))

    def median(found: list[dict[str, float]], key: str) -> float:
        return statistics.median(run[key] for run in found)

    bare = median(bare_runs, "seconds")
    bare_processor = median(bare_runs, "processor_seconds")
    ratio = median(runs, "seconds") / bare
    shell_ratio = median(runs, "shown_seconds") / bare
    return {
        "cases": cases,
        "bare_seconds": [round(run["seconds"], 3) for run in bare_runs],
        "shell_seconds": [round(run["shown_seconds"], 3) for run in runs],
        "window_seconds": [round(run["seconds"], 3) for run in runs],
        "shell_ratio": round(shell_ratio, 2),
        "ratio": round(ratio, 2),
        "processor_seconds": {  # medians of the children's own processor time
            "bare": round(bare_processor, 3),
            "shell": round(median(runs, "shown_processor_seconds"), 3),
            "window": round(median(runs, "processor_seconds"), 3),
        },
        "shell_processor_ratio": round(median(runs, "shown_processor_seconds") / bare_processor, 2),
        "processor_ratio": round(median(runs, "processor_seconds") / bare_processor, 2),
        "load_average": [round(load_before, 2), round(os.getloadavg()[0], 2)],  # before, after
        "target_ratio": 3.0,
        "shell_met": shell_ratio <= 3.0,
        "met": ratio <= 3.0,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--database", type=Path)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    if args.database is not None:
        print(json.dumps(measure(args.database, args.cases, args.repeat), indent=2))
        return 0
    with tempfile.TemporaryDirectory() as folder:
        print(json.dumps(measure(Path(folder) / "register.sqlite", args.cases, args.repeat), indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
