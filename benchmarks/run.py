"""Every performance target in one run, each against a bare baseline measured in the same run.

    python benchmarks/run.py [--cases 100000] [--rows 10000] [--json]

Generates its own data (seeded): a register of --cases cases (benchmarks/generate.py) and a
ledger of --rows rows (benchmarks/excel_import_benchmark.py). Then measures:

- cold start to a painted window over the register, against a bare PySide6 window with a table
  (both fresh processes on the offscreen platform, from launch to the first painted frame): our
  window's shell (painted before the database layer is imported) and the window with the case
  list's first page painted (read ahead with sqlite3 before the database layer is imported: see
  casebook.services.queries.first_page);
- the case list's first page, and a search keystroke (count + first sorted page) at its worst;
- the full statistics of the largest cohort;
- a similar-suggestion query;
- the register export of --rows cases, against a bare openpyxl write-only loop over the same rows;
- the import of a --rows ledger, against a bare openpyxl read-only pass over the same file;
- the window process's peak memory after it showed the list, searched, and computed statistics.

Targets at 100,000 cases on 2 cores: start ≤ 3× the bare window (issue 19), keystroke ≤ 50 ms, statistics
≤ 0.2 s, similar ≤ 0.1 s, export ≤ 1.3× bare, import ≤ 3× bare (issue 14), peak memory ≤ 400 MB.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

START_MARK = "PAINTED"  # the first frame of the bare window; our window's with the first page of cases
SHOWN_MARK = "SHOWN"  # our window's shell painted, before the database layer is imported


# -- the child processes (cold start) --------------------------------------------------------------


def child_bare() -> None:
    from PySide6.QtGui import QStandardItemModel
    from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    table = QTableView()
    table.setModel(QStandardItemModel(200, 9))
    window.setCentralWidget(table)
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    window.grab()  # the first frame, painted
    print(START_MARK, time.time(), time.process_time(), flush=True)


def child_window(database: str) -> None:
    """The program's own start (``casebook --db DATABASE``): the command line's parser, then
    casebook.ui.application's start — the window's shell painted (SHOWN), then the case list's first
    page painted (PAINTED: read ahead before the register is opened, when it can be), then the
    register opened."""
    import resource

    from casebook.cli.main import read_arguments

    args = read_arguments(["--db", database, "--lang", "zh_CN"])  # as casebook.cli.main.main() does
    from PySide6.QtCore import QThreadPool

    from casebook.ui.application import make_application, start

    startup = start(args.db, args.lang)
    app = make_application()
    window = startup.window

    def shown() -> None:
        window.grab()  # the shell's frame, as the bare window's
        print(SHOWN_MARK, time.time(), time.process_time(), flush=True)

    def first_page() -> None:
        app.processEvents()
        window.grab()  # the case list's first page, painted
        print(START_MARK, time.time(), time.process_time(), flush=True)

    startup.shown.connect(shown)
    startup.first_page.connect(first_page)
    startup.opened.connect(lambda: app.exit(0))  # the register open: what follows needs it
    app.exec()
    # after the first frame: what the clerk does next (the window imports none of it to start)
    from casebook.services.queries.case_search import CaseQuery
    from casebook.services.statistics.figures import compute_statistics

    assert startup.db is not None, "the register did not open"
    window.cases.model.set_query(CaseQuery(text="停车难"))  # a clerk's first search, then the figures
    compute_statistics(startup.db, 2022, as_of=date(2022, 12, 31))
    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print("PEAK_KIB", peak_kib, flush=True)
    QThreadPool.globalInstance().waitForDone()  # the reads the window started on workers
    startup.close()


def cold_start(args: list[str]) -> dict[str, float]:
    """Seconds from launching ``python run.py ARGS`` to its first painted frame (``seconds``; our
    window's with the first page of cases, ``shown_seconds`` its shell's), the processor time the
    child had used by then (``processor_seconds``, ``shown_processor_seconds``: what a busy machine
    adds little to), and what it printed."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    launched = time.time()
    result = subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        check=True,
    )
    found: dict[str, float] = {}
    for line in result.stdout.splitlines():
        key, _, value = line.partition(" ")
        if key in (START_MARK, SHOWN_MARK):
            clock, processor = value.split()
            prefix = "" if key == START_MARK else "shown_"
            found[f"{prefix}seconds"] = float(clock) - launched
            found[f"{prefix}processor_seconds"] = float(processor)
        elif key == "PEAK_KIB":
            found["peak_mb"] = int(value) / 1024
    return found


# -- the measurements ------------------------------------------------------------------------------


