"""`workbench import indicators` and `workbench import targets` as a leader runs them: the
JSON report's counts, a dry run, a refused file, a monthly sheet and its --month."""

import json
from datetime import date, timedelta

import pytest

from tests.cli.test_cli import run


@pytest.fixture
def db(tmp_path, write_xlsx):
    """A database with two agents of 服务一组."""
    path = tmp_path / "wb.sqlite3"
    roster = write_xlsx([["工号", "姓名", "班组"], ["001001", "张伟", "服务一组"], ["001002", "李娜", "服务一组"]])
    assert run("import", "roster", roster, "--db", path).returncode == 0
    return path


def counts(result) -> dict:
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)["counts"]


def test_a_daily_export_imports_once_and_a_dry_run_writes_nothing(db, write_xlsx):
    path = write_xlsx(
        [
            ["日期", "工号", "姓名", "接通量", "客户满意度", "AHT", "备注"],
            [date(2026, 10, 8), 1001, "张伟", 50, "95.2%", "4:05", ""],
            [date(2026, 10, 8), 1002, "李娜", 40, 0.97, 230, "请假半天"],
            [None, "合计", None, 90, None, None, None],
        ],
        name="坐席日报.xlsx",
        title="坐席日报 2026-10-08",
    )
    dry = run("import", "indicators", path, "--db", db, "--dry-run", "--json")
    assert counts(dry) == {"added": 6, "updated": 0, "unchanged": 0, "problems": 0}
    assert json.loads(dry.stdout)["columns"]["ignored"][0]["header"] == "备注"
    text = run("import", "indicators", path, "--db", db)
    assert text.returncode == 0, text.stderr
    assert "未读取的列：G 备注" in text.stdout and "新增 6 个数值" in text.stdout
    assert counts(run("import", "indicators", path, "--db", db, "--json"))["unchanged"] == 6


def test_a_refused_export_names_each_cell_and_exits_2(db, write_xlsx):
    path = write_xlsx(
        [
            ["日期", "工号", "满意度", "平均处理时长"],
            [date(2026, 10, 8), 1001, "很好", "4:05"],
            [date(2026, 10, 8), 9999, 0.9, "五分钟"],
        ],
        name="日报.xlsx",
    )
    result = run("import", "indicators", path, "--db", db)
    assert result.returncode == 2
    # 1001 is 001001 only when a name says so: Excel drops zeros, and this sheet has no names.
    for where in (
        "第 2 行 B 列（工号）",
        "第 2 行 C 列（满意度）",
        "第 3 行 B 列（工号）",
        "第 3 行 D 列（平均处理时长）",
    ):
        assert where in result.stderr
    whole = run("import", "indicators", path, "--db", db, "--json")
    assert whole.returncode == 2 and json.loads(whole.stdout)["counts"]["problems"] == 4


def test_a_monthly_sheet_needs_its_month(db, write_xlsx):
    path = write_xlsx([["工号", "姓名", "质检得分"], ["001001", "张伟", 92.5]], name="质检月报.xlsx")
    without = run("import", "indicators", path, "--db", db)
    assert without.returncode == 2 and "--month" in without.stderr
    assert counts(run("import", "indicators", path, "--db", db, "--month", "2026-10", "--json"))["added"] == 1


def test_targets_from_a_sheet(db, write_xlsx):
    path = write_xlsx([["班组", "满意度", "接通量"], ["全中心", "95%", None], ["服务一组", "96%", 4000]])
    assert counts(run("import", "targets", path, "--db", db, "--month", "2026-10", "--json"))["added"] == 3
    unknown = write_xlsx([["班组", "满意度"], ["服务九组", "95%"]], name="b.xlsx")
    refused = run("import", "targets", unknown, "--db", db, "--month", "2026-10")
    assert refused.returncode == 2 and "服务九组" in refused.stderr


def test_the_weekly_report_from_the_command_line(db, write_xlsx, tmp_path):
    days = [date(2026, 10, 19) + timedelta(days=offset) for offset in range(5)]
    path = write_xlsx([["日期", "工号", "姓名", "满意度"], *([day, "001001", "张伟", 0.9] for day in days)])
    assert run("import", "indicators", path, "--db", db).returncode == 0
    out = tmp_path / "周通报.xlsx"
    done = run("export", "weekly", "--week", "2026-W43", "--team", "服务一组", "--out", out, "--db", db)
    assert done.returncode == 0, done.stderr
    assert out.exists()
    mine = run("export", "weekly", "--week", "2026-W43", "--out", out, "--db", db)  # nobody chosen as me
    assert mine.returncode == 2 and "--team" in mine.stderr
    wrong = run("export", "weekly", "--week", "2026-44", "--team", "服务一组", "--out", out, "--db", db)
    assert wrong.returncode == 2 and "2026-W44" in wrong.stderr
