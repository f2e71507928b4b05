"""Benchmark the answer checker on the table of real spellings: checks per second on one core.

Run: .venv/bin/python bench/answers.py [--rounds N]
"""

from __future__ import annotations

import argparse
import gc
import os
import statistics
import sys
import time
from pathlib import Path

# Run as a script, so the repository (for bot and the shared table in tests/) goes on the path.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bot.tutor.answers import check_answer
from tests.unit.checking_cases import CASES as SPELLINGS
from tests.unit.verdict_cases import VERDICT_CASES

# Both tables: plain spellings, and those with units, hedges, direction words and words for numbers.
CASES = [*SPELLINGS, *VERDICT_CASES]

GOAL_CHECKS_PER_SECOND = 5_000


def main() -> int:
    """Run the table many times and print throughput, latency and the slowest input."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=40, help="passes over the table")
    rounds = parser.parse_args().rounds
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})

    # Warm-up: each problem's key is parsed once and cached, as in the running bot.
    for case in CASES:
        check_answer(case.text, case.key)

    start = time.perf_counter()
    for _ in range(rounds):
        for case in CASES:
            check_answer(case.text, case.key)
    elapsed = time.perf_counter() - start
    checks = rounds * len(CASES)

    timings: list[list[float]] = [[] for _ in CASES]
    gc.disable()  # per-call latency of the checker itself, not of the collector
    try:
        for _ in range(rounds):
            for index, case in enumerate(CASES):
                began = time.perf_counter()
                check_answer(case.text, case.key)
                timings[index].append(time.perf_counter() - began)
    finally:
        gc.enable()
    every_call = sorted(t for case_timings in timings for t in case_timings)
    medians = [statistics.median(case_timings) for case_timings in timings]
    slowest = max(range(len(CASES)), key=medians.__getitem__)
    case = CASES[slowest]

    rate = checks / elapsed
    print(f"{len(CASES)} spellings x {rounds} rounds = {checks:,} checks in {elapsed:.2f} s")
    print(f"throughput: {rate:,.0f} checks/s on one core (goal {GOAL_CHECKS_PER_SECOND:,})")
    print(
        f"latency: median {statistics.median(every_call) * 1e6:.0f} µs, "
        f"p99 {every_call[int(len(every_call) * 0.99)] * 1e6:.0f} µs, "
        f"max {every_call[-1] * 1e3:.2f} ms"
    )
    print(
        f"slowest input: {case.text[:60]!r} for {case.key.kind} key {case.key.answer!r}, "
        f"median {medians[slowest] * 1e6:.0f} µs"
    )
    return 0 if rate >= GOAL_CHECKS_PER_SECOND else 1


if __name__ == "__main__":
    sys.exit(main())
