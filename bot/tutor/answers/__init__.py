"""Answers: what a right answer is (the key) and how a typed answer is judged against it."""

from bot.tutor.answers.attempt import MAX_ANSWER_LENGTH
from bot.tutor.answers.checking import check_answer, mentions_answer, states_answer
from bot.tutor.answers.choice import BENGALI_CHOICE_LETTERS
from bot.tutor.answers.key import (
    CHOICE_LETTERS,
    AnswerKey,
    AnswerKind,
    Arithmetic,
    Choice,
    Direction,
    Unit,
)
from bot.tutor.answers.kinds import (
    KINDS,
    KindRules,
    check_key_fields,
    describe_form,
    prove_key,
)
from bot.tutor.answers.tokens import normalise
from bot.tutor.answers.verdict import READ_AS_LENGTH, Outcome, Verdict

__all__ = [
    "BENGALI_CHOICE_LETTERS",
    "CHOICE_LETTERS",
    "KINDS",
    "MAX_ANSWER_LENGTH",
    "READ_AS_LENGTH",
    "AnswerKey",
    "AnswerKind",
    "Arithmetic",
    "Choice",
    "Direction",
    "KindRules",
    "Outcome",
    "Unit",
    "Verdict",
    "check_answer",
    "check_key_fields",
    "describe_form",
    "mentions_answer",
    "normalise",
    "prove_key",
    "states_answer",
]
