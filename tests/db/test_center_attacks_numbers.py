"""The team's numbers on a center's server, attacked with plain SQL as in
test_center_attacks.py: a leader reads their own team's numbers only, writes none for
another team's agent, and changes neither the catalogue nor another team's targets."""

from datetime import timedelta

import pytest

from tests.centers import DAY, names, open_as, sql_as
from tests.db.test_center_attacks import owner, person, refused, team
from workbench.errors import UserError

pytestmark = pytest.mark.postgres


def _numbers(url: str) -> dict[str, int]:
    """A day and a month of 满意度 for 坐席丁 and 坐席庚, the center's default target and
    服务二组's own, put there by the owner; returns the indicator's id."""
    ding, geng = person(url, "坐席丁"), person(url, "坐席庚")
    with owner(url) as connection:
        satisfaction = connection.execute("SELECT id FROM indicators WHERE key = 'satisfaction'").fetchone()[0]
        for employee, value in ((ding, 0.9), (geng, 0.8)):
            connection.execute(
                "INSERT INTO indicator_days (day, employee_id, indicator_id, value) VALUES (%s, %s, %s, %s)",
                (DAY, employee, satisfaction, value),
            )
            connection.execute(
                "INSERT INTO indicator_months (month, employee_id, indicator_id, value, day_count) "
                "VALUES ('2026-11', %s, %s, %s, 1)",
                (employee, satisfaction, value),
            )
        for team_id, value in ((None, 0.95), (team(url, "服务二组"), 0.85)):
            connection.execute(
                "INSERT INTO indicator_targets (indicator_id, team_id, month, value, updated_at) "
                "VALUES (%s, %s, '2026-11', %s, now())",
                (satisfaction, team_id, value),
            )
    return {"satisfaction": satisfaction, "ding": ding, "geng": geng}


def test_a_leader_reads_their_own_teams_numbers_only(center_url):
    ids = _numbers(center_url)
    with sql_as(center_url, "bing") as bing:
        for table in ("indicator_days", "indicator_months"):
            assert names(bing, f"SELECT employee_id FROM {table}") == {ids["ding"]}, table
        assert names(bing, "SELECT value FROM indicator_targets") == {0.95}  # the center's, not 服务二组's
        assert len(names(bing, "SELECT key FROM indicators")) == 7  # the catalogue is everyone's
    with sql_as(center_url, "ji") as ji:
        assert names(ji, "SELECT value FROM indicator_days") == {0.8}
        assert names(ji, "SELECT value FROM indicator_targets") == {0.95, 0.85}
    with sql_as(center_url, "jia") as jia:
        assert names(jia, "SELECT value FROM indicator_months") == {0.9, 0.8}


def test_a_leader_cannot_write_numbers_for_another_teams_agent(center_url):
    ids = _numbers(center_url)
    values = (DAY + timedelta(days=1), ids["geng"], ids["satisfaction"], 1.0)
    with sql_as(center_url, "bing") as bing:
        refused(
            bing, "INSERT INTO indicator_days (day, employee_id, indicator_id, value) VALUES (%s, %s, %s, %s)", values
        )
        # Over the stored row, as the import writes: the row is not bing's to update.
        refused(
            bing,
            "INSERT INTO indicator_days (day, employee_id, indicator_id, value) VALUES (%s, %s, %s, 0.1) "
            "ON CONFLICT (day, employee_id, indicator_id) DO UPDATE SET value = excluded.value",
            (DAY, ids["geng"], ids["satisfaction"]),
        )
        refused(
            bing,
            "INSERT INTO indicator_months (month, employee_id, indicator_id, value) VALUES ('2026-12', %s, %s, 1)",
            (ids["geng"], ids["satisfaction"]),
        )
        assert bing.execute("UPDATE indicator_days SET value = 0 WHERE employee_id = %s", (ids["geng"],)).rowcount == 0
        assert bing.execute("UPDATE indicator_months SET value = 0").rowcount == 1  # 坐席丁's, bing's own
        # Moving one's own agent's value onto another team's agent is a write about them.
        refused(bing, "UPDATE indicator_days SET employee_id = %s WHERE employee_id = %s", (ids["geng"], ids["ding"]))
        refused(bing, "DELETE FROM indicator_days")
    with sql_as(center_url, "yi") as yi:  # over 服务一组 only
        refused(
            yi, "INSERT INTO indicator_days (day, employee_id, indicator_id, value) VALUES (%s, %s, %s, %s)", values
        )
    with sql_as(center_url, "ji") as ji:
        assert names(ji, "SELECT value FROM indicator_days") == {0.8}
        assert names(ji, "SELECT value FROM indicator_months") == {0.8}


def test_a_leader_cannot_change_the_catalogue_or_another_teams_targets(center_url):
    ids = _numbers(center_url)
    mine, theirs = team(center_url, "服务一组"), team(center_url, "服务二组")
    insert = (
        "INSERT INTO indicator_targets (indicator_id, team_id, month, value, updated_at) VALUES (%s, %s, %s, %s, now())"
    )
    with sql_as(center_url, "bing") as bing:
        refused(
            bing,
            "INSERT INTO indicators (key, name, unit, direction, aggregation, aliases, position, retired, updated_at)"
            " VALUES ('x', '冒名', 'count', 'higher', 'sum', '', 9, false, now())",
        )
        assert bing.execute("UPDATE indicators SET direction = 'lower', aliases = ''").rowcount == 0
        refused(bing, insert, (ids["satisfaction"], theirs, "2026-12", 0.5))
        refused(bing, insert, (ids["satisfaction"], None, "2026-12", 0.5))  # the center's default
        assert bing.execute("UPDATE indicator_targets SET value = 0.1").rowcount == 0
        assert bing.execute("DELETE FROM indicator_targets").rowcount == 0
        bing.execute(insert, (ids["satisfaction"], mine, "2026-12", 0.96))  # the team's own: fine
        refused(bing, "UPDATE indicator_targets SET team_id = %s WHERE team_id = %s", (theirs, mine))
    with sql_as(center_url, "jia") as jia:
        assert names(jia, "SELECT value FROM indicator_targets") == {0.95, 0.85, 0.96}
        assert jia.execute("UPDATE indicators SET aliases = aliases").rowcount == 7  # the manager's to change
    with sql_as(center_url, "ji") as ji:
        assert names(ji, "SELECT direction FROM indicators WHERE key = 'satisfaction'") == {"higher"}


def test_a_leaders_import_naming_another_teams_agent_writes_nothing(center_url, tmp_path):
    import openpyxl

    from workbench.importing.indicators import apply_indicator_import, parse_indicators

    workbook = openpyxl.Workbook()
    workbook.active.append(["日期", "工号", "姓名", "满意度"])
    workbook.active.append([DAY, "11", "坐席丁", 0.97])
    workbook.active.append([DAY, "21", "坐席庚", 0.1])
    workbook.save(tmp_path / "日报.xlsx")
    bing = open_as(center_url, "bing")
    try:
        with pytest.raises(UserError, match="21"):
            apply_indicator_import(bing, parse_indicators(bing, tmp_path / "日报.xlsx"))
    finally:
        bing.close()
    with sql_as(center_url, "jia") as jia:
        assert names(jia, "SELECT count(*) FROM indicator_days") == {0}
