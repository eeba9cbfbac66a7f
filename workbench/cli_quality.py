"""`workbench calibration …`: import a calibration session's score sheet, and print how the
evaluators' spread has moved over the sessions (is it narrowing?)."""

import json
from datetime import date
from pathlib import Path

from workbench.errors import UserError
from workbench.texts import t


def add_parser(commands) -> None:
    calibration = commands.add_parser("calibration", help="calibration sessions (质量校准会)")
    what = calibration.add_subparsers(dest="what", metavar="WHAT", required=True)
    sheet = what.add_parser("import", help="a session's score sheet: call × evaluator rows, or calls × evaluators")
    sheet.add_argument("file", type=Path)
    sheet.add_argument("--held-on", required=True, help="the session's day, YYYY-MM-DD")
    sheet.add_argument("--title", default="")
    sheet.add_argument("--organizer", help="the organizer's 工号 (default: the database's own user)")
    sheet.add_argument("--dry-run", action="store_true", help="check the sheet, write nothing")
    trend = what.add_parser("trend", help="each session's mean spread and the evaluators' deviation")
    trend.add_argument("--json", action="store_true")
    for command in (sheet, trend):
        command.add_argument("--db")


def run(args, target: str) -> int:
    from workbench.db.engine import open_database

    database = open_database(target)
    try:
        return _import(args, database) if args.what == "import" else _trend(args, database)
    finally:
        database.close()


def _number(value: float | None) -> str:
    return "—" if value is None else f"{value:.1f}"


def _import(args, database) -> int:
    from sqlalchemy import select

    from workbench import calibration, checklists
    from workbench.db.models import Employee
    from workbench.importing.calibration import parse_session_sheet

    try:
        held_on = date.fromisoformat(args.held_on)
    except ValueError:
        raise UserError(t("cli.calibration.bad_day", value=args.held_on)) from None
    organizer = checklists.me(database)
    if args.organizer:
        with database.sessions() as session:
            organizer = session.scalar(select(Employee.id).where(Employee.employee_no == args.organizer))
        if organizer is None:
            raise UserError(t("cli.calibration.unknown_organizer", number=args.organizer))
    if organizer is None:
        raise UserError(t("cli.calibration.no_organizer"))
    parsed = parse_session_sheet(database, args.file)
    data = parsed.session(held_on, organizer, args.title)
    if args.dry_run:
        print(t("cli.calibration.checked", file=args.file.name, calls=len(data.calls), evaluators=len(data.evaluators)))
        return 0
    view = calibration.save_session(database, data)
    print(
        t(
            "cli.calibration.imported",
            file=args.file.name,
            calls=len(view.calls),
            evaluators=len(view.evaluators),
            spread=_number(view.mean_spread),
            deviation=_number(view.mean_deviation),
        )
    )
    return 0


def _trend(args, database) -> int:
    from workbench import calibration

    trend = calibration.trend(calibration.sessions(database))
    if args.json:
        data = {
            "sessions": [
                {"held_on": day.isoformat(), "title": title, "mean_spread": spread, "mean_deviation": deviation}
                for day, title, spread, deviation in zip(
                    trend.days, trend.titles, trend.mean_spread, trend.mean_deviation, strict=True
                )
            ],
            "evaluators": {name: trend.deviation[evaluator] for evaluator, name in trend.evaluators.items()},
            "narrowing": trend.narrowing,
        }
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return 0
    for day, title, spread, deviation in zip(
        trend.days, trend.titles, trend.mean_spread, trend.mean_deviation, strict=True
    ):
        print(t("cli.calibration.session_line", day=day.isoformat(), title=title, spread=_number(spread),
                deviation=_number(deviation)))  # fmt: skip
    if trend.narrowing is not None:
        print(t("cli.calibration.narrowing" if trend.narrowing else "cli.calibration.not_narrowing"))
    return 0
