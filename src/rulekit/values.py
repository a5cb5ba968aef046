"""Reading the values of table cells: dates and times as offices type them, yes and no.

Inventories, registries, letters and post exports come from Excel and from many systems, so
one date is 2022-05-31, 2022/5/31, 2022年5月31日 14:30, 20220531 or an Excel serial number.
These readers are shared by every input plugin; each raises ValueError quoting the value,
which the input turns into a problem naming the row.
"""

from __future__ import annotations

import datetime as _dt
import math
import numbers
import re
import unicodedata

__all__ = ["parse_bool", "parse_date", "parse_datetime"]

# --------------------------------------------------------------------------- dates

_EXCEL_EPOCH = _dt.datetime(1899, 12, 30)
_SERIAL_MIN, _SERIAL_MAX = 20000, 80000  # 1954-10-03 .. 2119-01-11: plausible serials only
_CST = _dt.timezone(_dt.timedelta(hours=8), "CST")

_TIME_CORE = (
    r"(?P<ampm>上午|下午|am|pm)?\s*"
    r"(?:(?P<H>[0-9]{1,2}):(?P<M>[0-9]{2})(?::(?P<S>[0-9]{2})(?:\.(?P<frac>[0-9]{1,9}))?)?"
    r"|(?P<H2>[0-9]{1,2})[时点](?:(?P<M2>[0-9]{1,2})分(?:(?P<S2>[0-9]{1,2})秒)?)?)"
    r"\s*(?P<ampm2>am|pm)?"
    r"\s*(?P<tz>z|[+-][0-9]{2}:?[0-9]{2})?"
)
_TIME = r"(?:" + _TIME_CORE + ")?"
# Text is lower-cased before matching, so the ISO "T" and "Z" appear as "t" and "z".
_SEP_TIME = r"(?:(?:t|\s+)" + _TIME_CORE + ")?"
_DATE_FORMS = (
    # 2022-05-31, 2022/5/31, 2022.05.31, with an optional time
    re.compile(r"(?P<y>[0-9]{4})[-/.](?P<m>[0-9]{1,2})[-/.](?P<d>[0-9]{1,2})" + _SEP_TIME),
    # 2022年5月31日 14:30
    re.compile(r"(?P<y>[0-9]{4})年(?P<m>[0-9]{1,2})月(?P<d>[0-9]{1,2})[日号]?\s*" + _TIME),
    # 20220531, 20220531 14:30
    re.compile(r"(?P<y>[0-9]{4})(?P<m>[0-9]{2})(?P<d>[0-9]{2})" + _SEP_TIME),
)
# 31/05/2022: day first, as written outside China; 05/31/2022 is accepted when it can only be
# month first, and 01/02/2022 (either) is refused rather than guessed.
_DMY = re.compile(r"(?P<a>[0-9]{1,2})[/.-](?P<b>[0-9]{1,2})[/.-](?P<y>[0-9]{4})" + _SEP_TIME)
_NUMBER = re.compile(r"[0-9]+(?:\.[0-9]+)?")


def _from_serial(serial: float, original: object) -> _dt.datetime:
    if not (_SERIAL_MIN <= serial <= _SERIAL_MAX):  # also false for NaN
        raise ValueError(
            f"not a date: {original!r} (a number is read as an Excel date serial only "
            f"between {_SERIAL_MIN} and {_SERIAL_MAX})"
        )
    # Round to the second: Excel stores times as binary fractions of a day.
    seconds = round(serial * 86400)
    return _EXCEL_EPOCH + _dt.timedelta(seconds=seconds)


def _to_local_naive(value: _dt.datetime) -> _dt.datetime:
    """Aware times are moved to Beijing time and made naive, so all times compare."""
    if value.tzinfo is None:
        return value
    return value.astimezone(_CST).replace(tzinfo=None)


