"""Time the register export (台账, 办理过程, 打印) of a large register against a bare openpyxl
write-only loop writing the same rows.

    python benchmarks/excel_export_benchmark.py [--cases 10000] [--repeat 5] [--db FILE] [--json]

Measured in the same run, --repeat times each, alternating so that a busy machine slows all alike
(the median and the best run are reported):

- export: ``export_register`` from the database to the file (reading the rows included);
- writer: the export's own writing (``write_register``: title rows, styles, wrapped text with row
  heights, formula-safe text, print setup, autofilter) from the already read rows;
- bare: a plain ``Workbook(write_only=True)`` loop appending the same cell values (the same
  ``register_values`` / ``history_values`` of the same CaseRow and HandlingStep lists, and the
  printed columns the office chose) to the same three sheets, no styling;
- read: reading the rows and steps from the database (``iter_case_rows`` + ``handling_steps``).

The target is writer / bare ≤ 1.3; export / (read + bare) shows the same for the whole command.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from openpyxl import Workbook

from benchmarks.generate import generate_register
from casebook.excel.export_register import export_register, register_title, write_register
from casebook.excel.print_sheet import PrintColumn, chosen_columns
from casebook.excel.register_values import Labels, history_values, register_values
from casebook.excel.sheets import streamed_workbook
from casebook.services.admin.office import get_settings
from casebook.services.queries.case_listing import CaseFilter, CaseRow, iter_case_rows
from casebook.services.queries.handling_history import HandlingStep, handling_steps
from casebook.store.database import Database, open_database


def bare_loop(
    path: Path, rows: list[CaseRow], steps: list[HandlingStep], labels: Labels, printed: Sequence[PrintColumn]
) -> None:
    """The export's three sheets, their values only: the register, the handling history and the
    printed register's chosen columns."""
    workbook = Workbook(write_only=True)
    cases = workbook.create_sheet("Register")
    print_values = []
    for serial, row in enumerate(rows, 1):
        cases.append(register_values(row, labels))
        print_values.append([column.value(serial, row, labels) for column in printed])
    history = workbook.create_sheet("Handling history")
    for step in steps:
        history.append(history_values(step, labels))
    paper = workbook.create_sheet("Print")
    for values in print_values:
        paper.append(values)
    workbook.save(path)


def timed(action: Callable[[], object]) -> float:
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def run(db: Database, folder: Path, repeat: int) -> dict[str, object]:
    settings = get_settings(db)
    labels = Labels.current(settings)
    printed = chosen_columns(settings.print_columns)
    filters = CaseFilter()
    title = register_title(filters)
    rows: list[CaseRow] = []
    steps: list[HandlingStep] = []

    def read() -> None:
        rows[:] = iter_case_rows(db, filters)
        steps[:] = handling_steps(db, filters)

    def writer() -> None:
        with streamed_workbook(folder / "writer.xlsx", title) as workbook:
            write_register(workbook, title, rows, steps, labels, print_columns=settings.print_columns)

    times: dict[str, list[float]] = {"read": [], "export": [], "writer": [], "bare": []}
    for i in range(repeat):
        order = ["read", "export", "writer", "bare"] if i % 2 == 0 else ["bare", "writer", "export", "read"]
        for name in order:
            if name == "read":
                times[name].append(timed(read))
            elif name == "export":
                times[name].append(timed(lambda: export_register(db, folder / "export.xlsx", filters)))
            elif name == "writer":
                times[name].append(timed(writer))
            else:
                times[name].append(timed(lambda: bare_loop(folder / "bare.xlsx", rows, steps, labels, printed)))
    median = {name: statistics.median(values) for name, values in times.items()}
    best = {name: min(values) for name, values in times.items()}
    return {
        "cases": len(rows),
        "handling_steps": len(steps),
        "cells": len(rows) * len(register_values(rows[0], labels)) + len(steps) * 16 if rows else 0,
        "seconds_median": {name: round(value, 3) for name, value in median.items()},
        "seconds_min": {name: round(value, 3) for name, value in best.items()},
        "seconds_all": {name: [round(v, 3) for v in values] for name, values in times.items()},
        "writer_over_bare": round(median["writer"] / median["bare"], 3),
        "writer_over_bare_best": round(best["writer"] / best["bare"], 3),
        "export_over_read_plus_bare": round(median["export"] / (median["read"] + median["bare"]), 3),
        "export_over_bare": round(median["export"] / median["bare"], 3),
        "file_bytes": {
            "export": (folder / "export.xlsx").stat().st_size,
            "bare": (folder / "bare.xlsx").stat().st_size,
        },
        "repeat": repeat,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--db", help="reuse or create this file (default: a temporary one)")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        path = Path(args.db) if args.db else folder / "bench.sqlite"
        fresh = not path.exists()
        db = open_database(str(path), user="bench")
        if fresh:
            generate_register(db, {2022: args.cases})
        try:
            result = run(db, folder, args.repeat)
        finally:
            db.close()
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        t = result["seconds_median"]
        assert isinstance(t, dict)
        print(f"register of {result['cases']} cases and {result['handling_steps']} handling steps")
        print(f"read rows from the database: {t['read']} s")
        print(f"bare openpyxl write-only loop (same values, no styling): {t['bare']} s")
        print(
            f"export's writer (same rows): {t['writer']} s  -> {result['writer_over_bare']}x the bare loop"
            f" (best runs: {result['writer_over_bare_best']}x)"
        )
        print(
            f"whole export from the database: {t['export']} s  -> {result['export_over_read_plus_bare']}x"
            f" read + bare, {result['export_over_bare']}x the bare loop alone"
        )
        print(f"(median of {result['repeat']} runs each)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
