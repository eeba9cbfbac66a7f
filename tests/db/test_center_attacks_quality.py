"""Quality work on a center's server, attacked with plain SQL as in test_center_attacks.py:
a leader reads the calls they listened to and their own team's agents' calls only, logs
none as someone else or about another team's agent; a calibration session is read by its
organizer and its evaluators (and the manager), and written by its organizer alone."""

from datetime import date

import pytest

from tests.centers import DAY, names, open_as, sql_as
from tests.db.test_center_attacks import owner, person, refused
from workbench import calibration, listening

pytestmark = pytest.mark.postgres

INSERT_CALL = (
    "INSERT INTO listened_calls (leader_id, agent_id, listened_on, call_ref, kind, points_lost, highlights, advice, "
    "updated_at) VALUES (%s, %s, %s, %s, 'ordinary', 0, '', '', now())"
)


def _calls(url: str) -> dict[str, int]:
    """Three logged calls, put there by the owner: 组长丙 of 坐席丁 (R1), 组长己 of 坐席庚 (R2),
    经理甲 of 坐席庚 (R3)."""
    ids = {name: person(url, name) for name in ("经理甲", "组长丙", "坐席丁", "组长己", "坐席庚")}
    with owner(url) as connection:
        for leader, agent, ref in (("组长丙", "坐席丁", "R1"), ("组长己", "坐席庚", "R2"), ("经理甲", "坐席庚", "R3")):
            connection.execute(INSERT_CALL, (ids[leader], ids[agent], DAY, ref))
    return ids


def test_a_leader_reads_their_own_and_their_teams_listened_calls_only(center_url):
    _calls(center_url)
    with sql_as(center_url, "bing") as bing:
        assert names(bing, "SELECT call_ref FROM listened_calls") == {"R1"}
    with sql_as(center_url, "ji") as ji:
        assert names(ji, "SELECT call_ref FROM listened_calls") == {"R2", "R3"}  # 坐席庚's, the manager's too
    with sql_as(center_url, "yi") as yi:  # over 服务一组
        assert names(yi, "SELECT call_ref FROM listened_calls") == {"R1"}
    with sql_as(center_url, "jia") as jia:
        assert names(jia, "SELECT call_ref FROM listened_calls") == {"R1", "R2", "R3"}


def test_a_leader_logs_no_call_as_someone_else_or_of_another_teams_agent(center_url):
    ids = _calls(center_url)
    with sql_as(center_url, "bing") as bing:
        refused(bing, INSERT_CALL, (ids["组长丙"], ids["坐席庚"], DAY, "X1"))  # another team's agent
        refused(bing, INSERT_CALL, (ids["组长己"], ids["坐席丁"], DAY, "X2"))  # as another leader
        bing.execute(INSERT_CALL, (ids["组长丙"], ids["坐席丁"], DAY, "MINE"))  # one's own: fine
        assert bing.execute("UPDATE listened_calls SET points_lost = 9 WHERE call_ref <> 'R1'").rowcount == 1  # MINE
        refused(bing, "UPDATE listened_calls SET agent_id = %s WHERE call_ref = 'R1'", (ids["坐席庚"],))
        refused(bing, "UPDATE listened_calls SET leader_id = %s WHERE call_ref = 'R1'", (ids["组长己"],))
        assert bing.execute("DELETE FROM listened_calls WHERE call_ref IN ('R2', 'R3')").rowcount == 0
    with sql_as(center_url, "ji") as ji:
        assert names(ji, "SELECT points_lost FROM listened_calls") == {0}
        assert (
            ji.execute("UPDATE listened_calls SET advice = '改' WHERE call_ref = 'R3'").rowcount == 0
        )  # the manager's
    with sql_as(center_url, "jia") as jia:
        assert names(jia, "SELECT count(*) FROM listened_calls") == {4}


def _sessions(url: str) -> dict[str, int]:
    """经理甲's session S1 scored by 组长丙 and 坐席庚; 组长己's session S2 scored by 组长己."""
    ids = {name: person(url, name) for name in ("经理甲", "组长丙", "坐席丁", "组长己", "坐席庚")}
    with owner(url) as connection:
        for title, organizer, evaluators in (("S1", "经理甲", ("组长丙", "坐席庚")), ("S2", "组长己", ("组长己",))):
            session = connection.execute(
                "INSERT INTO calibration_sessions (held_on, title, organizer_id, minutes, updated_at) "
                "VALUES (%s, %s, %s, '', now()) RETURNING id",
                (DAY, title, ids[organizer]),
            ).fetchone()[0]
            call = connection.execute(
                "INSERT INTO calibration_calls (session_id, position, call_ref, agreed_score) "
                "VALUES (%s, 0, %s, 90) RETURNING id",
                (session, f"{title}-call"),
            ).fetchone()[0]
            for evaluator in evaluators:
                connection.execute(
                    "INSERT INTO calibration_evaluators (session_id, employee_id) VALUES (%s, %s)",
                    (session, ids[evaluator]),
                )
                connection.execute(
                    "INSERT INTO calibration_scores (call_id, evaluator_id, item, session_id, score) "
                    "VALUES (%s, %s, '', %s, 88)",
                    (call, ids[evaluator], session),
                )
            ids[title], ids[f"{title}-call"] = session, call
    return ids


