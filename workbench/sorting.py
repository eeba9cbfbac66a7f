"""Sort keys for Chinese text that a person expects: 服务二组 before 服务十组."""

import re

_NUMERAL_VALUES = {"零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_NUMERAL_RUN = re.compile(r"[零一二两三四五六七八九十百]+")


def _numeral_value(run: str) -> int:
    total, current = 0, 0
    for char in run:
        if char == "百":
            total += (current or 1) * 100
            current = 0
        elif char == "十":
            total += (current or 1) * 10
            current = 0
        else:
            current = current * 10 + _NUMERAL_VALUES[char] if current and char != "零" else _NUMERAL_VALUES[char]
    return total + current


def numerals_as_digits(text: str) -> str:
    """'服务十二组' -> '服务12组', for names where the numeral is a number (teams, floors)."""
    return _NUMERAL_RUN.sub(lambda match: str(_numeral_value(match.group())), text)


def numbered_name_key(text: str) -> tuple:
    """A key that orders 服务二组 before 服务十组 and 服务10组 after 服务9组, where no
    collator is at hand (the core has no Qt): numbers by value, the rest as text."""
    parts = re.split(r"(\d+)", numerals_as_digits(text))
    return tuple((0, int(part), "") if part.isdigit() else (1, 0, part) for part in parts if part)
