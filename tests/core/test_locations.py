"""Choosing the database opened without --db, and moving the data folder to another place."""

import pytest

from workbench import locations, paths
from workbench.db.engine import open_database
from workbench.errors import UserError
from workbench.people import EmployeeRecord
from workbench.roster import count_roster, save_employee


@pytest.fixture
def data_folder(tmp_path, monkeypatch):
    """A data folder as a leader's PC has it: the database, backups, logs, a lock."""
    folder = tmp_path / "AppData" / "workbench"
    monkeypatch.delenv("WORKBENCH_DATA_DIR")
    monkeypatch.setattr("platformdirs.user_data_dir", lambda *args, **kwargs: str(folder))
    database = open_database(paths.default_database())
    save_employee(database, EmployeeRecord(employee_no="001", name="张伟", role="组长", team="服务一组"))
    database.close()
    (folder / "backups").mkdir()
    (folder / "backups" / "workbench-20261120-090000-daily.sqlite3").write_bytes(paths.default_database().read_bytes())
    (folder / "logs").mkdir()
    (folder / "logs" / "workbench.log").write_text("启动\n", encoding="utf-8")
    (folder / "workbench-0123456789abcdef.lock").write_text("4242")
    return folder


def test_the_chosen_database_opens_without_db_and_can_be_forgotten(tmp_path):
    chosen = tmp_path / "共享盘" / "服务一组.sqlite3"
    locations.remember_database(chosen)
    assert paths.default_database() == chosen
    locations.remember_database(None)
    assert paths.default_database() == paths.data_dir() / "workbench.sqlite3"


def test_a_damaged_location_file_falls_back_to_the_defaults(tmp_path):
    locations.config_dir().mkdir(parents=True)
    (locations.config_dir() / locations.LOCATION_FILE).write_text("{not json", encoding="utf-8")
    assert paths.default_database() == paths.data_dir() / "workbench.sqlite3"


def test_moving_the_data_folder_takes_everything_and_is_used_from_then_on(data_folder, tmp_path):
    target = tmp_path / "D盘" / "工作台数据"
    locations.move_data_folder(data_folder, target)

    assert paths.data_dir() == target
    assert paths.default_database() == target / "workbench.sqlite3"
    database = open_database(paths.default_database(), create=False)
    assert count_roster(database).total == 1
    database.close()
    assert (target / "backups" / "workbench-20261120-090000-daily.sqlite3").is_file()
    assert (target / "logs" / "workbench.log").read_text(encoding="utf-8") == "启动\n"
    assert not (target / "workbench-0123456789abcdef.lock").exists()  # a lock belongs to a running program
    assert not (data_folder / "workbench.sqlite3").exists()
    assert not (data_folder / "backups" / "workbench-20261120-090000-daily.sqlite3").exists()


def test_a_chosen_database_inside_the_folder_moves_with_it(data_folder, tmp_path):
    locations.remember_database(data_folder / "workbench.sqlite3")
    target = tmp_path / "新位置"
    locations.move_data_folder(data_folder, target)
    assert paths.default_database() == target / "workbench.sqlite3"


def test_a_folder_that_is_not_empty_or_inside_the_data_folder_is_refused(data_folder, tmp_path):
    busy = tmp_path / "有文件"
    busy.mkdir()
    (busy / "报表.xlsx").write_bytes(b"x")
    with pytest.raises(UserError, match="不是空文件夹"):
        locations.move_data_folder(data_folder, busy)
    with pytest.raises(UserError, match="就是当前的数据文件夹或在其中"):
        locations.move_data_folder(data_folder, data_folder / "backups" / "新")
    assert paths.data_dir() == data_folder


def test_a_copy_that_fails_leaves_the_old_folder_in_use_and_no_half_copy(data_folder, tmp_path, monkeypatch):
    def disk_full(source, destination):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(locations.shutil, "copy2", disk_full)
    target = tmp_path / "U盘"
    with pytest.raises(UserError, match="数据文件夹没有移动"):
        locations.move_data_folder(data_folder, target)

    assert not target.exists()
    assert paths.data_dir() == data_folder
    database = open_database(paths.default_database(), create=False)
    assert count_roster(database).total == 1
    database.close()
