"""Performance cards and appeals on a center's server, attacked with plain SQL as in
test_center_attacks.py: a leader reads and writes their own team's cards and appeals only;
the person an appeal is routed to (here 组长己, standing in for a QA staff member) reads and
answers that one appeal and cannot add one, move it onto another agent or route it away;
the manager reads all."""

from datetime import date

import pytest

from tests.centers import DAY, names, open_as, sql_as
from tests.db.test_center_attacks import person, refused, team
from workbench import appeals, cards
from workbench.appeals import AppealRecord
from workbench.cards import CardAction, CardRecord
from workbench.errors import UserError

pytestmark = pytest.mark.postgres


def _cards_and_appeals(url: str) -> dict[str, int]:
    """A card and an appeal in each team, written through the core by each leader; 服务一组's
    appeal is routed to 组长己."""
    ding, geng, ji = person(url, "坐席丁"), person(url, "坐席庚"), person(url, "组长己")
    ids = {"ding": ding, "geng": geng, "ji": ji}
    for login, employee, routed in (("bing", ding, ji), ("ji", geng, None)):
        database = open_as(url, login)
        try:
            card = cards.save_card(
                database,
                CardRecord(employee, "2026-10", comment=f"{login}的评语", actions=(CardAction("听录音", login),)),
            )
            appeal = appeals.raise_appeal(
                database,
                AppealRecord(employee, "qa", "2026-10", f"{login}的理由", evaluator="质检甲", routed_to_id=routed),
                None,
                DAY,
            )
            ids[f"{login}_card"], ids[f"{login}_appeal"] = card.id, appeal.id
            ids[f"{login}_follow_up"] = card.actions[0].follow_up_id
        finally:
            database.close()
    return ids


def test_each_reads_their_own_teams_cards_and_the_appeals_routed_to_them(center_url):
    ids = _cards_and_appeals(center_url)
    with sql_as(center_url, "bing") as bing:
        assert names(bing, "SELECT comment FROM performance_cards") == {"bing的评语"}
        assert names(bing, "SELECT reason FROM appeals") == {"bing的理由"}
        assert names(bing, "SELECT card_id FROM card_actions") == {ids["bing_card"]}
    with sql_as(center_url, "ji") as ji:
        assert names(ji, "SELECT comment FROM performance_cards") == {"ji的评语"}
        assert names(ji, "SELECT reason FROM appeals") == {"bing的理由", "ji的理由"}
    with sql_as(center_url, "jia") as jia:
        assert names(jia, "SELECT comment FROM performance_cards") == {"bing的评语", "ji的评语"}
        assert names(jia, "SELECT reason FROM appeals") == {"bing的理由", "ji的理由"}
    with sql_as(center_url, "yi") as yi:  # over 服务一组 only
        assert names(yi, "SELECT reason FROM appeals") == {"bing的理由"}


def test_a_leader_cannot_write_another_teams_cards_or_appeals(center_url):
    ids = _cards_and_appeals(center_url)
    with sql_as(center_url, "bing") as bing:
        refused(
            bing,
            "INSERT INTO performance_cards (employee_id, month, strengths, improve, comment, disagreement, "
            "created_at, updated_at) VALUES (%s, '2026-11', '', '', '冒名', '', now(), now())",
            (ids["geng"],),
        )
        assert (
            bing.execute("UPDATE performance_cards SET comment = '改' WHERE employee_id = %s", (ids["geng"],)).rowcount
            == 0
        )
        refused(bing, "UPDATE performance_cards SET employee_id = %s WHERE id = %s", (ids["geng"], ids["bing_card"]))
        refused(bing, "DELETE FROM performance_cards")
        refused(
            bing,
            "INSERT INTO appeals (employee_id, raised_on, subject, month, reason, evaluator, due_on, answer, "
            "updated_at) VALUES (%s, %s, 'kpi', '2026-10', '冒名', '', %s, '', now())",
            (ids["geng"], DAY, DAY),
        )
        assert bing.execute("UPDATE appeals SET outcome = 'upheld' WHERE id = %s", (ids["ji_appeal"],)).rowcount == 0
        refused(bing, "UPDATE appeals SET employee_id = %s WHERE id = %s", (ids["geng"], ids["bing_appeal"]))
        # Their own follow-up hung on another team's card.
        refused(
            bing,
            "INSERT INTO card_actions (card_id, follow_up_id) VALUES (%s, %s)",
            (ids["ji_card"], ids["bing_follow_up"]),
        )
    with sql_as(center_url, "jia") as jia:
        assert names(jia, "SELECT comment FROM performance_cards") == {"bing的评语", "ji的评语"}
        assert names(jia, "SELECT outcome FROM appeals") == {None}


def test_the_person_an_appeal_is_routed_to_answers_it_and_nothing_more(center_url):
    ids = _cards_and_appeals(center_url)
    with sql_as(center_url, "ji") as ji:
        refused(ji, "UPDATE appeals SET employee_id = %s WHERE id = %s", (ids["geng"], ids["bing_appeal"]))
        refused(ji, "UPDATE appeals SET routed_to_id = NULL WHERE id = %s", (ids["bing_appeal"],))
        refused(
            ji,
            "INSERT INTO appeals (employee_id, raised_on, subject, month, reason, evaluator, due_on, answer, "
            "routed_to_id, updated_at) VALUES (%s, %s, 'qa', '2026-10', '冒名', '', %s, '', %s, now())",
            (ids["ding"], DAY, DAY, ids["ji"]),
        )
        assert ji.execute(
            "SELECT count(*) FROM performance_cards WHERE employee_id = %s", (ids["ding"],)
        ).fetchone() == (0,)
    as_bing = open_as(center_url, "bing")
    try:
        scored = appeals.raise_appeal(
            as_bing,
            AppealRecord(ids["ding"], "qa", "2026-10", "扣分有误", indicator_key="qa_score", routed_to_id=ids["ji"]),
            None,
            DAY,
        )
    finally:
        as_bing.close()
    as_ji = open_as(center_url, "ji")
    try:
        answered = appeals.answer_appeal(as_ji, ids["bing_appeal"], "upheld", date(2026, 11, 3), "评分无误")
        assert answered.outcome == "upheld"
        # A changed score is written into 坐席丁's numbers, which are not 组长己's to write.
        with pytest.raises(UserError, match="组长或经理"):
            appeals.answer_appeal(as_ji, scored.id, "changed", date(2026, 11, 3), new_value=99)
    finally:
        as_ji.close()
    with sql_as(center_url, "bing") as bing:
        assert names(bing, "SELECT answer FROM appeals") == {"评分无误", ""}
        assert names(bing, "SELECT outcome FROM appeals") == {"upheld", None}
    assert team(center_url, "服务一组")
