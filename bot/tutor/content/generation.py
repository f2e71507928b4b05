"""Generate a family's instances from fixed seeds and keep only the proven ones."""

from __future__ import annotations

import re
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path

from bot.tutor.answers import (
    CHOICE_LETTERS,
    AnswerKey,
    AnswerKind,
    Choice,
    check_key_fields,
    mentions_answer,
    prove_key,
)
from bot.tutor.content.arithmetic import CheckError, evaluate_arithmetic
from bot.tutor.content.family import Answer, Family, Made, Reject, Topic, seeded_draw
from bot.tutor.content.schema import ChoiceSpec, HintSpec, LibraryProblem, ProblemSpec, numbers_in
from bot.tutor.content.wording import Bi, decimal, decimal_places, fill, recorded, written_values
from bot.tutor.language import Language

# Draws per kept instance before a family is taken to have run out of distinct instances.
ATTEMPTS_PER_INSTANCE = 6
MAX_TEXT = 2000
_BENGALI_LETTER = re.compile(r"[\u0980-\u09FF]")
_PLACES = {AnswerKind.MONEY: 2, AnswerKind.PERCENT: 2}
_MAX_PLACES = 3  # grades 6-8 work to three decimal places at most


@dataclass(frozen=True, slots=True)
class InstanceFault:
    """An instance that was generated but is never shown, and why."""

    family: str
    seed: int
    reason: str

    def __str__(self) -> str:
        return f"{self.family} seed {self.seed}: {self.reason}"


@dataclass(frozen=True, slots=True)
class FamilyInstances:
    """What generating one family gave: the proven instances and the faulty ones."""

    problems: list[LibraryProblem]
    faults: list[InstanceFault]


class _Fault(ValueError):
    """An instance breaks a rule of the library."""


def instance_key(family_key: str, seed: int) -> str:
    """The problems.key of one instance of a family."""
    return f"{family_key}.{seed}"


def generate_family(topic: Topic, family: Family, file: Path) -> FamilyInstances:
    """Draw seeds 0, 1, 2... until the family's pool of distinct proven instances is full."""
    problems: list[LibraryProblem] = []
    faults: list[InstanceFault] = []
    questions: set[str] = set()
    for seed in range(family.pool * ATTEMPTS_PER_INSTANCE):
        if len(problems) >= family.pool:
            break
        try:
            made = family.make(seeded_draw(family.key, seed))
        except Reject:
            continue
        try:
            problem = _instance(topic, family, file, seed, made)
        except (_Fault, CheckError, ValueError, ZeroDivisionError, KeyError, IndexError) as error:
            faults.append(InstanceFault(family.key, seed, str(error) or type(error).__name__))
            continue
        if problem.spec.question_en in questions:
            continue  # the same numbers drawn again
        questions.add(problem.spec.question_en)
        problems.append(problem)
    return FamilyInstances(problems, faults)


