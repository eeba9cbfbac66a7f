"""Every office format read the same way, as offices make the files: a stale copy in a
hidden first sheet, the real one active, a title merged across, a team written once and
merged down its members, 工号 that went through Excel as numbers shown with 000000."""

import codecs
from datetime import date

import openpyxl
import pytest

from tests.office_files import convert, write_encrypted_workbook, write_xlsb
from workbench.errors import UserError
from workbench.importing import sheet as sheet_module
from workbench.importing.roster import apply_roster_import, parse_roster, preview_roster_import
from workbench.roster import list_employees


def by_number(database):
    return {record.employee_no: record for record in list_employees(database)}


@pytest.fixture(scope="module")
def office_roster(tmp_path_factory):
    """The roster as HR's workbook has it, in .xlsx, and as LibreOffice saves it in .xls and .ods."""
    folder = tmp_path_factory.mktemp("office")
    workbook = openpyxl.Workbook()
    stale = workbook.active
    stale.title = "旧表"
    stale.append(["工号", "姓名", "班组"])
    stale.append(["999999", "早已离职", "服务九组"])
    stale.sheet_state = "hidden"
    sheet = workbook.create_sheet("花名册")
    sheet.append(["2026年12月 客服中心花名册"])
    sheet.merge_cells("A1:D1")
    sheet.append(["工号", "姓名", "班组", "入职日期"])
    for number, name, team, hired in (
        (1234, "张三", "服务一组", date(2021, 3, 5)),
        (1235, "李四", None, date(2022, 4, 6)),
        (1236, "王五", None, date(2023, 5, 7)),
        (2001, "赵六", "服务二组", date(2020, 1, 2)),
    ):
        sheet.append([number, name, team, hired])
        sheet.cell(sheet.max_row, 1).number_format = "000000"
        sheet.cell(sheet.max_row, 4).number_format = "yyyy-mm-dd"
    sheet.merge_cells("C3:C5")
    workbook.active = 1
    path = folder / "花名册.xlsx"
    workbook.save(path)
    return {"xlsx": path, "xls": convert(path, "xls"), "ods": convert(path, "ods")}


@pytest.mark.parametrize("suffix", ["xlsx", "xls", "ods"])
def test_each_format_reads_the_active_sheet_and_never_the_hidden_one(database, office_roster, suffix):
    parsed = parse_roster(office_roster[suffix])
    report = apply_roster_import(database, parsed)
    assert report.sheet == "花名册" and report.header_row == 2
    assert report.columns["hidden_sheets"] == ["旧表"]
    people = {record.name: record for record in list_employees(database)}
    assert set(people) == {"张三", "李四", "王五", "赵六"}, "nothing from the hidden sheet"
    assert people["王五"].hire_date == date(2023, 5, 7)
    if suffix != "ods":  # python-calamine gives merged ranges of .xlsx and .xls only
        assert [people[name].team for name in ("张三", "李四", "王五")] == ["服务一组"] * 3


def test_zeros_the_number_format_shows_are_kept(database, office_roster):
    apply_roster_import(database, parse_roster(office_roster["xlsx"]))
    assert set(by_number(database)) == {"001234", "001235", "001236", "002001"}


@pytest.mark.parametrize("suffix", ["xlsx", "xls", "ods"])
def test_a_roster_typed_as_text_then_sent_back_as_numbers_is_the_same_people(
    database, office_roster, write_xlsx, suffix
):
    first = write_xlsx(
        [
            ["工号", "姓名", "班组"],
            ["001234", "张三", "服务一组"],
            ["001235", "李四", "服务一组"],
            ["001236", "王五", "服务一组"],
            ["002001", "赵六", "服务二组"],
        ],
        name="文本工号.xlsx",
    )
    apply_roster_import(database, parse_roster(first))
    parsed = parse_roster(office_roster[suffix])
    preview = preview_roster_import(database, parsed)
    assert preview.added == [] and preview.missing == []
    report = apply_roster_import(database, parsed, mark_missing_left=[change.employee_no for change in preview.missing])
    people = by_number(database)
    assert set(people) == {"001234", "001235", "001236", "002001"}, "no second person"
    assert all(person.status == "active" for person in people.values())
    assert report.marked_left == []
    if suffix != "xlsx":  # no number formats read there: matched by 工号 without zeros and name
        assert {same.existing_no for same in report.zeros_restored} == set(people)


def test_a_workbook_named_for_another_format_is_read_by_its_content(database, office_roster, tmp_path):
    misnamed = tmp_path / "系统导出.xls"  # an .xlsx, as web systems often name their exports
    misnamed.write_bytes(office_roster["xlsx"].read_bytes())
    report = apply_roster_import(database, parse_roster(misnamed))
    assert report.sheet == "花名册" and len(report.added) == 4


def test_an_xlsb_workbook_is_read_like_the_others(database, tmp_path):
    path = write_xlsb(
        tmp_path / "花名册.xlsb",
        [
            ("旧表", [["工号", "姓名"], ["999", "早已离职"]], True),
            (
                "花名册",
                [["花名册"], ["工号", "姓名", "班组"], ["001234", "张三", "服务一组"], [1235, "李四", "服务二组"]],
                False,
            ),
        ],
    )
    report = apply_roster_import(database, parse_roster(path))
    assert (report.sheet, report.header_row) == ("花名册", 2)
    assert {(p.employee_no, p.name, p.team) for p in list_employees(database)} == {
        ("001234", "张三", "服务一组"),
        ("1235", "李四", "服务二组"),
    }


