"""The window as it opens: at once, filled when the database is ready, Chinese by default,
English on request, and it remembers its place."""

import pytest
from PySide6.QtCore import QRect, Qt

from tests.ui.keyboard import press_save
from ui.app import create_application, start


@pytest.fixture
def open_window(qtbot):
    opened = []

    def open_(path, language="zh_CN"):
        window = start(str(path), language)
        qtbot.addWidget(window)
        opened.append(window)
        with qtbot.waitSignal(window.ready, timeout=10000):
            pass
        return window

    yield open_
    for window in opened:
        window.close()
    create_application("zh_CN")


def test_the_window_opens_on_the_checklist_in_chinese(qtbot, open_window, demo_database):
    window = open_window(demo_database.path)
    assert window.isVisible()
    assert window.windowTitle() == "班组长工作台"
    assert [window.sidebar.item(i).text() for i in range(window.sidebar.count())] == [
        "工作清单",
        "关注名单",
        "谈心谈话",
        "指标",
        "绩效沟通",
        "三个一",
        "质检",
        "成长日记",
        "员工调研",
        "关怀表彰",
        "团队",
    ]
    assert window.pages.currentWidget() is window.page("checklist")
    assert window.page("checklist").body.currentWidget() is window.page("checklist").splitter
    assert window.database_label.text() == f"数据库：{demo_database.path}"
    assert [action.text() for action in window.menuBar().actions()] == ["文件(&F)", "编辑(&E)", "帮助(&H)"]
    assert window.import_action.isEnabled()
    window.sidebar.setCurrentRow(10)
    assert window.pages.currentWidget() is window.page("roster")
    qtbot.waitUntil(lambda: window.page("roster").model.rowCount() > 0, timeout=10000)
    assert window.page("roster").body.currentWidget() is window.page("roster").splitter


def test_the_window_shows_before_the_database_is_open(qtbot, demo_database):
    window = start(str(demo_database.path), "zh_CN")
    qtbot.addWidget(window)
    assert window.isVisible() and window.sidebar.item(0).text() == "工作清单"
    assert window.pages.currentWidget() is window.placeholder
    assert window.placeholder.text() == "正在打开数据库…"
    assert not window.import_action.isEnabled()
    with qtbot.waitSignal(window.ready, timeout=10000):
        pass
    assert window.pages.currentWidget() is window.page("checklist")
    assert window.page("checklist").person.isEnabled() and window.import_action.isEnabled()
    window.close()


def test_english_on_request(open_window, demo_database):
    window = open_window(demo_database.path, language="en")
    assert [window.sidebar.item(i).text() for i in range(window.sidebar.count())] == [
        "Checklist",
        "Attention",
        "Talks",
        "Numbers",
        "Performance",
        "Three ones",
        "Quality",
        "Growth",
        "Surveys",
        "Care",
        "Team",
    ]
    assert window.page("checklist").model.headerData(2, Qt.Orientation.Horizontal) == "Work"
    assert window.page("roster").search.placeholderText() == "Search ID, name, phone, team…"
    assert window.page("roster").model.headerData(1, Qt.Orientation.Horizontal) == "Name"
    assert window.page("roster").status_filter.currentText() == "Active"


def test_size_and_position_are_remembered(open_window, demo_database):
    window = open_window(demo_database.path)
    window.setGeometry(QRect(0, 30, 800, 700))
    window.close()
    again = open_window(demo_database.path)
    assert (again.width(), again.height()) == (800, 700)


def test_a_database_it_cannot_use_is_refused_with_a_message(qtbot, tmp_path):
    stranger = tmp_path / "not-a-database.sqlite3"
    stranger.write_text("hello", encoding="utf-8")
    window = start(str(stranger), "zh_CN")
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.database_failed, timeout=10000) as failed:
        pass
    assert "不是工作台数据库" in failed.args[0]
    assert stranger.read_text(encoding="utf-8") == "hello"


