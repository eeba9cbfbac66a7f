"""Turn cell values as offices type them into clean Python values.

Each parser takes a raw cell value (str, int, float, datetime or None) and returns the
clean value or None for an empty cell; it raises ValueError with a message for the user.
"""

import re
import unicodedata
from datetime import date, datetime, timedelta
from functools import cache

from workbench.texts import t

_SPACES = re.compile(r"\s+")
# Zero-width characters that come along when text is copied from web pages and chat.
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"))
_CJK = r"\u3400-\u9fff\uf900-\ufaff"
_SPACE_BETWEEN_CJK = re.compile(rf"(?<=[{_CJK}])\s+(?=[{_CJK}])")
_DATE_PATTERNS = (
    re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T].*)?$"),  # 2021-03-05, 2021/3/5 12:00
    re.compile(r"^(\d{4})年(\d{1,2})月(\d{1,2})[日号]?$"),  # 2021年3月5日
    re.compile(r"^(\d{4})(\d{2})(\d{2})$"),  # 20210305
)
_YEAR_ONLY = re.compile(r"^(?:19|20)\d{2}年?$")
_MONTH_ONLY = re.compile(r"^(?:19|20)\d{2}(?:[-/.年]\d{1,2}月?|(?:0[1-9]|1[0-2]))$")
# Plausible dates for people at work: no one joined before 1950, and nothing is planned
# more than a year ahead. Anything else is a typing slip or a number read as a date.
EARLIEST = date(1950, 1, 1)
_EXCEL_EPOCH = date(1899, 12, 30)  # serial 1 is 1900-01-01 past Excel's phantom 1900-02-29


def clean_text(value) -> str | None:
    """NFKC (full-width letters and digits to ASCII), trimmed, inner runs of spaces collapsed."""
    if value is None:
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = str(value)
    if not text.isascii():  # ASCII is already in normal form, and has no zero-width characters
        text = unicodedata.normalize("NFKC", text.translate(_INVISIBLE))
    text = _SPACES.sub(" ", text).strip()
    return text or None


def clean_name(value) -> str | None:
    """A person's name: clean_text, and no space between Chinese characters ('赵 六' ->
    '赵六'; 'Li Ming' keeps its space)."""
    text = clean_text(value)
    return _SPACE_BETWEEN_CJK.sub("", text) if text else None


def clean_prose(value) -> str | None:
    """Free text as written: trimmed and spaces collapsed, Chinese punctuation (，：（）) kept."""
    if value is None:
        return None
    text = _SPACES.sub(" ", str(value).translate(_INVISIBLE).replace("\u3000", " ")).strip()
    return text or None


def header_key(value) -> str:
    """A header cell reduced for matching: no notes in brackets, spaces, marks or case
    ('* 工 号（必填）：' -> '工号')."""
    text = clean_text(value) or ""
    text = re.sub(r"[(\[【].*?[)\]】]", "", text)
    return re.sub(r"[\s*:]", "", text).lower()


def parse_employee_no(value) -> str | None:
    """工号 as text: 1001.0 -> '1001', '１００１' -> '1001', "'00123" -> '00123'. The one
    place a 工号 is cleaned: imports, the roster's form and moving in all come here."""
    text = clean_text(value)
    if text is None:
        return None
    text = text.replace(" ", "").lstrip("'")
    if not re.fullmatch(r"[0-9A-Za-z_\-]+", text):
        raise ValueError(t("value.bad_employee_no", value=value))
    return text


def latest_date() -> date:
    return _a_year_after(date.today())


@cache
def _a_year_after(today: date) -> date:
    return today.replace(year=today.year + 1, day=28 if (today.month, today.day) == (2, 29) else today.day)


def number_key(employee_no: str) -> str | None:
    """A numeric 工号 without its leading zeros, to know 1234 as 001234 after Excel dropped
    them; None for codes with letters."""
    return (employee_no.lstrip("0") or "0") if employee_no.isdigit() else None