TEXT = "花名册（导出）\n工号{d}姓名{d}班组{d}入职日期\n001234{d}张三{d}服务一组{d}2021/3/5\n001235{d}李 四{d}服务二组{d}2022-04-06\n"


@pytest.mark.parametrize(
    ("encoding", "delimiter", "suffix"),
    [
        ("utf-8", ",", ".csv"),
        ("utf-8-sig", ",", ".csv"),  # Excel's "CSV UTF-8"
        ("gbk", ",", ".csv"),  # Excel's plain CSV on a Chinese Windows
        ("gb18030", ";", ".csv"),
        ("utf-16", "\t", ".txt"),  # Excel's "Unicode text"
        ("utf-8", "\t", ".txt"),
    ],
)
def test_text_files_are_read_in_the_encodings_and_delimiters_offices_use(
    database, tmp_path, encoding, delimiter, suffix
):
    path = tmp_path / f"花名册{suffix}"
    path.write_bytes(TEXT.format(d=delimiter).encode(encoding))
    report = apply_roster_import(database, parse_roster(path))
    assert report.header_row == 2
    people = by_number(database)
    assert (people["001234"].name, people["001234"].team) == ("张三", "服务一组")
    assert (people["001235"].name, people["001235"].hire_date) == ("李四", date(2022, 4, 6))


def test_a_text_file_in_no_known_encoding_is_named(tmp_path):
    path = tmp_path / "名单.csv"
    path.write_bytes(codecs.BOM_UTF8[:1] + bytes(range(0x80, 0xFF)) * 4)
    with pytest.raises(UserError, match="名单.csv 的文字编码无法识别"):
        parse_roster(path)


def test_a_workbook_with_a_password_is_named_as_such(tmp_path):
    path = write_encrypted_workbook(tmp_path / "花名册.xlsx")
    with pytest.raises(UserError) as error:
        parse_roster(path)
    assert "花名册.xlsx 设置了打开密码" in str(error.value) and "另存" in str(error.value)
    assert "不是能读取的表格文件" not in str(error.value)


def test_columns_are_named_by_their_letter_when_the_sheet_starts_further_right(tmp_path):
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet["C3"], sheet["D3"], sheet["E3"] = "工号", "姓名", "入职日期"
    sheet["C4"], sheet["D4"], sheet["E4"] = "1001", "甲", "2021-13-01"
    path = tmp_path / "偏右.xlsx"
    workbook.save(path)
    parsed = parse_roster(path)
    assert parsed.table.header_row == 3
    assert [(p.row, p.column) for p in parsed.problems] == [(4, "E")]


def test_a_file_over_the_row_limit_is_refused_with_the_limit(write_xlsx, monkeypatch):
    monkeypatch.setattr(sheet_module, "MAX_ROWS", 3)
    path = write_xlsx([["工号", "姓名"], *([str(n), f"人{n}"] for n in range(1, 6))])
    with pytest.raises(UserError, match="超过 3 行数据"):
        parse_roster(path)


def test_reading_reports_progress_against_the_sheets_rows(write_xlsx, monkeypatch):
    monkeypatch.setattr(sheet_module, "PROGRESS_EVERY", 2)
    path = write_xlsx([["工号", "姓名"], *([str(n), f"人{n}"] for n in range(1, 8))])
    seen = []
    parse_roster(path, progress=lambda done, total: seen.append((done, total)))
    assert seen[0] == (2, 8) and seen[-1] == (8, 8)
    assert [done for done, _ in seen] == sorted(done for done, _ in seen)


def test_ledgers_and_score_sheets_whose_ids_lost_their_zeros_find_the_roster_s_people(database, tmp_path):
    from workbench import liaisons
    from workbench.importing.growth import parse_scores, preview_score_import
    from workbench.importing.talks import parse_ledger, preview_talk_import
    from workbench.people import EmployeeRecord
    from workbench.roster import save_employee

    for number, name, role in (
        ("000100", "组长甲", "组长"),
        ("001234", "张三", "客户代表"),
        ("001235", "张四", "客户代表"),
    ):
        save_employee(database, EmployeeRecord(employee_no=number, name=name, role=role, team="服务一组"))
    liaisons.sync_default_pairings(database, date(2026, 9, 1))
    ledger = tmp_path / "台账.csv"  # saved as CSV by Excel: the zeros are gone
    ledger.write_text(
        "谈话日期,工号,姓名,谈话人,痛点难点\n2026-10-08,1234,张三,组长甲,夜班多\n2026-10-09,1235,张三,组长甲,排班\n",
        encoding="utf-8-sig",
    )
    report = preview_talk_import(database, parse_ledger(ledger))
    assert [(talk.row, talk.employee_no) for talk in report.added] == [(2, "001234")]
    assert [(p.row, p.column) for p in report.problems] == [(3, "B")], "1235 is 张四's, not 张三's"

    scores = tmp_path / "质检.csv"
    scores.write_text("工号,姓名,质检成绩\n1234,张三,96\n", encoding="utf-8")
    placed = preview_score_import(database, parse_scores(scores, month="2026-10"))
    assert placed.ok and [change.employee_no for change in placed.added] == ["001234"]