def test_on_first_start_the_window_fits_the_screen(open_window, demo_database):
    window = open_window(demo_database.path)
    available = window.screen().availableGeometry()
    assert window.width() <= available.width() and window.height() <= available.height()
    assert window.width() >= available.width() * 0.8


def test_a_talk_can_be_recorded_from_the_roster(qtbot, open_window, demo_database, monkeypatch):
    from ui.dialogs.talk_dialog import TalkDialog
    from workbench import checklists, liaisons

    window = open_window(demo_database.path)
    qtbot.waitUntil(lambda: window.page("talks").liaison_id is not None, timeout=10000)
    window.show_page(window.page("roster"))
    roster = window.page("roster")
    qtbot.waitUntil(lambda: roster.model.rowCount() > 0, timeout=10000)
    me = checklists.me(demo_database)
    agent = next(record for record in roster.model.all_records() if record.is_active and record.id != me)
    roster.table.selectRow(roster.model.row_of(agent.id))
    opened = []

    def fill_and_save(dialog):
        opened.append((dialog.windowTitle(), dialog.parent()))
        dialog.texts["pain_points"].setPlainText("从团队页记录")
        return press_save(qtbot, dialog)

    monkeypatch.setattr(TalkDialog, "exec", fill_and_save)
    assert roster.detail.talk_button.isEnabled()
    with qtbot.waitSignal(window.page("talks").loaded, timeout=10000):
        qtbot.mouseClick(roster.detail.talk_button, Qt.MouseButton.LeftButton)
    assert [title for title, _parent in opened] == [f"与 {agent.name} 谈心谈话"]
    assert liaisons.talks_with(demo_database, agent.id, me)[0].pain_points == "从团队页记录"
    assert window.pages.currentWidget() is roster  # the user stays where they were


def test_a_damaged_database_is_replaced_by_its_latest_backup_when_the_user_agrees(qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from tests.db.test_backup import damage
    from workbench.db.backup import backup_now
    from workbench.db.engine import open_database
    from workbench.people import EmployeeRecord
    from workbench.roster import list_employees, save_employee

    path = tmp_path / "workbench.sqlite3"
    database = open_database(path)
    save_employee(database, EmployeeRecord("1", "组长丙", role="组长", team="服务一组"))
    database.close()
    backup_now(path)
    database = open_database(path)
    for number in range(2, 200):
        save_employee(database, EmployeeRecord(str(number), f"员工{number}", team="服务一组"))
    database.close()
    damage(path)
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *args: asked.append(args[2]) or QMessageBox.StandardButton.Yes)
    window = start(str(path), "zh_CN")
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.ready, timeout=20000):
        pass
    assert "已损坏" in asked[0] and "要恢复" in asked[0]
    assert [record.name for record in list_employees(window.database)] == ["组长丙"]
    assert any(p.name.startswith("workbench.sqlite3.damaged-") for p in tmp_path.iterdir())
    window.close()
    assert window.database is None  # closing the window closed it


def test_backups_are_listed_and_one_is_restored_undoably(qtbot, open_window, demo_database, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from ui.dialogs.backups_dialog import BackupsDialog
    from workbench.db.backup import list_backups
    from workbench.people import EmployeeRecord
    from workbench.roster import count_roster, save_employee

    window = open_window(demo_database.path)
    (daily,) = list_backups(demo_database.path)  # made at the day's first start
    people = count_roster(window.database).total
    save_employee(window.database, EmployeeRecord("999999", "新来的"))
    dialog = BackupsDialog(window, window.database.path)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=10000)
    assert dialog.table.item(0, 1).text() == "每日" and dialog.table.item(0, 3).text() == str(people)
    dialog.restore_requested.connect(window.restore_backup)
    dialog.table.selectRow(0)
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(window.restored, timeout=20000):
        dialog.restore_button.click()
    assert count_roster(window.database).total == people
    kinds = [backup.kind for backup in list_backups(window.database.path)]
    assert sorted(kinds) == ["before-restore", "daily"]  # the state before the restore is kept


