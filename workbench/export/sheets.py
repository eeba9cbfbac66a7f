"""The one writer of styled tables: header row, frozen panes, filter, widths, wrapping,
print setup. Every workbook the workbench writes goes through it."""

from collections.abc import Sequence
from datetime import date, datetime

from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.workbook import Workbook
from openpyxl.worksheet.worksheet import Worksheet

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
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight = 1, 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    return header_row


def set_properties(workbook: Workbook, title: str) -> None:
    workbook.properties.title = title
    workbook.properties.creator = "班组长工作台"
