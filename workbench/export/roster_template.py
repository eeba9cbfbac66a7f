"""A roster workbook to fill in, for a center whose HR sheet is missing or hard to read:
the headers the roster import recognises and two example rows to write over."""

from datetime import date
from pathlib import Path

from workbench.export.sheets import save_atomically, set_properties, write_table
from workbench.importing.roster import ROSTER_COLUMNS
from workbench.people import AGENT, TEAM_LEADER
from workbench.texts import t

EXAMPLES = (
    ("001001", "张伟", "男", "服务一组", TEAM_LEADER, date(2019, 3, 5), "13800000001", date(1990, 6, 18), "在职", None),
    ("001002", "李娜", "女", "服务一组", AGENT, date(2023, 7, 10), "13800000002", date(1998, 11, 2), "在职", None),
)
WIDTHS = (10, 10, 6, 14, 12, 12, 14, 12, 8, 12)


def write_roster_template(path: Path) -> None:
    import openpyxl  # slow to import: only when a workbook is written

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = t("roster_template.sheet")
    headers = [t(f"field.{column.field}") for column in ROSTER_COLUMNS]
    write_table(sheet, headers, EXAMPLES, WIDTHS, title=t("roster_template.title"))
    set_properties(workbook, t("roster_template.title"))
    save_atomically(workbook, path)
