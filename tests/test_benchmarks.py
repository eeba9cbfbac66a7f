"""Every benchmark still runs: each at its small size (--smoke), in a process of its own as
README's table runs them. Their figures are printed, not checked (README records the
full-size ones); a benchmark that stops working fails here, not on the day it is needed."""

import subprocess
import sys
from pathlib import Path

import pytest

from tests.postgres_server import required_server_programs

BENCHMARKS = Path(__file__).resolve().parent.parent / "benchmarks"
ON_POSTGRES = {"center_load"}  # starts a PostgreSQL server of its own


BENCHMARK_RUNS = [
    pytest.param(path, id=path.stem, marks=[pytest.mark.postgres] if path.stem in ON_POSTGRES else [])
    for path in sorted(BENCHMARKS.glob("*.py"))
    if not path.name.startswith("_")  # _common.py, __init__.py
]


@pytest.mark.parametrize("benchmark", BENCHMARK_RUNS)
def test_benchmark_runs_at_its_smoke_size(benchmark, tmp_path):
    if benchmark.stem in ON_POSTGRES:
        required_server_programs()
    done = subprocess.run(
        [sys.executable, str(benchmark), "--smoke"], capture_output=True, text=True, cwd=tmp_path, check=False
    )
    assert done.returncode == 0, f"{benchmark.name} --smoke failed:\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}"
    assert done.stdout.strip(), f"{benchmark.name} --smoke printed no figures"
