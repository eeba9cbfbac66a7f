"""`workbench import` on real office files: the sheet and columns named in every report,
columns mapped and remembered, questions about possible duplicates, long problem lists."""

import json

from tests.cli.test_cli import run


def test_a_gbk_csv_roster_imports_and_the_report_names_sheet_and_columns(tmp_path):
    path = tmp_path / "花名册.csv"
    path.write_bytes("工号,姓名,班组,籍贯\n001234,张三,服务一组,江苏\n".encode("gbk"))
    result = run("import", "roster", path, "--db", tmp_path / "wb.sqlite3")
    assert result.returncode == 0, result.stderr
    assert "读取 花名册.csv 的工作表“花名册”，表头在第 1 行" in result.stdout
    assert "读取的列：A 工号、B 姓名、C 班组" in result.stdout
    assert "未读取的列：D 籍贯" in result.stdout
    assert "新增 1 人" in result.stdout


def test_a_mapped_column_is_remembered_for_the_next_file_with_the_same_headers(tmp_path, write_xlsx):
    db = tmp_path / "wb.sqlite3"
    header = ["人员代码", "姓名", "部门科室"]
    first = write_xlsx([header, ["1", "甲", "服务一组"]], name="九月.xlsx")
    mapped = run("import", "roster", first, "--db", db, "--map", "人员代码=工号", "--map", "部门科室=班组")
    assert mapped.returncode == 0, mapped.stderr
    assert "A 人员代码→工号" in mapped.stdout and "C 部门科室→班组" in mapped.stdout
    second = write_xlsx([header, ["2", "乙", "服务二组"]], name="十月.xlsx")
    again = run("import", "roster", second, "--db", db, "--json")
    report = json.loads(again.stdout)
    assert report["columns"]["mapped"] == {"人员代码": "employee_no", "部门科室": "team"}
    assert report["added"][0]["team"] == "服务二组"
    bad = run("import", "roster", second, "--db", db, "--map", "部门科室")
    assert bad.returncode == 2 and "表头=字段" in bad.stderr


def test_possible_duplicates_are_reported_and_added_only_when_accepted(tmp_path, write_xlsx):
    db = tmp_path / "wb.sqlite3"
    run(
        "import",
        "roster",
        write_xlsx([["工号", "姓名", "班组"], ["A100", "张伟", "服务一组"]], name="a.xlsx"),
        "--db",
        db,
    )
    renumbered = write_xlsx([["工号", "姓名", "班组"], ["B200", "张伟", "服务一组"]], name="b.xlsx")
    asked = run("import", "roster", renumbered, "--db", db, "--mark-missing-left")
    assert asked.returncode == 0, asked.stderr
    assert "第 2 行：新工号 B200（张伟，服务一组）与不在文件中的 A100 同名同组——同一人？" in asked.stdout
    check = json.loads(run("check", "--db", db, "--json").stdout)
    assert (check["employees"], check["active_employees"]) == (1, 1), "neither added nor the original marked left"
    accepted = run("import", "roster", renumbered, "--db", db, "--accept-new-ids", "--json")
    assert [c["employee_no"] for c in json.loads(accepted.stdout)["added"]] == ["B200"]


def test_a_long_list_of_problems_is_cut_in_text_and_whole_in_json(tmp_path, write_xlsx):
    path = write_xlsx([["工号", "姓名"], *([str(n), None] for n in range(1, 1261))], name="缺姓名.xlsx")
    db = tmp_path / "wb.sqlite3"
    text = run("import", "roster", path, "--db", db)
    assert text.returncode == 2
    assert "有 1,260 处问题" in text.stderr and "…以及另外 1,210 个问题" in text.stderr
    assert text.stderr.count("缺少姓名") == 50
    whole = json.loads(run("import", "roster", path, "--db", db, "--json").stdout)
    assert len(whole["problems"]) == whole["counts"]["problems"] == 1260
    assert not db.exists()
