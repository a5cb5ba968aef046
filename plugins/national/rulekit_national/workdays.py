"""Working days, by the official calendar: holidays and the weekend days made working days.

China moves working days around its holidays (调休): a Saturday can be a working day and a
Wednesday a holiday, so a deadline in working days cannot be counted from weekdays. The
``chinesecalendar`` package carries the State Council's published calendar, year by year; a
date outside the years it covers is not guessed: :func:`working_days_between` raises
:class:`OutsideCalendar`, which a rule reports as an input problem.
"""

from __future__ import annotations

import datetime as dt

import chinese_calendar


class OutsideCalendar(ValueError):
    """A date the official calendar in use does not cover yet (or no longer)."""

    def __init__(self, date: dt.date) -> None:
        first, last = covered_years()
        super().__init__(f"{date.isoformat()} is outside the working-day calendar "
                         f"(chinesecalendar {chinese_calendar.__version__} covers "
                         f"{first}–{last})")
        self.date = date


def covered_years() -> tuple[int, int]:
    """The first and last year the installed calendar covers."""
    days = chinese_calendar.holidays.keys() | chinese_calendar.workdays.keys()
    return min(days).year, max(days).year


def working_days_between(start: dt.date, end: dt.date) -> int:
    """Working days after ``start`` up to and including ``end`` (0 when ``end`` is not
    after ``start``): a document signed on a Friday and published the next Monday took one
    working day."""
    first, last = covered_years()
    for date in (start, end):
        if not first <= date.year <= last:
            raise OutsideCalendar(date)
    if end <= start:
        return 0
    return len(chinese_calendar.get_workdays(start + dt.timedelta(days=1), end))
