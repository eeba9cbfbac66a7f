"""Two people change the same record from two PCs: the second save, made from what it read
before the first one, is refused and says so; what the first one saved stays."""

from dataclasses import replace
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import update

from workbench import care, growth, liaisons, roster, suggestions, three_ones, trash
from workbench.care import AccountEntryRecord, CareEventRecord
from workbench.conflicts import UNSTORED, EditConflict
from workbench.db.models import Talk
from workbench.growth import GrowthEntry
from workbench.liaisons import FollowUpRecord, TalkRecord
from workbench.suggestions import SuggestionRecord

TODAY = date(2026, 11, 18)
DAY = date(2026, 11, 3)


def a_talk(database, center, **fields):
    return liaisons.save_talk(
        database,
        TalkRecord(center["坐席丁"], center["组长丙"], DAY, "monthly", pain_points="夜班多", **fields),
    )


def the_talk(database, center) -> TalkRecord:
    return liaisons.talks_with(database, center["坐席丁"], center["组长丙"])[0]


def test_the_second_save_of_a_talk_read_before_the_first_is_refused(database, center):
    a_talk(database, center)
    mine, theirs = the_talk(database, center), the_talk(database, center)
    liaisons.save_talk(database, replace(theirs, pain_points="夜班多，想调白班"))
    with pytest.raises(EditConflict, match="已被其他人修改") as refused:
        liaisons.save_talk(database, replace(mine, pain_points="夜班多，已安排谈心"))
    assert the_talk(database, center).pain_points == "夜班多，想调白班"
    assert refused.value.table == "talks"
    assert refused.value.stored.pain_points == "夜班多，想调白班"  # what the dialog shows on reloading


def test_a_save_from_the_latest_version_goes_through_and_moves_the_version_on(database, center):
    first = a_talk(database, center)
    assert first.version == 1
    second = liaisons.save_talk(database, replace(first, problems="话术不熟"))
    assert second.version == 2 == the_talk(database, center).version
    third = liaisons.save_talk(database, replace(second, guidance="跟听优秀录音"))
    assert (third.version, the_talk(database, center).guidance) == (3, "跟听优秀录音")


def test_a_record_without_a_version_is_written_as_it_is(database, center):
    """Imports and scripts do not read before they write: they are not checked."""
    saved = a_talk(database, center)
    liaisons.save_talk(database, replace(saved, pain_points="别人改过"))
    liaisons.save_talk(database, replace(saved, pain_points="导入的", version=None))
    assert the_talk(database, center).pain_points == "导入的"


# SQLite's writers queue (BEGIN IMMEDIATE): no one can write between the check and the write there.
@pytest.mark.postgres
@pytest.mark.parametrize("database", ["postgres"], indirect=True)
def test_a_change_between_reading_and_writing_is_refused_too(database, center, monkeypatch):
    """The version is checked once more by the write itself: another PC's change that
    lands between the check and the UPDATE makes the UPDATE match nothing."""
    saved = a_talk(database, center)
    original = liaisons.check_version

    def changed_right_after_the_check(*args, **kwargs):
        original(*args, **kwargs)
        with database.engine.begin() as other:
            other.execute(update(Talk).where(Talk.id == saved.id).values(pain_points="另一台电脑", version=2))

    monkeypatch.setattr(liaisons, "check_version", changed_right_after_the_check)
    with pytest.raises(EditConflict):
        liaisons.save_talk(database, replace(saved, pain_points="我的"))
    assert the_talk(database, center).pain_points == "另一台电脑"


def test_a_follow_up_moved_by_someone_else_meanwhile_is_not_moved_again(database, center):
    saved = a_talk(database, center, follow_ups=(FollowUpRecord("follow_up", "调整排班"),))
    seen = liaisons.open_follow_ups(database, center["坐席丁"])[0]
    moved = liaisons.set_follow_up_status(database, seen.id, "done", note="已调班", version=seen.version)
    assert moved.version == seen.version + 1
    with pytest.raises(EditConflict):
        liaisons.set_follow_up_status(database, seen.id, "improving", version=seen.version)
    assert liaisons.open_follow_ups(database, center["坐席丁"]) == []
    assert saved.follow_ups[0].status == "open"