def _from_match(match: re.Match[str], y: int, m: int, d: int, text: str) -> _dt.datetime:
    groups = match.groupdict()
    hour = int(groups["H"] or groups["H2"] or 0)
    minute = int(groups["M"] or groups["M2"] or 0)
    second = int(groups["S"] or groups["S2"] or 0)
    micro = int((groups.get("frac") or "0")[:6].ljust(6, "0"))
    ampm = (groups.get("ampm") or groups.get("ampm2") or "").lower()
    if ampm and not 1 <= hour <= 12:
        raise ValueError(f"not a date: {text!r} (hour {hour} with {ampm})")
    if ampm in ("下午", "pm") and hour < 12:
        hour += 12
    elif ampm in ("上午", "am") and hour == 12:
        hour = 0
    try:
        value = _dt.datetime(y, m, d, hour, minute, second, micro)
    except ValueError as exc:
        raise ValueError(f"not a date: {text!r} ({exc})") from None
    tz = groups.get("tz")
    if tz:
        if tz == "z":
            offset = _dt.timedelta(0)
        else:
            digits = tz[1:].replace(":", "")
            offset = _dt.timedelta(hours=int(digits[:2]), minutes=int(digits[2:]))
            if tz[0] == "-":
                offset = -offset
        if offset >= _dt.timedelta(hours=24):
            raise ValueError(f"not a date: {text!r} (time zone offset out of range)")
        value = _to_local_naive(value.replace(tzinfo=_dt.timezone(offset)))
    return value


def _parse_text(raw: str) -> _dt.datetime | None:
    text = re.sub(r"\s+", " ", unicodedata.normalize("NFKC", raw)).strip()
    if not text:
        return None
    lowered = text.lower()
    if _NUMBER.fullmatch(lowered) and len(lowered.split(".")[0]) <= 5:
        return _from_serial(float(lowered), raw)
    for form in _DATE_FORMS:
        match = form.fullmatch(lowered)
        if match:
            y, m, d = (int(match[k]) for k in ("y", "m", "d"))
            return _from_match(match, y, m, d, raw)
    match = _DMY.fullmatch(lowered)
    if match:
        a, b, y = int(match["a"]), int(match["b"]), int(match["y"])
        if a > 12 or a == b:
            day, month = a, b
        elif b > 12:
            day, month = b, a
        else:
            raise ValueError(
                f"not a date: {raw!r} (day and month order is ambiguous; write YYYY-MM-DD)"
            )
        return _from_match(match, y, month, day, raw)
    raise ValueError(f"not a date: {raw!r}")


def parse_datetime(value: object) -> _dt.datetime | None:
    """Read a date or date-time as inventories, registries and post exports spell it.

    Returns a naive datetime in Beijing time (aware input is converted), so that times from
    different files compare; a date alone gives midnight. None for empty input. Raises
    ValueError with the offending text when the value is not a date, so the caller can turn
    it into an InputError that names the row.
    """
    if value is None:
        return None
    if isinstance(value, _dt.datetime):
        return _to_local_naive(value)
    if isinstance(value, _dt.date):
        return _dt.datetime(value.year, value.month, value.day)
    if isinstance(value, bool):
        raise ValueError(f"not a date: {value!r}")
    if isinstance(value, numbers.Real):
        number = float(value)
        if math.isnan(number):
            raise ValueError(f"not a date: {value!r}")
        return _from_serial(number, value)
    if isinstance(value, str):
        return _parse_text(value)
    raise TypeError(f"cannot read a date from {type(value).__name__}: {value!r}")


def parse_date(value: object) -> _dt.date | None:
    """The calendar day of a date or date-time value (see parse_datetime for the forms)."""
    if isinstance(value, _dt.date) and not isinstance(value, _dt.datetime):
        return value
    result = parse_datetime(value)
    return None if result is None else result.date()


# --------------------------------------------------------------------------- yes/no

_YES = frozenset({"是", "有", "true", "yes", "y", "t", "1", "√", "✓", "✔", "☑"})
_NO = frozenset({"否", "无", "没有", "false", "no", "n", "f", "0", "×", "✗", "✘", "☒"})


def parse_bool(value: object) -> bool | None:
    """Read a yes/no cell (是/否, 有/无, true/false, √/×, 1/0 …); None for empty.

    Only words that mean yes or no are accepted: a description such as "正常" is not a
    yes, and is refused with ValueError rather than guessed.
    """
    if value is None:
        return None
    if isinstance(value, bool):
        return value
    if isinstance(value, numbers.Real) and value in (0, 1):
        return bool(value)
    text = re.sub(r"\s+", "", unicodedata.normalize("NFKC", str(value))).lower()
    if not text:
        return None
    if text in _YES:
        return True
    if text in _NO:
        return False
    raise ValueError(f"not a yes/no value: {value!r} (expected 是/否, 有/无, true/false)")
