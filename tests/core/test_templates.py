"""Role templates: editing them, and handing them around as Excel workbooks."""

from dataclasses import replace
from datetime import date

import openpyxl
import pytest

from workbench import checklists, templates
from workbench.duties import Duty
from workbench.errors import UserError
from workbench.people import EmployeeRecord
from workbench.roster import save_employee


def test_a_template_round_trips_through_excel(database, tmp_path):
    path = tmp_path / "组长模板.xlsx"
    templates.export_template(database, "组长", path)
    sheet = openpyxl.load_workbook(path).active
    assert sheet["A1"].value == "组长工作清单模板"
    assert [cell.value for cell in sheet[2]] == ["类别", "工作内容", "具体要求", "产出物", "频次", "截止日"]
    assert sheet["A3"].value == "人员管理" and sheet["E3"].value == "每日"
    assert sheet.freeze_panes == "A3" and len(sheet.data_validations.dataValidation) == 2
    before = templates.template_duties(database, "组长")
    after = templates.import_template(database, "组长", path)
    strip = lambda duties: [replace(d, id=None, position=0) for d in duties]  # noqa: E731
    assert strip(after) == strip(before)


def test_an_edited_workbook_replaces_the_template(database, write_xlsx):
    path = write_xlsx(
        [
            ["类别", "工作内容", "具体要求", "产出物", "频次", "截止日"],
            ["人员管理", "晨会", "五分钟", "记录", "每日", None],
            ["Business management", "指标复盘", "", "复盘表", "Weekly", "5"],
            ["self", "读书", "", "", "monthly", None],
        ],
        name="中心模板.xlsx",
        title="某中心 组长工作清单模板",
    )
    duties = templates.import_template(database, "组长", path)
    assert [(d.category, d.work, d.frequency, d.due_day) for d in duties] == [
        ("people", "晨会", "daily", None),
        ("business", "指标复盘", "weekly", 5),
        ("self", "读书", "monthly", None),
    ]


def test_a_bad_template_workbook_changes_nothing_and_names_the_cells(database, write_xlsx):
    before = templates.template_duties(database, "组长")
    path = write_xlsx(
        [
            ["类别", "工作内容", "频次", "截止日"],
            ["人员管理", "晨会", "每日", None],
            ["后勤管理", "盘点", "每月", "0"],
            ["业务管理", None, "每两周", None],
        ],
        name="坏模板.xlsx",
    )
    with pytest.raises(UserError) as error:
        templates.import_template(database, "组长", path)
    message = str(error.value)
    for expected in (
        "坏模板.xlsx 第 3 行 A 列（类别）",
        "第 3 行 D 列（截止日）",
        "第 4 行 B 列（工作内容）",
        "第 4 行 C 列（频次）",
    ):
        assert expected in message
    assert templates.template_duties(database, "组长") == before


def test_template_duties_can_be_added_changed_moved_and_retired(database):
    added = templates.save_template_duty(database, "经理", Duty("self", "读一本书", "quarterly"))
    duties = templates.template_duties(database, "经理")
    assert duties[-1].work == "读一本书"
    templates.save_template_duty(database, "经理", replace(added, work="读两本书"))
    templates.move_template_duty(database, "经理", added.id, -100)
    assert templates.template_duties(database, "经理")[0].work == "读两本书"
    templates.retire_template_duty(database, "经理", added.id)
    assert "读两本书" not in [d.work for d in templates.template_duties(database, "经理")]
    templates.reinstate_template_duty(database, "经理", added.id)
    assert templates.template_duties(database, "经理")[0].work == "读两本书"


def test_a_leader_copied_earlier_keeps_their_own_wording(database):
    leader = save_employee(database, EmployeeRecord(employee_no="1", name="张伟", role="组长"))
    checklists.set_me(database, leader.id, today=date(2026, 11, 2))
    first = templates.template_duties(database, "组长")[0]
    templates.save_template_duty(database, "组长", replace(first, work="新的写法"))
    assert checklists.checklist_duties(database, leader.id)[0].work == first.work


def test_undoing_a_retirement_brings_back_the_running_period(database):
    leader = save_employee(database, EmployeeRecord(employee_no="1", name="张伟", role="组长"))
    checklists.set_me(database, leader.id, today=date(2026, 11, 2))
    weekly = next(d for d in checklists.checklist_duties(database, leader.id) if d.frequency == "weekly")
    today = date(2026, 11, 18)
    count = lambda: len(checklists.checklist_day(database, leader.id, today, today).sections["weekly"])  # noqa: E731
    before = count()
    checklists.retire_duty(database, leader.id, weekly.id, today=today)
    assert count() == before - 1
    checklists.reinstate_duty(database, leader.id, weekly.id)
    assert count() == before


@pytest.mark.parametrize("role", ["组长", "助理经理", "经理"])
def test_every_leader_role_has_its_own_quarterly_three_ones_naming_all_three(database, role):
    """三个一 is quarterly for 组长 and above: ten calls with a suggestion, a grassroots problem
    with its fix, an industry problem with a plan; no leader listens to calls on another cadence."""
    duties = templates.template_duties(database, role)
    three_ones = [duty for duty in duties if duty.work == "“三个一”调研"]
    assert [duty.frequency for duty in three_ones] == ["quarterly"]
    requirement = three_ones[0].requirement
    for item in ("十通客户来电", "服务改善建议", "基层调研", "行业发展", "改进方案"):
        assert item in requirement
    listening = [duty for duty in duties if "十通客户来电" in duty.requirement]
    assert [duty.frequency for duty in listening] == ["quarterly"]