def parse_date(value, *, allow_future: bool = True) -> date | None:
    """Excel dates, Excel serial numbers, 2021/3/5, 2021-03-05, 2021年3月5日, 20210305;
    between 1950 and a year from today. A year or a month alone is not a date."""
    if value is None:
        return None
    if isinstance(value, datetime):
        parsed = value.date()
    elif isinstance(value, date):
        parsed = value
    elif isinstance(value, (int, float)) and not isinstance(value, bool):
        parsed = _date_from_number(value)
    else:
        text = clean_text(value)
        if text is None:
            return None
        parsed = _date_from_text(text, value)
    if not allow_future and parsed > date.today():
        raise ValueError(t("value.future_date", value=parsed.isoformat()))
    if not EARLIEST <= parsed <= latest_date():
        raise ValueError(t("value.implausible_date", value=parsed.isoformat(), earliest=EARLIEST, latest=latest_date()))
    return parsed


def _date_from_number(number: int | float) -> date:
    if number != number or number in (float("inf"), float("-inf")):
        raise ValueError(t("value.bad_date", value=number))
    if float(number).is_integer() and (1900 <= number <= 2099 or 190001 <= number <= 209912):
        return _date_from_text(str(int(number)), number)  # 2021 or 202103 typed in a date column
    if float(number).is_integer() and 19000101 <= number <= 29991231:
        return _date_from_text(str(int(number)), number)
    if 1 <= number < 2958466:  # Excel's serials for 1900-01-01 .. 9999-12-31
        return _EXCEL_EPOCH + timedelta(days=int(number))
    raise ValueError(t("value.bad_date", value=number))


def _date_from_text(text: str, original) -> date:
    if _YEAR_ONLY.match(text):
        raise ValueError(t("value.year_only", value=original))
    if _MONTH_ONLY.match(text):
        raise ValueError(t("value.month_only", value=original))
    for pattern in _DATE_PATTERNS:
        match = pattern.match(text)
        if match:
            year, month, day = (int(part) for part in match.groups())
            try:
                return date(year, month, day)
            except ValueError:
                break
    raise ValueError(t("value.bad_date", value=original))


_GENDERS = {"男": "男", "男性": "男", "m": "男", "male": "男", "女": "女", "女性": "女", "f": "女", "female": "女"}


def parse_gender(value) -> str | None:
    text = clean_text(value)
    if text is None:
        return None
    try:
        return _GENDERS[text.lower()]
    except KeyError:
        raise ValueError(t("value.bad_gender", value=text)) from None


_ACTIVE_WORDS = {"在职", "在岗", "正式", "试用", "试用期", "实习", "active", "employed"}
_LEFT_WORDS = {"离职", "已离职", "离岗", "辞职", "left", "resigned", "inactive"}


def parse_status(value) -> str | None:
    """'active' or 'left' (the values the database stores)."""
    text = clean_text(value)
    if text is None:
        return None
    key = text.lower()
    if key in _ACTIVE_WORDS:
        return "active"
    if key in _LEFT_WORDS:
        return "left"
    raise ValueError(t("value.bad_status", value=text))


_MOBILE = re.compile(r"^(?:\+?86|0086)?-?(1[3-9]\d{9})$")
_LANDLINE = re.compile(r"^\(?0\d{2,3}\)?-?\d{7,8}(?:-\d{1,6})?$")  # 010-12345678, 0755 8888 1234


def parse_phone(value) -> str | None:
    """A mainland number as typed (13812345678.0 -> '13812345678'; spaces and the mobile's
    dashes and +86 dropped): an 11-digit mobile starting with 1, or a landline with its
    area code."""
    text = clean_text(value)
    if text is None:
        return None
    compact = text.replace(" ", "")
    mobile = _MOBILE.match(compact.replace("-", ""))
    if mobile:
        return mobile.group(1)
    if _LANDLINE.match(compact):
        return compact
    raise ValueError(t("value.bad_phone", value=text))


def limit_length(text: str | None, limit: int) -> str | None:
    if text is not None and len(text) > limit:
        raise ValueError(t("value.too_long", value=text[:20] + "…", limit=limit))
    return text
