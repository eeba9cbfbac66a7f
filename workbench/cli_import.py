"""`workbench import …`: read an office file, show what it would change, write it in one step.

A dry run, or a file with problems, never makes a database where there was none: the file
is compared with an empty one made in a temporary folder."""

import json
import sys
import tempfile
from datetime import date
from pathlib import Path

from workbench.texts import t

FORMATS = ".xlsx, .xlsm, .xls, .xlsb, .ods, .csv, .txt"


def add_parser(commands) -> None:
    importing = commands.add_parser("import", help=f"import data from office files ({FORMATS})")
    what = importing.add_subparsers(dest="what", metavar="WHAT", required=True)
    roster = what.add_parser("roster", help="the team roster as HR keeps it")
    roster.add_argument(
        "--mark-missing-left", action="store_true", help="mark active employees missing from the file as left"
    )
    roster.add_argument(
        "--accept-new-ids",
        action="store_true",
        help="add rows whose new 工号 has the name and team of someone the file leaves out (asked about otherwise)",
    )
    talks = what.add_parser("talks", help="a talk ledger (谈心谈话台账)")
    scores = what.add_parser("scores", help="QA, satisfaction or weekly test scores for the growth diary")
    indicators = what.add_parser(
        "indicators", help="the agents' daily or monthly numbers from the ACD and QA exports (接通量, 满意度, …)"
    )
    targets = what.add_parser("targets", help="targets per indicator for teams (班组) or the whole center (全中心)")
    for command in (scores, indicators, targets):
        command.add_argument("--month", help="YYYY-MM, for a sheet without a 月份 column (or a date column)")
    for command in (roster, talks, scores, indicators, targets):
        command.add_argument("file", type=Path)
        command.add_argument("--db")
        command.add_argument("--dry-run", action="store_true", help="report what would change, write nothing")
        command.add_argument("--json", action="store_true", help="print the whole report as JSON")
        command.add_argument(
            "--map",
            action="append",
            default=[],
            metavar="HEADER=FIELD",
            help="read a column the workbench does not know as a field, e.g. 谈话主要内容=工作开展情况 "
            "(repeatable; remembered for files with the same headers)",
        )


def run(args, target: str) -> int:
    from workbench.db.engine import open_database, resolve_url
    from workbench.importing import column_maps
    from workbench.importing.problems import describe_problems

    read, preview, apply = _importers(args)
    given = column_maps.parse_mapping(args.map)
    _url, path = resolve_url(target)
    fresh = path is not None and not path.exists()
    with tempfile.TemporaryDirectory(prefix="workbench-import-") as folder:
        database = open_database(Path(folder) / "preview.sqlite3" if fresh else target)
        try:
            parsed = read(database, args.file, column_maps.column_map(database, args.what, given))
            report = preview(database, parsed)
            if report.ok and not args.dry_run:
                if fresh:  # made only now, for an import that will be written
                    database.close()
                    database = open_database(target)
                report = apply(database, parsed, report)
                column_maps.remember(database, args.what, parsed.table.headers, parsed.table.mapped)
            shown = database.display_name  # the temporary one only on a dry run, which does not say it
        finally:
            database.close()
    if args.json:
        print(json.dumps(report.to_json(), ensure_ascii=False, indent=2, default=_json_default))
        return 0 if report.ok else 2
    for line in _columns(report):
        print(line)
    if not report.ok:
        print(describe_problems(report.file, report.problems), file=sys.stderr)
        return 2
    print(report.summary())
    _roster_lines(report)
    if getattr(report, "totals_skipped", None):
        print(t("indicator_import.totals_skipped", rows="、".join(map(str, report.totals_skipped))))
    print(t("import.dry_run") if args.dry_run else t("import.applied", db=shown))
    return 0


