from datetime import date, datetime, timedelta

import pytest

from workbench.importing.cleaning import (
    clean_name,
    clean_text,
    header_key,
    parse_date,
    parse_employee_no,
    parse_gender,
    parse_phone,
    parse_status,
)
from workbench.sorting import numerals_as_digits


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (1001, "1001"),
        (1001.0, "1001"),
        ("１００１", "1001"),
        (" 10 01 ", "1001"),
        ("'00123", "00123"),
        ("00123", "00123"),
        ("ＫＦ０１２", "KF012"),
        (None, None),
        ("   ", None),
    ],
)
def test_employee_numbers_are_text_as_typed(raw, expected):
    assert parse_employee_no(raw) == expected


def test_employee_number_with_stray_words_is_refused():
    with pytest.raises(ValueError, match="工号"):
        parse_employee_no("1001（实习）")


@pytest.mark.parametrize(
    "raw",
    [
        datetime(2021, 3, 5, 0, 0),
        date(2021, 3, 5),
        "2021/3/5",
        "2021-03-05",
        "2021.3.5",
        "2021年3月5日",
        "2021年03月05号",
        "２０２１年３月５日",
        "20210305",
        20210305,
        44260,  # Excel's serial number for 2021-03-05
        "2021-03-05 08:30:00",
        " 2021/3/5 ",
    ],
)
def test_dates_in_the_forms_offices_type_them(raw):
    assert parse_date(raw) == date(2021, 3, 5)


@pytest.mark.parametrize("raw", ["2021-02-30", "2021/13/1", "明天", "3/5/2021", 20211399, -5])
def test_impossible_dates_are_refused_with_the_value(raw):
    with pytest.raises(ValueError) as error:
        parse_date(raw)
    assert str(raw) in str(error.value)


def test_empty_date_is_none():
    assert parse_date(None) is None
    assert parse_date("  ") is None


def test_future_birthday_is_refused_when_asked():
    tomorrow = date.today() + timedelta(days=1)
    assert parse_date(tomorrow) == tomorrow
    with pytest.raises(ValueError, match="将来"):
        parse_date(tomorrow, allow_future=False)


@pytest.mark.parametrize(("raw", "expected"), [("男", "男"), ("女性", "女"), ("F", "女"), ("male", "男"), ("", None)])
def test_gender(raw, expected):
    assert parse_gender(raw) == expected


def test_unknown_gender_is_refused():
    with pytest.raises(ValueError, match="男 或 女"):
        parse_gender("未知")


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("在职", "active"), ("试用期", "active"), ("离职", "left"), ("已离职", "left"), ("Left", "left")],
)
def test_status(raw, expected):
    assert parse_status(raw) == expected


def test_unknown_status_is_refused():
    with pytest.raises(ValueError, match="在职 或 离职"):
        parse_status("休假")


def test_phone_from_a_number_cell_keeps_its_digits():
    assert parse_phone(13812345678.0) == "13812345678"
    assert parse_phone("138 1234 5678") == "13812345678"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("+86 138-1234-5678", "13812345678"),
        ("010-12345678", "010-12345678"),
        ("0755 8888 1234", "075588881234"),
        ("(021)63211234", "(021)63211234"),
        ("0571-87654321-806", "0571-87654321-806"),
    ],
)
def test_mainland_phone_numbers_in_the_shapes_people_type_them(raw, expected):
    assert parse_phone(raw) == expected


@pytest.mark.parametrize("raw", ["1381234567", "23812345678", "12345678", "无", 44260, "138123456789"])
def test_what_is_not_a_phone_number_is_refused_with_the_value(raw):
    with pytest.raises(ValueError, match="不像是电话号码") as error:
        parse_phone(raw)
    assert str(raw) in str(error.value)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("赵 六", "赵六"),
        ("欧阳　晓梦", "欧阳晓梦"),
        ("钱七\u200b", "钱七"),
        ("\ufeff孙\u200d八\u2060", "孙八"),
        ("Li  Ming", "Li Ming"),
        ("李 Ming", "李 Ming"),
    ],
)
def test_names_lose_invisible_characters_and_spaces_between_chinese_characters(raw, expected):
    assert clean_name(raw) == expected


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        (2021, "只有年份"),
        ("2021", "只有年份"),
        ("2021年", "只有年份"),
        (202103, "只有年月"),
        ("2021-03", "只有年月"),
        ("2021年3月", "只有年月"),
        (1905, "只有年份"),
        ("1949-12-31", "不像是真实日期"),
        ("2453-05-02", "不像是真实日期"),
        (5, "不像是真实日期"),  # an Excel serial of 1900
        (300000, "不像是真实日期"),  # a serial in 2721
    ],
)
def test_years_months_and_implausible_dates_are_refused_not_read_as_serials(raw, message):
    with pytest.raises(ValueError, match=message):
        parse_date(raw)


def test_dates_are_plausible_up_to_a_year_ahead():
    today = date.today()
    assert parse_date(date(1950, 1, 1)) == date(1950, 1, 1)
    assert parse_date(today + timedelta(days=360)) == today + timedelta(days=360)
    with pytest.raises(ValueError, match="不像是真实日期"):
        parse_date(today + timedelta(days=370))


def test_text_is_normalized():
    assert clean_text("  张　三  ") == "张 三"
    assert clean_text("服务一组\u200b") == "服务一组"
    assert header_key(" * 工 号（必填）：") == "工号"
    assert header_key("入职日期(yyyy-mm-dd)") == "入职日期"
    assert header_key("Employee ID") == "employeeid"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("服务二组", "服务2组"),
        ("服务十组", "服务10组"),
        ("服务十二组", "服务12组"),
        ("服务一百零五组", "服务105组"),
        ("投诉处理组", "投诉处理组"),
    ],
)
def test_chinese_numerals_sort_as_numbers(text, expected):
    assert numerals_as_digits(text) == expected


def test_prose_keeps_chinese_punctuation():
    from workbench.importing.cleaning import clean_prose

    assert clean_prose("  与每名员工谈一次，记下诉求（必做）：  ") == "与每名员工谈一次，记下诉求（必做）："
    assert clean_prose("　") is None
