"""Importing HR's roster workbook: a center's 5,000 rows read, previewed and applied against
python-calamine alone reading the same file (goal: at most 2x), and 200,000 rows imported
in a process of their own, whose peak memory is measured (goal: under 300 MB).

    python benchmarks/roster_import.py [--rows 5000] [--runs 5] [--big-rows 200000] [--smoke]
"""

import argparse
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import openpyxl  # noqa: E402
from python_calamine import CalamineWorkbook  # noqa: E402

from benchmarks._common import benchmark_parser, median_ms, parse, timed  # noqa: E402
from workbench.db.engine import open_database  # noqa: E402
from workbench.demo import demo_records, write_hr_roster  # noqa: E402
from workbench.importing.roster import apply_roster_import, parse_roster, preview_roster_import  # noqa: E402

HEADERS = ("序号", "工号", "姓名", "性别", "组别", "岗位", "入职时间", "手机号码", "出生日期", "在职状态")


def calamine_reads(path: Path) -> None:
    workbook = CalamineWorkbook.from_path(str(path))
    for name in workbook.sheet_names:
        for _row in workbook.get_sheet_by_name(name).iter_rows():
            pass
    workbook.close()


def workbench_imports(path: Path, database) -> None:
    parsed = parse_roster(path)
    preview_roster_import(database, parsed)  # what the window shows before the user confirms
    apply_roster_import(database, parsed)


def write_big_roster(path: Path, rows: int) -> None:
    """A roster of `rows` people, laid out as HR's (title, blank row, headers), written in
    openpyxl's write-only mode: the normal mode needs gigabytes for this many cells."""
    workbook = openpyxl.Workbook(write_only=True)
    sheet = workbook.create_sheet("花名册")
    sheet.append(["客服中心员工花名册"])
    sheet.append([])
    sheet.append(HEADERS)
    start = date(2005, 1, 1)
    for index in range(1, rows + 1):
        sheet.append(
            [
                index,
                1_000_000 + index,
                f"员工{index}",
                "男女"[index % 2],
                f"服务{index % 400 + 1}组",
                "客户代表",
                start + timedelta(days=index % 7000),
                13_800_000_000 + index,
                date(1980, 1, 1) + timedelta(days=index % 9000),
                "在职",
            ]
        )
    workbook.save(path)


def child(path: Path, database_file: Path) -> None:
    """In its own process: import the big roster and print the peak resident memory (MB)."""
    database = open_database(database_file)
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    start = time.perf_counter()
    workbench_imports(path, database)
    seconds = time.perf_counter() - start
    database.close()
    print(f"{before:.0f} {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} {seconds:.1f}")


def main() -> None:
    parser = benchmark_parser(__doc__)
    parser.add_argument("--rows", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--big-rows", type=int, default=200_000)
    parser.add_argument("--child", nargs=2, type=Path, help=argparse.SUPPRESS)
    args = parse(parser, rows=200, runs=1, big_rows=1000)
    if args.child:
        child(*args.child)
        return
    folder = Path(tempfile.mkdtemp(prefix="workbench-bench-"))
    try:
        path = folder / "花名册.xlsx"
        write_hr_roster(path, demo_records(args.rows, 120, seed=11))
        empty = folder / "empty.sqlite3"
        open_database(empty).close()  # making the schema is not the import
        databases = []
        for run in range(args.runs):
            shutil.copy(empty, folder / f"import-{run}.sqlite3")
            databases.append(open_database(folder / f"import-{run}.sqlite3"))
        reads = [timed(calamine_reads, path) for _ in range(args.runs)]
        imports = [timed(workbench_imports, path, database) for database in databases]
        for database in databases:
            database.close()
        print(f"{args.rows} rows, {args.runs} runs each, medians:")
        print(f"  python-calamine reads the workbook    {median_ms(reads):7.0f} ms")
        print(f"  workbench reads, previews and imports {median_ms(imports):7.0f} ms")
        print(f"  ratio {median_ms(imports) / median_ms(reads):.2f}x (goal: at most 2x)")

        big = folder / "大花名册.xlsx"
        write_big_roster(big, args.big_rows)
        shutil.copy(empty, folder / "big.sqlite3")
        result = subprocess.run(
            [sys.executable, __file__, "--child", str(big), str(folder / "big.sqlite3")],
            capture_output=True,
            text=True,
            check=True,
        )
        before, peak, seconds = result.stdout.split()
        print(
            f"{args.big_rows:,} rows ({big.stat().st_size / 2**20:.0f} MB file) read, previewed and imported in {seconds} s:"
        )
        print(f"  peak memory {peak} MB (the process with the database open: {before} MB; goal: under 300 MB)")
    finally:
        shutil.rmtree(folder)


if __name__ == "__main__":
    main()
