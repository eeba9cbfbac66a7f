"""Themes (话题): what a team keeps raising, counted from hand-made talks whose themes are known."""

from dataclasses import replace
from datetime import date

import pytest

from workbench import liaisons, themes, trash
from workbench.errors import UserError
from workbench.liaisons import TalkRecord

START, END = date(2026, 10, 1), date(2026, 12, 31)


@pytest.fixture
def talks(database, center):
    """Four talks in 服务一组 (夜班 in three, 排班调整 in two), three in 服务二组."""
    said = [
        ("坐席丁", "组长丙", date(2026, 10, 5), {"pain_points": "夜班太多，睡不好", "problems": "工单记录不完整"}),
        ("坐席丁", "组长丙", date(2026, 11, 3), {"pain_points": "连续夜班，排班调整不合理"}),
        ("坐席戊", "组长丙", date(2026, 11, 10), {"pain_points": "晚上夜班后作息难", "work_status": "投诉处理比以前从容"}),
        ("坐席戊", "组长丙", date(2026, 12, 1), {"problems": "排班调整太频繁", "guidance": "少排夜班",
                                              "private_note": "夜班时家里老人住院"}),
        ("坐席庚", "组长己", date(2026, 11, 5), {"pain_points": "新业务规则多，记不住"}),
        ("坐席庚", "组长己", date(2026, 11, 20), {"pain_points": "新产品上线太快"}),
        ("坐席庚", "组长己", date(2026, 12, 2), {"pain_points": "夜班太多"}),
    ]  # fmt: skip
    saved = {}
    for person, liaison, day, fields in said:
        record = TalkRecord(
            employee_id=center[person], liaison_id=center[liaison], talk_date=day, kind="monthly", **fields
        )
        saved[(person, day)] = liaisons.save_talk(database, record)
    return saved


def by_theme(report):
    return {theme.theme: theme for theme in report.themes}


def test_a_words_and_phrases_not_single_characters_with_synonyms_merged():
    assert themes.themes_of_text("最近晚班太多，排班调整不合理，一次解决率压力大") >= {"排班调整", "一次解决率", "压力"}
    assert "夜班" in themes.themes_of_text("通宵班连着上")  # 通宵班 counts as 夜班
    assert themes.themes_of_text("新产品上线太快") == themes.themes_of_text("新业务上线太快")
    found = themes.themes_of_text("客户投诉处理流程复杂，工单记录不完整")
    assert {"投诉处理", "工单记录"} <= found
    assert all(len(theme) >= 2 for theme in found)
    assert not found & {"处理", "复杂", "不完整", "问题", "工作"}  # said about something, not a theme alone


def test_a_teams_themes_most_raised_first_with_people_and_months(database, talks):
    report = themes.themes(database, "服务一组", START, END)
    assert report.talks == 4 and report.months == ("2026-10", "2026-11", "2026-12")
    assert [theme.theme for theme in report.themes] == ["夜班", "排班调整"]  # 排班 alone: the same two talks
    night = by_theme(report)["夜班"]
    assert (night.talks, night.people, night.trend) == (3, 2, (1, 2, 0))  # not the guidance, not the private note
    shifts = by_theme(report)["排班调整"]
    assert (shifts.talks, shifts.people, shifts.trend) == (2, 2, (0, 1, 1))


def test_a_team_against_the_center(database, talks):
    night = by_theme(themes.themes(database, "服务一组", START, END))["夜班"]
    assert night.share == pytest.approx(3 / 4)
    assert night.center_share == pytest.approx(4 / 7)
    assert night.ratio == pytest.approx((3 / 4) / (4 / 7))
    center = themes.themes(database, None, START, END)
    assert center.talks == 7 and center.center_talks is None
    assert [(theme.theme, theme.talks, theme.people) for theme in center.themes][:3] == [
        ("夜班", 4, 3),
        ("排班调整", 2, 2),
        ("新业务", 2, 1),  # 新产品 and 新业务 are one theme
    ]


