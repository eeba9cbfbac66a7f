"""The team's numbers in the monthly review and the center roll-up, as a manager checks
them: 概览's 班组指标 table, the `_meta` figures, the 指标 sheet, the teams side by side.

The center fixture: 坐席丁 (11) and 坐席戊 (12) in 服务一组, 坐席庚 (21) in 服务二组. Their
months (工号, 接通量, 满意度, 平均处理时长, 质检得分) and the figures worked out by hand:
  服务一组 October: 接通量 400, 满意度 (300×0.90 + 100×1.00)/400 = 0.925, 处理时长
  (300×250 + 100×330)/400 = 270 s, 质检 (90 + 70)/2 = 80.
  服务一组 September: 接通量 150, 满意度 (94 + 49.5)/150 ≈ 0.9567, 处理时长 240 s, 质检 89.5.
  服务二组 October: 接通量 80, 满意度 0.5, 处理时长 600 s, 质检 60.
Targets: 满意度 0.95 for the center from September, 0.92 of 服务一组's own in October;
处理时长 260 s for the center; none for 接通量 and 质检得分."""

import openpyxl
import pytest

from tests.core.conftest import month_sheet
from workbench import monthly
from workbench.export.monthly import export_monthly
from workbench.export.rollup import read_reviews, write_rollup
from workbench.indicator_targets import set_target

GREEN, RED = "1E7B34", "C0392B"


@pytest.fixture
def numbers(database, center, load):
    for month, rows in (
        ("2026-07", [(11, 100, 0.90, 300, 80)]),
        ("2026-08", [(11, 100, 0.92, 280, 82)]),
        ("2026-09", [(11, 100, 0.94, 260, 84), (12, 50, 0.99, 200, 95), (21, 100, 0.85, 310, 75)]),
        ("2026-10", [(11, 300, 0.90, 250, 90), (12, 100, 1.00, 330, 70), (21, 80, 0.50, 600, 60)]),
    ):
        load(month_sheet(month, rows))
    set_target(database, "satisfaction", "2026-09", 0.95)
    set_target(database, "satisfaction", "2026-10", 0.92, team="服务一组")
    set_target(database, "handle_time", "2026-01", 260)
    return center


def export(database, tmp_path, team, month="2026-10"):
    """The review of a team, or (None) of the whole center."""
    path = tmp_path / f"{team or '全中心'}_{month}.xlsx"
    scope = monthly.scope_of(database, month, team) if team else monthly.center_scope(database, month)
    export_monthly(database, scope, path)
    return path


def meta_of(workbook) -> dict:
    return {key: value for key, value in workbook["_meta"].iter_rows(min_row=2, values_only=True)}


def colour(cell) -> str | None:
    rgb = cell.font.color.rgb if cell.font.color is not None else None
    return rgb[-6:] if isinstance(rgb, str) else None


def test_the_review_shows_the_teams_month_against_target_in_the_summary(database, numbers, tmp_path):
    workbook = openpyxl.load_workbook(export(database, tmp_path, "服务一组"))
    overview = workbook["概览"]
    rows = {row[0].value: row[1:5] for row in overview.iter_rows() if row[0].value}
    assert [row[0].value for row in overview.iter_rows() if row[0].value == "班组指标"] == ["班组指标"]
    header = [row[1:5] for row in overview.iter_rows() if row[0].value == "指标"][0]
    assert [cell.value for cell in header] == ["本月", "目标", "达标", "较上月"]

    value, target, verdict, change = rows["满意度"]
    assert (value.value, target.value, verdict.value) == (pytest.approx(0.925), 0.92, "✓ 达标")
    assert change.value == pytest.approx(0.925 - 143.5 / 150)  # against September's team
    assert value.number_format == target.number_format == "0.0%" and change.number_format.startswith("+0.0%")
    assert colour(value) == colour(verdict) == GREEN

    value, target, verdict, change = rows["平均处理时长（秒）"]
    assert (value.value, target.value, verdict.value, change.value) == (270, 260, "✗ 未达标", 30)
    assert value.number_format == "0" and colour(value) == colour(verdict) == RED

    value, target, verdict, change = rows["质检得分"]
    assert (value.value, target.value, verdict.value, change.value) == (80, "未设目标", None, -9.5)
    assert colour(value) is None
    assert rows["接通量"][0].value == 400 and rows["接通量"][3].value == 250
    assert "满意度目标" not in rows and "indicator_satisfaction" not in rows  # in the table only


