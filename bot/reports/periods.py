"""Report periods: runs of whole local days, how to name them, and their UTC-offset pieces."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

FIRST_YEAR, LAST_YEAR = 1970, 9998
_MONTH = re.compile(r"[0-9]{4}-[0-9]{2}")
_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


@dataclass(frozen=True, slots=True)
class ReportWindow:
    """A run of whole local days, first to last inclusive, in one time zone."""

    first_day: date
    last_day: date
    timezone: ZoneInfo

    @property
    def start_utc(self) -> datetime:
        """Return the UTC instant at which the first local day begins."""
        return datetime.combine(self.first_day, time(0), tzinfo=self.timezone).astimezone(UTC)

    @property
    def end_utc(self) -> datetime:
        """Return the UTC instant at which the day after the last local day begins."""
        next_day = self.last_day + timedelta(days=1)
        return datetime.combine(next_day, time(0), tzinfo=self.timezone).astimezone(UTC)


def utc_offset_segments(window: ReportWindow) -> list[tuple[datetime, int]]:
    """Return (from this UTC instant, UTC offset in seconds) pieces that cover the window."""
    zone = window.timezone

    def offset_at(epoch_seconds: int) -> int:
        moment = datetime.fromtimestamp(epoch_seconds, UTC).astimezone(zone)
        offset = moment.utcoffset()
        return int(offset.total_seconds()) if offset is not None else 0

    start, end = int(window.start_utc.timestamp()), int(window.end_utc.timestamp())
    segments = [(start, offset_at(start))]
    # Zones change offset at most a few times a year, never twice within six hours.
    step = 6 * 3600
    for probe in range(start, end, step):
        after = min(probe + step, end - 1)
        if offset_at(after) == segments[-1][1]:
            continue
        low, high = probe, after  # the offset changes in (low, high]: find its first second
        while high - low > 1:
            middle = (low + high) // 2
            if offset_at(middle) == segments[-1][1]:
                low = middle
            else:
                high = middle
        segments.append((high, offset_at(high)))
    return [(datetime.fromtimestamp(moment, UTC), offset) for moment, offset in segments]


def parse_month(text: str) -> tuple[int, int]:
    """Return (year, month) of a YYYY-MM text, or raise ValueError saying what is wrong."""
    # [0-9], not \d: \d matches Bengali digits too, and int() would quietly read them.
    if not _MONTH.fullmatch(text):
        raise ValueError(f"a month is written YYYY-MM, such as 2026-12, not {text!r}")
    year, month = int(text[:4]), int(text[5:])
    if not 1 <= month <= 12:
        raise ValueError(f"{text!r} is not a month")
    _check_year(year, text)
    return year, month


def parse_day(text: str) -> date:
    """Return the date of a YYYY-MM-DD text, or raise ValueError saying what is wrong."""
    if not _DAY.fullmatch(text):
        raise ValueError(f"a date is written YYYY-MM-DD, such as 2026-12-01, not {text!r}")
    try:
        day = date.fromisoformat(text)
    except ValueError:
        raise ValueError(f"{text!r} is not a date") from None
    _check_year(day.year, text)
    return day


def _check_year(year: int, text: str) -> None:
    # Far years overflow Python's datetime once turned into UTC instants at the window's edges.
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise ValueError(f"{text!r} is not between {FIRST_YEAR} and {LAST_YEAR}")


def month_window(year: int, month: int, timezone: ZoneInfo) -> ReportWindow:
    """Return the window of every local day of a month."""
    last = calendar.monthrange(year, month)[1]
    return ReportWindow(date(year, month, 1), date(year, month, last), timezone)


def current_month_window(now: datetime, timezone: ZoneInfo) -> ReportWindow:
    """Return the window of the month that `now` falls in, locally."""
    today = now.astimezone(timezone).date()
    return month_window(today.year, today.month, timezone)


def days_window(first_day: date, last_day: date, timezone: ZoneInfo) -> ReportWindow:
    """Return the window from one local day to another, both included."""
    if first_day > last_day:
        raise ValueError(f"the first day {first_day} is after the last day {last_day}")
    return ReportWindow(first_day, last_day, timezone)


def describe_window(window: ReportWindow) -> str:
    """Return a window in words: a whole month by name, otherwise its first and last day."""
    first, last = window.first_day, window.last_day
    if first.day == 1 and last == month_window(first.year, first.month, window.timezone).last_day:
        return f"{calendar.month_name[first.month]} {first.year}"
    return f"{first.isoformat()} to {last.isoformat()}"


def describe_scope(window: ReportWindow, grade: int | None) -> str:
    """Return a window in words, with the grade if the report is of one grade."""
    where = describe_window(window)
    return f"{where} for grade {grade}" if grade is not None else where


def days_of(window: ReportWindow) -> list[date]:
    """Return every local day of the window in order."""
    count = (window.last_day - window.first_day).days + 1
    return [window.first_day + timedelta(days=offset) for offset in range(count)]


def week_starts_of(window: ReportWindow) -> list[date]:
    """Return the Monday of every ISO week that overlaps the window."""
    monday = window.first_day - timedelta(days=window.first_day.weekday())
    count = (window.last_day - monday).days // 7 + 1
    return [monday + timedelta(weeks=offset) for offset in range(count)]


def month_starts_of(window: ReportWindow) -> list[date]:
    """Return the first day of every month that overlaps the window."""
    starts = []
    year, month = window.first_day.year, window.first_day.month
    while date(year, month, 1) <= window.last_day:
        starts.append(date(year, month, 1))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return starts
