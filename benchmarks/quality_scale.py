"""Quality work at a center's scale: ten years of a 5,000-agent center (200 teams of 25
with their leaders): 1,000,000 listened calls, about a hundred a quarter per leader, and a
calibration session a month with ten evaluators scoring ten calls. Timed against a
primary-key lookup: an agent's history of listened calls and their whole timeline, a
leader's quarter of listening, the three ones' quarter that counts from it (goal: each
under 100 ms); the 质检 page's whole read and the quarter across the center's leaders
(goal: under 1 s).

    python benchmarks/quality_scale.py [--agents 5000] [--calls 1000000] [--runs 30] [--smoke]

The database is made afresh in the temp folder (a minute or so at full size): the roster
and the calls are written in bulk, the sessions through the core.
"""

import atexit
import random
import shutil
import sys
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import tempfile  # noqa: E402

from sqlalchemy import insert, select  # noqa: E402

from benchmarks._common import benchmark_parser, median_ms, parse, timed  # noqa: E402
from ui.pages.quality_data import load_page  # noqa: E402  (Qt-free: what the page reads in a worker)
from workbench import cadence, calibration, checklists, listening, three_ones  # noqa: E402
from workbench.db.engine import open_database  # noqa: E402
from workbench.db.models import Employee, Preference, Team, utc_now  # noqa: E402
from workbench.db.quality_models import ListenedCall  # noqa: E402
from workbench.suggestions import quarter_of, shift_quarter  # noqa: E402

TEAM_SIZE = 25
YEARS = 10
CHUNK = 50_000


def build(path: Path, agents: int, calls: int, sessions: int, rng: random.Random, today: date) -> dict:
    database = open_database(path)
    teams = max(agents // TEAM_SIZE, 1)
    now = utc_now()
    start = today - timedelta(days=365 * YEARS)
    with database.sessions.begin() as session:
        session.execute(
            insert(Team), [{"id": n + 1, "name": f"服务{n + 1:03d}组", "created_at": now} for n in range(teams)]
        )
        people = []
        for team in range(teams):
            people.append(
                {"employee_no": f"L{team:04d}", "name": f"组长{team:04d}", "team_id": team + 1, "role": "组长"}
            )
            for n in range(TEAM_SIZE):
                people.append({"employee_no": f"{team * TEAM_SIZE + n + 100000}", "name": f"坐席{team}-{n}",
                               "team_id": team + 1, "role": "客户代表"})  # fmt: skip
        for index in range(10):
            people.append({"employee_no": f"Q{index:03d}", "name": f"质检员{index}", "team_id": None, "role": "质检员"})
        for person in people:
            person.update(status="active", created_at=now, updated_at=now, hire_date=start)
        session.execute(insert(Employee), people)
        rows = session.execute(select(Employee.id, Employee.role, Employee.team_id)).all()
        leaders = {row.team_id: row.id for row in rows if row.role == "组长"}
        agents_of: dict[int, list[int]] = {}
        for row in rows:
            if row.role == "客户代表":
                agents_of.setdefault(row.team_id, []).append(row.id)
        session.add(Preference(key=checklists.ME, value=str(leaders[1])))
    days = (today - start).days
    team_ids = list(leaders)
    written = 0
    while written < calls:
        batch = []
        for _ in range(min(CHUNK, calls - written)):
            team = rng.choice(team_ids)
            kind = rng.choices(("ordinary", "complaint", "praise"), (0.7, 0.2, 0.1))[0]
            batch.append({
                "leader_id": leaders[team], "agent_id": rng.choice(agents_of[team]),
                "listened_on": start + timedelta(days=rng.randrange(days)), "call_ref": f"R{rng.randrange(10**9):09d}",
                "kind": kind, "points_lost": rng.choice((0, 0, 1, 2, 3)), "highlights": "开场白规范",
                "advice": "挂机前再确认一次客户需求", "updated_at": now, "version": 1,
            })  # fmt: skip
        with database.sessions.begin() as session:
            session.execute(insert(ListenedCall), batch)
        written += len(batch)
    evaluators = [row.id for row in rows if row.role == "质检员"][:5] + list(leaders.values())[:5]
    for index in range(sessions):
        held_on = today - timedelta(days=30 * (sessions - index))
        refs = [f"S{index}-{n}" for n in range(10)]
        scores = {(ref, e, ""): float(80 + rng.randrange(15)) for ref in refs for e in evaluators}
        calibration.save_session(
            database,
            calibration.SessionInput(
                held_on=held_on,
                organizer_id=evaluators[0],
                title=f"校准会{index}",
                calls=tuple(calibration.CallInput(ref, 85) for ref in refs),
                evaluators=tuple(evaluators),
                scores=scores,
            ),  # fmt: skip
            today=today,
        )
    return {"database": database, "leaders": list(leaders.values()),
            "agents": [a for team in agents_of.values() for a in team]}  # fmt: skip


def main() -> None:
    parser = benchmark_parser(__doc__)
    parser.add_argument("--agents", type=int, default=5000)
    parser.add_argument("--calls", type=int, default=1_000_000)
    parser.add_argument("--sessions", type=int, default=120)
    parser.add_argument("--runs", type=int, default=30)
    args = parse(parser, agents=100, calls=5000, sessions=6, runs=2)
    rng = random.Random(7)
    today = date.today()
    folder = Path(tempfile.mkdtemp(prefix="workbench-quality-"))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    began = time.perf_counter()
    made = build(folder / "quality.sqlite3", args.agents, args.calls, args.sessions, rng, today)
    database, leaders, agents = made["database"], made["leaders"], made["agents"]
    print(
        f"{args.agents:,} agents, {len(leaders)} leaders, {args.calls:,} listened calls, {args.sessions} sessions "
        f"(made in {time.perf_counter() - began:.0f} s)"
    )
    this_quarter = quarter_of(today)

    def quarter() -> str:
        return shift_quarter(this_quarter, -rng.randrange(YEARS * 4))

    def lookup():
        with database.sessions() as session:
            session.get(Employee, rng.choice(agents))

    base = median_ms([timed(lookup) for _ in range(args.runs * 5)])

    def report(name: str, function, target: int) -> None:
        samples = [timed(function) for _ in range(args.runs)]
        median = median_ms(samples)
        print(
            f"  {name:44s} {median:7.1f} ms ({max(samples) * 1000:.1f})  = {median / base:.0f}x the lookup, "
            f"{median / target:.2f} of the goal (under {target} ms)"
        )

    print(f"{args.runs} runs, medians (worst):")
    print(f"  {'primary-key lookup (baseline)':44s} {base:7.2f} ms")
    report("an agent's listened calls, ten years", lambda: listening.agent_calls(database, rng.choice(agents)), 100)
    report("an agent's timeline", lambda: cadence.timeline(database, rng.choice(agents), None), 100)
    report(
        "a leader's quarter of listening", lambda: listening.leader_calls(database, rng.choice(leaders), quarter()), 100
    )
    report("a leader's three ones, counted from the log",
           lambda: three_ones.leader_quarter(database, rng.choice(leaders), quarter()), 100)  # fmt: skip
    report(
        "the quarter across the center's leaders", lambda: three_ones.quarter_across_leaders(database, quarter()), 1000
    )
    report("the 质检 page's whole read", lambda: load_page(database, rng.choice(leaders), quarter()), 1000)
    report("calibration trend over every session",
           lambda: calibration.trend(calibration.sessions(database)), 1000)  # fmt: skip
    database.close()


if __name__ == "__main__":
    main()
