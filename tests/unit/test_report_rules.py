"""The rules of the teacher reports: periods, rates, the budget line, Wilson intervals, buckets."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest

from bot.reports.periods import (
    ReportWindow,
    current_month_window,
    days_of,
    days_window,
    describe_window,
    month_starts_of,
    month_window,
    parse_day,
    parse_month,
    utc_offset_segments,
    week_starts_of,
)
from bot.reports.records import AnswerCounts, SessionCounts
from bot.reports.rules import (
    STREAK_BUCKET_STARTS,
    accuracy,
    compare_with_target,
    completion_rate,
    dollars,
    first_try_accuracy,
    hints_per_problem,
    oldest_live_practice_dates,
    percentage,
    streak_bucket_bounds,
    streak_bucket_label,
    streak_bucket_upper_bounds,
    wilson_interval,
)
from bot.tutor.ai import reached_budget
from bot.tutor.practice import MAX_FREEZES, oldest_live_practice_date

DHAKA = ZoneInfo("Asia/Dhaka")
LONDON = ZoneInfo("Europe/London")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-12", (2026, 12)),
        ("2027-01", (2027, 1)),
        ("1970-01", (1970, 1)),
        ("9998-12", (9998, 12)),
    ],
)
def test_parse_month(text: str, expected: tuple[int, int]) -> None:
    assert parse_month(text) == expected


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("2026-13", "is not a month"),
        ("2026-00", "is not a month"),
        ("0999-05", "is not between 1970 and 9998"),
        ("9999-12", "is not between 1970 and 9998"),
        ("2026-1", "YYYY-MM"),
        ("2026/12", "YYYY-MM"),
        ("December", "YYYY-MM"),
        ("২০২৬-১২", "YYYY-MM"),  # Bengali digits match \d, not [0-9]
        (" 2026-12", "YYYY-MM"),
    ],
)
def test_parse_month_refuses(text: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        parse_month(text)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("2026-02-29", "is not a date"),
        ("2026-12", "YYYY-MM-DD"),
        ("20261201", "YYYY-MM-DD"),
        ("0001-01-01", "is not between 1970 and 9998"),
        ("২০২৬-১২-০১", "YYYY-MM-DD"),
    ],
)
def test_parse_day_refuses(text: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        parse_day(text)


def test_parse_day() -> None:
    assert parse_day("2028-02-29") == date(2028, 2, 29)


@pytest.mark.parametrize(
    ("year", "month", "last"),
    [(2026, 12, date(2026, 12, 31)), (2028, 2, date(2028, 2, 29)), (2026, 2, date(2026, 2, 28))],
)
def test_month_window(year: int, month: int, last: date) -> None:
    window = month_window(year, month, DHAKA)

    assert (window.first_day, window.last_day) == (date(year, month, 1), last)
    assert len(days_of(window)) == last.day


def test_a_dhaka_month_runs_from_18_00_utc_the_day_before() -> None:
    window = month_window(2026, 12, DHAKA)

    assert window.start_utc == datetime(2026, 11, 30, 18, 0, tzinfo=UTC)
    assert window.end_utc == datetime(2026, 12, 31, 18, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("now", "first_day"),
    [
        (datetime(2026, 11, 30, 17, 59, tzinfo=UTC), date(2026, 11, 1)),  # 23:59 in Dhaka
        (datetime(2026, 11, 30, 18, 0, tzinfo=UTC), date(2026, 12, 1)),  # midnight in Dhaka
    ],
)
def test_current_month_is_the_local_month(now: datetime, first_day: date) -> None:
    assert current_month_window(now, DHAKA).first_day == first_day


def test_days_window_refuses_a_backward_range() -> None:
    with pytest.raises(ValueError, match="after the last day"):
        days_window(date(2026, 12, 2), date(2026, 12, 1), DHAKA)


@pytest.mark.parametrize(
    ("first", "last", "words"),
    [
        (date(2026, 12, 1), date(2026, 12, 31), "December 2026"),
        (date(2026, 12, 1), date(2026, 12, 30), "2026-12-01 to 2026-12-30"),
        (date(2026, 11, 30), date(2026, 12, 31), "2026-11-30 to 2026-12-31"),
    ],
)
def test_describe_window(first: date, last: date, words: str) -> None:
    assert describe_window(ReportWindow(first, last, DHAKA)) == words


def test_weeks_start_on_monday_and_cover_the_window() -> None:
    window = month_window(2026, 12, DHAKA)  # Tuesday 1 to Thursday 31 December

    assert week_starts_of(window) == [
        date(2026, 11, 30),
        date(2026, 12, 7),
        date(2026, 12, 14),
        date(2026, 12, 21),
        date(2026, 12, 28),
    ]
    assert week_starts_of(days_window(date(2026, 12, 7), date(2026, 12, 7), DHAKA)) == [
        date(2026, 12, 7)
    ]


def test_months_of_a_range_across_a_new_year() -> None:
    window = days_window(date(2026, 11, 30), date(2027, 1, 1), DHAKA)

    assert month_starts_of(window) == [date(2026, 11, 1), date(2026, 12, 1), date(2027, 1, 1)]


COUNTS = AnswerCounts(answered=8, correct=6, first_try_correct=4, hints_used=10)
NONE_ANSWERED = AnswerCounts(0, 0, 0, 0)


def test_rates_of_answers() -> None:
    assert accuracy(COUNTS) == 0.75
    assert first_try_accuracy(COUNTS) == 0.5
    assert hints_per_problem(COUNTS) == 1.25
    assert accuracy(NONE_ANSWERED) is None
    assert first_try_accuracy(NONE_ANSWERED) is None
    assert hints_per_problem(NONE_ANSWERED) is None


@pytest.mark.parametrize(
    ("counts", "rate"),
    [
        (SessionCounts(started=4, completed=2, abandoned=1, in_progress=1), 0.5),
        (SessionCounts(started=3, completed=3, abandoned=0, in_progress=0), 1.0),
        (SessionCounts(started=0, completed=0, abandoned=0, in_progress=0), None),
    ],
)
def test_completion_rate_counts_open_sessions_as_not_completed(
    counts: SessionCounts, rate: float | None
) -> None:
    assert completion_rate(counts) == rate


@pytest.mark.parametrize(
    ("successes", "trials", "low", "high"),
    [
        (5, 10, 0.2366, 0.7634),
        (0, 10, 0.0, 0.2775),
        (10, 10, 0.7225, 1.0),
        (5, 20, 0.1119, 0.4687),
        (81, 263, 0.2553, 0.3662),
    ],
)
def test_wilson_interval(successes: int, trials: int, low: float, high: float) -> None:
    assert wilson_interval(successes, trials) == pytest.approx((low, high), abs=1e-4)


def test_wilson_interval_of_nothing_is_everything() -> None:
    assert wilson_interval(0, 0) == (0.0, 1.0)


def test_wilson_interval_refuses_more_successes_than_trials() -> None:
    with pytest.raises(ValueError, match="6 successes out of 5"):
        wilson_interval(6, 5)


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        (0.0, "$0.0000"),
        (0.0000188, "$0.0000188"),
        (0.00012345, "$0.000123"),
        (0.03375, "$0.0338"),
        (1234.5, "$1,234.5000"),
    ],
)
def test_dollars_keep_significant_digits(value: float, shown: str) -> None:
    assert dollars(value) == shown


@pytest.mark.parametrize(
    ("share", "shown"),
    [(0.0, "0%"), (0.000188, "0.019%"), (0.04, "4.0%"), (0.3375, "34%"), (1.25, "125%")],
)
def test_percentage_of_a_tiny_share_is_not_zero(share: float, shown: str) -> None:
    assert percentage(share) == shown


@pytest.mark.parametrize(
    ("average", "target", "status", "line"),
    [
        (
            0.03375,
            0.10,
            "under",
            "Average $0.0338 per active student: UNDER the $0.10 target by $0.0663 "
            "(34% of target).",
        ),
        (
            0.125,
            0.10,
            "over",
            "Average $0.1250 per active student: OVER the $0.10 target by $0.0250 "
            "(125% of target).",
        ),
        (
            0.07 + 0.03,
            0.10,
            "at",
            "Average $0.1000 per active student: on the $0.10 target.",
        ),
        (
            0.01,
            0.0,
            "over",
            "Average $0.0100 per active student: OVER the $0.00 target by $0.0100.",
        ),
        (
            0.0000188,
            0.10,
            "under",
            "Average $0.0000188 per active student: UNDER the $0.10 target by $0.1000 "
            "(0.019% of target).",
        ),
        (
            0.004,
            0.10,
            "under",
            "Average $0.00400 per active student: UNDER the $0.10 target by $0.0960 "
            "(4.0% of target).",
        ),
        (
            None,
            0.10,
            "no_active_students",
            "No active students, so no average cost to compare with the $0.10 target.",
        ),
    ],
)
def test_budget_line(average: float | None, target: float, status: str, line: str) -> None:
    verdict = compare_with_target(average, target)

    assert verdict.status == status
    assert verdict.line == line


@pytest.mark.parametrize(
    ("cost", "reached"),
    [
        (0.10, True),
        (0.07 + 0.03, True),
        (0.25, True),
        (0.0999, False),
        # 0.09999999999999999 in floating point: the tutor lets one more call through, and so
        # the report does not count the student as stopped yet.
        (0.06 + 0.03 + 0.01, False),
        (0.0, False),
    ],
)
def test_reached_budget(cost: float, reached: bool) -> None:
    assert reached_budget(cost, 0.10) is reached


def test_streak_buckets() -> None:
    labels = [streak_bucket_label(i) for i in range(len(STREAK_BUCKET_STARTS))]
    bounds = [streak_bucket_bounds(i) for i in range(len(STREAK_BUCKET_STARTS))]

    assert labels == ["0", "1-2", "3-6", "7-13", "14-29", "30+"]
    assert bounds == [(0, 0), (1, 2), (3, 6), (7, 13), (14, 29), (30, None)]
    assert streak_bucket_upper_bounds() == [0, 2, 6, 13, 29]


def test_one_oldest_live_practice_date_per_number_of_freezes() -> None:
    today = date(2026, 12, 15)

    cutoffs = oldest_live_practice_dates(today)

    assert len(cutoffs) == MAX_FREEZES + 1
    assert cutoffs == [oldest_live_practice_date(today, n) for n in range(MAX_FREEZES + 1)]
    assert cutoffs == sorted(cutoffs, reverse=True)  # each freeze keeps a streak a day longer


def test_a_fixed_offset_zone_is_one_segment() -> None:
    window = ReportWindow(date(2026, 1, 1), date(2026, 12, 31), DHAKA)

    assert utc_offset_segments(window) == [(datetime(2025, 12, 31, 18, 0, tzinfo=UTC), 21600)]


def test_offset_segments_change_at_the_daylight_saving_instant() -> None:
    window = ReportWindow(date(2026, 3, 1), date(2026, 10, 31), LONDON)

    assert utc_offset_segments(window) == [
        (datetime(2026, 3, 1, 0, 0, tzinfo=UTC), 0),
        (datetime(2026, 3, 29, 1, 0, tzinfo=UTC), 3600),  # BST begins
        (datetime(2026, 10, 25, 1, 0, tzinfo=UTC), 0),  # and ends
    ]