def median_of(action: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def measure(args: argparse.Namespace, folder: Path) -> dict[str, Any]:
    from benchmarks import excel_export_benchmark, excel_import_benchmark, search_benchmark
    from benchmarks.generate import generate_register
    from casebook.services.statistics.figures import compute_statistics
    from casebook.store.database import open_database

    results: dict[str, Any] = {"cases": args.cases, "rows": args.rows}
    started = time.perf_counter()
    big = folder / "register.sqlite"
    db = open_database(str(big), user="bench")
    half = args.cases // 2
    generate_register(db, {2021: half, 2022: args.cases - half})
    results["generate_seconds"] = round(time.perf_counter() - started, 1)

    bare = [cold_start(["--child-bare"])["seconds"] for _ in range(3)]
    window = [cold_start(["--child-window", str(big)]) for _ in range(3)]
    start = statistics.median(w["seconds"] for w in window)
    results["start"] = _ratio(start, statistics.median(bare), 3.0)
    results["start"]["shell_seconds"] = round(statistics.median(w["shown_seconds"] for w in window), 3)
    results["start"]["shell_ratio"] = round(results["start"]["shell_seconds"] / statistics.median(bare), 2)
    results["peak_memory_mb"] = {
        "value": round(max(w["peak_mb"] for w in window), 1),
        "target": 400,
        "met": max(w["peak_mb"] for w in window) <= 400,
    }

    search = search_benchmark.measure(db, repeat=5)
    keystrokes: dict[str, float] = search["keystrokes"]  # type: ignore[assignment]
    results["first_page_seconds"] = round(keystrokes["first page (no filter)"], 4)
    results["keystroke"] = {
        "median_seconds": round(float(search["median_seconds"]), 4),  # type: ignore[arg-type]
        "worst_seconds": round(float(search["slowest_seconds"]), 4),  # type: ignore[arg-type]
        "worst": search["slowest"],
        "worst_processor_seconds": round(float(search["slowest_processor_seconds"]), 4),  # type: ignore[arg-type]
        "worst_processor": search["slowest_processor"],
        "target": 0.050,
        "met": float(search["slowest_seconds"]) <= 0.050,  # type: ignore[arg-type]
        "over_target": sorted(name for name, seconds in keystrokes.items() if seconds > 0.050),
    }

    stats = median_of(lambda: compute_statistics(db, 2022, as_of=date(2022, 12, 31)), 5)
    results["statistics"] = {"seconds": round(stats, 3), "target": 0.2, "met": stats <= 0.2}
    results["similar"] = _similar(db)
    db.close()

    small = folder / "export.sqlite"
    export_db = open_database(str(small), user="bench")
    generate_register(export_db, {2022: args.rows})
    exported = excel_export_benchmark.run(export_db, folder, repeat=3)
    export_db.close()
    median: dict[str, float] = exported["seconds_median"]  # type: ignore[assignment]
    results["export"] = _ratio(median["export"], median["bare"], 1.3)
    results["export"]["writing_only_ratio"] = exported["writer_over_bare"]
    results["export"]["processor_ratio"] = exported["export_over_bare_processor"]

    ledger = folder / "台账.xlsx"
    excel_import_benchmark.generate_ledger(ledger, args.rows)
    imported = excel_import_benchmark.run(ledger, folder, rounds=5)  # read and import between bare passes
    results["import"] = _ratio(imported["full_import_s"], imported["bare_openpyxl_read_only_s"], 3.0)
    results["import"]["ratio"] = imported["full_import_ratio"]  # the rounds' median of their own ratios
    results["import"]["met"] = imported["full_import_ratio"] <= 3.0
    results["import"]["round_ratios"] = imported["round_ratios"]
    results["import"]["reading_only_ratio"] = imported["read_ratio"]
    results["import"]["cases_created"] = imported["created"]
    return results


def _similar(db: Any) -> dict[str, Any]:
    try:
        from casebook.services.queries.similar import similar_cases
    except ImportError:
        return {"measured": False}
    similar_cases(db, "关于有效缓解主城区停车难问题的建议")  # builds the index once
    queries = ["关于有效缓解主城区停车难问题的建议", "关于加快推进老旧小区改造的建议", "关于完善养老服务体系的建议"]
    times = [median_of(lambda q=q: similar_cases(db, q), 5) for q in queries]
    worst = max(times)
    return {"seconds": round(worst, 4), "target": 0.1, "met": worst <= 0.1}


def _ratio(value: float, bare: float, target: float) -> dict[str, Any]:
    ratio = value / bare
    return {
        "seconds": round(value, 3),
        "bare_seconds": round(bare, 3),
        "ratio": round(ratio, 2),
        "target_ratio": target,
        "met": ratio <= target,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--child-bare", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--child-window", metavar="DB", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child_bare:
        child_bare()
        return 0
    if args.child_window:
        child_window(args.child_window)
        return 0
    began = time.perf_counter()
    with tempfile.TemporaryDirectory() as folder:
        results = measure(args, Path(folder))
    results["total_seconds"] = round(time.perf_counter() - began, 1)
    results["machine"] = f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
    if args.json:
        print(json.dumps(results, ensure_ascii=False, indent=2))
    else:
        for key, value in results.items():
            print(f"{key:22} {value}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
