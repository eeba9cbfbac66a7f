"""The center roll-up: many teams' monthly review workbooks combined into one, by the
figures in their hidden `_meta` sheets. Every file is read and checked before anything
is written; a file of another month or format is refused by name."""

import zipfile
import zlib
from collections.abc import Callable, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import openpyxl
from openpyxl.chart import BarChart, Reference
from openpyxl.formatting.rule import FormulaRule
from openpyxl.styles import Font, PatternFill
from openpyxl.utils.exceptions import InvalidFileException

from workbench import practices
from workbench.cells import FigureCell
from workbench.errors import UserError
from workbench.export.monthly import FORMAT, FORMAT_VERSION, META_SHEET
from workbench.export.sheets import (
    PERCENT_FORMAT,
    make_folder_for,
    save_atomically,
    set_properties,
    style_figure,
    write_table,
)
from workbench.sorting import numbered_name_key
from workbench.texts import t

# The share of teams marked as lowest in completion and in coverage (at least one).
LOWEST_SHARE = 0.1
LOW_FILL = PatternFill("solid", fgColor="FBE3E1")
COUNTS = (
    "headcount",
    "joined",
    "left",
    "duties_due",
    "duties_done",
    "paired",
    "talked",
    "surveys_done",
    "follow_ups_open",
    "follow_ups_overdue",
    "suggestions",
    "suggestions_answered_in_24h",
)

Progress = Callable[[int, int], None]


# What openpyxl raises on a file that is not a sound workbook: a cut-off or damaged zip,
# broken XML inside it, parts that do not fit together. Caught only around openpyxl's own
# reading, so a fault in the workbench's code is never mistaken for a bad file.
UNREADABLE = (
    InvalidFileException,
    zipfile.BadZipFile,
    zlib.error,
    EOFError,
    OSError,
    KeyError,
    IndexError,
    ValueError,
    TypeError,
    AttributeError,
    SyntaxError,  # xml.etree's ParseError and lxml's XMLSyntaxError
)


@contextmanager
def open_workbook(path: Path):
    """A monthly review opened to read values, or a message naming the file. Our own
    workbooks, read with the library that wrote them (office files go through
    workbench.importing.reader). The file is closed on the way out: openpyxl leaves it
    open when a damaged file stops it."""
    if not path.is_file():
        raise UserError(t("xlsx.missing", path=path))
    with path.open("rb") as handle:
        try:
            workbook = openpyxl.load_workbook(handle, read_only=True, data_only=True)
        except UNREADABLE:
            raise UserError(t("xlsx.not_workbook", path=path.name)) from None
        try:
            yield workbook
        finally:
            workbook.close()


def sheet_rows(path: Path, worksheet, **options):
    """The sheet's rows as values; a part of the file that cannot be read ends in a message."""
    try:
        yield from worksheet.iter_rows(values_only=True, **options)
    except UNREADABLE:
        raise UserError(t("xlsx.not_workbook", path=path.name)) from None


@dataclass(frozen=True)
class TeamMonth:
    file: str
    figures: dict[str, object]

    def rate(self, done: str, due: str) -> float | None:
        due_count = self.figures.get(due) or 0
        return (self.figures.get(done) or 0) / due_count if due_count else None


def read_review(path: Path) -> TeamMonth:
    """The figures of one team's monthly workbook, from its `_meta` sheet."""
    path = Path(path)
    with open_workbook(path) as workbook:
        if META_SHEET not in workbook.sheetnames:
            raise UserError(t("rollup.not_review", path=path.name))
        figures = {}
        for row in sheet_rows(path, workbook[META_SHEET], min_row=2):
            if row and row[0] is not None:
                figures[str(row[0])] = row[1] if len(row) > 1 else None
    if figures.get("format") != FORMAT:
        raise UserError(t("rollup.not_review", path=path.name))
    if not isinstance(figures.get("version"), int) or figures["version"] > FORMAT_VERSION:
        raise UserError(t("rollup.newer_format", path=path.name, version=figures.get("version")))
    return TeamMonth(path.name, figures)


def read_reviews(paths: Sequence[Path], progress: Progress | None = None) -> list[TeamMonth]:
    """Every file read and checked: one month, no team twice."""
    if not paths:
        raise UserError(t("rollup.no_files"))
    reviews = []
    for number, path in enumerate(paths, start=1):
        reviews.append(read_review(path))
        if progress:
            progress(number, len(paths))
    month = reviews[0].figures.get("month")
    for review in reviews[1:]:
        if review.figures.get("month") != month:
            raise UserError(
                t(
                    "rollup.other_month",
                    path=review.file,
                    month=review.figures.get("month"),
                    first=reviews[0].file,
                    expected=month,
                )
            )
    seen: dict[str, str] = {}
    for review in reviews:
        team = str(review.figures.get("team"))
        if team in seen:
            raise UserError(t("rollup.same_team", team=team, first=seen[team], second=review.file))
        seen[team] = review.file
    return reviews


