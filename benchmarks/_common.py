"""Shared set-up for the benchmarks: a center-scale demo database, made once per run."""

import statistics
import tempfile
import time
from pathlib import Path

from workbench.demo import write_demo_database

CENTER_EMPLOYEES = 5000  # 200 teams of 25, as ../shared/DOMAIN.md sizes a large center
CENTER_MONTHS = 120


def center_database(folder: Path | None = None) -> Path:
    folder = folder or Path(tempfile.mkdtemp(prefix="workbench-bench-"))
    path = folder / "center.sqlite3"
    if not path.exists():
        write_demo_database(path, employees=CENTER_EMPLOYEES, months=CENTER_MONTHS, seed=11).close()
    return path


def timed(function, *args) -> float:
    start = time.perf_counter()
    function(*args)
    return time.perf_counter() - start


def median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000
