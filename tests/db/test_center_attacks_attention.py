"""关注名单 on a center's server, attacked with plain SQL as in test_center_attacks.py: a
已关注 note is read by the person's line only, written and lifted by its author alone, and
a leader's list holds their own people."""

from datetime import date

import pytest

from tests.centers import names, open_as, sql_as
from tests.db.test_center_attacks import person, refused
from workbench import attention

pytestmark = pytest.mark.postgres

ON = date(2026, 11, 10)
LATER = date(2026, 12, 10)  # over a month since each team's talk: everyone is on the list
NOTE = "家里有事，先缓一周"
INSERT = (
    "INSERT INTO attention_marks (employee_id, author_id, marked_on, quiet_until, note, created_at) "
    "VALUES (%s, %s, %s, %s, %s, now())"
)


def _bings_mark(url: str) -> int:
    as_bing = open_as(url, "bing")
    try:
        return attention.mark(as_bing, person(url, "坐席丁"), person(url, "组长丙"), ON, NOTE).id
    finally:
        as_bing.close()


def test_a_marks_note_is_read_by_the_persons_line_only(center_url):
    _bings_mark(center_url)
    for login in ("bing", "yi", "jia"):  # the leader, the assistant manager over 服务一组, the manager
        with sql_as(center_url, login) as connection:
            assert names(connection, "SELECT note FROM attention_marks") == {NOTE}, login
    with sql_as(center_url, "ji") as ji:  # another team's leader
        assert names(ji, "SELECT note FROM attention_marks") == set()
        assert ji.execute("SELECT count(*) FROM attention_marks").fetchone()[0] == 0


def test_a_mark_is_written_and_lifted_by_its_author_alone(center_url):
    mark_id = _bings_mark(center_url)
    ding, geng = person(center_url, "坐席丁"), person(center_url, "坐席庚")
    bing, ji = person(center_url, "组长丙"), person(center_url, "组长己")
    with sql_as(center_url, "bing") as connection:
        refused(connection, INSERT, (geng, bing, ON, ON, "冒名"))  # another team's agent
        refused(connection, INSERT, (ding, ji, ON, ON, "冒名"))  # in another leader's name
        refused(connection, "UPDATE attention_marks SET employee_id = %s", (geng,))
    with sql_as(center_url, "ji") as connection:
        refused(connection, INSERT, (ding, ji, ON, ON, "冒名"))
        assert connection.execute("UPDATE attention_marks SET note = '改了'").rowcount == 0
        assert connection.execute("DELETE FROM attention_marks").rowcount == 0
    with sql_as(center_url, "yi") as connection:  # reads it, but it is not theirs
        assert connection.execute("UPDATE attention_marks SET note = '改了'").rowcount == 0
        assert connection.execute("DELETE FROM attention_marks").rowcount == 0
    with sql_as(center_url, "bing") as connection:
        assert names(connection, "SELECT note FROM attention_marks") == {NOTE}
        assert connection.execute("DELETE FROM attention_marks WHERE id = %s", (mark_id,)).rowcount == 1


def test_a_leaders_list_holds_their_own_people(center_url):
    for login, theirs, others in (("bing", "坐席丁", "坐席庚"), ("ji", "坐席庚", "坐席丁")):
        database = open_as(center_url, login)
        try:
            everyone = attention.attention_list(database, LATER)  # no scope: as much as the server shows
        finally:
            database.close()
        listed = {entry.name for entry in everyone.people}
        assert theirs in listed and others not in listed, login
    as_bing = open_as(center_url, "bing")
    try:
        mine = attention.attention_list(as_bing, LATER, leader_id=person(center_url, "组长丙"))
    finally:
        as_bing.close()
    assert {entry.name for entry in mine.people} == {"坐席丁"}
