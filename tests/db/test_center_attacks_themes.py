"""Themes (话题) on a center's server, attacked with plain SQL as in test_center_attacks.py:
a leader reads the themes of their own people's talks only, writes none for another team's
talk, and the workbench's themes read through the same policies. tests/centers.py gives
服务一组 a talk saying 夜班后睡不好 and 服务二组 one saying 系统卡顿."""

from datetime import date

import pytest

from tests.centers import DAY, names, open_as, sql_as
from tests.db.test_center_attacks import person, refused, talk_of
from workbench import themes

pytestmark = pytest.mark.postgres


def test_a_leader_reads_the_themes_of_their_own_peoples_talks_only(center_url):
    with sql_as(center_url, "bing") as bing:
        assert names(bing, "SELECT theme FROM talk_themes") == {"夜班"}
    with sql_as(center_url, "ji") as ji:
        assert names(ji, "SELECT theme FROM talk_themes") == {"系统卡顿"}
    with sql_as(center_url, "jia") as jia:  # the manager: the center's
        assert names(jia, "SELECT theme FROM talk_themes") == {"夜班", "系统卡顿"}


def test_a_leader_cannot_write_themes_for_another_teams_talk(center_url):
    geng, theirs, mine = person(center_url, "坐席庚"), talk_of(center_url, "坐席庚"), talk_of(center_url, "坐席丁")
    ding, bing_id = person(center_url, "坐席丁"), person(center_url, "组长丙")
    insert = "INSERT INTO talk_themes (talk_id, theme, employee_id, liaison_id, talk_date) VALUES (%s, %s, %s, %s, %s)"
    with sql_as(center_url, "bing") as bing:
        refused(bing, insert, (theirs, "冒名", geng, bing_id, DAY))
        refused(bing, insert, (theirs, "冒名", ding, bing_id, DAY))  # their talk under one's own person
        refused(bing, insert, (mine, "冒名", geng, bing_id, DAY))  # one's own talk under their person
        assert bing.execute("UPDATE talk_themes SET theme = '改名' WHERE talk_id = %s", (theirs,)).rowcount == 0
        assert bing.execute("DELETE FROM talk_themes WHERE talk_id = %s", (theirs,)).rowcount == 0
        refused(bing, "UPDATE talk_themes SET employee_id = %s WHERE talk_id = %s", (geng, mine))
    with sql_as(center_url, "ji") as ji:
        assert names(ji, "SELECT theme FROM talk_themes") == {"系统卡顿"}


def test_the_workbench_counts_themes_within_what_a_login_may_read(center_url):
    period = (date(2026, 11, 1), date(2026, 11, 30))
    bing = open_as(center_url, "bing")
    try:
        center = themes.themes(bing, None, *period, compare=False)  # "the center" as bing may read it
        assert center.talks == 1
        assert [talk.employee_name for talk in themes.theme_talks(bing, None, *period, "系统卡顿")] == []
    finally:
        bing.close()
