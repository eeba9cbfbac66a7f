"""The monthly review workbook (月度复盘) a leader sends up the line.

Sheets: 概览 (the month in figures, with charts), 工作清单 (a row a duty), 工作清单明细 (each
tick), 谈心谈话, 跟进事项, 人员, one
for each other practice (workbench.practices), and a hidden `_meta` of key/value rows that
a roll-up reads. Written in openpyxl's write-only
mode, so a whole center's month streams to disk, and saved atomically."""

from collections.abc import Callable
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.chart import BarChart, LineChart, Reference

from workbench import monthly, practices
from workbench.cells import FigureCell
from workbench.db.engine import Database
from workbench.duties import CATEGORIES
from workbench.export.sheets import (
    CELL_BORDER,
    HEADER_FILL,
    HEADER_FONT,
    PERCENT_FORMAT,
    TITLE_FONT,
    WRAP,
    StreamedSheet,
    make_folder_for,
    print_setup,
    row_height,
    save_atomically,
    set_properties,
    style_figure,
)
from workbench.liaisons import CARE_SCALES, TALK_TEXT_FIELDS
from workbench.monthly import MonthlySummary, Scope
from workbench.texts import t

FORMAT = "workbench-monthly"
FORMAT_VERSION = 1
META_SHEET = "_meta"
PROGRESS_EVERY = 500  # rows between progress reports (and chances to cancel)

Progress = Callable[[int, int], None]


def suggested_name(scope: Scope) -> str:
    """服务一组_2026-10_月度复盘.xlsx"""
    return t("monthly.file_name", scope=scope.label, month=scope.month)


def export_monthly(
    database: Database,
    scope: Scope,
    path: Path,
    viewer_id: int | None = None,
    include_private: bool = False,
    progress: Progress | None = None,
) -> MonthlySummary:
    """Write the month's review workbook to `path`; returns the figures it holds.
    Private notes (the viewer's own) only with include_private."""
    progress = progress or (lambda done, total: None)
    make_folder_for(path)
    summary = monthly.summarize(database, scope)
    progress(0, 0)
    workbook = Workbook(write_only=True)
    _write_summary(workbook, summary, include_private)
    _write_checklist_summary(workbook, database, scope)
    written = 0
    for name, headers, widths, rows in detail_sheets(database, scope, viewer_id, include_private):
        sheet = StreamedSheet(workbook, name, headers, widths)
        for row in rows:
            sheet.append(row)
            written += 1
            if written % PROGRESS_EVERY == 0:
                progress(written, 0)
        sheet.close()
    _write_meta(workbook, summary, include_private)
    set_properties(
        workbook, t("monthly.title", scope=scope.label, month=_month_label(scope.month)), subject=t("monthly.subject")
    )
    progress(written, written)  # the last chance to cancel before the file is replaced
    save_atomically(workbook, path)
    return summary


def _month_label(month: str) -> str:
    year, number = month.split("-")
    return t("monthly.month", year=year, month=int(number))


def detail_sheets(database: Database, scope: Scope, viewer_id: int | None, include_private: bool):
    """(sheet name, headers, column widths, rows) of each detail sheet."""
    field = lambda name: t(f"field.{name}")  # noqa: E731
    heading = lambda key: t(f"monthly.column.{key}")  # noqa: E731
    yield (
        t("monthly.sheet.checklist_detail"),
        [heading(key) for key in ("owner", "category", "frequency", "work", "requirement", "deliverable")]
        + [heading(key) for key in ("period_start", "due_date", "state", "done_on", "note")],
        [10, 10, 8, 28, 40, 24, 12, 12, 10, 12, 24],
        monthly.checklist_rows(database, scope),
    )
    talk_headers = [heading("talk_date"), field("employee_no"), field("name"), field("team")]
    talk_headers += [heading("kind"), heading("liaison")]
    talk_headers += [t(f"monthly.column.{name}") for name in TALK_TEXT_FIELDS]
    talk_headers += [t(f"care.{name}") for name in CARE_SCALES]
    talk_widths = [12, 10, 10, 12, 14, 10, 30, 30, 30, 30] + [10] * len(CARE_SCALES)
    if include_private:
        talk_headers.append(heading("private_note"))
        talk_widths.append(30)
    yield (
        t("monthly.sheet.talks"),
        talk_headers,
        talk_widths,
        monthly.talk_rows(database, scope, viewer_id, include_private),
    )
    yield (
        t("monthly.sheet.follow_ups"),
        [heading("raised_on"), field("employee_no"), field("name"), heading("follow_up_kind"), heading("description")]
        + [heading("owner_person"), heading("due_date"), heading("status_at_end"), heading("closed_on")],
        [12, 10, 10, 10, 40, 10, 12, 12, 12],
        monthly.follow_up_rows(database, scope),
    )
    yield (
        t("monthly.sheet.roster"),
        [field(name) for name in ("employee_no", "name", "gender", "team", "role", "hire_date", "status", "left_date")],
        [10, 10, 6, 14, 12, 12, 8, 12],
        monthly.roster_rows(database, scope),
    )
    yield from practices.month_sheets(database, scope, viewer_id, include_private)