def _columns(report) -> list[str]:
    """Which sheet was read and what each column became."""
    columns = report.columns
    lines = [t("columns.sheet", path=report.file, sheet=report.sheet, row=report.header_row)]
    read = [
        f"{c['column']} {c['header']}" + (f"→{c['label']}" if c["header"] != c["label"] else "")
        for c in columns["columns"]
    ]
    lines.append(t("columns.read", columns="、".join(read)))
    if columns["ignored"]:
        lines.append(
            t("columns.ignored", columns="、".join(f"{c['column']} {c['header']}" for c in columns["ignored"]))
        )
    if columns["second_copies"]:
        copies = "、".join(f"{c['column']} {c['header']}（{c['label']}）" for c in columns["second_copies"])
        lines.append(t("columns.second_copies", columns=copies))
    if columns["hidden_sheets"]:
        lines.append(t("columns.hidden", sheets="、".join(columns["hidden_sheets"])))
    return lines


def _roster_lines(report) -> None:
    for same in getattr(report, "zeros_restored", []):
        print(
            t(
                "roster_import.zeros_restored",
                row=same.row,
                number=same.employee_no,
                existing=same.existing_no,
                name=same.name,
            )
        )
    duplicates = getattr(report, "possible_duplicates", [])
    added = {change.employee_no for change in report.added} if duplicates else set()
    for same in duplicates:
        key = "roster_import.accepted" if same.employee_no in added else "roster_import.same_person"
        print(
            t(
                key,
                row=same.row,
                number=same.employee_no,
                name=same.name,
                team=same.team or "—",
                existing=same.existing_no,
            )
        )
    missing = getattr(report, "missing", [])  # a roster's active people the file left out
    if missing:
        print(t("import.missing", count=len(missing)))
    for change in missing:
        print(f"  {change.employee_no}  {change.name}  {change.team or ''}")


def _importers(args):
    """(read the file with the database's column map, preview against the database, apply)
    for what is imported."""
    if args.what == "indicators":
        from workbench.importing import indicators

        return (
            lambda database, path, column_map: indicators.parse_indicators(
                database, path, month=args.month, column_map=column_map
            ),
            indicators.preview_indicator_import,
            lambda database, parsed, _report: indicators.apply_indicator_import(database, parsed),
        )
    if args.what == "targets":
        from workbench import checklists
        from workbench.importing import targets

        return (
            lambda database, path, column_map: targets.parse_targets(
                database, path, month=args.month, column_map=column_map
            ),
            targets.preview_target_import,
            lambda database, parsed, _report: targets.apply_target_import(
                database, parsed, set_by=checklists.me(database)
            ),
        )
    if args.what == "scores":
        from workbench import checklists
        from workbench.importing import growth

        return (
            lambda _database, path, column_map: growth.parse_scores(path, month=args.month, column_map=column_map),
            growth.preview_score_import,
            lambda database, parsed, _report: growth.apply_score_import(
                database, parsed, author_id=checklists.me(database)
            ),
        )
    if args.what == "talks":
        from workbench import liaisons
        from workbench.importing import talks

        def preview(database, parsed):
            liaisons.sync_default_pairings(database)  # rows without 谈话人 go to the employee's liaison
            return talks.preview_talk_import(database, parsed)

        return (
            lambda _database, path, column_map: talks.parse_ledger(path, column_map=column_map),
            preview,
            lambda database, parsed, _report: talks.apply_talk_import(database, parsed),
        )
    from workbench.importing import roster

    def accepted(report) -> list[str]:
        return [same.employee_no for same in report.possible_duplicates] if args.accept_new_ids else []

    def preview_roster(database, parsed):
        report = roster.preview_roster_import(database, parsed)
        if accepted(report):  # shown as they will be written: added
            report = roster.preview_roster_import(database, parsed, accept_new_ids=accepted(report))
        return report

    def apply(database, parsed, report):
        missing = [change.employee_no for change in report.missing] if args.mark_missing_left else []
        return roster.apply_roster_import(database, parsed, mark_missing_left=missing, accept_new_ids=accepted(report))

    return (
        lambda _database, path, column_map: roster.parse_roster(path, column_map=column_map),
        preview_roster,
        apply,
    )


def _json_default(value):
    if isinstance(value, date):
        return value.isoformat()
    raise TypeError(type(value))
