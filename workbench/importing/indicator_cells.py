"""An indicator's cell as the exports write it, in the unit it is stored in: rates as 0.952,
95.2 or "95.2%"; durations as seconds, mm:ss, h:mm:ss, 4分05秒 or a time cell; counts
and scores as numbers, full-width digits and 分 included. Each parser returns None for a
cell that holds no value (blank, "-", "无", a division by zero) and raises ValueError
with a message for one it cannot read.

A bare rate above 1 is in percent points. At or below 1 it is a fraction where better is
higher (a satisfaction of 0.952 % is no one's), and for a rate where lower is better it
depends on its column: a transfer rate of 0.8 beside 3.5 is 0.8 %, beside 0.035 it is 80 %."""

import re
import unicodedata
from datetime import time, timedelta

from workbench.importing.problems import RowProblem
from workbench.importing.sheet import SheetTable
from workbench.indicators import COUNT, HIGHER, RATE, SCORE, SECONDS, IndicatorRecord
from workbench.texts import t

NO_VALUE_WORDS = frozenset(("-", "—", "–", "/", "无", "空", "n/a", "na", "#div/0!", "#n/a"))
_DURATION = re.compile(r"^(?:(\d+):)?(\d{1,2}):(\d{1,2}(?:\.\d+)?)$")  # h:mm:ss or mm:ss
_SPELLED = re.compile(r"^(?:(\d+(?:\.\d+)?)(?:小时|时))?(?:(\d+(?:\.\d+)?)分钟?)?(?:(\d+(?:\.\d+)?)秒)?$")
SCORE_LIMIT = 100.0


class Percent(float):
    """A rate written with its % sign: already a fraction, whatever its column holds."""


def _text(value) -> str | None:
    """The cell as plain ASCII-width text without spaces and thousands separators; None
    when it says there is no value."""
    text = str(value)
    if not text.isascii():
        text = unicodedata.normalize("NFKC", text)
    text = text.strip().replace(" ", "").replace(",", "")
    if not text or text.lower() in NO_VALUE_WORDS:
        return None
    return text


def _number(value, message: str) -> float | None:
    """A number cell or a number written as text (with 分 after a score)."""
    if value is None:
        return None
    if type(value) is float or type(value) is int:
        number = float(value)
    elif isinstance(value, bool) or not isinstance(value, str):
        raise ValueError(t(message, value=value))
    else:
        text = _text(value)
        if text is None:
            return None
        try:
            number = float(text.removesuffix("分"))
        except ValueError:
            raise ValueError(t(message, value=value)) from None
    if number != number or number < 0 or number == float("inf"):
        raise ValueError(t(message, value=value))
    return number


def parse_rate(value) -> float | None:
    """A rate: "95.2%" as a Percent (0.952); a bare number as written (0.952 or 95.2), for
    its column to say which it is. Over 100 % is never a rate."""
    if isinstance(value, str) and value.rstrip().endswith(("%", "％")):
        text = _text(value)
        number = _number(text[:-1], "indicator_import.bad_rate") if text else None
        if number is None or number > 100:
            raise ValueError(t("indicator_import.bad_rate", value=value))
        return Percent(round(number / 100, 10))
    number = _number(value, "indicator_import.bad_rate")
    if number is not None and number > 100:
        raise ValueError(t("indicator_import.bad_rate", value=value))
    return number


def as_fraction(value: float, in_points: bool) -> float:
    # Rounded: 95.2 / 100 is 0.9520000000000001, and a value typed as 0.952 must equal it.
    return value if not in_points or isinstance(value, Percent) else round(value / 100, 10)


def parse_seconds(value) -> float | None:
    """A duration in seconds: 245, "4:05", "1:02:03", "4分05秒", or a time cell."""
    if isinstance(value, time):
        return value.hour * 3600 + value.minute * 60 + value.second + value.microsecond / 1e6
    if isinstance(value, timedelta):
        return value.total_seconds()
    if not isinstance(value, str):
        return _number(value, "indicator_import.bad_duration")
    text = _text(value)
    if text is None:
        return None
    text = text.removesuffix("s")
    for pattern, scale in ((_DURATION, (3600, 60, 1)), (_SPELLED, (3600, 60, 1))):
        match = pattern.match(text)
        if match and any(match.groups()):
            if pattern is _DURATION and match.group(1) is None:
                scale = (0, 60, 1)  # mm:ss
            return sum(float(part) * unit for part, unit in zip(match.groups(), scale, strict=True) if part)
    return _number(text, "indicator_import.bad_duration")


def parse_count(value) -> float | None:
    number = _number(value, "indicator_import.bad_count")
    if number is not None and not number.is_integer():
        raise ValueError(t("indicator_import.bad_count", value=value))
    return number


def parse_score(value) -> float | None:
    number = _number(value, "indicator_import.bad_score")
    if number is not None and number > SCORE_LIMIT:
        raise ValueError(t("indicator_import.bad_score", value=value))
    return number


PARSERS = {RATE: parse_rate, SECONDS: parse_seconds, COUNT: parse_count, SCORE: parse_score}


class IndicatorCells:
    """The indicator columns of a sheet, read row by row in the stored units. The bare
    rates of a lower-is-better column are put in fractions once the whole column is known
    (`finish`)."""

    def __init__(self, table: SheetTable, indicators: list[IndicatorRecord]):
        self.keys = [record.key for record in indicators]
        self.parsers = [PARSERS[record.unit] for record in indicators]
        self.letters = [table.column_letter(key) for key in self.keys]
        self.headers = [header_of(table, key) for key in self.keys]
        # A number cell within these bounds is taken as it is, without a call: a center's
        # month is three quarters of a million cells, nearly all of them plain numbers.
        self.largest = [SCORE_LIMIT if record.unit in (RATE, SCORE) else float("inf") for record in indicators]
        self.whole = [record.unit == COUNT for record in indicators]
        rates = [index for index, record in enumerate(indicators) if record.unit == RATE]
        self.higher_rates = [index for index in rates if indicators[index].direction == HIGHER]
        self.largest_lower_rate = {index: 0.0 for index in rates if index not in self.higher_rates}

    def read(self, number: int, cells: dict, problems: list) -> list[float | None]:
        """The row's values, one per indicator (None for a blank); what cannot be read
        goes to `problems`."""
        values = []
        for index, key in enumerate(self.keys):
            raw = cells[key]
            if raw is None:
                values.append(None)
            elif type(raw) is float and 0 <= raw <= self.largest[index] and (raw.is_integer() or not self.whole[index]):
                values.append(raw)
            else:
                try:
                    values.append(self.parsers[index](raw))
                except ValueError as error:
                    problems.append(RowProblem(number, self.letters[index], self.headers[index], str(error)))
                    values.append(None)
        for index in self.higher_rates:
            value = values[index]
            if value is not None:
                values[index] = float(as_fraction(value, value > 1))
        for index, largest in self.largest_lower_rate.items():
            value = values[index]
            if value is not None and value > largest and not isinstance(value, Percent):
                self.largest_lower_rate[index] = value
        return values

    def finish(self, rows: list[list[float | None]]) -> None:
        """Once the sheet is read: each lower-is-better rate in a fraction, in place."""
        for index, largest in self.largest_lower_rate.items():
            in_points = largest > 1
            for values in rows:
                value = values[index]
                if value is not None:
                    values[index] = float(as_fraction(value, in_points))


def header_of(table: SheetTable, name: str) -> str:
    """The column as the sheet's own header names it: what the user will look for."""
    return next((cell.header for cell in table.header_cells if cell.field == name), name)
