"""Removing a talk or a follow-up puts it in the bin; putting it back restores it exactly;
only emptying the bin deletes."""

from datetime import UTC, date, datetime

from workbench import cadence, liaisons, talk_search, trash
from workbench.liaisons import FollowUpRecord, TalkRecord


def a_talk(database, center):
    saved = liaisons.save_talk(
        database,
        TalkRecord(
            center["坐席丁"],
            center["组长丙"],
            date(2026, 10, 8),
            "monthly",
            pain_points="夜班后睡不好",
            private_note="家里老人住院",
            follow_ups=(FollowUpRecord("follow_up", "调整排班"), FollowUpRecord("suggestion", "饮水机")),
        ),
        now=datetime(2026, 10, 8, 10, tzinfo=UTC),
    )
    liaisons.set_follow_up_status(database, saved.follow_ups[0].id, "improving", now=datetime(2026, 10, 9, tzinfo=UTC))
    return saved


def test_a_removed_talk_is_gone_everywhere_until_put_back(database, center):
    saved = a_talk(database, center)
    ding, leader = center["坐席丁"], center["组长丙"]
    before = liaisons.talks_with(database, ding, leader)
    entry = trash.remove_talk(database, saved.id)
    assert liaisons.talks_with(database, ding, leader) == []
    assert liaisons.open_follow_ups(database, ding) == []
    assert talk_search.search_talks(database, "睡不好", viewer_id=None) == []
    assert not any(event.kind == "talk" for event in cadence.timeline(database, ding, leader))
    (removed,) = trash.in_bin(database)
    assert removed.id == entry and removed.label == "2026-10-08 与 坐席丁 的月度谈心谈话"

    trash.put_back(database, entry)
    assert liaisons.talks_with(database, ding, leader) == before  # the same ids, the private note too
    assert [item.status for item in liaisons.open_follow_ups(database, ding)] == ["improving", "open"]
    assert [hit.talk.id for hit in talk_search.search_talks(database, "睡不好", viewer_id=None)] == [saved.id]
    statuses = [event.text for event in cadence.timeline(database, ding, leader) if event.kind == "status"]
    assert statuses == ["调整排班 → 改善中"]
    assert trash.in_bin(database) == []


def test_a_removed_follow_up_comes_back_to_its_talk(database, center):
    saved = a_talk(database, center)
    entry = trash.remove_follow_up(database, saved.follow_ups[1].id)
    assert [item.description for item in liaisons.open_follow_ups(database, center["坐席丁"])] == ["调整排班"]
    trash.put_back(database, entry)
    back = liaisons.open_follow_ups(database, center["坐席丁"])
    assert [(item.description, item.talk_id) for item in back] == [("调整排班", saved.id), ("饮水机", saved.id)]


def test_only_emptying_the_bin_deletes(database, center):
    saved = a_talk(database, center)
    first = trash.remove_follow_up(database, saved.follow_ups[0].id)
    trash.remove_talk(database, saved.id)
    assert trash.empty_bin(database, [first]) == 1
    assert [removed.kind for removed in trash.in_bin(database)] == ["talk"]
    assert trash.empty_bin(database) == 1 and trash.in_bin(database) == []


def test_a_suggestion_leaves_the_board_with_its_history_and_comes_back_whole(database, center):
    from workbench import suggestions
    from workbench.suggestions import SuggestionRecord

    leader = center["组长丙"]
    saved = suggestions.save_suggestion(
        database,
        SuggestionRecord(leader, "2026-Q4", date(2026, 10, 9), "process", "挂失流程简化", owner="业务部"),
        today=date(2026, 11, 1),
    )
    suggestions.change_status(database, saved.id, "accepted", "已立项", today=date(2026, 11, 1))
    before = suggestions.history(database, saved.id)
    entry = trash.remove_suggestion(database, saved.id)
    assert suggestions.board(database).rows == []
    assert trash.in_bin(database)[0].label == "2026-10-09 组长丙 的改进建议：挂失流程简化"

    trash.put_back(database, entry)
    (back,) = suggestions.board(database).rows
    assert (back.id, back.status, back.owner) == (saved.id, "accepted", "业务部")
    assert suggestions.history(database, saved.id) == before


def test_a_care_event_and_an_account_entry_come_back_linked(database, center):
    from workbench import care
    from workbench.care import AccountEntryRecord, CareEventRecord

    ding, leader = center["坐席丁"], center["组长丙"]
    today = date(2026, 11, 20)
    praise = care.save_event(
        database, CareEventRecord("praise", date(2026, 11, 5), "客户来电表扬", employee_id=ding), today=today
    )
    entry = care.save_account_entry(
        database,
        AccountEntryRecord(ding, "feeling", date(2026, 11, 6), "班前会上念了表扬信", care_event_id=praise.id),
        today=today,
    )
    removed_event = trash.remove_care_event(database, praise.id)
    assert care.events_of_month(database, "2026-11") == []
    assert care.account_log(database, ding, leader).entries[0].care_event_id is None  # the entry stays

    trash.put_back(database, removed_event)
    assert [event.title for event in care.events_of_month(database, "2026-11")] == ["客户来电表扬"]
    assert care.account_log(database, ding, leader).entries[0].care_event_id == praise.id

    removed_entry = trash.remove_account_entry(database, entry.id)
    assert care.account_log(database, ding, leader).entries == ()
    assert trash.in_bin(database)[0].label == "2026-11-06 坐席丁 的三个账户记录：班前会上念了表扬信"
    trash.put_back(database, removed_entry)
    (back,) = care.account_log(database, ding, leader).entries
    assert (back.id, back.description, back.care_event_id) == (entry.id, "班前会上念了表扬信", praise.id)


def test_putting_back_names_every_table_the_entry_holds_rows_of(database, center):
    """The window reloads the pages showing these tables once something is put back."""
    import json

    from sqlalchemy import select

    from workbench.db.models import TrashItem

    saved = a_talk(database, center)
    trash.remove_follow_up(database, saved.follow_ups[0].id)
    trash.remove_talk(database, saved.id)
    with database.sessions() as session:
        entries = session.scalars(select(TrashItem)).all()
    assert sorted(entry.kind for entry in entries) == ["follow_up", "talk"]
    for entry in entries:
        held = {table for table, rows in json.loads(entry.rows).items() if rows}
        assert held and held <= trash.tables_put_back([entry.kind])
    assert trash.tables_put_back([]) == {"trash"}