SUMMARY_WIDTHS = (18, 12, 12, 12, 12, 12, 4)
# figures that are shares of a whole, printed as percentages wherever they appear
RATE_FIGURES = ("three_ones_completion",)


def _write_checklist_summary(workbook: Workbook, database: Database, scope: Scope) -> None:
    """工作清单: one row a duty with its month's counts (the ticks follow on 工作清单明细)."""
    heading = lambda key: t(f"monthly.column.{key}")  # noqa: E731
    label = lambda key: t(f"monthly.figure.{key}")  # noqa: E731
    headers = [heading(key) for key in ("owner", "category", "frequency", "work")]
    headers += [label(key) for key in ("due", "done", "late", "skipped", "rate")]
    sheet = StreamedSheet(
        workbook, t("monthly.sheet.checklist"), headers, [10, 10, 8, 28, 8, 8, 8, 8, 10], percent_columns=(8,)
    )
    for row in monthly.checklist_summary_rows(database, scope):
        sheet.append(row)
    sheet.close()


class _Rows:
    """The summary sheet written top to bottom, keeping count of its rows for the charts;
    text cells wrap, and a row whose text takes several lines gets the height they need."""

    def __init__(self, sheet):
        self.sheet, self.count = sheet, 0

    def cell(self, value, *, header=False, bold=False, percent=False, size=None):
        figure = value if isinstance(value, FigureCell) else None
        value = figure.value if figure else value
        cell = WriteOnlyCell(self.sheet, value)
        if header:
            cell.fill, cell.font = HEADER_FILL, HEADER_FONT
        elif bold:
            cell.font = TITLE_FONT if size else HEADER_FONT
        if header or not bold:
            cell.border = CELL_BORDER
        if percent:
            cell.number_format = PERCENT_FORMAT
        if figure:
            style_figure(cell, figure)
        if isinstance(value, str) and size is None:
            cell.alignment = WRAP
        return cell

    def add(self, *cells) -> int:
        self.count += 1
        height = row_height((cell.value, width) for cell, width in zip(cells, SUMMARY_WIDTHS, strict=False))
        if height:
            self.sheet.row_dimensions[self.count].height = height
        self.sheet.append(list(cells))
        return self.count

    def blank(self) -> None:
        self.add()

    def section(self, title: str) -> None:
        self.add(self.cell(title, bold=True))

    def header(self, *titles: str) -> int:
        return self.add(*(self.cell(title, header=True) for title in titles))


