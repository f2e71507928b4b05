"""Reminder timing rules: personal time, quiet hours, comeback steps."""

from __future__ import annotations

from datetime import time

import pytest

from bot.tutor.reminders.rules import in_quiet_hours, nudge_step, personal_reminder_time

DEFAULT = time(19, 0)


@pytest.mark.parametrize(
    ("times", "expected"),
    [
        ([], DEFAULT),
        ([time(16, 0), time(16, 30)], DEFAULT),  # fewer than three sessions: default time
        ([time(16, 0), time(16, 30), time(17, 0)], time(17, 30)),
        ([time(7, 10), time(7, 20), time(7, 30), time(8, 0)], time(8, 25)),
        ([time(20, 45), time(21, 0), time(21, 15)], time(21, 0)),  # would be 22:00: quiet
        ([time(5, 0), time(5, 30), time(5, 10)], time(7, 0)),  # would be 06:10: quiet
    ],
)
def test_personal_reminder_time(times: list[time], expected: time) -> None:
    assert personal_reminder_time(times, DEFAULT) == expected


@pytest.mark.parametrize(
    ("moment", "quiet"),
    [
        (time(21, 29), False),
        (time(21, 30), True),
        (time(0, 0), True),
        (time(6, 59), True),
        (time(7, 0), False),
    ],
)
def test_quiet_hours(moment: time, quiet: bool) -> None:
    assert in_quiet_hours(moment) is quiet


@pytest.mark.parametrize(
    ("days", "step"), [(0, None), (2, None), (3, 3), (6, 3), (7, 7), (13, 7), (14, 14), (90, 14)]
)
def test_nudge_steps(days: int, step: int | None) -> None:
    assert nudge_step(days) == step
