"""Choose a session's problems: due reviews first, then new ones at each topic's level.

Weak topics come up more often and every topic comes up within a week. No problem seen in the
last year is shown again while unseen ones remain, and a family met in the last two weeks waits
while other families of the topic have problems at the student's level. A due review comes back
as a sibling: an unseen instance of the same family, so it tests the skill, not memory.
"""

from __future__ import annotations

import random
from collections import defaultdict
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field

from bot.tutor.practice.review import MIN_LEVEL, REVIEWS_PER_SESSION

SEEN_DAYS = 365  # a year of daily practice meets no problem twice
RECENT_SESSIONS = 14  # a family met in this many latest sessions waits its turn
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
    family: str  # a fixed problem is a family of its own


@dataclass(frozen=True, slots=True)
class History:
    """What selection needs to know about the student."""

    due_reviews: Sequence[int] = ()  # problem ids, the longest overdue first; some may rest
    seen: Collection[int] = frozenset()  # problems shown in the last SEEN_DAYS
    recent_families: Collection[str] = frozenset()  # met in the last RECENT_SESSIONS sessions
    levels: Mapping[str, int] = field(default_factory=dict)
    accuracy: Mapping[str, float] = field(default_factory=dict)
    recent_topics: Sequence[Collection[str]] = ()  # topics of the latest sessions, newest first


def choose_problems(
    candidates: Sequence[Candidate], *, count: int, history: History, rng: random.Random
) -> list[int]:
    """Return up to `count` problem ids: due reviews, then one new problem per topic."""
    # A class has thousands of candidates: group them once, then look only where it matters.
    by_id: dict[int, Candidate] = {}
    by_topic: dict[str, list[Candidate]] = defaultdict(list)
    by_family: dict[str, list[Candidate]] = defaultdict(list)
    for candidate in candidates:
        by_id[candidate.problem_id] = candidate
        by_topic[candidate.topic].append(candidate)
        by_family[candidate.family].append(candidate)
    chosen: list[Candidate] = []
    for problem_id in history.due_reviews:
        if len(chosen) >= min(REVIEWS_PER_SESSION, count):
            break
        due = by_id.get(problem_id)
        if due is not None and due.family not in {c.family for c in chosen}:
            sibling = _sibling(by_family[due.family], due, history, rng)
            if sibling is not None:
                chosen.append(sibling)
    for topic in _topic_order(sorted(by_topic), history, rng):
        if len(chosen) >= count:
            break
        if topic not in {c.topic for c in chosen}:
            pick = _pick(by_topic[topic], history, chosen, rng)
            if pick is not None:
                chosen.append(pick)
    while len(chosen) < count and len(chosen) < len(by_id):  # fewer topics than problems
        families = {c.family for c in chosen}
        pick = min(
            (c for c in candidates if c not in chosen),
            key=lambda c: (c.problem_id in history.seen, c.family in families, rng.random()),
        )
        chosen.append(pick)
    return [c.problem_id for c in chosen]


def _sibling(
    family: Sequence[Candidate], due: Candidate, history: History, rng: random.Random
) -> Candidate | None:
    # A family whose every instance was met this year rests (its card stays due) until one of
    # them is a year old: a review must test the skill, not the memory of an answer.
    unseen = [c for c in family if c.problem_id not in history.seen]
    if unseen:
        return rng.choice(unseen)
    return None if due.problem_id in history.seen else due


def _topic_order(topics: list[str], history: History, rng: random.Random) -> list[str]:
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


def _pick(
    topic: Sequence[Candidate], history: History, chosen: Sequence[Candidate], rng: random.Random
) -> Candidate | None:
    level = history.levels.get(topic[0].topic, MIN_LEVEL)
    families = {c.family for c in chosen}
    # Only unseen problems here: a topic whose problems were all seen waits its turn.
    unseen = [c for c in topic if c.problem_id not in history.seen and c.family not in families]
    if not unseen:
        return None
    # The student's level first, then a family not met lately; ties go a different way each day.
    return min(
        unseen,
        key=lambda c: (
            abs(c.difficulty - level),
            c.family in history.recent_families,
            rng.random(),
        ),
    )