def write_rollup(reviews: list[TeamMonth], path: Path) -> None:
    """One row per team, a total row, the lowest teams marked, a chart of completion; the
    practices' own columns (the team's numbers against target) before the file's name."""
    make_folder_for(path)
    month = str(reviews[0].figures.get("month"))
    reviews = sorted(reviews, key=lambda review: numbered_name_key(str(review.figures.get("team"))))
    extra = practices.rollup_columns([review.figures for review in reviews])
    headers = [t(f"rollup.column.{key}") for key in ("team", "leader", *COUNTS[:3], "completion", "coverage")]
    headers += [t(f"rollup.column.{key}") for key in ("surveys", *COUNTS[8:], "answer_rate")]
    before_practices = len(headers)
    headers += [column.header for column in extra] + [t("rollup.column.file")]
    rows = [
        [*row[:-1], *(_plain(column.cells[index]) for column in extra), row[-1]]
        for index, row in enumerate(_row(review) for review in reviews)
    ]
    totals = {key: sum(review.figures.get(key) or 0 for review in reviews) for key in COUNTS}
    total_row = [t("rollup.total", teams=len(reviews)), "", totals["headcount"], totals["joined"], totals["left"]]
    total_row += [_share(totals["duties_done"], totals["duties_due"]), _share(totals["talked"], totals["paired"])]
    total_row += [f"{totals['surveys_done']}/{totals['paired']}", totals["follow_ups_open"]]
    total_row += [totals["follow_ups_overdue"], totals["suggestions"], totals["suggestions_answered_in_24h"]]
    total_row += [_share(totals["suggestions_answered_in_24h"], totals["suggestions"])]
    total_row += [_plain(column.total) for column in extra] + [""]
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = t("rollup.sheet")
    title = t("rollup.title", month=month)
    widths = [14, 10, 8, 8, 8, 10, 10, 10, 10, 10, 10, 10, 10, *(column.width for column in extra), 30]
    header_row = write_table(sheet, headers, [*rows, total_row], widths, title)
    first, last = header_row + 1, header_row + len(rows)
    for row in sheet.iter_rows(min_row=first, max_row=last + 1):
        for column in (5, 6, 12):  # completion, coverage, answer rate
            row[column].number_format = PERCENT_FORMAT
    for offset, column in enumerate(extra, start=before_practices + 1):
        for line, cell in enumerate([*column.cells, column.total]):
            if isinstance(cell, FigureCell):
                style_figure(sheet.cell(row=first + line, column=offset), cell)
    for cell in sheet[last + 1]:
        cell.font = Font(bold=True)
    for column, key in ((6, "completion"), (7, "coverage")):
        _mark_lowest(sheet, column, first, last, [_rate_of(review, key) for review in reviews])
    last_column = openpyxl.utils.get_column_letter(len(headers))
    sheet.auto_filter.ref = f"A{header_row}:{last_column}{last}"  # the total row stays out of sorting
    chart = BarChart()
    chart.type = "bar"
    chart.title = t("rollup.chart")
    chart.x_axis.scaling.orientation = "maxMin"  # teams top to bottom, as in the table
    chart.y_axis.number_format, chart.y_axis.scaling.min, chart.y_axis.scaling.max = "0%", 0, 1
    chart.add_data(Reference(sheet, min_col=6, max_col=7, min_row=header_row, max_row=last), titles_from_data=True)
    chart.set_categories(Reference(sheet, min_col=1, min_row=first, max_row=last))
    chart.width, chart.height = 18, max(7, 0.6 * len(rows) + 3)
    sheet.add_chart(chart, f"A{last + 3}")
    _write_practices(workbook, reviews, month)
    set_properties(workbook, title, subject=t("monthly.subject"))
    save_atomically(workbook, path)


def _plain(cell) -> object:
    return cell.value if isinstance(cell, FigureCell) else cell


def _write_practices(workbook, reviews: list[TeamMonth], month: str) -> None:
    """The other practices' counts per team and in total; a workbook made before a
    practice was counted leaves its cells empty."""
    keys = practices.additive_figures()
    rows = [[review.figures.get("team"), *(review.figures.get(key) for key in keys)] for review in reviews]
    totals = [sum(review.figures.get(key) or 0 for review in reviews) for key in keys]
    write_table(
        workbook.create_sheet(t("rollup.practices_sheet")),
        [t("rollup.column.team"), *(practices.figure_label(key) for key in keys)],
        [*rows, [t("rollup.total", teams=len(reviews)), *totals]],
        [14] + [12] * len(keys),
        t("rollup.practices_title", month=month),
    )


def _row(review: TeamMonth) -> list:
    figures = review.figures
    return [
        figures.get("team"),
        figures.get("leader") or "",
        *(figures.get(key) or 0 for key in COUNTS[:3]),
        _rate_of(review, "completion"),
        _rate_of(review, "coverage"),
        f"{figures.get('surveys_done') or 0}/{figures.get('paired') or 0}",
        *(figures.get(key) or 0 for key in COUNTS[8:]),
        review.rate("suggestions_answered_in_24h", "suggestions"),
        review.file,
    ]


def _rate_of(review: TeamMonth, key: str) -> float | None:
    if key == "completion":
        return review.rate("duties_done", "duties_due")
    return review.rate("talked", "paired")


def _share(part: int, whole: int) -> float | None:
    return part / whole if whole else None


def _mark_lowest(sheet, column: int, first: int, last: int, rates: list[float | None]) -> None:
    """Colour the lowest tenth (at least one) of the teams that have a rate."""
    known = sorted(rate for rate in rates if rate is not None)
    if not known:
        return
    count = max(1, round(len(known) * LOWEST_SHARE))
    threshold = known[count - 1]
    letter = openpyxl.utils.get_column_letter(column)
    # A rule rather than a fill: it stays right when someone sorts or edits the sheet.
    rule = FormulaRule(formula=[f"AND(ISNUMBER({letter}{first}),{letter}{first}<={threshold})"], fill=LOW_FILL)
    sheet.conditional_formatting.add(f"{letter}{first}:{letter}{last}", rule)