def _instance(topic: Topic, family: Family, file: Path, seed: int, made: Made) -> LibraryProblem:
    written = {language: written_values(made.values, language) for language in Language}
    key = AnswerKey(
        kind=family.kind,
        answer=answer_text(family.kind, made.answer),
        tolerance=family.tolerance,
        lowest_terms=family.lowest_terms,
        factored=family.factored,
        choices=tuple(
            Choice(
                text_en=fill(option, written[Language.EN], Language.EN),
                text_bn=fill(option, written[Language.BN], Language.BN),
            )
            for option in made.choices
        ),
        unit=made.unit or family.unit,
        direction=made.direction,
    )
    check_key_fields(key)
    _check_answer_bounds(family, key, made.answer)
    check = check_text(family.kind, made.derived)
    prove_key(key, check, evaluate_arithmetic)
    question_en = _text(made.question, written, Language.EN, "question_en")
    question_bn = _text(made.question, written, Language.BN, "question_bn")
    _same_numbers(question_en, question_bn, "question")
    hints = []
    for number, template in enumerate(made.hints, start=1):
        hint_en = _text(template, written, Language.EN, f"hint {number}")
        hint_bn = _text(template, written, Language.BN, f"hint {number}")
        _same_numbers(hint_en, hint_bn, f"hint {number}")
        for text, question in ((hint_en, question_en), (hint_bn, question_bn)):
            if mentions_answer(text, key, quoted=question):
                raise _Fault(f"hint {number} states the answer {key.answer}: {text!r}")
        hints.append(HintSpec.model_construct(en=hint_en, bn=hint_bn))
    spec = ProblemSpec.model_construct(
        key=instance_key(family.key, seed),
        difficulty=family.difficulty,
        subtopic=family.subtopic,
        question_en=question_en,
        question_bn=question_bn,
        hints=hints,
        answer=key.answer,
        kind=family.kind,
        tolerance=family.tolerance,
        lowest_terms=family.lowest_terms,
        factored=family.factored,
        choices=[ChoiceSpec.model_construct(en=c.text_en, bn=c.text_bn) for c in key.choices],
        estimated_time_minutes=family.minutes,
        check=check,
        unit=key.unit,
        direction=key.direction,
    )
    return LibraryProblem(
        grade=topic.grade,
        topic=topic.key,
        topic_en=topic.en,
        topic_bn=topic.bn,
        spec=spec,
        file=file,
        family=family.key,
        seed=seed,
        params={name: recorded(value) for name, value in made.values.items()},
    )


def answer_text(kind: AnswerKind, answer: Answer) -> str:
    """Write a computed answer as the answer key stores it."""
    if kind in (AnswerKind.EXPRESSION, AnswerKind.CHOICE):
        if not isinstance(answer, str):
            raise _Fault(f"a {kind} answer is written as text, not {answer!r}")
        return answer
    if kind is AnswerKind.RATIO:
        if not isinstance(answer, tuple):
            raise _Fault(f"a ratio answer is a tuple of its terms, not {answer!r}")
        return ":".join(str(term) for term in answer)
    if isinstance(answer, str | tuple):
        raise _Fault(f"a {kind} answer is a number, not {answer!r}")
    value = Fraction(answer)
    if kind is AnswerKind.INTEGER:
        if value.denominator != 1:
            raise _Fault(f"answer {value} is not a whole number")
        return str(value.numerator)
    if kind is AnswerKind.FRACTION:
        return str(value)
    places = decimal_places(value)
    if places > _PLACES.get(kind, _MAX_PLACES):
        raise _Fault(f"answer {value} needs {places} decimal places")
    written = format(decimal(value), "f")
    return f"{written}%" if kind is AnswerKind.PERCENT else written


def check_text(kind: AnswerKind, derived: Answer) -> str:
    """Write the independent derivation as the key's proof reads it."""
    if kind is AnswerKind.CHOICE and isinstance(derived, str):
        return str(CHOICE_LETTERS.index(derived.upper()) + 1)
    if isinstance(derived, str):
        return derived
    if isinstance(derived, tuple):
        return ":".join(str(term) for term in derived)
    value = Fraction(derived)
    return f"{value.numerator}/{value.denominator}"


def _check_answer_bounds(family: Family, key: AnswerKey, answer: Answer) -> None:
    if family.signed or isinstance(answer, str):
        return
    terms = answer if isinstance(answer, tuple) else (answer,)
    if any(term <= 0 for term in terms):
        raise _Fault(f"answer {key.answer} must be positive (set signed=True if it may not be)")


def _text(
    template: Bi, written: dict[Language, dict[str, str]], language: Language, field: str
) -> str:
    text = fill(template, written[language], language).strip()
    if not text or len(text) > MAX_TEXT:
        raise _Fault(f"{field} is empty or longer than {MAX_TEXT} characters")
    if language is Language.BN and not _BENGALI_LETTER.search(text):
        raise _Fault(f"{field} in Bengali is not written in Bengali script: {text!r}")
    return text


def _same_numbers(english: str, bengali: str, field: str) -> None:
    if sorted(numbers_in(english)) != sorted(numbers_in(bengali)):
        raise _Fault(f"{field}: the Bengali and English numbers differ: {english!r} / {bengali!r}")
