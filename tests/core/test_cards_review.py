"""Cards and appeals in the monthly review, as the manager reads it: 概览's counts (raised,
answered in time, changed), the QA evaluators' table, the `_meta` figures and the 复议 sheet."""

from datetime import date, datetime

import openpyxl

from tests.core.conftest import month_sheet
from tests.core.test_review_numbers import export, meta_of
from workbench import appeals, cards
from workbench.appeals import AppealRecord
from workbench.cards import CardRecord


def test_the_months_cards_and_appeals_in_the_review(database, center, load, tmp_path):
    load(month_sheet("2026-10", [(11, 300, 0.90, 250, 90), (12, 100, 1.00, 330, 70)]))
    ding, wu, leader = center["坐席丁"], center["坐席戊"], center["组长丙"]
    cards.save_card(database, CardRecord(ding, "2026-11", comment="好", acknowledged_on=date(2026, 11, 5)))
    cards.save_card(
        database, CardRecord(wu, "2026-11", comment="好", acknowledged_on=date(2026, 11, 5), disagreement="不同意")
    )
    day = date(2026, 11, 2)  # due the 5th
    changed = appeals.raise_appeal(
        database, AppealRecord(ding, "qa", "2026-10", "误判", indicator_key="qa_score", evaluator="质检甲"), leader, day
    )
    late = appeals.raise_appeal(database, AppealRecord(wu, "qa", "2026-10", "误判", evaluator="质检甲"), leader, day)
    appeals.raise_appeal(database, AppealRecord(wu, "kpi", "2026-10", "漏算"), leader, day)
    appeals.answer_appeal(database, changed.id, "changed", date(2026, 11, 4), new_value=95)
    appeals.answer_appeal(database, late.id, "upheld", date(2026, 11, 10))
    appeals.raise_appeal(database, AppealRecord(center["坐席庚"], "kpi", "2026-10", "别组的"), None, day)

    workbook = openpyxl.load_workbook(export(database, tmp_path, "服务一组", "2026-11"))
    overview = {row[0].value: row[1].value for row in workbook["概览"].iter_rows() if row[0].value}
    assert (overview["复议发起"], overview["复议按时答复"], overview["复议改判"], overview["复议待答复"]) == (
        3,
        1,
        1,
        1,
    )
    assert (overview["绩效沟通卡已填"], overview["沟通卡员工已确认"], overview["沟通卡有异议"]) == (2, 2, 1)
    rows = [[cell.value for cell in row[:3]] for row in workbook["概览"].iter_rows()]
    at = rows.index(["质检员被改判情况", None, None])
    assert rows[at + 1 : at + 3] == [["质检员", "被复议", "改判"], ["质检甲", 2, 1]]
    meta = meta_of(workbook)
    assert (meta["appeals_raised"], meta["appeals_in_time"], meta["appeals_changed"]) == (3, 1, 1)
    sheet = [tuple(row) for row in workbook["复议"].iter_rows(values_only=True)]
    assert sheet[0][:6] == ("发起日期", "工号", "姓名", "班组", "类型", "争议内容")
    assert [row[2] for row in sheet[1:]] == ["坐席丁", "坐席戊", "坐席戊"]
    assert sheet[1][10:15] == ("改判", datetime(2026, 11, 4), "是", "90.0", "95.0")
