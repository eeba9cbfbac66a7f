from datetime import date, datetime, timedelta

import pytest

from workbench.importing.cleaning import (
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


def test_text_is_normalized():
    assert clean_text("  张　三  ") == "张 三"
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