def test_the_reminder_strip_says_what_is_due_and_leads_there(qtbot, open_window, demo_database):
    from datetime import UTC, date, datetime

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QToolButton

    from workbench import checklists, reminders
    from workbench.reminders import Reminders

    window = open_window(demo_database.path)
    banner = window.banner
    qtbot.waitUntil(lambda: banner.database is not None, timeout=10000)
    with qtbot.waitSignal(banner.refreshed, timeout=10000):
        banner.refresh()
    me = checklists.me(demo_database)
    expected = reminders.reminders_for(demo_database, me, date.today(), datetime.now(UTC))
    assert banner.isVisible() == expected.anything

    banner.show_reminders(Reminders(2, 3, 4, 5, 1, 1))
    assert banner.isVisible()
    for words in ("今天到期 2 项工作", "已逾期 3 项工作", "本月还有 4 人未谈（剩 5 天）", "1 条跟进已过截止日"):
        assert words in banner.text.text()
    banner.text.linkActivated.emit("talks")
    assert window.pages.currentWidget() is window.page("talks")
    next(button for button in banner.findChildren(QToolButton) if button.text() == "×").click()
    assert not banner.isVisible()
    banner.show_reminders(Reminders(2, 3, 4, 5, 1, 1))
    assert not banner.isVisible()  # hidden until tomorrow
    QSettings().remove("reminders/hiddenOn")
    banner.show_reminders(Reminders(0, 0, 4, 20, 0, 0))
    assert not banner.isVisible()  # talks are pressed for in the month's last week only
    banner.show_reminders(Reminders(0, 0, 0, 20, 0, 0, appeals_overdue=2))  # appeals past their reply limit
    assert banner.isVisible() and 'href="cards/appeals"' in banner.text.text()
    banner.text.linkActivated.emit("cards/appeals")
    assert window.pages.currentWidget() is window.page("cards") and window.page("cards").tabs.currentIndex() == 1


def test_settings_change_who_i_am_the_backups_kept_and_the_next_starts_language(qtbot, demo_database, tmp_path):
    from ui.dialogs.settings_dialog import SettingsDialog
    from ui.user_settings import saved_language
    from workbench import checklists, preferences

    me = checklists.me(demo_database)
    dialog = SettingsDialog(None, demo_database, "zh_CN")
    qtbot.addWidget(dialog)
    qtbot.waitUntil(dialog.save_button().isEnabled)  # what is stored is read in a worker
    assert dialog.me.currentData() == me and dialog.language.currentData() == "zh_CN"
    assert (dialog.keep_daily.value(), dialog.keep_monthly.value()) == (7, 12)
    other = next(index for index in range(dialog.me.count()) if dialog.me.itemData(index) != me)
    dialog.me.setCurrentIndex(other)
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.keep_daily.setValue(3)
    dialog.export_folder.setText(str(tmp_path))
    assert press_save(qtbot, dialog) == SettingsDialog.DialogCode.Accepted
    assert checklists.me(demo_database) == dialog.me.itemData(other)
    assert preferences.backup_policy(demo_database) == (3, 12)
    assert saved_language() == "en"


