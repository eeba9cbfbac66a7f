"""`workbench export cards` as a leader runs it: one A4 card per agent, printed on one page."""

from datetime import date

import openpyxl

from tests.cli.test_cli import run
from workbench import cards
from workbench.cards import CardAction, CardRecord
from workbench.db.engine import open_database
from workbench.people import EmployeeRecord
from workbench.roster import save_employee


def test_the_months_cards_from_the_command_line(tmp_path, write_xlsx):
    db = tmp_path / "wb.sqlite3"
    database = open_database(db)
    try:
        ids = {
            name: save_employee(database, EmployeeRecord(employee_no=no, name=name, role=role, team="服务一组")).id
            for no, name, role in (("001001", "张伟", "客户代表"), ("001002", "李娜", "客户代表"))
        }
        cards.save_card(
            database,
            CardRecord(
                ids["张伟"],
                "2026-10",
                strengths="业务熟练",
                actions=(CardAction("听录音", "组长", date(2026, 11, 20)),),
            ),
        )
    finally:
        database.close()
    path = write_xlsx([["月份", "工号", "满意度"], ["2026-10", "001001", 0.9], ["2026-10", "001002", 0.97]])
    assert run("import", "indicators", path, "--db", db).returncode == 0
    out = tmp_path / "沟通卡.xlsx"
    done = run("export", "cards", "--month", "2026-10", "--team", "服务一组", "--out", out, "--db", db)
    assert done.returncode == 0, done.stderr
    assert "2 张沟通卡" in done.stdout
    workbook = openpyxl.load_workbook(out)
    assert workbook.sheetnames == ["张伟_001001", "李娜_001002"]
    sheet = workbook["张伟_001001"]
    cells = [cell.value for row in sheet.iter_rows() for cell in row if cell.value is not None]
    for expected in ("绩效考核沟通卡", "张伟", "001001", "服务一组", "2026-10", "满意度", "业务熟练", "听录音"):
        assert expected in cells
    setup = sheet.page_setup
    assert (int(setup.paperSize), setup.fitToWidth, setup.fitToHeight, setup.orientation) == (9, 1, 1, "portrait")
    assert sheet.sheet_properties.pageSetUpPr.fitToPage
    wrong = run("export", "cards", "--month", "2026-13", "--team", "服务一组", "--out", out, "--db", db)
    assert wrong.returncode == 2 and "2026-13" in wrong.stderr
