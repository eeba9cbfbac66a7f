"""`workbench server …` as a center's administrator runs it, against the test server."""

import pytest
from sqlalchemy.engine import make_url

from tests.cli.test_cli import run

pytestmark = pytest.mark.postgres

PASSWORD = "班组-password-2"


@pytest.fixture
def roster_file(write_xlsx):
    return write_xlsx(
        [
            ["工号", "姓名", "组别", "岗位"],
            ["5001", "张三", "服务一组", "组长"],
            ["5002", "李四", "服务一组", "客户代表"],
            ["5003", "王五", "服务二组", "组长"],
            ["6001", "赵六", "", "助理经理"],
        ]
    )


def add_user(login: str, employee_no: str, url: str):
    return run(
        "server", "add-user", login, "--employee", employee_no, "--password-stdin", "--db", url, typed=PASSWORD + "\n"
    )


def as_login(url: str, login: str, password: str = PASSWORD) -> str:
    return make_url(url).set(username=login, password=password).render_as_string(hide_password=False)


def test_a_center_is_set_up_from_the_command_line(center_owner_url, roster_file):
    result = run("server", "init", "--db", center_owner_url)
    assert result.returncode == 0, result.stderr
    assert "中心数据库已就绪" in result.stdout
    assert run("import", "roster", roster_file, "--db", center_owner_url).returncode == 0
    added = add_user("zhangsan", "5001", center_owner_url)
    assert added.returncode == 0, added.stderr
    assert "zhangsan\t张三（5001）\t组长" in added.stdout
    assert add_user("zhaoliu", "6001", center_owner_url).returncode == 0
    overseen = run(
        "server", "set-role", "zhaoliu", "assistant_manager", "--teams", "服务一组，服务二组", "--db", center_owner_url
    )
    assert overseen.returncode == 0, overseen.stderr
    assert "服务一组、服务二组" in overseen.stdout

    # The leader uses the same commands on the same database, and sees their own team.
    check = run("check", "--db", as_login(center_owner_url, "zhangsan"), "--json")
    assert check.returncode == 0, check.stderr
    assert '"employees": 2' in check.stdout

    disabled = run("server", "disable-user", "zhangsan", "--db", center_owner_url)
    assert disabled.returncode == 0 and "已停用" in disabled.stdout
    users = run("server", "users", "--db", center_owner_url).stdout.splitlines()
    assert [line.split("\t")[0] for line in users] == ["zhangsan", "zhaoliu"]
    refused = run("check", "--db", as_login(center_owner_url, "zhangsan"))
    assert refused.returncode == 2 and "无法以“zhangsan”登录" in refused.stderr


def test_mistakes_are_named_and_change_nothing(center_owner_url, roster_file, tmp_path):
    assert run("server", "init", "--db", center_owner_url).returncode == 0
    assert run("import", "roster", roster_file, "--db", center_owner_url).returncode == 0
    unknown = add_user("nobody", "9999", center_owner_url)
    assert unknown.returncode == 2 and "工号 9999" in unknown.stderr
    agent = add_user("lisi", "5002", center_owner_url)
    assert agent.returncode == 2 and "leader" in agent.stderr
    assert run("server", "users", "--db", center_owner_url).stdout == ""
    not_a_server = run("server", "init", "--db", tmp_path / "local.sqlite3")
    assert not_a_server.returncode == 2 and "PostgreSQL" in not_a_server.stderr
