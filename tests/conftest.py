"""Every test runs headless, with its own data folder, settings and database."""

import os
import tempfile
import uuid

# Before any Qt import: no display needed, and QSettings never touches the real profile.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="workbench-test-config-")

import openpyxl  # noqa: E402
import pytest  # noqa: E402

from tests.postgres_server import PostgresServer, required_server_programs  # noqa: E402
from workbench import texts  # noqa: E402
from workbench.db.engine import open_database  # noqa: E402

POSTGRES_TEMPLATE = "workbench_template"
CENTER_TEMPLATE = "workbench_center_template"  # owned by the center's owner, as README sets one up


@pytest.fixture(autouse=True)
def isolated(tmp_path, monkeypatch):
    monkeypatch.setenv("WORKBENCH_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("WORKBENCH_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.delenv("WORKBENCH_DB", raising=False)
    monkeypatch.delenv("WORKBENCH_LANG", raising=False)
    texts.set_language("zh_CN")
    yield
    texts.set_language("zh_CN")


@pytest.fixture
def database(tmp_path):
    db = open_database(tmp_path / "workbench.sqlite3")
    yield db
    db.close()


@pytest.fixture(scope="session")
def postgres_server():
    """One PostgreSQL server for the whole run, with a template database at the schema head."""
    server = PostgresServer(required_server_programs()).start()
    try:
        server.admin(f"CREATE DATABASE {POSTGRES_TEMPLATE}")
        open_database(server.url(POSTGRES_TEMPLATE)).close()
        open_database(server.center_database(CENTER_TEMPLATE)).close()
        yield server
    finally:
        server.stop()


@pytest.fixture
def postgres_url(postgres_server):
    """A fresh database on the test server, copied from the template: its superuser's URL."""
    name = f"test_{uuid.uuid4().hex[:16]}"
    postgres_server.admin(f"CREATE DATABASE {name} TEMPLATE {POSTGRES_TEMPLATE}")
    yield postgres_server.url(name)
    postgres_server.admin(f"DROP DATABASE {name} WITH (FORCE)")


@pytest.fixture
def center_owner_url(postgres_server):
    """A fresh database at the schema head owned by the center's owner (an ordinary role
    with CREATEROLE), not yet set up as a center: the owner's URL."""
    name = f"center_{uuid.uuid4().hex[:16]}"
    yield postgres_server.center_database(name, CENTER_TEMPLATE)
    postgres_server.admin(f"DROP DATABASE {name} WITH (FORCE)")


@pytest.fixture
def center_url(center_owner_url):
    """A small center with logins and policies (tests/centers.py); the owner's URL."""
    from tests.centers import make_center

    return make_center(center_owner_url)


@pytest.fixture
def write_xlsx(tmp_path):
    """write_xlsx(rows, name=..., title=...) -> path: a sheet as an office would make it.

    `title` adds a merged title row and a blank row above the rows; `rows` are lists of
    cell values, the first of them normally the header."""

    def write(rows, name="花名册.xlsx", title=None, sheet_title="Sheet1"):
        workbook = openpyxl.Workbook()
        sheet = workbook.active
        sheet.title = sheet_title
        if title:
            sheet.append([title])
            width = max(len(row) for row in rows) if rows else 1
            sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=max(width, 2))
            sheet.append([])
        for row in rows:
            sheet.append(list(row))
        path = tmp_path / name
        workbook.save(path)
        return path

    return write


@pytest.fixture
def load(database, write_xlsx):
    """load(rows, month=None): import a sheet of the team's numbers (its first row the header)."""
    made = []

    def load(rows, month=None):
        from workbench.importing.indicators import apply_indicator_import, parse_indicators

        path = write_xlsx(rows, name=f"sheet{len(made)}.xlsx")
        made.append(path)
        return apply_indicator_import(database, parse_indicators(database, path, month=month))

    return load
