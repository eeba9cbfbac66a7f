"""Pull the plug: start real writer processes, kill them with SIGKILL at random moments,
reopen the database and check it.

Each writer records talks through the workbench's own `save_talk` (a talk and its
follow-ups in one transaction) and prints the number of each talk once its commit has
returned. After every kill the database must pass SQLite's integrity check, hold every
talk the writer reported, and hold no talk without its follow-ups.

    python benchmarks/crash_safety.py [--kills 200] [--seed 1] [--smoke]

It exits with status 1 when a check fails.
"""

import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks._common import benchmark_parser, parse  # noqa: E402

WRITER = """
import sys
from datetime import date
from workbench.db.engine import open_database
from workbench.db.theme_index import words_of
from workbench.liaisons import FollowUpRecord, TalkRecord, save_talk
words_of("排班")  # the themes' word cutter loaded before the clock starts, as in a running window
database = open_database(sys.argv[1])
employee, liaison, start = int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
print("ready", flush=True)
number = start
while True:
    follow_ups = tuple(FollowUpRecord("follow_up", f"marker-{number}-{item}") for item in range(3))
    talk = TalkRecord(employee, liaison, date(2026, 11, 1), "monthly", pain_points=f"marker-{number}", follow_ups=follow_ups)
    save_talk(database, talk)
    print(number, flush=True)
    number += 1
"""


@dataclass
class Result:
    kills: int = 0
    corruptions: list[str] = field(default_factory=list)
    lost: list[int] = field(default_factory=list)
    partial: list[int] = field(default_factory=list)
    committed: int = 0


def _prepare(path: Path) -> tuple[int, int]:
    from workbench.db.engine import open_database
    from workbench.people import EmployeeRecord
    from workbench.roster import save_employee

    database = open_database(path)
    leader = save_employee(database, EmployeeRecord("1", "组长丙", role="组长", team="服务一组")).id
    agent = save_employee(database, EmployeeRecord("2", "坐席丁", team="服务一组")).id
    database.close()
    return agent, leader


def _check(path: Path, reported: set[int], result: Result) -> int:
    """Open as the app would and compare with what the writers reported; the next number."""
    from sqlalchemy import text

    from workbench.db.engine import integrity_check, open_database

    database = open_database(path, verify=True)
    try:
        verdict = integrity_check(database)
        if verdict != "ok":
            result.corruptions.append(verdict)
        with database.engine.connect() as connection:
            talks = dict(
                connection.execute(
                    text(
                        "SELECT t.pain_points, count(f.id) FROM talks t "
                        "LEFT JOIN follow_ups f ON f.talk_id = t.id GROUP BY t.id"
                    )
                ).all()
            )
    finally:
        database.close()
    present = {int(marker.split("-")[1]) for marker in talks}
    result.lost.extend(sorted(reported - present))
    result.partial.extend(int(marker.split("-")[1]) for marker, count in talks.items() if count != 3)
    return max(present, default=-1) + 1


def run(kills: int, seed: int = 1, folder: Path | None = None, log=print) -> Result:
    rng = random.Random(seed)
    folder = folder or Path(tempfile.mkdtemp(prefix="workbench-crash-"))
    path = folder / "workbench.sqlite3"
    agent, leader = _prepare(path)
    env = dict(os.environ, PYTHONPATH=str(ROOT), WORKBENCH_DATA_DIR=str(folder / "data"))
    result, reported, number = Result(), set(), 0
    for kill in range(kills):
        writer = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(path), str(agent), str(leader), str(number)],
            stdout=subprocess.PIPE,
            text=True,
            env=env,
        )
        assert writer.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0.0, 0.4))  # somewhere in a commit, or between two
        writer.send_signal(signal.SIGKILL)
        writer.wait()
        # Whatever it printed before dying: talks it had seen committed.
        reported |= {int(line) for line in writer.stdout.read().split()}
        writer.stdout.close()
        number = _check(path, reported, result)
        result.kills = kill + 1
        if (kill + 1) % 20 == 0:
            log(f"  {kill + 1} kills, {len(reported)} committed talks reported")
    result.committed = len(reported)
    return result


def main() -> int:
    parser = benchmark_parser(__doc__)
    parser.add_argument("--kills", type=int, default=200)
    parser.add_argument("--seed", type=int, default=1)
    args = parse(parser, kills=3)
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="workbench-crash-") as folder:
        result = run(args.kills, args.seed, Path(folder))
    print(
        f"{result.kills} kills in {time.perf_counter() - started:.0f} s: {result.committed} committed talks reported; "
        f"{len(result.corruptions)} corruptions, {len(result.lost)} lost committed writes, "
        f"{len(result.partial)} half-written talks (target: 0, 0, 0)"
    )
    return 1 if result.corruptions or result.lost or result.partial else 0


if __name__ == "__main__":
    sys.exit(main())
