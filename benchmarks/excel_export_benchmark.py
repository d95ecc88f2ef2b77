"""Time the register export (台账, 办理过程, 打印) of a large register against a bare openpyxl
write-only loop writing the same rows.

    python benchmarks/excel_export_benchmark.py [--cases 10000] [--repeat 5] [--db FILE] [--json]
                                                [--style-per-cell]

Measured in the same run, --repeat times each, alternating so that a busy machine slows all alike
(the median and the best run are reported):

- export: ``export_register`` from the database to the file (reading the rows included);
- writer: the export's own writing (``write_register``: title rows, styles, wrapped text with row
  heights, formula-safe text, print setup, autofilter) from the already read rows;
- bare: a plain ``Workbook(write_only=True)`` writing the same three sheets cell for cell: the
  cells of the export's own file (written once before the timing and read back into memory:
  every value with its type, font, fill, border, alignment and number format), the same row
  heights, column widths, merged title rows, frozen header, autofilter and print setup (the
  file it writes holds the same cells and styles as the export's). Each kind of cell's style is
  set once on a model cell and its cells take the model's style ids, unstyled cells are appended
  as bare values: the least openpyxl needs for these cells. Styled cells are part of the
  baseline because writing them is openpyxl's cost, which any export of these sheets pays (up to
  issue 19's second round the bare loop wrote the values unstyled, so the export's styles counted
  as our overhead). Giving each styled cell its style objects instead (openpyxl's everyday way)
  is timed once with --style-per-cell, for comparison only: about 3x slower, so not the baseline;
- read: reading the rows and steps from the database (``iter_case_rows`` + ``handling_steps``).

The target (issue 19) is export / bare ≤ 1.3: the whole command, reading included, against the bare
loop writing the same sheets. writer / bare is the writing alone; export / (read + bare) shows how
much the command adds to reading plus writing. Wall-clock and processor time are both reported, as
the ratio of the medians and as the median of each round's ratio (export and bare run next to each
other in a round, so a change in the machine's load between rounds cancels out).
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from copy import copy
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from openpyxl import Workbook, load_workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import Cell
from openpyxl.styles.cell_style import StyleArray
from openpyxl.worksheet.properties import PageSetupProperties
from openpyxl.worksheet.worksheet import Worksheet

from benchmarks.generate import generate_register
from casebook.excel.export_register import export_register, register_title, write_register
from casebook.excel.register_values import Labels, register_values
from casebook.excel.sheets import streamed_workbook
from casebook.services.admin.office import get_settings
from casebook.services.queries.case_listing import CaseFilter, CaseRow, iter_case_rows
from casebook.services.queries.handling_history import HandlingStep, handling_steps
from casebook.store.database import Database, open_database


@dataclass
class SheetCells:
    """One sheet of the export's file, in memory: what the bare loop writes."""

    name: str
    rows: list[list[object]]  # a value, or (value, style): style = (number format, font, fill, border, alignment)
    heights: dict[int, float]
    widths: dict[str, float]
    merged: list[str]
    freeze: str | None
    autofilter: str | None
    print_titles: str | None
    footer: str | None
    page: tuple[object, ...]  # orientation, paper, scale, fit width/height, fit to page, centred, grid lines
    margins: tuple[float, ...]  # left, right, top, bottom, header, footer


def export_cells(path: Path) -> list[SheetCells]:
    """The cells of an exported workbook; one style (a tuple of style objects) per kind of cell."""
    workbook = load_workbook(path)
    shared: dict[str, Any] = {}

    def one(style: object) -> Any:
        return shared.setdefault(repr(style), copy(style))

    sheets = []
    for ws in workbook.worksheets:
        rows: list[list[object]] = []
        for row in ws.iter_rows():
            values: list[object] = []
            for cell in row:
                if cell.has_style or (cell.data_type == "s" and str(cell.value).startswith("=")):
                    style = (cell.number_format, cell.font, cell.fill, cell.border, cell.alignment)
                    values.append((cell.value, one(tuple(one(part) for part in style))))
                else:
                    values.append(cell.value)
            rows.append(values)
        sheets.append(
            SheetCells(
                ws.title,
                rows,
                {index: d.height for index, d in ws.row_dimensions.items() if d.height},
                {letter: d.width for letter, d in ws.column_dimensions.items() if d.width},
                [str(merged) for merged in ws.merged_cells.ranges],
                ws.freeze_panes,
                ws.auto_filter.ref,
                ws.print_title_rows,
                ws.oddFooter.center.text if ws.oddFooter is not None else None,
                (
                    ws.page_setup.orientation,
                    ws.page_setup.paperSize,
                    ws.page_setup.scale,
                    ws.page_setup.fitToWidth,
                    ws.page_setup.fitToHeight,
                    ws.sheet_properties.pageSetUpPr.fitToPage if ws.sheet_properties.pageSetUpPr else None,
                    ws.print_options.horizontalCentered,
                    ws.print_options.gridLines,
                ),
                tuple(
                    getattr(ws.page_margins, side) for side in ("left", "right", "top", "bottom", "header", "footer")
                ),
            )
        )
    return sheets


