"""The one writer of styled tables: header row, frozen panes, filter, widths, wrapping,
print setup. Every workbook the workbench writes goes through it."""

import os
from collections.abc import Sequence
from copy import copy
from datetime import date, datetime
from pathlib import Path
from unicodedata import east_asian_width

from openpyxl.cell import Cell, WriteOnlyCell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.workbook import Workbook
from openpyxl.worksheet.worksheet import Worksheet

from workbench.cells import FigureCell, TotalRow
from workbench.errors import UserError
from workbench.indicators import COUNT, RATE, SCORE, SECONDS
from workbench.texts import t

HEADER_FILL = PatternFill("solid", fgColor="DCE8F5")
HEADER_FONT = Font(bold=True, color="1F2A36")
TITLE_FONT = Font(bold=True, size=14)
THIN = Side(style="thin", color="C8CED6")
CELL_BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
DATE_FORMAT = "yyyy-mm-dd"


def write_table(
    sheet: Worksheet,
    headers: Sequence[str],
    rows: Sequence[Sequence],
    widths: Sequence[int],
    title: str | None = None,
) -> int:
    """Write `rows` under a styled header (and an optional title row above it);
    returns the header's row number."""
    header_row = 1
    if title:
        sheet.append([title])
        sheet["A1"].font = TITLE_FONT
        sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(headers))
        header_row = 2
    sheet.append(list(headers))
    height = row_height(zip(headers, widths, strict=False))
    if height:  # a header longer than its column wraps onto lines of its own
        sheet.row_dimensions[header_row].height = height
    for column, width in enumerate(widths, start=1):
        cell = sheet.cell(row=header_row, column=column)
        cell.fill, cell.font, cell.border = HEADER_FILL, HEADER_FONT, CELL_BORDER
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        sheet.column_dimensions[get_column_letter(column)].width = width
    for values in rows:
        sheet.append(list(values))
        for cell in sheet[sheet.max_row]:
            cell.border, cell.alignment = CELL_BORDER, WRAP
            if isinstance(cell.value, (date, datetime)):
                cell.number_format = DATE_FORMAT
    last_column = get_column_letter(len(headers))
    sheet.freeze_panes = sheet.cell(row=header_row + 1, column=1)
    sheet.auto_filter.ref = f"A{header_row}:{last_column}{max(sheet.max_row, header_row)}"
    sheet.print_title_rows = f"{header_row}:{header_row}"
    print_setup(sheet)
    return header_row


def set_properties(workbook: Workbook, title: str, subject: str = "") -> None:
    workbook.properties.title = title
    workbook.properties.subject = subject
    workbook.properties.creator = "班组长工作台"


# Write-only workbooks: rows stream to disk as they are added, so memory stays flat however
# many rows a center's month has. Styles must be set cell by cell (WriteOnlyCell) and the
# columns, panes and filter before or after the rows as openpyxl writes them.

PERCENT_FORMAT = "0.0%"
SECONDS_FORMAT = "0"
# A figure against its target (workbench.cells.FigureCell): green when met, red when missed.
MET_FONT = Font(color="1E7B34")
MISSED_FONT = Font(color="C0392B", bold=True)
TOTAL_FONT = Font(bold=True)
VALUE_FORMATS = {RATE: PERCENT_FORMAT, SECONDS: SECONDS_FORMAT, SCORE: "0.0"}  # a count as it is
CHANGE_FORMATS = {RATE: "+0.0%;-0.0%;0.0%", SECONDS: "+0;-0;0", COUNT: "+#,##0;-#,##0;0", SCORE: "+0.0;-0.0;0.0"}
LINE_HEIGHT = 15  # points a line of 11-point text takes, CJK included
WRAP_FROM_WIDTH = 24  # text in columns this wide wraps; narrower ones hold codes, dates, counts


def figure_style(figure: FigureCell, bold: bool = False) -> tuple[str, Font | None]:
    """(number format, font) of a figure: its unit's format (a change with its sign), green
    or red against its target, bold in a row that closes the table."""
    formats = CHANGE_FORMATS if figure.change else VALUE_FORMATS
    number_format = formats.get(figure.unit, "General")
    if figure.met is None:
        return number_format, TOTAL_FONT if bold else None
    font = MET_FONT if figure.met else MISSED_FONT
    return number_format, Font(color=font.color, bold=True) if bold else font


def style_figure(cell, figure: FigureCell, bold: bool = False) -> None:
    """Give a cell holding `figure.value` the figure's format and font."""
    cell.number_format, font = figure_style(figure, bold)
    if font is not None:
        cell.font = font


