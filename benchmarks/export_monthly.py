"""The monthly review export.

1. A 50-person team's month, the whole workbook (target: under 1 s).
2. A center's month (200 teams): the detail sheets written by the workbench's styled
   streaming writer against openpyxl's write-only mode writing the same cells with no
   styling (target: at most 1.5x).
3. Memory while writing: the peak for 20,000 rows and for 200,000 (target: flat).

    python benchmarks/export_monthly.py [--runs 5] [--team 50] [--memory-rows 20000 200000] [--smoke]
"""

import shutil
import sys
import tempfile
import time
import tracemalloc
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from openpyxl import Workbook  # noqa: E402
from sqlalchemy import func, select, update  # noqa: E402

from benchmarks._common import benchmark_parser, center_database, median_ms, parse, timed  # noqa: E402
from workbench import monthly  # noqa: E402
from workbench.cells import FigureCell  # noqa: E402
from workbench.db.engine import open_database  # noqa: E402
from workbench.db.models import Employee, Team, TeamSpell  # noqa: E402
from workbench.demo import write_demo_database  # noqa: E402
from workbench.export.monthly import detail_sheets, export_monthly  # noqa: E402
from workbench.export.sheets import StreamedSheet  # noqa: E402
from workbench.periods import month_of, shift_month  # noqa: E402


def team_of(folder: Path, people: int):
    """A demo center whose first teams are merged into one of `people` or more active people."""
    database = write_demo_database(folder / "team.sqlite3", employees=people * 13 // 5, months=24, seed=3)
    with database.sessions.begin() as session:
        first, *others = session.scalars(select(Team.id).order_by(Team.id)).all()

        def size():
            return session.scalar(select(func.count()).where(Employee.team_id == first, Employee.status == "active"))

        while size() < people:
            other = others.pop(0)
            session.execute(update(Employee).where(Employee.team_id == other).values(team_id=first))
            session.execute(update(TeamSpell).where(TeamSpell.team_id == other).values(team_id=first))
        name, people = session.get(Team, first).name, size()
    return database, name, people


def plain_write(path: Path, sheets) -> None:
    """openpyxl's write-only mode, the same cells, no styles: the baseline."""
    workbook = Workbook(write_only=True)
    for name, headers, _widths, rows in sheets:
        sheet = workbook.create_sheet(name)
        sheet.append(headers)
        for row in rows:
            sheet.append([cell.value if isinstance(cell, FigureCell) else cell for cell in row])  # unstyled
    workbook.save(path)


def styled_write(path: Path, sheets) -> None:
    workbook = Workbook(write_only=True)
    for name, headers, widths, rows in sheets:
        sheet = StreamedSheet(workbook, name, headers, widths)
        for row in rows:
            sheet.append(row)
        sheet.close()
    workbook.save(path)


def peak_memory_mb(path: Path, sheets) -> float:
    tracemalloc.start()
    styled_write(path, sheets)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return peak / 2**20


def main() -> None:
    parser = benchmark_parser(__doc__)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--team", type=int, default=50, help="the smallest number of people in the team exported")
    parser.add_argument("--memory-rows", type=int, nargs=2, default=(20_000, 200_000), metavar=("SMALL", "LARGE"))
    args = parse(parser, runs=1, team=10, memory_rows=(200, 2000))
    folder = Path(tempfile.mkdtemp(prefix="workbench-export-bench-"))
    last_month = shift_month(month_of(date.today()), -1)

    database, team, size = team_of(folder, args.team)
    scope = monthly.scope_of(database, last_month, team)
    samples = [timed(export_monthly, database, scope, folder / "team.xlsx") for _ in range(args.runs)]
    print(f"1. {team}, {size} people, {last_month}: whole workbook {median_ms(samples):.0f} ms median")
    print(f"   (worst {max(samples) * 1000:.0f} ms; target: under 1000 ms)")
    database.close()

    database = open_database(center_database(args.smoke))
    scope = monthly.center_scope(database, last_month)
    start = time.perf_counter()
    sheets = [
        (name, headers, widths, list(rows))
        for name, headers, widths, rows in detail_sheets(database, scope, None, False)
    ]
    read_ms = (time.perf_counter() - start) * 1000
    cells = sum(len(rows) * len(headers) for _name, headers, _widths, rows in sheets)
    plain = median_ms([timed(plain_write, folder / "plain.xlsx", sheets) for _ in range(args.runs)])
    styled = median_ms([timed(styled_write, folder / "styled.xlsx", sheets) for _ in range(args.runs)])
    whole = timed(export_monthly, database, scope, folder / "center.xlsx") * 1000
    rows = sum(len(rows) for *_rest, rows in sheets)
    print(
        f"2. whole center, {last_month}: {rows:,} detail rows, {cells:,} cells (read from the database in {read_ms:.0f} ms)"
    )
    print(f"   openpyxl write-only, no styling (baseline)  {plain:7.0f} ms")
    print(
        f"   the workbench's styled streaming writer      {styled:7.0f} ms  = {styled / plain:.2f}x  (target: at most 1.5x)"
    )
    print(f"   the whole export (figures, five sheets, save) {whole:6.0f} ms")

    talks = next(sheet for sheet in sheets if sheet[0] == "谈心谈话")
    base_rows = talks[3] or [tuple(f"第{i}列" for i in range(len(talks[1])))]
    peaks = []
    for count in args.memory_rows:
        rows = (base_rows[i % len(base_rows)] for i in range(count))
        peaks.append(f"{count:,} rows {peak_memory_mb(folder / f'{count}.xlsx', [(*talks[:3], rows)]):.1f} MB")
    print(f"3. peak memory while writing talk rows: {', '.join(peaks)} (target: flat)")
    database.close()
    shutil.rmtree(folder)


if __name__ == "__main__":
    main()
