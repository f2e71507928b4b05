"""The pure side of AI help: cache keys that must not drift, hints and verdicts as read."""

from __future__ import annotations

import pytest

from bot.tutor.ai.prompts import ai_hint, cache_key, clean_hint, read_verdict
from bot.tutor.answers import AnswerKey, AnswerKind
from bot.tutor.language import Language
from db.enums import Operation

SEVEN = AnswerKey(kind=AnswerKind.INTEGER, answer="7")


@pytest.mark.parametrize(
    ("operation", "language", "answer", "level", "expected"),
    [
        # Pinned: a changed key silently throws away every cached answer, and paying again.
        (
            Operation.HINT_GENERATION,
            Language.BN,
            " ১৮০ ",
            (3, 1),
            "cfd1b79ed13e1780f532b98fe52c9dcadcb8cafe8a5520612b1ff2312ed1401d",
        ),
        (
            Operation.ANSWER_EVALUATION,
            Language.EN,
            "fifteen percent",
            None,
            "4772cd746851ffefeef3bba6b928ff2d39d87681b9afeb8b334970e42012688f",
        ),
    ],
)
def test_cache_keys_do_not_drift(
    operation: Operation,
    language: Language,
    answer: str,
    level: tuple[int, int] | None,
    expected: str,
) -> None:
    key = cache_key(
        operation, problem_id=7, language=language, student_answer=answer, hint_level=level
    )
    assert key == expected


def test_a_bengali_hint_is_kept_in_bengali_with_bengali_digits() -> None:
    text = clean_hint("  লাভ\n 180  টাকা ", Language.BN)

    assert text == "লাভ ১৮০ টাকা"
    assert ai_hint(4, Language.BN, text) == {
        "hint_number": 4,
        "text_en": "",
        "text_bn": "লাভ ১৮০ টাকা",
        "is_ai_generated": True,
    }


@pytest.mark.parametrize(
    ("reply", "expected"),
    [
        ('{"correct": true, "read_as": "7"}', (True, "7")),
        ('```json\n{"correct": true, "read_as": " 7 "}\n```', (True, "7")),
        ('{"correct": false, "read_as": "7"}', (False, None)),  # never show the answer
        ('{"correct": true, "read_as": "9"}', None),  # its reading contradicts its verdict
        ('{"correct": "true"}', None),
        ("Yes, correct.", None),
    ],
)
def test_only_a_clean_consistent_verdict_is_read(
    reply: str, expected: tuple[bool, str | None] | None
) -> None:
    assert read_verdict(reply, SEVEN) == expected
