"""`workbench attention`: the attention list (关注名单) on the command line, the same list the
first page shows, for the center's own scripts and for tests. 已关注 notes never print."""

import argparse
import json
from datetime import date

from workbench.errors import UserError
from workbench.texts import t


def add_parser(commands) -> None:
    parser = commands.add_parser("attention", help="who needs attention and why (关注名单)")
    parser.add_argument("--team", help="one team's agents (default: the people paired with you)")
    parser.add_argument("--on", help="YYYY-MM-DD (default: today)")
    parser.add_argument("--db")
    parser.add_argument("--json", action="store_true")
    parser.add_argument(
        "--set",
        action="append",
        default=[],
        metavar="NAME=DAYS",
        help="tune a threshold for the whole center (e.g. talk_days=35), then print them all",
    )


def _day(text: str | None) -> date:
    if text is None:
        return date.today()
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise UserError(t("attention.bad_day", value=text)) from None


def run(args: argparse.Namespace, target: str) -> int:
    from workbench import attention, checklists
    from workbench.db.engine import open_database

    on = _day(args.on)
    database = open_database(target, create=False)
    if args.set:
        try:
            return _tune(database, args.set)
        finally:
            database.close()
    try:
        leader_id = None if args.team else checklists.me(database)
        found = attention.attention_list(database, on, leader_id=leader_id, team=args.team)
    finally:
        database.close()
    if args.json:
        print(json.dumps(as_json(found), ensure_ascii=False, indent=2))
        return 0
    if not found.people:
        print(t("attention.cli.none", day=on.isoformat()))
    else:
        print(t("attention.cli.header", day=on.isoformat(), count=len(found.people)))
        for person in found.people:
            reasons = "；".join(reason.text for reason in person.reasons)
            print(f"{person.employee_no}\t{person.name}\t{person.team or '—'}\t{reasons}")
    if found.quiet:
        print(t("attention.cli.quiet", count=len(found.quiet)))
        for person in found.quiet:
            print(f"{person.employee_no}\t{person.name}\t{person.mark.quiet_until.isoformat()}")
    return 0


def _tune(database, settings: list[str]) -> int:
    from dataclasses import asdict

    from workbench import attention

    values = {}
    for setting in settings:
        name, _equals, value = setting.partition("=")
        if not value.strip().isdigit():
            raise UserError(t("attention.bad_threshold", name=name.strip()))
        values[name.strip()] = int(value)
    for name, value in asdict(attention.set_thresholds(database, **values)).items():
        print(f"{name}={value}")
    return 0


def as_json(found) -> dict:
    def one(person) -> dict:
        return {
            "employee_no": person.employee_no,
            "name": person.name,
            "team": person.team,
            "score": person.score,
            "reasons": [{"kind": r.kind, "text": r.text, "link": r.link} for r in person.reasons],
        }

    return {
        "on": found.on.isoformat(),
        "people": [one(person) for person in found.people],
        "quiet": [one(person) | {"quiet_until": person.mark.quiet_until.isoformat()} for person in found.quiet],
    }
