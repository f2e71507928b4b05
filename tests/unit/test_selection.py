"""Problem selection mixes topics and difficulties and avoids recently seen problems."""

from __future__ import annotations

import random

from bot.tutor.selection import Candidate, choose_problems

TOPICS = ("fractions", "percent", "integers", "equations", "angles", "area", "statistics")
POOL = [
    Candidate(problem_id=100 * t + 10 * d + n, topic=topic, difficulty=d)
    for t, topic in enumerate(TOPICS)
    for d in (1, 2, 3)
    for n in range(4)
]


def test_five_problems_from_five_topics_easy_first() -> None:
    chosen = choose_problems(POOL, count=5, recently_seen=set(), rng=random.Random(1))
    by_id = {c.problem_id: c for c in POOL}
    picked = [by_id[i] for i in chosen]
    assert len(set(chosen)) == 5
    assert len({c.topic for c in picked}) == 5
    assert [c.difficulty for c in picked] == [1, 1, 2, 2, 3]


def test_recently_seen_problems_are_avoided_while_others_remain() -> None:
    seen = {c.problem_id for c in POOL[: len(POOL) - 5]}
    chosen = choose_problems(POOL, count=5, recently_seen=seen, rng=random.Random(2))
    assert not set(chosen) & seen


def test_seen_problems_fill_in_when_nothing_else_is_left() -> None:
    small = POOL[:3]
    chosen = choose_problems(
        small, count=5, recently_seen={small[0].problem_id}, rng=random.Random(3)
    )
    assert sorted(chosen) == sorted(c.problem_id for c in small)


def test_the_same_seed_gives_the_same_session() -> None:
    first = choose_problems(POOL, count=5, recently_seen=set(), rng=random.Random(7))
    again = choose_problems(POOL, count=5, recently_seen=set(), rng=random.Random(7))
    assert first == again
