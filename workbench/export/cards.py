"""The month's performance communication cards (绩效考核沟通卡) as a workbook to print: one
sheet per agent, an A4 page each (fit to one page), with the name, 工号, team and month on
every card, the month's indicators against target, what the leader wrote, the actions
agreed, and lines for the agent's acknowledgement."""

import re
from datetime import date
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.worksheet.worksheet import Worksheet

from workbench.cards import CardRow, team_cards
from workbench.db.engine import Database
from workbench.errors import UserError
from workbench.export.sheets import (
    CELL_BORDER,
    HEADER_FILL,
    HEADER_FONT,
    LINE_HEIGHT,
    MET_FONT,
    MISSED_FONT,
    TITLE_FONT,
    VALUE_FORMATS,
    WRAP,
    make_folder_for,
    row_height,
    save_atomically,
    set_properties,
)
from workbench.indicators_review import column_label
from workbench.texts import t

WIDTHS = (22, 20, 20, 18)  # A to D: portrait A4 at a readable size
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
LABEL_FONT = Font(bold=True)
_NOT_IN_SHEET_NAMES = re.compile(r"[\[\]:*?/\\]")


def suggested_name(team: str | None, month: str) -> str:
    """服务一组_2026-10_绩效沟通卡.xlsx"""
    return f"{team or '全中心'}_{month}_{t('cards.sheet.title')}.xlsx"


def _sheet_title(row: CardRow, taken: set[str]) -> str:
    title = _NOT_IN_SHEET_NAMES.sub("_", f"{row.name}_{row.employee_no}")[:31]
    base, number = title, 2
    while title.lower() in taken:
        suffix = f"~{number}"
        title, number = base[: 31 - len(suffix)] + suffix, number + 1
    taken.add(title.lower())
    return title


def _box(sheet: Worksheet, row: int, first: int = 1, last: int = 4) -> None:
    for column in range(first, last + 1):
        sheet.cell(row=row, column=column).border = CELL_BORDER


def _label_pair(sheet: Worksheet, row: int, pairs) -> None:
    for offset, (label, value) in enumerate(pairs):
        label_cell = sheet.cell(row=row, column=1 + offset * 2, value=label)
        label_cell.font, label_cell.fill = HEADER_FONT, HEADER_FILL
        sheet.cell(row=row, column=2 + offset * 2, value=value)
    _box(sheet, row)


def _text_block(sheet: Worksheet, row: int, label: str, text: str, lines: int = 3) -> int:
    """A labelled block across the card: the label's row, then the text (room for `lines`)."""
    cell = sheet.cell(row=row, column=1, value=label)
    cell.font, cell.fill = HEADER_FONT, HEADER_FILL
    sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=4)
    _box(sheet, row)
    body = sheet.cell(row=row + 1, column=1, value=text or None)
    body.alignment = WRAP
    sheet.merge_cells(start_row=row + 1, start_column=1, end_row=row + 1, end_column=4)
    _box(sheet, row + 1)
    needed = row_height([(text, sum(WIDTHS))]) or LINE_HEIGHT
    sheet.row_dimensions[row + 1].height = max(needed, lines * LINE_HEIGHT)
    return row + 2


