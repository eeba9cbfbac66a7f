import pytest
from PySide6.QtCore import QSettings

from ui.app import create_application
from workbench.demo import write_demo_database


@pytest.fixture(autouse=True)
def app(qapp):
    """The application as `workbench` sets it up, in Chinese, with fresh settings."""
    create_application("zh_CN")
    QSettings().clear()
    yield qapp
    QSettings().clear()


@pytest.fixture
def demo_database(tmp_path):
    database = write_demo_database(tmp_path / "demo.sqlite3", employees=60, months=12, seed=5)
    yield database
    database.close()