def bare_loop(path: Path, title: str, sheets: Sequence[SheetCells], *, style_per_cell: bool = False) -> None:
    """The export's three sheets written the plainest way: the same cells with the same styles, row
    heights, merges and print setup. A kind of cell's style is given to a model cell once, and its
    cells take the model's style (openpyxl's style ids); with ``style_per_cell`` each cell is given
    the kind's style objects instead (openpyxl then looks each one up in the workbook's lists)."""
    workbook = Workbook(write_only=True)
    workbook.properties.creator = "Casebook"
    workbook.properties.title = title
    for sheet in sheets:
        ws = cast(Worksheet, workbook.create_sheet(sheet.name))
        for letter, width in sheet.widths.items():
            ws.column_dimensions[letter].width = width
        for index, height in sheet.heights.items():
            ws.row_dimensions[index].height = height
        ws.freeze_panes = sheet.freeze
        orientation, paper, scale, fit_width, fit_height, fit_to_page, centred, grid_lines = sheet.page
        ws.page_setup.orientation = cast(Any, orientation)
        ws.page_setup.paperSize = cast(int, paper)
        ws.page_setup.scale = cast(int | None, scale)
        ws.page_setup.fitToWidth = cast(int, fit_width)
        ws.page_setup.fitToHeight = cast(int, fit_height)
        ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=cast(bool, fit_to_page))
        ws.print_options.horizontalCentered = cast(bool, centred)
        ws.print_options.gridLines = cast(bool, grid_lines)
        margins = ws.page_margins
        margins.left, margins.right, margins.top, margins.bottom, margins.header, margins.footer = sheet.margins
        ws.print_title_rows = sheet.print_titles
        if sheet.footer is not None and ws.oddFooter is not None:
            ws.oddFooter.center.text = sheet.footer
        for merged in sheet.merged:
            ws.merged_cells.add(merged)
        models: dict[int, StyleArray] = {}
        for row in sheet.rows:
            cells: list[object] = []
            for value in row:
                if value.__class__ is tuple:
                    content, style = cast(tuple[Any, tuple[Any, ...]], value)
                    if style_per_cell:
                        cell = WriteOnlyCell(ws, value=content)
                        _set_style(cell, style)
                    else:
                        ids = models.get(id(style))
                        if ids is None:
                            model = WriteOnlyCell(ws)
                            _set_style(model, style)
                            ids = models[id(style)] = model._style  # type: ignore[attr-defined]  # openpyxl's ids of the style
                        cell = Cell(ws, row=1, column=1, value=content, style_array=ids)
                    if content.__class__ is str:
                        cell.data_type = "s"  # text, even text like a formula (as the export writes it)
                    cells.append(cell)
                else:
                    cells.append(value)
            ws.append(cells)
        if sheet.autofilter is not None:
            ws.auto_filter.ref = sheet.autofilter
    workbook.save(path)


def _set_style(cell: Cell, style: tuple[Any, ...]) -> None:
    cell.number_format, cell.font, cell.fill, cell.border, cell.alignment = style


def timed(action: Callable[[], object], processor: list[float]) -> float:
    """The wall-clock seconds of ``action``; its processor seconds appended to ``processor``."""
    started, cpu = time.perf_counter(), time.process_time()
    action()
    processor.append(time.process_time() - cpu)
    return time.perf_counter() - started


