"""What the workbench reminds a leader of on a given day."""

from datetime import UTC, date, datetime

from tests.core.conftest import own_list
from workbench import checklists, liaisons, reminders
from workbench.checklists import DONE, Duty, OccurrenceState
from workbench.liaisons import FollowUpRecord, TalkRecord

MONDAY = date(2026, 11, 23)  # the month's last week: eight days left


def test_a_leaders_day(database, center):
    leader = center["组长丙"]
    own_list(
        database,
        leader,
        [Duty("people", "班前会", "daily"), Duty("business", "指标分析", "monthly", due_day=20)],
        date(2026, 9, 1),
    )
    day = checklists.checklist_day(database, leader, MONDAY, MONDAY)
    (october,) = day.overdue
    checklists.set_state(database, october.id, OccurrenceState(DONE, MONDAY))
    # Today's 班前会 is due (1); November's 指标分析 is overdue and September's is missed, not
    # overdue, and so are the days before today (1).
    talk = liaisons.save_talk(
        database,
        TalkRecord(
            center["坐席丁"],
            leader,
            date(2026, 11, 2),
            "monthly",
            problems="工单漏填",
            follow_ups=(
                FollowUpRecord("follow_up", "补培训", due_date=date(2026, 11, 10)),
                FollowUpRecord("suggestion", "饮水机"),
            ),
        ),
        now=datetime(2026, 11, 2, 9, tzinfo=UTC),
    )
    assert talk.id
    found = reminders.reminders_for(database, leader, MONDAY, datetime(2026, 11, 23, 9, tzinfo=UTC))
    assert (found.duties_due_today, found.duties_overdue) == (1, 1)
    assert found.talks_not_yet == 1 and found.month_ends_in == 8  # 坐席戊; 23–30 November
    assert not found.talks_pressing  # eight days left: not yet the last week
    assert (found.follow_ups_overdue, found.replies_overdue) == (1, 1)
    request = next(item for item in talk.follow_ups if item.kind == "suggestion")
    assert found.replies_link == f"talks/follow-up/{request.id}"  # the strip's link leads to the request itself
    assert found.anything
    later = reminders.reminders_for(database, leader, date(2026, 11, 24), datetime(2026, 11, 24, 9, tzinfo=UTC))
    assert later.talks_pressing and later.month_ends_in == 7
