"""Problem selection: due reviews first, one problem per topic at its level, weak topics favoured."""

from __future__ import annotations

import random
from collections import Counter

from bot.tutor.practice.selection import Candidate, History, choose_problems
from tests.library_loader import whole_library

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


# Families: a skill with many instances.

FAMILY_POOL = [
    Candidate(
        problem_id=1000 + 10 * f + n, topic=f"topic-{f % 3}", difficulty=1, family=f"fam-{f}"
    )
    for f in range(9)
    for n in range(5)
]
FAMILY_OF = {c.problem_id: c.family for c in FAMILY_POOL}


def test_a_due_review_comes_back_as_an_unseen_sibling() -> None:
    missed = 1000 + 10 * 4  # fam-4's first instance
    seen = {missed, missed + 1}
    chosen = choose_problems(
        FAMILY_POOL,
        count=5,
        history=History(due_reviews=[missed], seen=seen),
        rng=random.Random(8),
    )
    assert FAMILY_OF[chosen[0]] == "fam-4"
    assert chosen[0] not in seen


def test_a_session_holds_at_most_one_instance_of_a_family() -> None:
    for seed in range(50):
        chosen = choose_problems(FAMILY_POOL, count=5, history=History(), rng=random.Random(seed))
        families = [FAMILY_OF[i] for i in chosen]
        assert len(set(families)) == len(families) == 5


def test_a_family_met_lately_waits_while_its_topic_has_others() -> None:
    recent = {f"fam-{f}" for f in range(9) if f not in (2, 5)}  # topic-2 has fam-2, 5, 8
    for seed in range(30):
        chosen = choose_problems(
            FAMILY_POOL,
            count=3,
            history=History(recent_families=recent),
            rng=random.Random(seed),
        )
        topic_two = [FAMILY_OF[i] for i in chosen if BY_FAMILY_TOPIC[FAMILY_OF[i]] == "topic-2"]
        assert set(topic_two) <= {"fam-2", "fam-5"}


BY_FAMILY_TOPIC = {c.family: c.topic for c in FAMILY_POOL}


def test_a_year_of_daily_practice_on_the_real_library_meets_no_problem_twice() -> None:
    library = whole_library()
    candidates = [
        Candidate(number, p.topic, p.spec.difficulty, p.family)
        for number, p in enumerate(library.problems)
        if p.grade == 7
    ]
    by_id = {c.problem_id: c for c in candidates}
    family_size = Counter(c.family for c in candidates)
    luck = random.Random(3)
    shown: list[int] = []
    sessions: list[list[int]] = []
    due: dict[int, int] = {}  # problem id -> the day its review is due
    siblings = 0
    for day in range(365):
        reviews = sorted(p for p, when in due.items() if when <= day)
        chosen = choose_problems(
            candidates,
            count=5,
            history=History(
                due_reviews=reviews,
                seen=set(shown),
                recent_families={by_id[p].family for ids in sessions[-14:] for p in ids},
                recent_topics=[{by_id[p].topic for p in ids} for ids in reversed(sessions[-4:])],
            ),
            rng=random.Random(day),
        )
        assert len(chosen) == 5
        for problem_id in chosen:
            family = by_id[problem_id].family
            reviewed = [p for p in reviews if by_id[p].family == family]
            if reviewed:
                siblings += 1
                del due[reviewed[0]]
            # Missed: the skill is due again in three days (a one-off problem is not reviewed).
            if luck.random() < 0.25 and family_size[family] > 1:
                due[problem_id] = day + 3
        shown += chosen
        sessions.append(chosen)
    assert len(shown) == len(set(shown)) == 365 * 5
    assert siblings > 100  # reviews came back, each time as a new instance


def test_a_due_family_whose_every_instance_was_met_rests() -> None:
    fam_4 = [c.problem_id for c in FAMILY_POOL if c.family == "fam-4"]
    chosen = choose_problems(
        FAMILY_POOL,
        count=5,
        history=History(due_reviews=[fam_4[0]], seen=set(fam_4)),
        rng=random.Random(9),
    )
    assert not set(chosen) & set(fam_4)
    assert len(chosen) == 5
