"""Local days, weeks, months and JSON arrays in SQL, written the way this database writes them."""

from __future__ import annotations

from typing import Any, Literal

from sqlalchemy import (
    ColumnElement,
    Date,
    Integer,
    SQLColumnExpression,
    case,
    cast,
    extract,
    func,
    type_coerce,
)
from sqlalchemy.sql.selectable import TableValuedAlias

from bot.reports.periods import ReportWindow, utc_offset_segments
from db.uow import UnitOfWork

Unit = Literal["day", "week", "month"]


class SqlCalendar:
    """Local days, weeks, months and JSON arrays, written the way this database writes them."""

    def __init__(self, uow: UnitOfWork, window: ReportWindow | None = None) -> None:
        self._postgres = uow.session.get_bind().dialect.name == "postgresql"
        self._window = window

    def local_day(self, moment: SQLColumnExpression[Any]) -> ColumnElement[Any]:
        """Return the local date of a UTC timestamp column."""
        if self._window is None:
            raise ValueError("a local day needs the report window's time zone")
        if self._postgres:
            return cast(func.timezone(self._window.timezone.key, moment), Date)
        segments = utc_offset_segments(self._window)
        days = [func.date(moment, f"{offset:+d} seconds", type_=Date) for _, offset in segments]
        if len(days) == 1:
            return days[0]
        # Before the first change, the first offset; and so on.
        whens = [
            (moment < starts, day) for (starts, _), day in zip(segments[1:], days, strict=False)
        ]
        return case(*whens, else_=days[-1])

    def starts_on(self, day: SQLColumnExpression[Any], unit: Unit) -> ColumnElement[Any]:
        """Return the first day of the day, ISO week (Monday) or month that a date falls in."""
        if unit == "day":
            return type_coerce(day, Date)
        if self._postgres:
            part = "isodow" if unit == "week" else "day"
            # date - integer is a date: plain arithmetic avoids date_trunc's trip via timestamptz.
            return day - cast(extract(part, day), Integer) + 1
        modifiers = ("weekday 0", "-6 days") if unit == "week" else ("start of month",)
        return func.date(day, *modifiers, type_=Date)

    def integer_elements(self, array: SQLColumnExpression[Any]) -> TableValuedAlias:
        """Return a table of the elements of a JSON array of integers, one row each."""
        if self._postgres:
            return func.jsonb_array_elements_text(array).table_valued(
                "value", joins_implicitly=True
            )
        return func.json_each(array).table_valued("value", joins_implicitly=True)