def run(db: Database, folder: Path, repeat: int, *, style_per_cell: bool = False) -> dict[str, object]:
    """The timings; with ``style_per_cell`` also one run of the bare loop giving every styled cell its
    style objects (``bare_loop(style_per_cell=True)``), for comparison only."""
    settings = get_settings(db)
    labels = Labels.current(settings)
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

    read()
    export_register(db, folder / "reference.xlsx", filters)  # the cells the bare loop writes
    sheets = export_cells(folder / "reference.xlsx")
    times: dict[str, list[float]] = {"read": [], "export": [], "writer": [], "bare": []}
    cpu: dict[str, list[float]] = {name: [] for name in times}
    for i in range(repeat):
        order = ["read", "writer", "export", "bare"] if i % 2 == 0 else ["bare", "export", "writer", "read"]
        for name in order:
            if name == "read":
                times[name].append(timed(read, cpu[name]))
            elif name == "export":
                times[name].append(timed(lambda: export_register(db, folder / "export.xlsx", filters), cpu[name]))
            elif name == "writer":
                times[name].append(timed(writer, cpu[name]))
            else:
                times[name].append(timed(lambda: bare_loop(folder / "bare.xlsx", title, sheets), cpu[name]))
    per_cell: dict[str, float] = {}
    if style_per_cell:
        per_cell_cpu: list[float] = []
        per_cell["seconds"] = round(
            timed(lambda: bare_loop(folder / "bare.xlsx", title, sheets, style_per_cell=True), per_cell_cpu), 3
        )
        per_cell["processor_seconds"] = round(per_cell_cpu[0], 3)
    median = {name: statistics.median(values) for name, values in times.items()}
    best = {name: min(values) for name, values in times.items()}
    return {
        "cases": len(rows),
        "handling_steps": len(steps),
        "cells": len(rows) * len(register_values(rows[0], labels)) + len(steps) * 16 if rows else 0,
        "seconds_median": {name: round(value, 3) for name, value in median.items()},
        "seconds_min": {name: round(value, 3) for name, value in best.items()},
        "seconds_all": {name: [round(v, 3) for v in values] for name, values in times.items()},
        "processor_seconds_median": {name: round(statistics.median(v), 3) for name, v in cpu.items()},
        "processor_seconds_all": {name: [round(v, 3) for v in values] for name, values in cpu.items()},
        "export_over_bare_processor": round(statistics.median(cpu["export"]) / statistics.median(cpu["bare"]), 3),
        # each round's export over the same round's bare loop (run next to it), the median of those:
        # steadier than the ratio of the medians when the machine's load changes between rounds
        "export_over_bare_paired": _paired(times["export"], times["bare"]),
        "export_over_bare_processor_paired": _paired(cpu["export"], cpu["bare"]),
        "writer_over_bare": round(median["writer"] / median["bare"], 3),
        "writer_over_bare_best": round(best["writer"] / best["bare"], 3),
        "export_over_read_plus_bare": round(median["export"] / (median["read"] + median["bare"]), 3),
        "export_over_bare": round(median["export"] / median["bare"], 3),
        "file_bytes": {
            "export": (folder / "export.xlsx").stat().st_size,
            "bare": (folder / "bare.xlsx").stat().st_size,
        },
        "repeat": repeat,
        "bare_style_per_cell": per_cell,
    }


def _paired(seconds: list[float], bare: list[float]) -> float:
    return round(statistics.median(ours / theirs for ours, theirs in zip(seconds, bare, strict=True)), 3)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--db", help="reuse or create this file (default: a temporary one)")
    parser.add_argument("--json", action="store_true")
    parser.add_argument(
        "--style-per-cell", action="store_true", help="also time the bare loop giving each styled cell its styles"
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        path = Path(args.db) if args.db else folder / "bench.sqlite"
        fresh = not path.exists()
        db = open_database(str(path), user="bench")
        if fresh:
            generate_register(db, {2022: args.cases})
        try:
            result = run(db, folder, args.repeat, style_per_cell=args.style_per_cell)
        finally:
            db.close()
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        t = result["seconds_median"]
        assert isinstance(t, dict)
        print(f"register of {result['cases']} cases and {result['handling_steps']} handling steps")
        print(f"read rows from the database: {t['read']} s")
        print(f"bare openpyxl write-only loop (same cells and styles): {t['bare']} s")
        print(
            f"export's writer (same rows): {t['writer']} s  -> {result['writer_over_bare']}x the bare loop"
            f" (best runs: {result['writer_over_bare_best']}x)"
        )
        print(
            f"whole export from the database: {t['export']} s  -> {result['export_over_read_plus_bare']}x"
            f" read + bare, {result['export_over_bare']}x the bare loop alone"
            f" (run by run: {result['export_over_bare_paired']}x)"
        )
        p = result["processor_seconds_median"]
        assert isinstance(p, dict)
        print(
            f"processor time: export {p['export']} s, bare {p['bare']} s -> {result['export_over_bare_processor']}x"
            f" (run by run: {result['export_over_bare_processor_paired']}x)"
        )
        print(f"(median of {result['repeat']} runs each)")
        if args.style_per_cell:
            print(f"bare loop giving each styled cell its style objects (one run): {result['bare_style_per_cell']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