def test_the_meta_sheet_carries_each_indicator_for_the_rollup(database, numbers, tmp_path):
    meta = meta_of(openpyxl.load_workbook(export(database, tmp_path, "服务一组")))
    assert meta["indicator_satisfaction"] == pytest.approx(0.925)  # stored as a fraction
    assert (meta["indicator_satisfaction_target"], meta["indicator_satisfaction_met"]) == (0.92, 1)
    assert (meta["indicator_satisfaction_name"], meta["indicator_satisfaction_unit"]) == ("满意度", "rate")
    assert meta["indicator_satisfaction_aggregation"] == "weighted"
    assert meta["indicator_satisfaction_change"] == pytest.approx(0.925 - 143.5 / 150)
    assert (meta["indicator_handle_time"], meta["indicator_handle_time_met"]) == (270, 0)
    assert meta["indicator_answered"] == 400 and meta["indicator_answered_change"] == 250
    assert "indicator_answered_target" not in meta and "indicator_answered_met" not in meta
    assert meta["indicator_qa_score"] == 80
    assert "indicator_first_contact_resolution" not in meta  # no numbers this month

    # A whole-center review carries the center's figures, against the center's targets.
    center = meta_of(openpyxl.load_workbook(export(database, tmp_path, None)))
    assert center["indicator_answered"] == 480
    assert center["indicator_satisfaction"] == pytest.approx((270 + 100 + 40) / 480)
    assert (center["indicator_satisfaction_target"], center["indicator_satisfaction_met"]) == (0.95, 0)


def test_the_numbers_sheet_has_each_agent_the_team_and_the_targets(database, numbers, tmp_path):
    sheet = openpyxl.load_workbook(export(database, tmp_path, "服务一组"))["指标"]
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == (
        *("工号", "姓名", "接通量", "接通量较前三月", "满意度", "满意度较前三月"),
        *("平均处理时长（秒）", "平均处理时长较前三月", "质检得分", "质检得分较前三月"),
    )
    # 丁 against July–September, 戊 against September, the only month he had before
    assert rows[1][:4] == ("11", "坐席丁", 300, 200) and rows[1][4:] == pytest.approx((0.90, -0.02, 250, -30, 90, 8))
    assert rows[2][:4] == ("12", "坐席戊", 100, 50) and rows[2][4:] == pytest.approx((1.00, 0.01, 330, 130, 70, -25))
    assert rows[3][1:3] == ("全组", 400) and rows[3][4] == pytest.approx(0.925) and rows[3][6::2] == (270, 80)
    assert rows[4][1:] == ("目标", None, None, 0.92, None, 260, None, None, None)
    assert len(rows) == 5 and "班组" not in rows[0]  # one team: no team column
    # green or red against the team's targets, lower handle time better
    assert (colour(sheet["E2"]), colour(sheet["E3"]), colour(sheet["E4"])) == (RED, GREEN, GREEN)
    assert (colour(sheet["G2"]), colour(sheet["G3"]), colour(sheet["G4"])) == (GREEN, RED, RED)
    assert colour(sheet["I2"]) is None and colour(sheet["E5"]) is None  # no target; the target itself
    assert sheet["E2"].number_format == "0.0%" and sheet["F2"].number_format.startswith("+0.0%")
    assert sheet["G2"].number_format == "0" and sheet["B4"].font.bold
    assert sheet.auto_filter.ref == "A1:J3"  # sorting leaves the team's line and the targets last
    assert sheet.freeze_panes == "A2" and sheet.column_dimensions["E"].width == 11
    assert sheet.row_dimensions[1].height  # headers longer than their column wrap onto lines

    center = openpyxl.load_workbook(export(database, tmp_path, None))["指标"]
    rows = list(center.iter_rows(values_only=True))
    assert rows[0][:4] == ("工号", "姓名", "班组", "接通量")
    assert [row[:4] for row in rows[1:4]] == [
        ("11", "坐席丁", "服务一组", 300),
        ("12", "坐席戊", "服务一组", 100),
        ("21", "坐席庚", "服务二组", 80),
    ]
    assert rows[4][1:4] == ("全中心", None, 480) and rows[5][1] == "目标"