def _card_sheet(sheet: Worksheet, row: CardRow) -> None:
    for index, width in enumerate(WIDTHS, start=1):
        sheet.column_dimensions[chr(64 + index)].width = width
    title = sheet.cell(row=1, column=1, value=t("cards.sheet.title"))
    title.font, title.alignment = TITLE_FONT, CENTER
    sheet.merge_cells("A1:D1")
    sheet.row_dimensions[1].height = 28
    _label_pair(sheet, 2, ((t("cards.sheet.name"), row.name), (t("cards.sheet.number"), row.employee_no)))
    _label_pair(sheet, 3, ((t("cards.sheet.team"), row.team or ""), (t("cards.sheet.month"), row.month)))
    line = 5
    for column, header in enumerate(
        (t("cards.sheet.indicator"), t("cards.sheet.value"), t("cards.sheet.target"), t("cards.sheet.verdict")), 1
    ):
        cell = sheet.cell(row=line, column=column, value=header)
        cell.font, cell.fill, cell.alignment = HEADER_FONT, HEADER_FILL, CENTER
    _box(sheet, line)
    for figure in row.figures:
        line += 1
        sheet.cell(row=line, column=1, value=column_label(figure.key, figure.name, figure.unit))
        value = sheet.cell(row=line, column=2, value=figure.value)
        target = sheet.cell(
            row=line, column=3, value=figure.target if figure.target is not None else figure.target_text
        )
        for cell in (value, target):
            if isinstance(cell.value, float | int):
                cell.number_format = VALUE_FORMATS.get(figure.unit, "General")
        verdict = sheet.cell(row=line, column=4, value=figure.verdict or None)
        if figure.met is not None:
            verdict.font = value.font = MET_FONT if figure.met else MISSED_FONT
        _box(sheet, line)
    if not row.figures:
        line += 1
        sheet.cell(row=line, column=1, value=t("cards.no_numbers"))
        sheet.merge_cells(start_row=line, start_column=1, end_row=line, end_column=4)
        _box(sheet, line)
    card = row.card
    line += 2
    for key, text in (
        ("cards.sheet.strengths", card.strengths if card else ""),
        ("cards.sheet.improve", card.improve if card else ""),
        ("cards.sheet.comment", card.comment if card else ""),
    ):
        line = _text_block(sheet, line, t(key), text)
    for column, header in enumerate(
        (t("cards.sheet.actions"), None, t("cards.sheet.owner"), t("cards.sheet.due")), start=1
    ):
        cell = sheet.cell(row=line, column=column, value=header)
        cell.font, cell.fill = HEADER_FONT, HEADER_FILL
    sheet.merge_cells(start_row=line, start_column=1, end_row=line, end_column=2)
    _box(sheet, line)
    actions = list(card.actions) if card else []
    for action in actions or [None, None]:  # blank lines to write on by hand
        line += 1
        description = action.description if action else None
        cell = sheet.cell(row=line, column=1, value=description)
        cell.alignment = WRAP
        sheet.merge_cells(start_row=line, start_column=1, end_row=line, end_column=2)
        sheet.cell(row=line, column=3, value=action.owner if action else None)
        due = sheet.cell(row=line, column=4, value=action.due_date if action else None)
        due.number_format = "yyyy-mm-dd"
        sheet.row_dimensions[line].height = row_height([(description, WIDTHS[0] + WIDTHS[1])]) or LINE_HEIGHT * 1.5
        _box(sheet, line)
    line += 2
    acknowledged = card.acknowledged_on if card else None
    label = sheet.cell(row=line, column=1, value=t("cards.sheet.acknowledged"))
    label.font, label.fill, label.alignment = HEADER_FONT, HEADER_FILL, WRAP
    ack = sheet.cell(row=line, column=2, value=acknowledged)
    ack.number_format = "yyyy-mm-dd"
    sheet.merge_cells(start_row=line, start_column=2, end_row=line, end_column=4)
    sheet.row_dimensions[line].height = LINE_HEIGHT * 2.5
    _box(sheet, line)
    _text_block(sheet, line + 1, t("cards.sheet.disagreement"), card.disagreement if card else "", lines=2)
    sheet.print_area = f"A1:D{sheet.max_row}"
    sheet.page_setup.orientation = "portrait"
    sheet.page_setup.paperSize = Worksheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight = 1, 1
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_options.horizontalCentered = True


def write_cards(rows: list[CardRow], path: Path, month: str, team: str | None) -> int:
    if not rows:
        raise UserError(t("cards.no_cards", month=month))
    make_folder_for(path)
    workbook = Workbook()
    workbook.remove(workbook.active)
    taken: set[str] = set()
    for row in rows:
        _card_sheet(workbook.create_sheet(_sheet_title(row, taken)), row)
    set_properties(workbook, t("cards.sheet.title"), f"{team or ''} {month}".strip())
    save_atomically(workbook, path)
    return len(rows)


def export_cards(database: Database, month: str, team: str | None, path: Path, today: date | None = None) -> int:
    """Write the month's cards of the team (every team's when None); returns how many."""
    return write_cards(team_cards(database, month, team, today).rows, Path(path), month, team)