def test_a_suggestion_changed_or_moved_meanwhile(database, center):
    record = suggestions.save_suggestion(
        database,
        SuggestionRecord(center["组长丙"], "2026-Q4", DAY, "process", "挂失流程简化"),
        today=TODAY,
        now=datetime(2026, 11, 3, 9, tzinfo=UTC),
    )
    suggestions.change_status(database, record.id, "accepted", "可行", today=TODAY, version=record.version)
    with pytest.raises(EditConflict):
        suggestions.change_status(database, record.id, "declined", "不可行", today=TODAY, version=record.version)
    with pytest.raises(EditConflict):
        suggestions.save_suggestion(database, replace(record, title="挂失改线上"), today=TODAY)
    stored = suggestions.suggestion(database, record.id)
    assert (stored.status, stored.title) == ("accepted", "挂失流程简化")
    renamed = suggestions.save_suggestion(database, replace(stored, title="挂失改线上"), today=TODAY)
    assert renamed.version == stored.version + 1


def test_a_growth_month_written_by_two(database, center):
    ding = center["坐席丁"]
    # Both open a month nothing is written in yet; the second save must not overwrite the first.
    blank = GrowthEntry(ding, "2026-10", version=UNSTORED)
    first = growth.save_entry(database, replace(blank, evaluation="进步明显"), TODAY)
    with pytest.raises(EditConflict) as refused:
        growth.save_entry(database, replace(blank, evaluation="还需努力"), TODAY)
    assert refused.value.stored.evaluation == "进步明显"
    growth.save_entry(database, replace(first, advice="多听录音"), TODAY)
    with pytest.raises(EditConflict):
        growth.save_entry(database, replace(first, advice="多练话术"), TODAY)
    stored = growth.entry_of(database, ding, "2026-10")
    assert (stored.evaluation, stored.advice, stored.version) == ("进步明显", "多听录音", 2)


def test_a_quarter_of_three_ones_written_by_two(database, center):
    leader = center["组长丙"]
    seen = three_ones.leader_quarter(database, leader, "2026-Q4").record
    assert seen.version == UNSTORED
    three_ones.save_three_ones(database, replace(seen, calls_listened=5), today=TODAY)
    with pytest.raises(EditConflict):
        three_ones.save_three_ones(database, replace(seen, calls_listened=8), today=TODAY)
    assert three_ones.leader_quarter(database, leader, "2026-Q4").record.calls_listened == 5


def test_a_care_event_and_an_account_entry_changed_meanwhile(database, center):
    ding = center["坐席丁"]
    event = care.save_event(
        database, CareEventRecord("praise", DAY, "客户来电表扬", employee_id=ding, author_id=center["组长丙"]), TODAY
    )
    care.save_event(database, replace(event, detail="客户点名感谢"), TODAY)
    with pytest.raises(EditConflict):
        care.save_event(database, replace(event, title="服务之星"), TODAY)
    stored = care.events_of_employee(database, ding)[0]
    assert (stored.title, stored.detail, stored.version) == ("客户来电表扬", "客户点名感谢", 2)

    entry = care.save_account_entry(
        database, AccountEntryRecord(ding, care.GROWTH, DAY, "通过中级认证", author_id=center["组长丙"]), TODAY
    )
    care.save_account_entry(database, replace(entry, description="通过中级认证考试"), TODAY)
    with pytest.raises(EditConflict):
        care.save_account_entry(database, replace(entry, description="通过认证"), TODAY)
    assert care.account_log(database, ding, center["组长丙"]).entries[0].description == "通过中级认证考试"


def test_an_employee_edited_on_two_pcs(database, center):
    seen = next(record for record in roster.list_employees(database) if record.name == "坐席丁")
    saved = roster.save_employee(database, replace(seen, phone="13800000000"))
    assert saved.version == seen.version + 1
    with pytest.raises(EditConflict) as refused:
        roster.save_employee(database, replace(seen, team="服务二组"))
    assert (refused.value.stored.phone, refused.value.stored.team) == ("13800000000", "服务一组")
    stored = next(record for record in roster.list_employees(database) if record.name == "坐席丁")
    assert (stored.phone, stored.team) == ("13800000000", "服务一组")


def test_removing_a_talk_changed_meanwhile_keeps_the_change_in_the_bin(database, center):
    """Removal is not refused: the bin holds the talk as stored, and puts it back so."""
    seen = a_talk(database, center)
    liaisons.save_talk(database, replace(seen, pain_points="别人刚改的"))
    entry = trash.remove_talk(database, seen.id)
    assert liaisons.talks_with(database, center["坐席丁"], center["组长丙"]) == []
    trash.put_back(database, entry)
    back = the_talk(database, center)
    assert (back.pain_points, back.version) == ("别人刚改的", 2)