def test_the_talks_behind_a_theme(database, talks, center):
    behind = themes.theme_talks(database, "服务一组", START, END, "夜班")
    assert [(talk.talk_date, talk.employee_name) for talk in behind] == [
        (date(2026, 11, 10), "坐席戊"),
        (date(2026, 11, 3), "坐席丁"),
        (date(2026, 10, 5), "坐席丁"),
    ]
    assert behind[0].said == "晚上夜班后作息难" and behind[0].liaison_name == "组长丙"


def test_changing_removing_and_putting_back_a_talk_keeps_the_themes(database, talks, center):
    talk = talks[("坐席丁", date(2026, 11, 3))]
    liaisons.save_talk(database, replace(liaisons.talk(database, talk.id, center["组长丙"]), pain_points="系统卡顿"))
    assert by_theme(themes.themes(database, "服务一组", START, END))["夜班"].talks == 2
    entry = trash.remove_talk(database, talks[("坐席丁", date(2026, 10, 5))].id)
    assert "夜班" not in by_theme(themes.themes(database, "服务一组", START, END))  # raised once now
    trash.put_back(database, entry)
    assert by_theme(themes.themes(database, "服务一组", START, END))["夜班"].talks == 2


def test_a_period_backwards_or_an_unknown_team_is_refused(database, talks):
    with pytest.raises(UserError):
        themes.themes(database, "服务一组", END, START)
    with pytest.raises(UserError, match="服务九组"):
        themes.themes(database, "服务九组", START, END)


def test_rebuilding_the_index_gives_the_same_themes(database, talks):
    before = themes.themes(database, None, START, END)
    assert themes.rebuild_index(database) > 0
    assert themes.themes(database, None, START, END) == before


def cells_of(sheet) -> list[list]:
    return [list(row) for row in sheet.iter_rows(values_only=True)]


def test_the_monthly_review_lists_the_months_top_themes_and_the_rollup_the_centers(database, talks, tmp_path):
    import openpyxl

    from workbench import monthly
    from workbench.export.monthly import export_monthly
    from workbench.export.rollup import read_reviews, write_rollup

    paths = []
    for team in ("服务一组", "服务二组"):
        paths.append(tmp_path / f"{team}.xlsx")
        export_monthly(database, monthly.scope_of(database, "2026-11", team), paths[-1], viewer_id=None)
    workbook = openpyxl.load_workbook(paths[0])
    meta = dict(workbook["_meta"].iter_rows(min_row=2, values_only=True))
    # November in 服务一组: 夜班 in both talks, by both people; nothing else twice.
    assert (meta["theme_1"], meta["theme_1_talks"], meta["theme_1_people"]) == ("夜班", 2, 2)
    assert "theme_2" not in meta
    overview = cells_of(workbook["概览"])
    title = next(number for number, row in enumerate(overview) if row[0] == "谈话中的话题（前 5 个）")
    assert overview[title + 1][:3] == ["话题", "谈话数", "人数"]
    assert overview[title + 2][:3] == ["夜班", 2, 2]
    assert cells_of(workbook["话题"])[-1][:3] == ["夜班", 2, 2]
    second = dict(openpyxl.load_workbook(paths[1])["_meta"].iter_rows(min_row=2, values_only=True))
    assert (second["theme_1"], second["theme_1_talks"], second["theme_1_people"]) == ("新业务", 2, 1)

    write_rollup(read_reviews(paths), tmp_path / "汇总.xlsx")
    rows = cells_of(openpyxl.load_workbook(tmp_path / "汇总.xlsx").worksheets[0])
    header = next(row for row in rows if "主要话题（谈话数）" in row)
    column = header.index("主要话题（谈话数）")
    assert [row[column] for row in rows[rows.index(header) + 1 :] if row[column]] == [
        "夜班 2",
        "新业务 2",
        "夜班 2、新业务 2",  # the center's, in the total row
    ]
