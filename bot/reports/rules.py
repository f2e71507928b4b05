"""The rules the reports follow: rates, the Wilson interval, the budget verdict, streak buckets."""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date
from typing import Literal

from bot.reports.records import AnswerCounts, SessionCounts
from bot.tutor.practice import MAX_FREEZES, oldest_live_practice_date

# Lower bound of each streak bucket; a bucket runs up to the next one's bound minus one.
STREAK_BUCKET_STARTS = (0, 1, 3, 7, 14, 30)
# Below this many answers, one unlucky student can make a fine problem look broken.
MIN_ANSWERS_FOR_PROBLEM_ACCURACY = 20
HARDEST_PROBLEMS_SHOWN = 10
COSTLIEST_STUDENTS_SHOWN = 10
# The words students see for a problem's difficulty (the catalogue's difficulty_N, in English).
DIFFICULTY_NAMES = {1: "easy", 2: "medium", 3: "hard"}
# Closer than a billionth of a dollar to the target counts as on it: float sums drift that much.
DOLLAR_TOLERANCE = 1e-9
# The 97.5th percentile of the standard normal distribution: a two-sided 95% interval.
Z_95 = 1.959963984540054

BudgetStatus = Literal["under", "at", "over", "no_active_students"]


def difficulty_name(difficulty: int) -> str:
    """Return the word for a difficulty, or the number itself if it has none."""
    return DIFFICULTY_NAMES.get(difficulty, str(difficulty))


def ratio(part: float, whole: float) -> float | None:
    """Return part / whole, or None when there is nothing to divide by."""
    return part / whole if whole else None


def accuracy(counts: AnswerCounts) -> float | None:
    """Return the share of answered responses that were right (skips count as wrong)."""
    return ratio(counts.correct, counts.answered)


def first_try_accuracy(counts: AnswerCounts) -> float | None:
    """Return the share of answered responses that were right with no wrong try before."""
    return ratio(counts.first_try_correct, counts.answered)


def hints_per_problem(counts: AnswerCounts) -> float | None:
    """Return the mean hints used per answered response."""
    return ratio(counts.hints_used, counts.answered)


def completion_rate(counts: SessionCounts) -> float | None:
    """Return the share of started sessions that were completed (in progress counts as not yet)."""
    return ratio(counts.completed, counts.started)


def wilson_interval(successes: int, trials: int, z: float = Z_95) -> tuple[float, float]:
    """Return the Wilson score interval of a proportion (95% by default)."""
    if trials <= 0:
        return 0.0, 1.0
    if not 0 <= successes <= trials:
        raise ValueError(f"{successes} successes out of {trials} trials")
    share = successes / trials
    z_squared = z * z
    denominator = 1 + z_squared / trials
    centre = (share + z_squared / (2 * trials)) / denominator
    spread = z * math.sqrt(share * (1 - share) / trials + z_squared / (4 * trials * trials))
    spread /= denominator
    return max(0.0, centre - spread), min(1.0, centre + spread)


def streak_bucket_label(index: int) -> str:
    """Return the label of a streak bucket: "0", "1-2", ..., "30+"."""
    low, high = streak_bucket_bounds(index)
    if high is None:
        return f"{low}+"
    return str(low) if low == high else f"{low}-{high}"


def streak_bucket_bounds(index: int) -> tuple[int, int | None]:
    """Return the smallest and largest streak of a bucket (None: no largest)."""
    low = STREAK_BUCKET_STARTS[index]
    if index + 1 == len(STREAK_BUCKET_STARTS):
        return low, None
    return low, STREAK_BUCKET_STARTS[index + 1] - 1


def streak_bucket_upper_bounds() -> list[int]:
    """Return the largest streak of every bucket but the open-ended last one."""
    return [start - 1 for start in STREAK_BUCKET_STARTS[1:]]


def oldest_live_practice_dates(today: date) -> list[date]:
    """Return, per number of freezes held (0 to MAX_FREEZES), the oldest practice still live."""
    return [oldest_live_practice_date(today, freezes) for freezes in range(MAX_FREEZES + 1)]


def _decimals_for(value: float, significant: int, minimum: int) -> int:
    """Return how many decimals show `significant` digits of a value, and at least `minimum`."""
    if value == 0 or not math.isfinite(value):
        return minimum
    leading = math.floor(math.log10(abs(value)))
    return max(minimum, significant - 1 - leading)


def dollars(value: float) -> str:
    """Write an amount in dollars to 4 decimals, or to 3 significant digits when smaller.

    AI help costs fractions of a cent per student: $0.0000188 must not read as $0.0000.
    """
    return f"${value:,.{_decimals_for(value, 3, 4)}f}"


def percentage(share: float) -> str:
    """Write a share (0.5 is 50%) as a whole percent, or to 2 significant digits when smaller."""
    return f"{100 * share:.{_decimals_for(100 * share, 2, 0)}f}%"


@dataclass(frozen=True, slots=True)
class BudgetVerdict:
    """How the average cost per active student compares with the target, in one plain line."""

    status: BudgetStatus
    line: str


def compare_with_target(average_usd: float | None, target_usd: float) -> BudgetVerdict:
    """Say whether the average AI cost per active student is over or under the target."""
    target = f"${target_usd:.2f}"
    if average_usd is None:
        return BudgetVerdict(
            "no_active_students",
            f"No active students, so no average cost to compare with the {target} target.",
        )
    average = dollars(average_usd)
    difference = abs(average_usd - target_usd)
    if difference < DOLLAR_TOLERANCE:
        return BudgetVerdict(
            "at", f"Average {average} per active student: on the {target} target."
        )
    share = f" ({percentage(average_usd / target_usd)} of target)" if target_usd > 0 else ""
    status: BudgetStatus = "over" if average_usd > target_usd else "under"
    return BudgetVerdict(
        status,
        f"Average {average} per active student: {status.upper()} the {target} target "
        f"by {dollars(difference)}{share}.",
    )
