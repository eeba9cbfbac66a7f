"""Shared set-up for the benchmarks: a center-scale demo database, made once per run."""

import statistics
import tempfile
import time
from datetime import date
from pathlib import Path

from workbench.demo import write_demo_database

CENTER_EMPLOYEES = 5000  # 200 teams of 25, as ../shared/DOMAIN.md sizes a large center
CENTER_MONTHS = 120


def center_database() -> Path:
    """The center demo, kept in the temp folder between runs: with ten years of checklist
    history for some 230 leaders it takes minutes to make. Made again each new day."""
    folder = Path(tempfile.gettempdir()) / "workbench-bench"
    folder.mkdir(exist_ok=True)
    # Named by what the demo holds and the day it was made: a newer demo or a new day makes it again.
    path = folder / f"center-v4-{CENTER_EMPLOYEES}-{CENTER_MONTHS}-{date.today().isoformat()}.sqlite3"
    if not path.exists():
        partial = path.with_suffix(".partial")
        partial.unlink(missing_ok=True)
        write_demo_database(partial, employees=CENTER_EMPLOYEES, months=CENTER_MONTHS, seed=11).close()
        partial.rename(path)
    return path


def timed(function, *args) -> float:
    start = time.perf_counter()
    function(*args)
    return time.perf_counter() - start


def median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000