class StreamedSheet:
    """A styled table on a write-only sheet: header, widths, frozen header, filter, print
    setup; dates formatted and long text wrapped, row by row. A figure
    (workbench.cells.FigureCell) gets its unit's format and its colour; the rows that close
    the table (workbench.cells.TotalRow) are bold and stay out of the filter."""

    def __init__(
        self,
        workbook: Workbook,
        name: str,
        headers: Sequence[str],
        widths: Sequence[int],
        percent_columns: Sequence[int] = (),
    ):
        self.sheet = workbook.create_sheet(name)
        self.columns = len(headers)
        self.rows = 0
        for column, width in enumerate(widths, start=1):
            self.sheet.column_dimensions[get_column_letter(column)].width = width
        self.sheet.freeze_panes = "A2"
        self.sheet.print_title_rows = "1:1"
        print_setup(self.sheet)
        self._wrapped = {index: width for index, width in enumerate(widths) if width >= WRAP_FROM_WIDTH}
        height = row_height(zip(headers, widths, strict=False))
        if height:  # a header longer than its column wraps (the header cells do)
            self.sheet.row_dimensions[1].height = height
        self.sheet.append([self._header_cell(text) for text in headers])
        self._wrap_style = self._style_of(alignment=WRAP)
        self._percent_columns = percent_columns
        self._percent_style = self._style_of(number_format=PERCENT_FORMAT)
        self._figure_styles: dict[tuple, object] = {}
        self._filtered = 0  # the rows before those that close the table

    def _header_cell(self, text: str) -> WriteOnlyCell:
        cell = WriteOnlyCell(self.sheet, text)
        cell.fill, cell.font, cell.border = HEADER_FILL, HEADER_FONT, CELL_BORDER
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        return cell

    def _style_of(self, **attributes):
        template = WriteOnlyCell(self.sheet)
        for name, value in attributes.items():
            setattr(template, name, value)
        return template._style

    def _styled(self, value, style) -> WriteOnlyCell:
        cell = WriteOnlyCell(self.sheet, value)
        # Each style is resolved once and its index array copied, as openpyxl copies styles
        # itself: setting the attributes on every cell would cost a third of the export.
        cell._style = copy(style)
        return cell

    def append(self, values: Sequence) -> None:
        """Plain values cost least: openpyxl formats a date as yyyy-mm-dd by itself, and only
        text too long for its column (or written on several lines) gets a wrapping cell."""
        row = list(values)
        wrapped = []
        for index, limit in self._wrapped.items():
            value = row[index] if index < len(row) else None
            # Two width units a character: Chinese characters are that wide, the rest narrower.
            if isinstance(value, str) and (len(value) * 2 > limit or "\n" in value):
                row[index] = self._styled(value, self._wrap_style)
                wrapped.append((value, limit))
        for index in self._percent_columns:
            row[index] = self._styled(row[index], self._percent_style)
        total = isinstance(values, TotalRow)
        for index, value in enumerate(row):
            if isinstance(value, FigureCell):
                row[index] = self._styled(value.value, self._figure_style(value, total))
            elif total and value is not None and not isinstance(value, Cell):
                row[index] = self._styled(value, self._figure_style(FigureCell(value), total))
        self.rows += 1
        if not total:
            self._filtered = self.rows
        height = row_height(wrapped) if wrapped else None
        if height:
            # write-only sheets take row heights before the row is written
            self.sheet.row_dimensions[self.rows + 1].height = height
        self.sheet.append(row)

    def _figure_style(self, figure: FigureCell, total: bool):
        key = (figure.unit, figure.met, figure.change, total)
        if key not in self._figure_styles:
            number_format, font = figure_style(figure, total)
            attributes = {"number_format": number_format} | ({"font": font} if font else {})
            self._figure_styles[key] = self._style_of(**attributes)
        return self._figure_styles[key]

    def close(self) -> None:
        """The filter over what was written (openpyxl writes it after the rows), without
        the rows that close the table: sorting leaves the team's line last."""
        last = get_column_letter(self.columns)
        self.sheet.auto_filter.ref = f"A1:{last}{self._filtered + 1}"


def text_width(text: str) -> int:
    """Width units `text` takes: a CJK (wide) character two, the rest one."""
    return sum(2 if east_asian_width(char) in "WF" else 1 for char in text)


def row_height(texts_and_widths) -> float | None:
    """The height (points) a row of wrapped cells needs, or None when each fits on a line.
    openpyxl cannot measure text and LibreOffice, Excel and WPS do not grow a row's height
    when they open a file: without a height a wrapped cell prints over the rows below it.
    So the lines are estimated from each column's width, counting character widths."""
    lines = 1
    for text, width in texts_and_widths:
        if isinstance(text, str) and text:
            usable = max(int(width) - 1, 1)  # a cell's padding takes about a unit
            lines = max(lines, sum(max(1, -(-text_width(line) // usable)) for line in text.split("\n")))
    return lines * LINE_HEIGHT if lines > 1 else None


def print_setup(sheet, orientation: str = "landscape") -> None:
    """A4, fit to the page's width, as many pages down as it takes."""
    sheet.page_setup.orientation = orientation
    sheet.page_setup.paperSize = Worksheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight = 1, 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True


def make_folder_for(path: Path) -> None:
    """Make the folder an export goes to when it is not there yet; called before the work,
    so a folder that cannot be made is said at once."""
    try:
        Path(path).parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise UserError(t("export.no_folder", folder=Path(path).parent, reason=error.strerror or error)) from error


def save_atomically(workbook: Workbook, path) -> None:
    """Write next to the target and move into place: a half-written file never replaces a good one."""
    path = Path(path)
    temporary = _new_file_beside(path)
    try:
        workbook.save(temporary)
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def _new_file_beside(path: Path) -> Path:
    """An empty file in the target's folder, created as open() would: the umask decides its
    mode (mkstemp's 0600 would keep the export from everyone else on a shared folder)."""
    while True:
        candidate = path.with_name(f".~{path.stem}-{os.urandom(4).hex()}.xlsx")
        try:
            os.close(os.open(candidate, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666))
            return candidate
        except FileExistsError:
            continue
