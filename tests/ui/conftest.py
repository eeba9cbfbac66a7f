import shutil
from datetime import date

import pytest
from PySide6.QtCore import QSettings

from ui.app import create_application
from workbench import checklists, liaisons
from workbench.db.engine import open_database
from workbench.demo import write_demo_database
from workbench.people import EmployeeRecord
from workbench.roster import save_employee

TODAY = date(2026, 11, 18)  # the day the talks tests are set on


@pytest.fixture(autouse=True)
def app(qapp):
    """The application as `workbench` sets it up, in Chinese, with fresh settings."""
    create_application("zh_CN")
    QSettings().clear()
    yield qapp
    QSettings().clear()


@pytest.fixture
def database(tmp_path):
    """A database file for the test; closed only once the window's workers are done with it
    (a read still running would otherwise fail on the closed database in the next test)."""
    from ui.tasks import wait_for_background_work

    opened = open_database(tmp_path / "workbench.sqlite3")
    yield opened
    wait_for_background_work(10000)
    opened.close()


@pytest.fixture(scope="session")
def demo_file(tmp_path_factory):
    """The window tests' demo, written once a run (a few seconds): each test opens a copy."""
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    write_demo_database(path, employees=60, months=12, seed=5).close()  # closed: the WAL folded in
    return path


@pytest.fixture
def demo_database(tmp_path, demo_file):
    path = tmp_path / "demo.sqlite3"
    shutil.copyfile(demo_file, path)
    database = open_database(path)
    yield database
    from ui.tasks import wait_for_background_work

    wait_for_background_work(10000)
    database.close()


@pytest.fixture(autouse=True)
def message_boxes(monkeypatch):
    """No test may block on a message box: each one is recorded and answered 'Cancel'.
    A test that expects a question patches QMessageBox.question itself."""
    from PySide6.QtWidgets import QMessageBox

    shown = []

    def record(kind):
        def box(parent, title, text, *args, **kwargs):
            shown.append((kind, text))
            return QMessageBox.StandardButton.Cancel

        return box

    for kind in ("question", "warning", "critical", "information"):
        monkeypatch.setattr(QMessageBox, kind, record(kind))
    # A box of its own (one with buttons named for what they do) is answered 'Cancel' too.
    monkeypatch.setattr(QMessageBox, "exec", lambda box: record("exec")(box.parent(), box.windowTitle(), box.text()))
    return shown


@pytest.fixture
def team(database):
    leader = save_employee(database, EmployeeRecord(employee_no="10", name="组长丙", role="组长", team="服务一组"))
    agents = [
        save_employee(database, EmployeeRecord(employee_no=str(n), name=name, role="客户代表", team="服务一组"))
        for n, name in ((11, "坐席丁"), (12, "坐席戊"))
    ]
    checklists.set_me(database, leader.id, today=TODAY)
    liaisons.sync_default_pairings(database, date(2026, 9, 1))
    return leader.id, [agent.id for agent in agents]
