"""`workbench themes`: what a team (or the center) keeps raising in its talks, most raised first."""

import json
from datetime import date

from workbench.errors import UserError
from workbench.texts import t


def add_parser(commands) -> None:
    themes = commands.add_parser("themes", help="the themes raised in talks (话题), most raised first")
    themes.add_argument("--team", help="one team (default: the whole center)")
    themes.add_argument("--from", dest="start", required=True, help="first day, YYYY-MM-DD")
    themes.add_argument("--to", dest="end", required=True, help="last day, YYYY-MM-DD")
    themes.add_argument("--top", type=int, default=20, help="how many themes (default 20)")
    themes.add_argument("--db")
    themes.add_argument("--json", action="store_true")


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise UserError(t("themes.bad_date", value=text)) from None


def run(args, target: str) -> int:
    from workbench import themes
    from workbench.db.engine import open_database

    start, end = _day(args.start), _day(args.end)
    database = open_database(target, create=False)
    try:
        report = themes.themes(database, args.team, start, end, limit=max(args.top, 1))
    finally:
        database.close()
    if args.json:
        print(json.dumps(report.as_dict(), ensure_ascii=False, indent=2))
        return 0
    print(t("themes.heading", scope=report.label, start=start.isoformat(), end=end.isoformat(), talks=report.talks))
    if not report.themes:
        print(t("themes.none"))
        return 0
    headers = [t(f"themes.column.{name}") for name in ("theme", "talks", "people", "share")]
    if report.team is not None:
        headers.append(t("themes.column.ratio"))
    headers.append(t("themes.column.trend"))
    print("\t".join(headers))
    for theme in report.themes:
        cells = [theme.theme, str(theme.talks), str(theme.people), f"{theme.share:.0%}"]
        if report.team is not None:
            cells.append(t("themes.ratio", ratio=theme.ratio) if theme.ratio is not None else "—")
        cells.append(" ".join(str(count) for count in theme.trend))
        print("\t".join(cells))
    return 0
