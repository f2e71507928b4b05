"""Choose a session's problems: mixed topics and difficulties, nothing seen in the last 14 days."""

from __future__ import annotations

import random
from collections.abc import Collection, Sequence
from dataclasses import dataclass

RECENT_DAYS = 14
# A five-problem session climbs gently: two easy, two medium, one hard.
DIFFICULTY_PLAN = (1, 1, 2, 2, 3)


@dataclass(frozen=True, slots=True)
class Candidate:
    """What selection needs to know about a problem."""

    problem_id: int
    topic: str
    difficulty: int


def choose_problems(
    candidates: Sequence[Candidate],
    *,
    count: int,
    recently_seen: Collection[int],
    rng: random.Random,
) -> list[int]:
    """Return `count` problem ids, easy first, from as many different topics as possible.

    Problems seen recently are used only when the unseen ones run out.
    """
    pool = list(candidates)
    rng.shuffle(pool)
    chosen: list[Candidate] = []
    used_topics: set[str] = set()
    for difficulty in _difficulty_plan(count):
        if not pool:
            break

        def rank(candidate: Candidate, difficulty: int = difficulty) -> tuple[bool, bool, int]:
            # Unseen before seen, then a topic not yet in this session, then the planned level.
            return (
                candidate.problem_id in recently_seen,
                candidate.topic in used_topics,
                abs(candidate.difficulty - difficulty),
            )

        pick = min(pool, key=rank)
        chosen.append(pick)
        pool.remove(pick)
        used_topics.add(pick.topic)
    chosen.sort(key=lambda c: c.difficulty)
    return [c.problem_id for c in chosen]


def _difficulty_plan(count: int) -> list[int]:
    return [DIFFICULTY_PLAN[i % len(DIFFICULTY_PLAN)] for i in range(count)]
