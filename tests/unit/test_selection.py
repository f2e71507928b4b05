"""Problem selection: due reviews first, one problem per topic at its level, weak topics favoured."""

from __future__ import annotations

import random
from collections import Counter

from bot.tutor.practice.selection import Candidate, History, choose_problems

TOPICS = ("fractions", "percent", "integers", "equations", "angles", "area", "statistics")
POOL = [
    Candidate(
        problem_id=100 * t + 10 * d + n, topic=topic, difficulty=d, family=f"{topic}-{d}-{n}"
    )
    for t, topic in enumerate(TOPICS)
    for d in (1, 2, 3)
    for n in range(4)
]
BY_ID = {c.problem_id: c for c in POOL}


def test_a_new_student_gets_five_topics_at_level_one() -> None:
    chosen = choose_problems(POOL, count=5, history=History(), rng=random.Random(1))
    picked = [BY_ID[i] for i in chosen]
    assert len({c.topic for c in picked}) == 5
    assert all(c.difficulty == 1 for c in picked)


def test_due_reviews_come_first_and_at_most_two() -> None:
    reviews = [POOL[5].problem_id, POOL[30].problem_id, POOL[60].problem_id]
    chosen = choose_problems(
        POOL, count=5, history=History(due_reviews=reviews), rng=random.Random(2)
    )
    assert chosen[:2] == reviews[:2]
    assert reviews[2] not in chosen
    assert len(set(chosen)) == 5


def test_each_topic_is_served_at_its_level() -> None:
    levels = dict.fromkeys(TOPICS, 3) | {"percent": 1}
    chosen = choose_problems(POOL, count=7, history=History(levels=levels), rng=random.Random(3))
    for problem_id in chosen:
        candidate = BY_ID[problem_id]
        assert candidate.difficulty == levels[candidate.topic]


def test_recently_seen_problems_are_avoided_while_others_remain() -> None:
    seen = {c.problem_id for c in POOL if c.difficulty == 1 and c.problem_id % 10 != 3}
    chosen = choose_problems(POOL, count=5, history=History(seen=seen), rng=random.Random(4))
    assert not set(chosen) & seen


def test_weak_topics_come_up_more_often() -> None:
    accuracy = dict.fromkeys(TOPICS, 1.0) | {"percent": 0.0}
    counts: Counter[str] = Counter()
    for seed in range(200):
        chosen = choose_problems(
            POOL, count=3, history=History(accuracy=accuracy), rng=random.Random(seed)
        )
        counts.update(BY_ID[i].topic for i in chosen)
    assert counts["percent"] > 1.5 * counts["fractions"]


def test_a_topic_missing_from_four_sessions_comes_first() -> None:
    recent = [set(TOPICS) - {"area"}] * 4
    chosen = choose_problems(
        POOL, count=1, history=History(recent_topics=recent), rng=random.Random(5)
    )
    assert BY_ID[chosen[0]].topic == "area"


def test_the_same_seed_gives_the_same_session() -> None:
    first = choose_problems(POOL, count=5, history=History(), rng=random.Random(7))
    again = choose_problems(POOL, count=5, history=History(), rng=random.Random(7))
    assert first == again
