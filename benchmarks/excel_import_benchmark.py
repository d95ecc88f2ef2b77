"""Time the import of a large clerk's ledger against a bare openpyxl read-only pass over the same file.

    python benchmarks/excel_import_benchmark.py [--rows 10000] [--repeat 5] [--json] [--step-by-step]
                                               [--with-dimension] [--whole]

The ledger is generated here (seeded): a title row, a header row of the usual Chinese synonyms, and
--rows cases of one session, each assigned to one or two units; most are answered with a result
category and rated by the lead deputy, some are closed. Measured in the same run:

- bare: ``openpyxl.load_workbook(read_only=True, data_only=True)`` and every row's values;
- read: our safe open (size and zip checks, merged ranges, unmerging) and the ledger's rows (header
  detection, dates, name lists, result categories, ratings), i.e. everything before the database,
  as the command line reads a ledger: streamed, its rows kept in a temporary file
  (casebook.services.ledger.rows.stream_ledger); with --whole the grid is read whole first, as the
  window's preview reads it;
- import: read plus the import into an empty database (each case registered, assigned, answered,
  rated and closed with its rule checks, event rows and fact timelines), in one transaction: new
  cases the bulk way (casebook.services.ledger.bulk: checked in memory, written a batch at a time),
  or with --step-by-step every row through the workflow services, each time into a new database.

Reading and import run in each of --repeat rounds (5), each round between two bare passes, and a
round's ratios are taken over the mean of those two: a machine shared with others runs faster or
slower for tens of seconds at a time, which moved a ratio of passes measured a minute apart by a
fifth. The figures printed are the rounds' medians, and round_ratios each round's own ratio. Also printed: the processor
times of the import and of the bare pass and their ratio, how many cases went the bulk way, and the
process's resident memory before the first round's import and at its peak (peak minus before is
what the import needs: it should not grow with --rows); on Linux the peak is also taken from the
start of that import alone (memory_growth_mb).

openpyxl's write-only mode, which generates the ledger, writes no ``<dimension>`` element; without
it openpyxl's read-only pass reads the sheet once more to find its size, so the bare pass is slower
than on a file saved by Excel or WPS, which write one. ``--with-dimension`` adds the element as
Excel writes it (``<dimension ref="A1:S10002"/>`` after ``<sheetPr>``), and every pass reads that
file: the ratios against a realistic file. Both figures are worth quoting.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import statistics
import sys
import tempfile
import time
import zipfile
from datetime import date, timedelta
from itertools import pairwise
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import openpyxl

from casebook.domain.office_settings import OfficeSettings
from casebook.excel.reading import read_workbook
from casebook.services.ledger.entries import Ledger
from casebook.services.ledger.importing import import_ledger
from casebook.services.ledger.rows import read_ledger, stream_ledger
from casebook.store.database import open_database

HEADER = [
    "序号",
    "建议编号",
    "案由",
    "提出日期",
    "提出人",
    "附议代表",
    "代表团",
    "类别",
    "是否重点",
    "主办单位",
    "协办单位",
]
HEADER += ["交办日期", "答复期限", "答复日期", "办理结果", "代表意见", "测评日期", "办结日期", "备注"]
DELEGATIONS = ["丹阳", "句容", "扬中", "丹徒", "京口", "润州", "镇江新区"]
UNITS = ["市交通运输局", "市住建局", "市教育局", "市卫健委", "市公安局", "市民政局", "市自然资源和规划局"]
UNITS += ["市生态环境局", "市城管局", "市农业农村局", "市人社局", "市市场监管局", "市文广旅局", "市发改委"]
CATEGORIES = ["城乡建设", "交通运输", "教育科技", "医疗卫生", "社会事业", "经济发展", "生态环境", "农业农村"]
SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国文"


def generate_ledger(path: Path, rows: int, seed: int = 20240110) -> None:
    rng = random.Random(seed)
    deputies = sorted({rng.choice(SURNAMES) + "".join(rng.sample(GIVEN, 2)) for _ in range(600)})
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("台账")
    sheet.append(["镇江市九届人大三次会议代表建议办理情况汇总表"])
    sheet.append(HEADER)
    start = date(2024, 1, 10)
    for number in range(1, rows + 1):
        lead, *cosigners = rng.sample(deputies, rng.choice((1, 1, 2, 3)))
        units = rng.sample(UNITS, 2)
        assigned = start + timedelta(days=rng.randint(10, 40))
        replied = assigned + timedelta(days=rng.randint(20, 100)) if rng.random() < 0.9 else None
        result = rng.choice("AABBCD") if replied else None
        rating = rng.choice(["满意", "满意", "基本满意", "不满意"]) if replied and rng.random() < 0.8 else None
        rated = replied + timedelta(days=rng.randint(3, 20)) if replied and rating else None
        closed = rated + timedelta(days=5) if rated and rating != "不满意" and rng.random() < 0.5 else None
        sheet.append(
            [
                number,
                f"{number:04d}",
                f"关于{rng.choice(CATEGORIES)}第{number}项工作的建议",
                start,
                lead,
                "、".join(cosigners) or None,
                rng.choice(DELEGATIONS),
                rng.choice(CATEGORIES),
                "是" if number % 200 == 0 else "否",
                units[0],
                units[1] if rng.random() < 0.3 else None,
                assigned,
                assigned + timedelta(days=90),
                replied,
                result,
                rating,
                rated,
                closed,
                None,
            ]
        )
    book.save(path)


def add_dimension(path: Path) -> str:
    """Write the sheet's ``<dimension>`` element into the generated ledger, as Excel and WPS do
    (openpyxl's write-only mode leaves it out); the range covered is computed from the rows."""
    book = openpyxl.load_workbook(path, read_only=True)
    sheet = book.worksheets[0]
    sheet.reset_dimensions()
    sheet.calculate_dimension(force=True)
    ref = f"A1:{openpyxl.utils.get_column_letter(sheet.max_column)}{sheet.max_row}"
    book.close()
    part = "xl/worksheets/sheet1.xml"
    with zipfile.ZipFile(path) as source:
        entries = [(info, source.read(info)) for info in source.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for info, data in entries:
            if info.filename == part:
                assert b"<dimension" not in data
                data = data.replace(b"</sheetPr>", f'</sheetPr><dimension ref="{ref}"/>'.encode(), 1)
                assert b"<dimension" in data
            target.writestr(info, data)
    return ref


def bare_pass(path: Path) -> int:
    book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    count = sum(1 for _ in book.worksheets[0].iter_rows(values_only=True))
    book.close()
    return count


def _resident_mb() -> float:
    """The process's resident memory now (Linux), in MB."""
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * resource.getpagesize() / 1024 / 1024


def _reset_peak() -> bool:
    """Start the process's peak resident memory afresh (Linux 4.0+), so that the peak read after the
    import is the import's own, not the generation's or the timed passes' before it."""
    try:
        with open("/proc/self/clear_refs", "w") as clear_refs:
            clear_refs.write("5")
        return True
    except OSError:
        return False


def _peak_mb() -> float | None:
    """The process's peak resident memory since the last :func:`_reset_peak` (Linux), in MB."""
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return None


def _one_import(ledger_path: Path, db_path: Path, ledger_of: Any, *, bulk: bool) -> dict[str, Any]:
    """Read and import the ledger into a new database: wall and processor times, the report, and
    (Linux) the resident memory before and at the peak of the import."""
    db = open_database(str(db_path), user="bench")
    before_mb = _resident_mb()
    reset = _reset_peak()
    started, cpu_started = time.perf_counter(), time.process_time()
    ledger = ledger_of(ledger_path)
    report = import_ledger(db, ledger, bulk=bulk)
    full, cpu = time.perf_counter() - started, time.process_time() - cpu_started
    import_peak_mb = _peak_mb() if reset else None
    db.close()
    return {"full": full, "cpu": cpu, "report": report, "before_mb": before_mb, "import_peak_mb": import_peak_mb}


def run(
    ledger_path: Path, folder: Path, rounds: int = 3, *, whole: bool = False, step_by_step: bool = False
) -> dict[str, Any]:
    """``rounds`` rounds of reading the ledger and importing it into a new database, each between two
    bare passes: a round's ratios are taken over the mean of the bare passes right before and after
    it, so that a machine that runs faster or slower for a while moves both; the figures printed
    are the rounds' medians."""

    def ledger_of(path: Path) -> Ledger:
        if whole:
            return read_ledger(read_workbook(path), OfficeSettings())
        return stream_ledger(path, OfficeSettings())

    bare, bare_cpu, read, full, cpu = [], [], [], [], []
    first: dict[str, Any] = {}
    bare_s, bare_cpu_s = timed(lambda: bare_pass(ledger_path), 1)
    bare.append(bare_s)
    bare_cpu.append(bare_cpu_s)
    for number in range(rounds):  # bare, (read, import, bare) × rounds: each import between two bare passes
        read_s, _ = timed(lambda: ledger_of(ledger_path), 1)
        imported = _one_import(ledger_path, folder / f"bench{number}.sqlite", ledger_of, bulk=not step_by_step)
        first = first or imported
        read.append(read_s)
        full.append(imported["full"])
        cpu.append(imported["cpu"])
        bare_s, bare_cpu_s = timed(lambda: bare_pass(ledger_path), 1)
        bare.append(bare_s)
        bare_cpu.append(bare_cpu_s)
    around = [(before + after) / 2 for before, after in pairwise(bare)]  # each import's
    around_cpu = [(before + after) / 2 for before, after in pairwise(bare_cpu)]
    report = first["report"]
    ratios = [f / b for f, b in zip(full, around, strict=True)]
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    size = ledger_path.stat().st_size
    return {
        "rounds": rounds,
        "file_bytes": size,
        "bare_openpyxl_read_only_s": round(statistics.median(bare), 3),
        "read_ledger_s": round(statistics.median(read), 3),
        "read_ratio": round(statistics.median(r / b for r, b in zip(read, around, strict=True)), 2),
        "full_import_s": round(statistics.median(full), 1),
        "full_import_ratio": round(statistics.median(ratios), 1),
        "round_ratios": [round(ratio, 2) for ratio in ratios],  # each import over the bare passes around it
        "full_import_cpu_s": round(statistics.median(cpu), 1),
        "bare_cpu_s": round(statistics.median(bare_cpu), 3),
        # steadier than the wall times on a busy machine
        "full_import_cpu_ratio": round(statistics.median(c / b for c, b in zip(cpu, around_cpu, strict=True)), 1),
        "memory_before_import_mb": round(first["before_mb"]),
        "memory_peak_mb": round(peak_mb),
        # the first round's peak while reading and importing, from the resident memory before (not the
        # process's lifetime peak, which the generation and the timed passes may have set): flat in --rows
        "memory_growth_mb": (
            round(first["import_peak_mb"] - first["before_mb"]) if first["import_peak_mb"] is not None else None
        ),
        "created": report.created,
        "in_bulk": report.in_bulk,
        "refused": len(report.rejected),
        "steps": report.steps,
        "ms_per_case": round(1000 * statistics.median(full) / max(report.created, 1), 2),
        "first_refusal": report.rejected[0].reason if report.rejected else None,
    }


def timed(action: object, repeat: int) -> tuple[float, float]:
    """The median wall time and the median processor time of ``repeat`` runs."""
    timings, processor = [], []
    for _ in range(repeat):
        started, cpu_started = time.perf_counter(), time.process_time()
        action()  # type: ignore[operator]
        timings.append(time.perf_counter() - started)
        processor.append(time.process_time() - cpu_started)
    return statistics.median(timings), statistics.median(processor)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=5, help="rounds of reading and import between bare passes")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--step-by-step", action="store_true", help="every row through the workflow services")
    parser.add_argument(
        "--with-dimension", action="store_true", help="the ledger with a <dimension> element, as Excel saves it"
    )
    parser.add_argument("--whole", action="store_true", help="read the grid whole first, as the window does")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        ledger_path = Path(folder) / "台账.xlsx"
        generate_ledger(ledger_path, args.rows)
        dimension = add_dimension(ledger_path) if args.with_dimension else None
        result = run(ledger_path, Path(folder), args.repeat, whole=args.whole, step_by_step=args.step_by_step)
    result = {"rows": args.rows, "dimension": dimension, **result}
    if args.json:
        print(json.dumps(result, indent=2, ensure_ascii=False))
    else:
        for key, value in result.items():
            print(f"{key:28} {value}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