def test_a_month_without_numbers_says_so(database, numbers, tmp_path):
    workbook = openpyxl.load_workbook(export(database, tmp_path, "服务一组", month="2026-11"))
    lines = [row[0] for row in workbook["概览"].iter_rows(values_only=True) if row and row[0]]
    assert lines[lines.index("班组指标") + 1] == "本月无指标数据"
    assert [row[0] for row in workbook["指标"].iter_rows(min_row=2, values_only=True)] == ["本月无指标数据"]
    assert not [key for key in meta_of(workbook) if key.startswith("indicator_")]


def rollup_rows(path) -> tuple[list, list]:
    sheet = openpyxl.load_workbook(path).active
    header = [cell.value for cell in sheet[2]]
    return header, [list(row) for row in sheet.iter_rows(min_row=3)]


def test_the_rollup_puts_the_teams_numbers_side_by_side(database, numbers, tmp_path):
    out = tmp_path / "中心汇总.xlsx"
    write_rollup(read_reviews([export(database, tmp_path, "服务二组"), export(database, tmp_path, "服务一组")]), out)
    header, rows = rollup_rows(out)
    columns = ["接通量", "满意度", "平均处理时长（秒）", "质检得分", "达标项"]
    assert header[13:] == [*columns, "来源文件"]
    first, second, total = ([cell.value for cell in row[13:18]] for row in rows)
    assert rows[0][0].value == "服务一组" and rows[1][0].value == "服务二组"
    assert first == [400, pytest.approx(0.925), 270, 80, "1/2"]
    assert second == [80, 0.5, 600, 60, "0/2"]
    # 接通量 adds up; the mean of the teams' rates or scores would mislead, so none is given
    assert total == [480, None, None, None, "1/4"]
    assert rows[0][14].number_format == "0.0%" and rows[0][15].number_format == "0"
    assert (colour(rows[0][14]), colour(rows[1][14]), colour(rows[0][15])) == (GREEN, RED, RED)
    assert colour(rows[0][13]) is None  # no target for 接通量
    assert openpyxl.load_workbook(out).active.auto_filter.ref == "A2:S4"


def _rewrite_meta(path, change):
    """The review as an earlier version of the workbench wrote it: its `_meta` rows changed."""
    workbook = openpyxl.load_workbook(path)
    meta = workbook["_meta"]
    rows = [row for row in (change(key, value) for key, value in meta.iter_rows(min_row=2, values_only=True)) if row]
    meta.delete_rows(2, meta.max_row)
    for row in rows:
        meta.append(row)
    workbook.save(path)
    return path


def test_a_review_made_before_the_numbers_still_rolls_up(database, numbers, tmp_path):
    before = _rewrite_meta(
        export(database, tmp_path, "服务二组"),
        lambda key, value: None if key.startswith("indicator_") else (key, value),
    )
    out = tmp_path / "中心汇总.xlsx"
    write_rollup(read_reviews([export(database, tmp_path, "服务一组"), before]), out)
    header, rows = rollup_rows(out)
    assert header[13] == "接通量"
    assert [cell.value for cell in rows[1][13:18]] == [None, None, None, None, None]  # 服务二组: empty
    assert [cell.value for cell in rows[2][13:18]] == [400, None, None, None, "1/2"]

    only_before = tmp_path / "只有旧的.xlsx"
    write_rollup(read_reviews([before]), only_before)
    header, _rows = rollup_rows(only_before)
    assert header[12:] == ["及时答复率", "来源文件"]  # no numbers in any: no columns for them


def test_the_first_reviews_with_numbers_roll_up_in_percent_points(database, numbers, tmp_path):
    """Those carried each figure, its target and whether it was met, a rate in percent points."""

    def as_first_written(key, value):
        if not key.startswith("indicator_") or key.endswith(("_name", "_unit", "_aggregation", "_change")):
            return None if key.startswith("indicator_") else (key, value)
        if key.endswith("_met"):
            return key, bool(value)
        return key, value * 100 if key.startswith("indicator_satisfaction") else value

    first = _rewrite_meta(export(database, tmp_path, "服务二组"), as_first_written)
    out = tmp_path / "中心汇总.xlsx"
    write_rollup(read_reviews([export(database, tmp_path, "服务一组"), first]), out)
    header, rows = rollup_rows(out)
    assert header[13:15] == ["接通量", "满意度"]
    assert [cell.value for cell in rows[1][13:18]] == [80, 0.5, 600, 60, "0/2"]
    assert colour(rows[1][14]) == RED