def test_a_session_is_read_by_its_organizer_and_evaluators(center_url):
    ids = _sessions(center_url)
    with sql_as(center_url, "bing") as bing:  # scores in S1
        assert names(bing, "SELECT title FROM calibration_sessions") == {"S1"}
        assert names(bing, "SELECT call_ref FROM calibration_calls") == {"S1-call"}
        assert names(bing, "SELECT employee_id FROM calibration_evaluators") == {ids["组长丙"], ids["坐席庚"]}
        assert names(bing, "SELECT evaluator_id FROM calibration_scores") == {ids["组长丙"], ids["坐席庚"]}
    with sql_as(center_url, "ji") as ji:  # organized S2
        assert names(ji, "SELECT title FROM calibration_sessions") == {"S2"}
        assert names(ji, "SELECT session_id FROM calibration_scores") == {ids["S2"]}
    with sql_as(center_url, "yi") as yi:  # in neither
        assert names(yi, "SELECT title FROM calibration_sessions") == set()
        assert names(yi, "SELECT count(*) FROM calibration_scores") == {0}
    with sql_as(center_url, "jia") as jia:
        assert names(jia, "SELECT title FROM calibration_sessions") == {"S1", "S2"}


def test_only_the_organizer_changes_a_session(center_url):
    ids = _sessions(center_url)
    with sql_as(center_url, "bing") as bing:  # an evaluator of S1, not its organizer
        assert bing.execute("UPDATE calibration_scores SET score = 100").rowcount == 0
        assert bing.execute("UPDATE calibration_calls SET agreed_score = 0").rowcount == 0
        assert bing.execute("UPDATE calibration_sessions SET minutes = '改'").rowcount == 0
        assert bing.execute("DELETE FROM calibration_evaluators").rowcount == 0
        refused(
            bing,
            "INSERT INTO calibration_scores (call_id, evaluator_id, item, session_id, score) VALUES (%s, %s, 'x', %s, 1)",
            (ids["S1-call"], ids["组长丙"], ids["S1"]),
        )
        refused(
            bing,
            "INSERT INTO calibration_evaluators (session_id, employee_id) VALUES (%s, %s)",
            (ids["S2"], ids["组长丙"]),
        )  # joining another's session to read it
        refused(
            bing,
            "INSERT INTO calibration_sessions (held_on, title, organizer_id, minutes, updated_at) "
            "VALUES (%s, '冒名', %s, '', now())",
            (DAY, ids["组长己"]),
        )
    with sql_as(center_url, "ji") as ji:  # S2's organizer
        assert ji.execute("UPDATE calibration_scores SET score = 91").rowcount == 1
        # moving S2's call into S1 is a write about S1
        refused(ji, "UPDATE calibration_calls SET session_id = %s WHERE session_id = %s", (ids["S1"], ids["S2"]))
    with sql_as(center_url, "jia") as jia:
        assert names(jia, "SELECT score FROM calibration_scores") == {88, 91}


def test_a_leader_logs_calls_and_holds_a_session_through_the_workbench(center_url):
    ids = _calls(center_url)
    bing = open_as(center_url, "bing")
    try:
        listening.save_listened_call(
            bing, listening.ListenedCallRecord(ids["组长丙"], ids["坐席丁"], DAY, "R9", "complaint"), today=DAY
        )
        assert listening.quarter_counts(bing, ids["组长丙"], "2026-Q4") == (2, 1)
        data = calibration.SessionInput(
            held_on=DAY,
            organizer_id=ids["组长丙"],
            calls=(calibration.CallInput("C1", 90),),
            evaluators=(ids["组长丙"], ids["坐席丁"]),
            scores={("C1", ids["组长丙"], ""): 92, ("C1", ids["坐席丁"], ""): 80},
        )
        view = calibration.save_session(bing, data, today=date(2026, 12, 1))
        assert view.spread("C1") == 12
        saved = calibration.save_session(bing, view.as_input(), today=date(2026, 12, 1))  # replaces its rows
        assert saved.spread("C1") == 12
        calibration.delete_session(bing, saved.id)
    finally:
        bing.close()