def _write_summary(workbook: Workbook, summary: MonthlySummary, include_private: bool) -> None:
    sheet = workbook.create_sheet(t("monthly.sheet.summary"))
    for column, width in zip("ABCDEFG", SUMMARY_WIDTHS, strict=True):
        sheet.column_dimensions[column].width = width
    print_setup(sheet, orientation="portrait")
    scope = summary.scope
    rows = _Rows(sheet)
    rows.add(rows.cell(t("monthly.title", scope=scope.label, month=_month_label(scope.month)), bold=True, size=14))
    if include_private:
        rows.add(rows.cell(t("monthly.contains_private")))
    rows.blank()
    label = lambda key: t(f"monthly.figure.{key}")  # noqa: E731
    rows.section(t("monthly.section.basics"))
    for key, value in (
        ("team", scope.label),
        ("leader", scope.leader_name or "—"),
        ("month", _month_label(scope.month)),
        ("headcount", summary.headcount),
        ("joined", summary.joined),
        ("left", summary.left),
    ):
        rows.add(rows.cell(label(key)), rows.cell(value))
    rows.blank()

    rows.section(t("monthly.section.checklist"))
    rows.header(*(label(key) for key in ("category", "due", "done", "late", "skipped", "rate")))
    first = rows.count + 1
    for key in (*CATEGORIES, "all"):
        done = summary.completion[key]
        rows.add(
            rows.cell(t(f"category.{key}")),
            *(rows.cell(value) for value in (done.counted, done.done, done.late, done.skipped)),
            rows.cell(done.rate, percent=True),
        )
    by_category = (first, first + len(CATEGORIES) - 1)
    rows.blank()

    trend_rows = None
    if summary.trend:
        rows.section(t("monthly.section.trend", months=len(summary.trend)))
        rows.header(label("month"), *(t(f"category.{key}") for key in (*CATEGORIES, "all")))
        first = rows.count + 1
        for month, completion in summary.trend:
            rows.add(
                rows.cell(month),
                *(rows.cell(completion[key].rate, percent=True) for key in (*CATEGORIES, "all")),
            )
        trend_rows = (first - 1, rows.count)
        rows.blank()

    rows.section(t("monthly.section.talks"))
    rows.header(label("liaison"), label("paired"), label("talked"), label("coverage"), label("surveyed"))
    for row in summary.coverage:
        rows.add(
            rows.cell(row.liaison),
            rows.cell(row.paired),
            rows.cell(row.talked),
            rows.cell(row.talked / row.paired if row.paired else None, percent=True),
            rows.cell(row.surveyed),
        )
    figures = summary.figures()
    rows.add(
        rows.cell(t("category.all")),
        rows.cell(summary.paired),
        rows.cell(summary.talked),
        rows.cell(figures["coverage"], percent=True),
        rows.cell(summary.surveyed),
    )
    rows.add(rows.cell(label("talks")), rows.cell(summary.talks))
    rows.blank()

    rows.section(t("monthly.section.follow_ups"))
    for key in ("follow_ups_opened", "follow_ups_closed", "follow_ups_open", "follow_ups_overdue"):
        rows.add(rows.cell(label(key)), rows.cell(figures[key]))
    raised, answered = figures["suggestions"], figures["suggestions_answered_in_24h"]
    rows.add(rows.cell(label("suggestions")), rows.cell(raised))
    rows.add(rows.cell(label("suggestions_answered_in_24h")), rows.cell(answered))
    rows.add(rows.cell(label("answer_rate")), rows.cell(answered / raised if raised else None, percent=True))
    rows.blank()

    tables = practices.summary_tables(summary.practices)
    in_tables = set().union(*(shown for *_table, shown in tables))
    rows.section(t("monthly.section.practices"))
    for key, value in summary.practices.items():
        if key not in in_tables:
            rows.add(rows.cell(practices.figure_label(key)), rows.cell(value, percent=key in RATE_FIGURES))
    for title, headers, lines, _shown in tables:
        rows.blank()
        rows.section(title)
        if headers:  # a table with nothing to show says so in a line of its own
            rows.header(*headers)
        for line in lines:
            rows.add(*(rows.cell(value) for value in line))

    chart = BarChart()
    chart.title = t("monthly.chart.by_category")
    chart.y_axis.number_format, chart.y_axis.scaling.min, chart.y_axis.scaling.max = "0%", 0, 1
    chart.add_data(Reference(sheet, min_col=6, min_row=by_category[0], max_row=by_category[1]), titles_from_data=False)
    chart.set_categories(Reference(sheet, min_col=1, min_row=by_category[0], max_row=by_category[1]))
    chart.legend = None
    chart.width, chart.height = 14, 7
    sheet.add_chart(chart, "H3")
    if trend_rows:
        line = LineChart()
        line.title = t("monthly.chart.trend")
        line.y_axis.number_format, line.y_axis.scaling.min, line.y_axis.scaling.max = "0%", 0, 1
        line.add_data(
            Reference(sheet, min_col=2, max_col=5, min_row=trend_rows[0], max_row=trend_rows[1]), titles_from_data=True
        )
        line.set_categories(Reference(sheet, min_col=1, min_row=trend_rows[0] + 1, max_row=trend_rows[1]))
        for series in line.series:
            series.smooth = False  # a curve between months would invent figures
        line.width, line.height = 14, 7
        sheet.add_chart(line, "H18")


def _write_meta(workbook: Workbook, summary: MonthlySummary, include_private: bool) -> None:
    """Key/value rows for machines: the format, then every figure."""
    sheet = workbook.create_sheet(META_SHEET)
    sheet.sheet_state = "hidden"
    sheet.append(["key", "value"])
    sheet.append(["format", FORMAT])
    sheet.append(["version", FORMAT_VERSION])
    sheet.append(["includes_private_notes", int(include_private)])
    for key, value in summary.figures().items():
        sheet.append([key, value])
