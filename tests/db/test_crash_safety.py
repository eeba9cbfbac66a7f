"""Killing writers mid-transaction loses nothing committed and leaves nothing half-written
(benchmarks/crash_safety.py runs the same harness for longer)."""

import pytest

from benchmarks.crash_safety import run


@pytest.mark.slow
def test_sigkill_at_random_moments_loses_nothing_committed(tmp_path):
    result = run(kills=12, seed=7, folder=tmp_path, log=lambda line: None)
    assert result.kills == 12 and result.committed > 12  # the writers did get work done
    assert result.corruptions == []
    assert result.lost == []
    assert result.partial == []
