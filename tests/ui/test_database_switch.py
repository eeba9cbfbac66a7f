"""Opening another database, making a new one and moving the data folder, from the running
window: the new one shows, a bad file leaves the window where it was, nothing is lost."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from tests.ui.keyboard import answered
from ui.app import start
from ui.database_switch import DatabaseSwitcher
from ui.single_instance import SingleInstance
from workbench import paths
from workbench.demo import write_demo_database
from workbench.roster import count_roster


@pytest.fixture
def window_on(qtbot):
    opened = []

    def open_(path):
        window = start(str(path), "zh_CN")
        qtbot.addWidget(window)
        with qtbot.waitSignal(window.ready, timeout=10000):
            pass
        instance = SingleInstance(str(path))
        assert instance.acquire()
        window.switcher = DatabaseSwitcher(window, instance, str(path))
        opened.append(window)
        return window

    yield open_
    for window in opened:
        window.switcher.instance.release()
        window.close()


def test_a_new_database_opens_empty_in_the_same_window_and_is_opened_next_time(
    qtbot, window_on, demo_database, tmp_path, monkeypatch
):
    window = window_on(demo_database.path)
    new = tmp_path / "服务二组.sqlite3"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(new), ""))
    with qtbot.waitSignal(window.switcher.switched, timeout=10000):
        window.switcher.choose_and_create()
    assert window.database.path == new
    assert window.database_label.text() == f"数据库：{new}"
    assert count_roster(window.database).total == 0
    qtbot.waitUntil(lambda: window.first_run is not None, timeout=10000)  # a new database: the three steps
    assert paths.default_database() == new


def test_a_file_that_is_not_a_database_is_refused_and_the_window_stays(
    qtbot, window_on, demo_database, tmp_path, monkeypatch, message_boxes
):
    window = window_on(demo_database.path)
    notes = tmp_path / "会议记录.db"
    notes.write_text("这不是数据库", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(notes), ""))
    window.switcher.choose_and_open()
    qtbot.waitUntil(lambda: bool(message_boxes), timeout=10000)
    assert "会议记录.db" in message_boxes[0][1]
    assert window.database.path == demo_database.path and window.import_action.isEnabled()
    assert count_roster(window.database).total > 0
    again = SingleInstance(str(notes))
    assert again.acquire()  # the refused file's lock was let go
    again.release()


def test_an_existing_file_is_never_replaced_by_a_new_database(qtbot, window_on, demo_database, monkeypatch):
    window = window_on(demo_database.path)
    other = write_demo_database(demo_database.path.with_name("其他组.sqlite3"), employees=20, months=1)
    other.close()
    size = other.path.stat().st_size
    warnings = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(other.path), ""))
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warnings.append(text))
    window.switcher.choose_and_create()
    assert "已经存在" in warnings[0]
    assert other.path.stat().st_size == size and window.database.path == demo_database.path


def test_moving_the_data_folder_reopens_the_database_from_its_new_place(qtbot, window_on, tmp_path, monkeypatch):
    home = tmp_path / "AppData" / "workbench"
    monkeypatch.delenv("WORKBENCH_DATA_DIR")
    monkeypatch.setattr("platformdirs.user_data_dir", lambda *args, **kwargs: str(home))
    write_demo_database(paths.default_database(), employees=20, months=1).close()
    window = window_on(paths.default_database())
    people = count_roster(window.database).total
    target = tmp_path / "D盘" / "工作台"
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *args, **kwargs: str(target))
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(window.switcher.switched, timeout=10000):
        window.switcher.choose_and_move()
    assert window.database.path == target / "workbench.sqlite3"
    assert count_roster(window.database).total == people
    assert paths.data_dir() == target and not (home / "workbench.sqlite3").exists()
    assert "D盘" in window.statusBar().currentMessage()


def test_the_settings_dialog_saves_then_asks_the_window_to_open_another(qtbot, demo_database):
    from ui.dialogs.settings_dialog import OPEN_DATABASE, SettingsDialog
    from workbench import preferences

    dialog = SettingsDialog(None, demo_database, "zh_CN")
    qtbot.addWidget(dialog)
    qtbot.waitUntil(dialog.save_button().isEnabled)  # what is stored is read in a worker
    dialog.keep_daily.setValue(10)
    button = next(button for button in dialog.findChildren(type(dialog.move_button)) if button.text() == "打开其他…")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # saves in a worker, then closes
    assert answered(qtbot, dialog) == SettingsDialog.DialogCode.Accepted
    assert dialog.database_action == OPEN_DATABASE
    assert preferences.backup_policy(demo_database)[0] == 10
    assert not dialog.move_button.isEnabled()  # the tests' WORKBENCH_DATA_DIR names the folder itself
