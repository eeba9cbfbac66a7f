"""Shared set-up for the benchmarks: their arguments (every one takes --smoke) and a
center-scale demo database, made once a day."""

import argparse
import atexit
import shutil
import statistics
import tempfile
import time
from datetime import date
from pathlib import Path

from workbench.demo import write_demo_database

CENTER_EMPLOYEES = 5000  # 200 teams of 25, as ../shared/DOMAIN.md sizes a large center
CENTER_MONTHS = 120
SMOKE_EMPLOYEES = 60  # two teams: the smoke run's center, made in a second or two
SMOKE_MONTHS = 6
SMOKE_HELP = (
    "run at a small size, in seconds, to check that the benchmark still works "
    "(its figures say nothing then; tests/test_benchmarks.py runs every benchmark so)"
)


def benchmark_parser(doc: str) -> argparse.ArgumentParser:
    """A benchmark's parser: its docstring as the help, and --smoke."""
    parser = argparse.ArgumentParser(description=doc, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--smoke", action="store_true", help=SMOKE_HELP)
    return parser


def parse(parser: argparse.ArgumentParser, **smoke) -> argparse.Namespace:
    """The arguments; with --smoke, each argument named in `smoke` that was left at its
    full-size default takes the small value given there (`--smoke --runs 5` keeps 5 runs)."""
    args = parser.parse_args()
    if args.smoke:
        for name, value in smoke.items():
            if getattr(args, name) == parser.get_default(name):
                setattr(args, name, value)
    return args


def center_database(smoke: bool = False) -> Path:
    """The center demo, kept in the temp folder between runs: with ten years of checklist
    history for some 230 leaders it takes minutes to make. Made again each new day.
    The smoke run's small center is made afresh in a folder of its own, removed at exit."""
    if smoke:
        folder = Path(tempfile.mkdtemp(prefix="workbench-bench-smoke-"))
        atexit.register(shutil.rmtree, folder, ignore_errors=True)
        path = folder / "center.sqlite3"
        write_demo_database(path, employees=SMOKE_EMPLOYEES, months=SMOKE_MONTHS, seed=11).close()
        return path
    folder = Path(tempfile.gettempdir()) / "workbench-bench"
    folder.mkdir(exist_ok=True)
    # Named by what the demo holds and the day it was made: a newer demo or a new day makes it again.
    path = folder / f"center-v5-{CENTER_EMPLOYEES}-{CENTER_MONTHS}-{date.today().isoformat()}.sqlite3"
    if not path.exists():
        partial = path.with_suffix(".partial")
        partial.unlink(missing_ok=True)
        write_demo_database(partial, employees=CENTER_EMPLOYEES, months=CENTER_MONTHS, seed=11).close()
        partial.rename(path)
    return path


def center_months(smoke: bool = False) -> int:
    """How many months of history center_database holds."""
    return SMOKE_MONTHS if smoke else CENTER_MONTHS


def copied_columns(model, *leaving: str) -> str:
    """The columns of a model's table but its id and those `leaving`, for the benchmarks that
    top a table up by copying its rows: read from the schema, so a column that moves or
    appears does not break them."""
    return ", ".join(column.name for column in model.__table__.columns if column.name not in ("id", *leaving))


def timed(function, *args) -> float:
    start = time.perf_counter()
    function(*args)
    return time.perf_counter() - start


def median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000