def test_a_new_database_walks_the_user_through_three_steps_once(qtbot, open_window, tmp_path, write_xlsx, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    from ui.dialogs.roster_import_dialog import RosterImportDialog
    from workbench import checklists

    sheet = write_xlsx(
        [
            ["工号", "姓名", "组别", "岗位"],
            ["1001", "吴静", "服务一组", "组长"],
            ["1002", "孙悦", "服务一组", "客户代表"],
        ],
        name="花名册.xlsx",
    )
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(sheet), ""))

    def confirm(dialog):
        qtbot.waitUntil(dialog.apply_button.isEnabled, timeout=10000)
        with qtbot.waitSignal(dialog.applied, timeout=10000):
            dialog.apply_button.click()
        return dialog.result()

    monkeypatch.setattr(RosterImportDialog, "exec", confirm)
    path = tmp_path / "new.sqlite3"
    window = open_window(path)
    qtbot.waitUntil(lambda: window.first_run is not None, timeout=10000)  # once the database is found new
    wizard = window.first_run
    assert wizard.isVisible() and wizard.currentPage() is wizard.roster_step
    qtbot.mouseClick(wizard.roster_step.import_button, Qt.MouseButton.LeftButton)
    assert "新增 2 人" in wizard.roster_step.imported.text()
    wizard.next()
    people = wizard.you_step.me.person
    qtbot.waitUntil(lambda: people.count() == 3, timeout=10000)  # the roster is read in a worker
    assert [people.itemText(i) for i in range(people.count())] == [
        "吴静（组长）",
        "",  # a separator: then everyone else, for a leader the roster titles otherwise
        "孙悦（客户代表） 1002",
    ]
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.checklist_step, timeout=10000)  # once saved
    assert checklists.me(window.database) is not None
    qtbot.waitUntil(lambda: "项工作" in wizard.checklist_step.text.text(), timeout=10000)
    assert "人员管理" in wizard.checklist_step.text.text()
    with qtbot.waitSignal(window.page("checklist").loaded, timeout=10000):
        wizard.accept()
    assert wizard.result() == wizard.DialogCode.Accepted and not wizard.isVisible()
    # Behind it the checklist page now shows the chosen leader's duties.
    assert window.page("checklist").owner_id == checklists.me(window.database)
    assert window.page("checklist").body.currentWidget() is window.page("checklist").splitter
    window.close()
    assert window.database is None  # closing the window closed it
    again = open_window(path)
    assert again.first_run is None  # once is enough


def test_the_practice_pages_of_an_empty_database_lead_to_the_roster(qtbot, open_window, tmp_path):
    from PySide6.QtWidgets import QPushButton

    window = open_window(tmp_path / "新数据库.sqlite3")
    qtbot.waitUntil(lambda: window.first_run is not None, timeout=10000)
    window.first_run.reject()  # skip the getting-started steps
    for page, empty in (
        (window.page("growth"), window.page("growth").no_people_state),
        (window.page("care"), window.page("care").no_roster),
    ):
        window.show_page(page)
        qtbot.waitUntil(lambda page=page, empty=empty: page.body.currentWidget() is empty, timeout=10000)
        button = next(b for b in empty.findChildren(QPushButton) if b.text() == "去花名册…")
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        assert window.pages.currentWidget() is window.page("roster")


def test_the_strip_follows_every_tick_without_switching_pages(qtbot, open_window, database):
    from datetime import date

    from workbench import checklists
    from workbench.checklists import Duty
    from workbench.people import EmployeeRecord
    from workbench.roster import save_employee

    today = date.today()  # the strip counts what is due on the real day
    leader = save_employee(database, EmployeeRecord(employee_no="1001", name="张伟", role="组长", team="服务一组"))
    checklists.set_me(database, leader.id, today=today)
    for duty in checklists.checklist_duties(database, leader.id):
        checklists.retire_duty(database, leader.id, duty.id, today=today)
    for work in ("排班", "抽听录音", "投诉回访"):
        checklists.save_duty(database, leader.id, Duty("people", work, "weekly", due_day=today.isoweekday()), today)
    window = open_window(database.path)
    page, banner = window.page("checklist"), window.banner
    qtbot.waitUntil(lambda: "今天到期 3 项工作" in banner.text.text(), timeout=10000)
    index = page.model.index_of(next(r.id for r in page.model.records() if r.work == "排班"))
    rect = page.tree.visualRect(index)
    check_box = rect.topLeft() + type(rect.topLeft())(10, rect.height() // 2)
    qtbot.mouseClick(page.tree.viewport(), Qt.MouseButton.LeftButton, pos=check_box)
    qtbot.waitUntil(lambda: "今天到期 2 项工作" in banner.text.text(), timeout=10000)
    assert window.pages.currentWidget() is page
    page.undo_stack.undo()
    qtbot.waitUntil(lambda: "今天到期 3 项工作" in banner.text.text(), timeout=10000)
