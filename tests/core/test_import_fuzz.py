"""Random and mutated workbooks fed to the importers: each ends with a report or a clear
message, never a traceback, and a refused import writes nothing."""

import io
import zipfile
from dataclasses import dataclass
from datetime import date, datetime

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from workbench.db.engine import open_database
from workbench.db.models import Talk
from workbench.errors import UserError
from workbench.importing.problems import describe_problems
from workbench.importing.roster import ROSTER_COLUMNS, apply_roster_import, parse_roster, preview_roster_import
from workbench.importing.talks import TALK_COLUMNS, apply_talk_import, parse_ledger, preview_talk_import
from workbench.roster import count_roster


@pytest.fixture(scope="module")
def shared_database(tmp_path_factory):
    """One database for every example: made once (Alembic is slow to start), and each
    example checks that a refused import left it as it found it."""
    database = open_database(tmp_path_factory.mktemp("fuzz") / "workbench.sqlite3")
    yield database
    database.close()


FUZZ = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])

cells = st.one_of(
    st.none(),
    st.text(max_size=30),
    st.sampled_from(
        ["", " ", "离职", "在职", "男", "女", "组长", "１００１", "'00123", "2021年3月5日", "=SUM(A1:A3)", "合计"]
    ),
    st.integers(min_value=-(10**12), max_value=10**12),
    st.floats(allow_nan=False, allow_infinity=False),
    st.dates(min_value=date(1900, 3, 1), max_value=date(2100, 1, 1)),
    st.datetimes(min_value=datetime(1900, 3, 1), max_value=datetime(2100, 1, 1)),
)


def headers_of(columns):
    known = [alias for column in columns for alias in column.aliases[:2]]
    return st.lists(st.one_of(st.sampled_from(known), st.text(max_size=8), st.none()), min_size=1, max_size=12)


def workbook_bytes(title_rows, header, rows) -> bytes:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    for row in [*title_rows, header, *rows]:
        sheet.append([_storable(value) for value in row])
    stream = io.BytesIO()
    workbook.save(stream)
    return stream.getvalue()


def _storable(value):
    # openpyxl refuses control characters in text; a real file cannot hold them either.
    return openpyxl.cell.cell.ILLEGAL_CHARACTERS_RE.sub("", value) if isinstance(value, str) else value


def tables(columns):
    return st.tuples(
        st.lists(st.lists(cells, max_size=3), max_size=3),
        headers_of(columns),
        st.lists(st.lists(cells, max_size=12), max_size=15),
    )


def mutated(data: bytes, draw) -> bytes:
    """A workbook cut short, or with bytes overwritten inside its zip members."""
    if draw(st.booleans()):
        return data[: draw(st.integers(min_value=0, max_value=len(data)))]
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            content = bytearray(source.read(info))
            if content and draw(st.booleans()):
                position = draw(st.integers(min_value=0, max_value=len(content) - 1))
                content[position : position + 4] = draw(st.binary(min_size=1, max_size=4))
            target.writestr(info, bytes(content))
    return out.getvalue()


@dataclass(frozen=True)
class Ending:
    """How an import ended, as the person importing sees it."""

    applied: bool  # the preview was clean and the rows were written
    message: str  # else what the person is told: the preview's problems or the error
    added: int  # rows the import added (people or talks)


def import_into(database, path, parse, preview, apply, count) -> Ending:
    """Read, preview and, when the preview is clean, apply the file, as the window does."""
    before = count(database)
    try:
        parsed = parse(path)
        report = preview(database, parsed)
        if report.ok:
            apply(database, parsed)
            return Ending(True, "", count(database) - before)
        message = describe_problems(report.file, report.problems)
    except UserError as error:
        message = str(error)
    return Ending(False, message, count(database) - before)


def people(database) -> int:
    return count_roster(database).total


def talks(database) -> int:
    with database.sessions() as session:
        return session.scalar(select(func.count()).select_from(Talk))


def import_roster(database, path) -> Ending:
    return import_into(database, path, parse_roster, preview_roster_import, apply_roster_import, people)


def import_ledger(database, path) -> Ending:
    return import_into(database, path, parse_ledger, preview_talk_import, apply_talk_import, talks)


@FUZZ
@given(table=tables(ROSTER_COLUMNS))
def test_random_roster_sheets_end_in_a_report_or_a_message(tmp_path_factory, shared_database, table):
    folder = tmp_path_factory.mktemp("roster")
    path = folder / "花名册.xlsx"
    path.write_bytes(workbook_bytes(*table))
    ending = import_roster(shared_database, path)
    assert ending.applied or (ending.message and ending.added == 0), ending


@FUZZ
@given(table=tables(TALK_COLUMNS))
def test_random_talk_ledgers_end_in_a_report_or_a_message(tmp_path_factory, shared_database, table):
    folder = tmp_path_factory.mktemp("ledger")
    path = folder / "台账.xlsx"
    path.write_bytes(workbook_bytes(*table))
    ending = import_ledger(shared_database, path)
    assert ending.applied or (ending.message and ending.added == 0), ending


@FUZZ
@given(table=tables(ROSTER_COLUMNS), data=st.data())
def test_damaged_workbooks_end_in_a_message(tmp_path_factory, shared_database, table, data):
    folder = tmp_path_factory.mktemp("damaged")
    path = folder / "坏文件.xlsx"
    path.write_bytes(mutated(workbook_bytes(*table), data.draw))
    for ending in (import_roster(shared_database, path), import_ledger(shared_database, path)):
        assert ending.applied or (ending.message and ending.added == 0), ending
