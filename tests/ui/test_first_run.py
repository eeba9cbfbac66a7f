"""The getting-started steps on their own: a roster template to fill in, and picking
yourself when the roster titles you otherwise."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QWizard

from ui.dialogs.first_run import FirstRunWizard, RosterStep
from workbench import checklists
from workbench.importing.roster import parse_roster
from workbench.people import EmployeeRecord
from workbench.roster import save_employee


def test_a_roster_template_is_offered_and_reads_back(qtbot, database, tmp_path, monkeypatch):
    step = RosterStep(database)
    qtbot.addWidget(step)
    target = tmp_path / "花名册模板.xlsx"
    offered = []
    monkeypatch.setattr(
        QFileDialog,
        "getSaveFileName",
        lambda parent, title, suggested, kinds: offered.append(suggested) or (str(target), ""),
    )
    qtbot.mouseClick(step.template_button, Qt.MouseButton.LeftButton)
    assert offered[0].endswith("花名册模板.xlsx")
    assert str(target) in step.imported.text()
    parsed = parse_roster(target)
    assert parsed.problems == [] and [row.values["name"] for row in parsed.rows] == ["张伟", "李娜"]


def test_someone_titled_otherwise_says_their_role_in_the_second_step(qtbot, database):
    me = save_employee(database, EmployeeRecord(employee_no="7", name="周洋", role="值班主任"))
    wizard = FirstRunWizard(None, database)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    step = wizard.you_step
    qtbot.waitUntil(lambda: "组长、助理经理或经理" in step.text.text())  # the roster is read in a worker
    step.me.role.setCurrentIndex(step.me.role.findText("经理"))
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.checklist_step)  # once saved
    assert checklists.me(database) == me.id
    assert [(person.name, person.role) for person in checklists.leaders(database)] == [("周洋", "经理")]
    qtbot.waitUntil(lambda: "人员管理" in wizard.checklist_step.text.text())  # a manager's duties
