"""Answers: what a right answer is (the key) and how a typed answer is judged against it."""

from bot.tutor.answers.checking import (
    MAX_ANSWER_LENGTH,
    READ_AS_LENGTH,
    Outcome,
    Verdict,
    check_answer,
    mentions_answer,
)
from bot.tutor.answers.key import CHOICE_LETTERS, AnswerKey, AnswerKind, Choice, describe_form
from bot.tutor.answers.parsing import normalise

__all__ = [
    "CHOICE_LETTERS",
    "MAX_ANSWER_LENGTH",
    "READ_AS_LENGTH",
    "AnswerKey",
    "AnswerKind",
    "Choice",
    "Outcome",
    "Verdict",
    "check_answer",
    "describe_form",
    "mentions_answer",
    "normalise",
]
