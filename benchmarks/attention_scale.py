"""The attention list (关注名单) at a center's scale: the center demo (5,000 people in 200
teams, ten years of checklists, talks, follow-ups, care, growth diaries and numbers).
Timed: a leader's list as the first page and the 关注名单 page read it, for many leaders
(goal: under 100 ms each); one team's list and the whole center's (the monthly review's
and `workbench attention`'s), for scale.

    python benchmarks/attention_scale.py [--leaders 20] [--runs 5] [--smoke]
"""

import random
import statistics
import sys
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import func, select  # noqa: E402

from benchmarks._common import benchmark_parser, center_database, parse, timed  # noqa: E402
from workbench import attention  # noqa: E402
from workbench.db.engine import open_database  # noqa: E402
from workbench.db.models import Employee, Pairing, Talk, Team  # noqa: E402

GOAL_MS = 100


def main() -> None:
    parser = benchmark_parser(__doc__)
    parser.add_argument("--leaders", type=int, default=20, help="leaders whose list is timed")
    parser.add_argument("--runs", type=int, default=5, help="times each list is read")
    args = parse(parser, leaders=3, runs=2)
    database = open_database(center_database(args.smoke))
    with database.sessions() as session:
        people = session.scalar(select(func.count()).select_from(Employee))
        talks = session.scalar(select(func.count()).select_from(Talk))
        on = session.scalar(select(func.max(Talk.talk_date))) or date.today()
        leaders = sorted(set(session.scalars(select(Pairing.liaison_id).where(Pairing.end_date.is_(None)))))
        team = session.scalar(select(Team.name).order_by(Team.id))
    chosen = random.Random(3).sample(leaders, min(args.leaders, len(leaders)))
    print(f"center: {people} people, {talks} talks; the list on {on.isoformat()}")
    attention.attention_list(database, on, leader_id=chosen[0])  # warm the cache, as the window has
    samples, sizes = [], []
    for leader in chosen:
        runs = [timed(attention.attention_list, database, on, leader) for _ in range(args.runs)]
        samples.append(statistics.median(runs) * 1000)
        sizes.append(len(attention.attention_list(database, on, leader_id=leader).people))
    median, worst = statistics.median(samples), max(samples)
    print(
        f"a leader's list ({len(chosen)} leaders, {statistics.mean(sizes):.1f} people on it on average): "
        f"median {median:.1f} ms, slowest {worst:.1f} ms — {worst / GOAL_MS:.2f}x the {GOAL_MS} ms goal"
    )
    team_ms = statistics.median(timed(attention.attention_list, database, on, None, team) for _ in range(args.runs))
    print(f"one team's list ({team}): {team_ms * 1000:.1f} ms")
    center_ms = timed(attention.attention_list, database, on)
    print(f"the whole center's list (the review's, the command line's): {center_ms * 1000:.0f} ms")
    database.close()


if __name__ == "__main__":
    main()
