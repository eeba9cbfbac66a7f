"""The `workbench` command as a person or a script runs it: real processes, real exit codes."""

import json
import os
import subprocess
import sys

import pytest

from workbench import __version__


def run(*args, env_extra=None, typed=None):
    """The command's result; `typed` is what the person types at its prompts (standard input)."""
    env = dict(os.environ, **(env_extra or {}))
    return subprocess.run(
        [sys.executable, "-m", "workbench", *map(str, args)],
        input=typed,
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


@pytest.fixture
def demo_db(tmp_path):
    path = tmp_path / "demo.sqlite3"
    result = run("demo", "--out", path, "--employees", 60, "--months", 6, "--seed", 3)
    assert result.returncode == 0, result.stderr
    return path


@pytest.fixture
def roster_file(write_xlsx):
    return write_xlsx(
        [
            ["工号", "姓名", "组别", "入职日期"],
            ["5001", "张三", "服务一组", "2021/3/5"],
            ["５００２", "李四", "服务一组", "2021年3月6日"],
            ["合计：2人"],
        ],
        title="服务一组花名册",
    )


def test_version():
    result = run("--version")
    assert result.returncode == 0 and result.stdout.strip() == f"workbench {__version__}"


def test_demo_makes_a_lived_in_database(demo_db):
    result = run("check", "--db", demo_db, "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["employees"] == 60 and data["teams"] >= 2 and data["integrity"] == "ok"
    assert 0 < data["active_employees"] < 60, "some people have left over the months"


def test_demo_refuses_to_overwrite(demo_db):
    result = run("demo", "--out", demo_db)
    assert result.returncode == 2 and "已存在" in result.stderr and "Traceback" not in result.stderr


def test_import_dry_run_writes_nothing_then_import_writes(tmp_path, roster_file):
    db = tmp_path / "wb.sqlite3"
    dry = run("import", "roster", roster_file, "--db", db, "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert "新增 2 人" in dry.stdout and "试运行" in dry.stdout
    assert "工作表“Sheet1”，表头在第 3 行" in dry.stdout
    assert not db.exists(), "a dry run makes no database"
    real = run("import", "roster", roster_file, "--db", db)
    assert real.returncode == 0 and "新增 2 人" in real.stdout
    assert json.loads(run("check", "--db", db, "--json").stdout)["employees"] == 2
    again = run("import", "roster", roster_file, "--db", db, "--json")
    report = json.loads(again.stdout)
    assert report["counts"]["unchanged"] == 2 and report["applied"] is True


def test_import_of_a_bad_sheet_names_file_row_and_column(tmp_path, write_xlsx):
    path = write_xlsx([["工号", "姓名", "入职日期"], ["1", "甲", "2021-02-30"], ["", "乙", ""]], name="坏表.xlsx")
    db = tmp_path / "wb.sqlite3"
    result = run("import", "roster", path, "--db", db)
    assert result.returncode == 2
    assert "坏表.xlsx 第 2 行 C 列（入职日期）" in result.stderr
    assert "坏表.xlsx 第 3 行 A 列（工号）" in result.stderr
    assert "Traceback" not in result.stderr
    as_json = json.loads(run("import", "roster", path, "--db", db, "--json").stdout)
    assert [(p["row"], p["column"]) for p in as_json["problems"]] == [(2, "C"), (3, "A")]
    assert not db.exists(), "a refused import makes no database"


def test_import_of_something_that_is_not_a_workbook(tmp_path):
    path = tmp_path / "roster.xlsx"
    path.write_text("工号,姓名\n1,甲\n", encoding="utf-8")
    result = run("import", "roster", path, "--db", tmp_path / "wb.sqlite3")
    assert result.returncode == 2 and "roster.xlsx 不是能读取的表格文件" in result.stderr


def test_missing_people_can_be_marked_left_from_the_command_line(tmp_path, write_xlsx):
    db = tmp_path / "wb.sqlite3"
    run("import", "roster", write_xlsx([["工号", "姓名"], ["1", "甲"], ["2", "乙"]], name="a.xlsx"), "--db", db)
    smaller = write_xlsx([["工号", "姓名"], ["1", "甲"]], name="b.xlsx")
    listed = run("import", "roster", smaller, "--db", db)
    assert "1 名在职员工不在文件中" in listed.stdout and "乙" in listed.stdout
    marked = run("import", "roster", smaller, "--db", db, "--mark-missing-left", "--json")
    assert [c["employee_no"] for c in json.loads(marked.stdout)["marked_left"]] == ["2"]
    assert json.loads(run("check", "--db", db, "--json").stdout)["active_employees"] == 1


def test_check_refuses_what_is_not_a_workbench_database(tmp_path):
    stranger = tmp_path / "notes.txt"
    stranger.write_text("hello", encoding="utf-8")
    result = run("check", "--db", stranger)
    assert result.returncode == 2 and "不是工作台数据库" in result.stderr
    assert stranger.read_text(encoding="utf-8") == "hello"
    missing = run("check", "--db", tmp_path / "none.sqlite3")
    assert missing.returncode == 2 and "数据库不存在" in missing.stderr


def test_the_database_can_come_from_the_environment(tmp_path, roster_file):
    db = tmp_path / "env.sqlite3"
    assert run("import", "roster", roster_file, env_extra={"WORKBENCH_DB": str(db)}).returncode == 0
    assert json.loads(run("check", "--db", db, "--json").stdout)["employees"] == 2


def test_english_messages(demo_db):
    result = run("--lang", "en", "check", "--db", demo_db)
    assert result.returncode == 0 and "Integrity check: ok" in result.stdout
    refused = run("--lang", "en", "demo", "--out", demo_db)
    assert "already exists" in refused.stderr


def test_default_database_lives_in_the_data_folder(tmp_path, roster_file):
    data = tmp_path / "data-folder"
    result = run("import", "roster", roster_file, env_extra={"WORKBENCH_DATA_DIR": str(data)})
    assert result.returncode == 0 and (data / "workbench.sqlite3").exists()


def test_import_talks_dry_run_then_import_then_again(tmp_path, write_xlsx):
    db = tmp_path / "wb.sqlite3"
    roster = write_xlsx(
        [
            ["工号", "姓名", "组别", "岗位"],
            ["10", "组长丙", "服务一组", "组长"],
            ["11", "坐席丁", "服务一组", "客户代表"],
        ],
        name="roster.xlsx",
    )
    assert run("import", "roster", roster, "--db", db).returncode == 0
    ledger = write_xlsx(
        [["序号", "谈话日期", "姓名", "痛点难点", "跟进事项"], [1, "2026年9月8日", "坐席丁", "夜班多", "调整排班"]],
        name="台账.xlsx",
        title="谈心谈话台账",
    )
    dry = run("import", "talks", ledger, "--db", db, "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert "将导入 1 条谈话记录" in dry.stdout and "未写入" in dry.stdout
    real = run("import", "talks", ledger, "--db", db)
    assert real.returncode == 0 and "将导入 1 条" in real.stdout
    again = json.loads(run("import", "talks", ledger, "--db", db, "--json").stdout)
    assert again["counts"] == {"added": 0, "already_imported": 1, "follow_ups_opened": 0, "problems": 0}


def test_import_talks_names_the_rows_it_cannot_place(tmp_path, write_xlsx):
    db = tmp_path / "wb.sqlite3"
    ledger = write_xlsx([["谈话日期", "姓名", "谈话人", "痛点难点"], ["2026-09-08", "无名氏", "组长丙", "夜班多"]])
    result = run("import", "talks", ledger, "--db", db)
    assert result.returncode == 2
    assert "第 2 行" in result.stderr and "B 列" in result.stderr and "无名氏" in result.stderr
    as_json = json.loads(run("import", "talks", ledger, "--db", db, "--json").stdout)
    assert as_json["applied"] is False and as_json["problems"][0]["row"] == 2


def test_export_monthly_then_roll_up(tmp_path, demo_db):
    import openpyxl

    month = "2026-10"
    files = []
    for team in ("服务一组", "服务二组"):
        out = tmp_path / f"{team}.xlsx"
        result = run("export", "monthly", "--month", month, "--team", team, "--out", out, "--db", demo_db)
        assert result.returncode == 0, result.stderr
        assert str(out) in result.stdout
        files.append(out)
    rollup = tmp_path / "中心.xlsx"
    result = run("export", "rollup", *files, "--out", rollup)
    assert result.returncode == 0, result.stderr
    assert "已汇总 2 个班组" in result.stdout
    teams = [row[0] for row in openpyxl.load_workbook(rollup).active.iter_rows(min_row=3, values_only=True)]
    assert teams == ["服务一组", "服务二组", "合计（2 个班组）"]


def test_export_makes_a_missing_folder_and_a_file_others_may_read_as_usual(tmp_path, demo_db):
    out = tmp_path / "月度复盘" / "2026-10" / "服务一组.xlsx"
    result = run("export", "monthly", "--month", "2026-10", "--team", "服务一组", "--out", out, "--db", demo_db)
    assert result.returncode == 0, result.stderr
    umask = os.umask(0o022)
    os.umask(umask)
    assert out.stat().st_mode & 0o777 == 0o666 & ~umask  # not mkstemp's 0600


def test_export_refuses_what_it_cannot_do(tmp_path, demo_db):
    no_team = run(
        "export", "monthly", "--month", "2026-10", "--team", "服务九十组", "--out", tmp_path / "x.xlsx", "--db", demo_db
    )
    assert no_team.returncode == 2 and "服务九十组" in no_team.stderr and "Traceback" not in no_team.stderr
    not_a_review = tmp_path / "notes.xlsx"
    not_a_review.write_text("hello")
    refused = run("export", "rollup", not_a_review, "--out", tmp_path / "out.xlsx")
    assert refused.returncode == 2 and "notes.xlsx" in refused.stderr
    assert not (tmp_path / "out.xlsx").exists()


def test_backup_restore_and_the_number_kept(tmp_path, demo_db):
    data = {"WORKBENCH_DATA_DIR": str(tmp_path / "data")}
    made = run("backup", "--db", demo_db, env_extra=data)
    assert made.returncode == 0 and "已备份到" in made.stdout
    listed = run("backup", "--db", demo_db, "--list", env_extra=data)
    assert "manual" in listed.stdout and " 人，" in listed.stdout
    policy = run("backup", "--db", demo_db, "--keep-daily", 3, "--keep-monthly", 6, env_extra=data)
    assert "3 天" in policy.stdout and "6 个月" in policy.stdout
    backup = next((tmp_path / "data" / "backups").glob("demo-*-manual.sqlite3"))
    restored = run("restore", backup, "--db", demo_db, env_extra=data)
    assert restored.returncode == 0 and "before-restore" in restored.stdout
    assert run("check", "--db", demo_db).returncode == 0
    refused = run("restore", tmp_path / "nothing.sqlite3", "--db", demo_db, env_extra=data)
    assert refused.returncode == 2 and "nothing.sqlite3" in refused.stderr
