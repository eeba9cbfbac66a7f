"""Turn cell values as offices type them into clean Python values.

Each parser takes a raw cell value (str, int, float, datetime or None) and returns the
clean value or None for an empty cell; it raises ValueError with a message for the user.
"""

import re
import unicodedata
from datetime import date, datetime

from workbench.texts import t

_SPACES = re.compile(r"\s+")
_DATE_PATTERNS = (
    re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T].*)?$"),  # 2021-03-05, 2021/3/5 12:00
    re.compile(r"^(\d{4})年(\d{1,2})月(\d{1,2})[日号]?$"),  # 2021年3月5日
    re.compile(r"^(\d{4})(\d{2})(\d{2})$"),  # 20210305
)
# Excel serial numbers for 1900-01-01 .. 9999-12-31.
_EXCEL_SERIALS = range(1, 2958466)


def clean_text(value) -> str | None:
    """NFKC (full-width letters and digits to ASCII), trimmed, inner runs of spaces collapsed."""
    if value is None:
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = _SPACES.sub(" ", unicodedata.normalize("NFKC", str(value))).strip()
    return text or None


def clean_prose(value) -> str | None:
    """Free text as written: trimmed and spaces collapsed, Chinese punctuation (，：（）) kept."""
    if value is None:
        return None
    text = _SPACES.sub(" ", str(value).replace("\u3000", " ")).strip()
    return text or None


def header_key(value) -> str:
    """A header cell reduced for matching: no notes in brackets, spaces, marks or case
    ('* 工 号（必填）：' -> '工号')."""
    text = clean_text(value) or ""
    text = re.sub(r"[(\[【].*?[)\]】]", "", text)
    return re.sub(r"[\s*:]", "", text).lower()


def parse_employee_no(value) -> str | None:
    """工号 as text: 1001.0 -> '1001', '１００１' -> '1001', "'00123" -> '00123'."""
    text = clean_text(value)
    if text is None:
        return None
    text = text.replace(" ", "").lstrip("'")
    if not re.fullmatch(r"[0-9A-Za-z_\-]+", text):
        raise ValueError(t("value.bad_employee_no", value=value))
    return text


def parse_date(value, *, allow_future: bool = True) -> date | None:
    """Excel dates, Excel serial numbers, 2021/3/5, 2021-03-05, 2021年3月5日, 20210305."""
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
    return parsed


def _date_from_number(number: int | float) -> date:
    if float(number).is_integer() and 19000101 <= number <= 29991231:
        return _date_from_text(str(int(number)), number)
    if float(number).is_integer() and int(number) in _EXCEL_SERIALS:
        from openpyxl.utils.datetime import from_excel  # openpyxl is slow to import; only here

        return from_excel(number).date()
    raise ValueError(t("value.bad_date", value=number))


def _date_from_text(text: str, original) -> date:
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


def parse_phone(value) -> str | None:
    """Digits kept as typed (13812345678.0 -> '13812345678'); spaces removed."""
    text = clean_text(value)
    return text.replace(" ", "") if text else None


def limit_length(text: str | None, limit: int) -> str | None:
    if text is not None and len(text) > limit:
        raise ValueError(t("value.too_long", value=text[:20] + "…", limit=limit))
    return text
