"""The pure rules of classes: codes, names, the teacher's week, the digest's hour, the figures."""

from __future__ import annotations

import random
from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from bot.tutor.classes.rules import (
    CODE_ALPHABET,
    CODE_LENGTH,
    MAX_FAILED_JOINS,
    SessionDay,
    days_inactive,
    days_practised,
    digest_week_end,
    join_payload,
    long_inactive,
    new_code,
    read_class_name,
    read_code,
    streak_at_risk,
    too_many_failed_joins,
    week_figures,
    week_start,
)

DHAKA = ZoneInfo("Asia/Dhaka")


def test_codes_use_only_letters_and_digits_that_cannot_be_confused() -> None:
    assert not set(CODE_ALPHABET) & set("0O1IL")
    rng = random.Random(7)
    codes = {new_code(rng) for _ in range(2000)}
    assert all(len(code) == CODE_LENGTH and set(code) <= set(CODE_ALPHABET) for code in codes)
    assert len(codes) == 2000  # no clash in a school's worth of classes
    assert len(CODE_ALPHABET) ** CODE_LENGTH > 800_000_000


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("ABC234", "ABC234"),
        ("abc234", "ABC234"),
        (" abc 234 ", "ABC234"),
        ("ABC-234", "ABC234"),
        ("join-ABC234", "ABC234"),
        ("ＡＢＣ２３４", "ABC234"),  # full-width, as some phone keyboards type
        ("ABC230", None),  # 0 is in no code
        ("ABCO34", None),  # nor O
        ("ABC2345", None),
        ("ABC23", None),
        ("", None),
        ("২৩৪ABC", None),  # Bengali digits are not code digits
        ("ABC\x0034", None),
        ("/join ABC234", None),
    ],
)
def test_a_typed_code_is_read_forgivingly_and_nothing_else_is_a_code(
    typed: str, code: str | None
) -> None:
    assert read_code(typed) == code


@pytest.mark.parametrize(
    ("payload", "code"),
    [("join-ABC234", "ABC234"), ("JOIN-abc234", "ABC234"), ("join-", None), ("ref-ABC234", None)],
)
def test_a_deep_links_payload_names_its_class(payload: str, code: str | None) -> None:
    assert join_payload(payload) == code


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Class 7 A", "Class 7 A"),
        ("  সপ্তম   ক  ", "সপ্তম ক"),
        ("7A\u200b", "7A"),  # a zero-width space (a format character) is dropped
        ("", None),
        ("   ", None),
        ("x" * 60, "x" * 60),
        ("x" * 61, None),
    ],
)
def test_a_class_name_is_tidied_and_kept_short(text: str, name: str | None) -> None:
    assert read_class_name(text) == name


@pytest.mark.parametrize(
    ("failures", "blocked"), [(0, False), (MAX_FAILED_JOINS - 1, False), (MAX_FAILED_JOINS, True)]
)
def test_guessing_stops_after_a_few_wrong_codes(failures: int, blocked: bool) -> None:
    assert too_many_failed_joins(failures) is blocked


@pytest.mark.parametrize(
    ("today", "friday"),
    [
        (date(2026, 12, 4), date(2026, 12, 4)),  # a Friday begins its own week
        (date(2026, 12, 5), date(2026, 12, 4)),  # Saturday
        (date(2026, 12, 6), date(2026, 12, 4)),  # Sunday, the first school day
        (date(2026, 12, 10), date(2026, 12, 4)),  # Thursday, the last
        (date(2026, 12, 11), date(2026, 12, 11)),
    ],
)
def test_a_teachers_week_runs_friday_to_thursday(today: date, friday: date) -> None:
    assert week_start(today) == friday


@pytest.mark.parametrize(
    ("local", "week_end"),
    [
        (datetime(2026, 12, 10, 18, 0, tzinfo=DHAKA), date(2026, 12, 10)),
        (datetime(2026, 12, 10, 21, 29, tzinfo=DHAKA), date(2026, 12, 10)),
        (datetime(2026, 12, 10, 17, 59, tzinfo=DHAKA), None),
        (datetime(2026, 12, 10, 21, 30, tzinfo=DHAKA), None),  # children's quiet hours
        (datetime(2026, 12, 11, 18, 0, tzinfo=DHAKA), None),  # Friday: stale news
        (datetime(2026, 12, 9, 18, 0, tzinfo=DHAKA), None),
    ],
)
def test_the_digest_is_due_on_thursday_evening_outside_quiet_hours(
    local: datetime, week_end: date | None
) -> None:
    assert digest_week_end(local) == week_end


@pytest.mark.parametrize(
    ("current", "last", "at_risk"),
    [
        (3, date(2026, 12, 9), True),  # yesterday: breaks tonight
        (3, date(2026, 12, 10), False),  # practised today
        (0, date(2026, 12, 9), False),  # no streak to lose
        (3, date(2026, 12, 7), False),  # already lapsed (or held by a freeze)
        (0, None, False),
    ],
)
def test_a_streak_is_at_risk_when_the_last_practice_was_yesterday(
    current: int, last: date | None, at_risk: bool
) -> None:
    assert streak_at_risk(current, last, date(2026, 12, 10)) is at_risk


@pytest.mark.parametrize(
    ("last", "days", "long"),
    [
        (date(2026, 12, 10), 0, False),
        (date(2026, 12, 6), 4, False),
        (date(2026, 12, 5), 5, True),
        (None, None, True),
    ],
)
def test_five_days_without_practice_is_long(
    last: date | None, days: int | None, long: bool
) -> None:
    today = date(2026, 12, 10)
    assert days_inactive(last, today) == days
    assert long_inactive(last, today) is long


SESSIONS = [
    SessionDay(1, date(2026, 12, 6), completed=True, answered=5, correct=4),
    SessionDay(1, date(2026, 12, 7), completed=False, answered=2, correct=1),
    SessionDay(2, date(2026, 12, 7), completed=True, answered=5, correct=5),
    SessionDay(2, date(2026, 12, 8), completed=False, answered=0, correct=0),  # opened only
    SessionDay(3, date(2026, 11, 30), completed=True, answered=5, correct=2),  # the week before
]


def test_a_week_counts_practice_days_students_sessions_and_answers() -> None:
    week = week_figures(SESSIONS, date(2026, 12, 4), date(2026, 12, 10))
    assert (week.active_students, week.practice_days) == (2, 2)
    assert week.sessions_completed == 2
    assert (week.answered, week.correct) == (12, 10)
    assert week.accuracy == pytest.approx(10 / 12)
    before = week_figures(SESSIONS, date(2026, 11, 27), date(2026, 12, 3))
    assert (before.active_students, before.answered) == (1, 5)
    assert week_figures([], date(2026, 12, 4), date(2026, 12, 10)).accuracy is None


@pytest.mark.parametrize(("student", "days"), [(1, 2), (2, 1), (3, 0), (4, 0)])
def test_a_session_opened_but_never_answered_is_not_a_day_of_practice(
    student: int, days: int
) -> None:
    assert days_practised(SESSIONS, student, date(2026, 12, 4), date(2026, 12, 10)) == days
