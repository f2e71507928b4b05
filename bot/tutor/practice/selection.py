"""Choose a session's problems: due reviews first, then new ones at each topic's level.

Weak topics come up more often, every topic comes up within a week, and nothing seen in the last
14 days is repeated (except as a due review) while other problems remain.
"""

from __future__ import annotations

import random
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field

from bot.tutor.practice.review import MIN_LEVEL, REVIEWS_PER_SESSION

RECENT_DAYS = 14
# A topic missing from this many recent sessions is brought back first. With three new problems
# a session (two slots may go to reviews) and up to nine topics a grade, four leaves room for
# every topic to appear within a week of daily sessions.
COVERAGE_SESSIONS = 4


@dataclass(frozen=True, slots=True)
class Candidate:
    """What selection needs to know about a problem."""

    problem_id: int
    topic: str
    difficulty: int


@dataclass(frozen=True, slots=True)
class History:
    """What selection needs to know about the student."""

    due_reviews: Sequence[int] = ()  # problem ids, the longest overdue first
    recently_seen: Collection[int] = frozenset()
    levels: Mapping[str, int] = field(default_factory=dict)
    accuracy: Mapping[str, float] = field(default_factory=dict)
    recent_topics: Sequence[Collection[str]] = ()  # topics of the latest sessions, newest first


def choose_problems(
    candidates: Sequence[Candidate], *, count: int, history: History, rng: random.Random
) -> list[int]:
    """Return up to `count` problem ids: due reviews, then one new problem per topic."""
    by_id = {c.problem_id: c for c in candidates}
    chosen = [pid for pid in history.due_reviews if pid in by_id][
        : min(REVIEWS_PER_SESSION, count)
    ]
    pool = [c for c in candidates if c.problem_id not in chosen]
    rng.shuffle(pool)  # so that ties go a different way for each student and day
    used_topics = {by_id[pid].topic for pid in chosen}
    for topic in _topic_order(pool, history, rng):
        if len(chosen) >= count:
            break
        if topic in used_topics:
            continue
        pick = _pick(pool, topic, history)
        if pick is not None:
            chosen.append(pick.problem_id)
            pool.remove(pick)
            used_topics.add(topic)
    while len(chosen) < count and pool:  # fewer topics than problems: topics repeat
        pick = min(pool, key=lambda c: (c.problem_id in history.recently_seen, rng.random()))
        chosen.append(pick.problem_id)
        pool.remove(pick)
    return chosen


def _topic_order(pool: Sequence[Candidate], history: History, rng: random.Random) -> list[str]:
    topics = sorted({c.topic for c in pool})
    rng.shuffle(topics)

    known = history.recent_topics[:COVERAGE_SESSIONS]

    def sessions_since_seen(topic: str) -> int:
        # A topic never seen is as old as the history we have: a new student has no overdue topic.
        return next((age for age, seen in enumerate(known) if topic in seen), len(known))

    overdue = sorted(
        (t for t in topics if sessions_since_seen(t) >= COVERAGE_SESSIONS),
        key=sessions_since_seen,
        reverse=True,
    )
    rest = [t for t in topics if t not in overdue]
    # Weak topics weigh up to three times as much as mastered ones; unknown ones sit between.
    weights = [1 + 2 * (1 - history.accuracy.get(t, 0.5)) for t in rest]
    ordered: list[str] = []
    while rest:
        (topic,) = rng.choices(rest, weights=weights)
        index = rest.index(topic)
        ordered.append(rest.pop(index))
        weights.pop(index)
    return overdue + ordered


def _pick(pool: Sequence[Candidate], topic: str, history: History) -> Candidate | None:
    level = history.levels.get(topic, MIN_LEVEL)
    # Only unseen problems here: a topic whose problems were all seen lately waits its turn.
    unseen = [c for c in pool if c.topic == topic and c.problem_id not in history.recently_seen]
    if not unseen:
        return None
    return min(unseen, key=lambda c: abs(c.difficulty - level))  # pool is shuffled: ties vary
