"""Importing a center's 5,000-row roster from HR's workbook, against openpyxl alone
reading the same file (target: at most 3x).

    python benchmarks/roster_import.py [--rows 5000]
"""

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import openpyxl  # noqa: E402

from benchmarks._common import median_ms, timed  # noqa: E402
from workbench.db.engine import open_database  # noqa: E402
from workbench.demo import demo_records, write_hr_roster  # noqa: E402
from workbench.importing.roster import apply_roster_import, parse_roster, preview_roster_import  # noqa: E402


def openpyxl_reads(path: Path) -> None:
    workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    for sheet in workbook.worksheets:
        for _row in sheet.iter_rows(values_only=True):
            pass
    workbook.close()


def workbench_imports(path: Path, folder: Path, runs: list[int]) -> None:
    runs.append(len(runs))
    database = open_database(folder / f"import-{len(runs)}.sqlite3")
    parsed = parse_roster(path)
    preview_roster_import(database, parsed)  # what the dialog shows before the user confirms
    apply_roster_import(database, parsed)
    database.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="workbench-bench-"))
    try:
        path = folder / "花名册.xlsx"
        write_hr_roster(path, demo_records(args.rows, 120, seed=11))
        open_database(folder / "warm.sqlite3").close()  # schema creation is not the import
        runs: list[int] = []
        reads = [timed(openpyxl_reads, path) for _ in range(args.runs)]
        imports = [timed(workbench_imports, path, folder, runs) for _ in range(args.runs)]
        print(f"{args.rows} rows, {args.runs} runs each, medians:")
        print(f"  openpyxl reads the workbook           {median_ms(reads):7.0f} ms")
        print(f"  workbench reads, previews and imports {median_ms(imports):7.0f} ms")
        print(f"  ratio {median_ms(imports) / median_ms(reads):.2f}x (target: at most 3x)")
    finally:
        shutil.rmtree(folder)


if __name__ == "__main__":
    main()
