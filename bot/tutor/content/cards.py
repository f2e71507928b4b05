"""Problems as the tutor uses them: immutable cards, cached per process since content rarely changes."""

from __future__ import annotations

from dataclasses import dataclass
from typing import NotRequired, TypedDict, cast

from sqlalchemy.ext.asyncio import AsyncSession

from bot.tutor.answers import CHOICE_LETTERS, AnswerKey, AnswerKind, Choice
from db.models import Problem


class Hint(TypedDict):
    """One hint as problems.hints and responses.hints_viewed store it (JSON)."""

    hint_number: int
    text_en: str
    text_bn: str
    is_ai_generated: NotRequired[bool]  # written by Claude for this student, not from the library


@dataclass(frozen=True, slots=True)
class ProblemCard:
    """One problem's texts, hints and answer key, detached from any database session."""

    problem_id: int
    topic: str
    topic_en: str
    topic_bn: str
    difficulty: int
    question_en: str
    question_bn: str
    hints: tuple[Hint, ...]
    key: AnswerKey

    @classmethod
    def from_row(cls, problem: Problem) -> ProblemCard:
        """Copy what the tutor needs out of a problems row."""
        spec = problem.answer_spec
        return cls(
            problem_id=problem.problem_id,
            topic=problem.topic,
            topic_en=problem.topic_en,
            topic_bn=problem.topic_bn,
            difficulty=problem.difficulty,
            question_en=problem.question_en or "",
            question_bn=problem.question_bn or "",
            hints=tuple(cast(list[Hint], problem.hints)),
            key=AnswerKey(
                kind=AnswerKind(problem.answer_kind),
                answer=problem.answer or "",
                tolerance=spec.get("tolerance"),
                lowest_terms=bool(spec.get("lowest_terms", False)),
                factored=bool(spec.get("factored", False)),
                choices=tuple(
                    Choice(text_en=c["en"], text_bn=c["bn"]) for c in spec.get("choices", [])
                ),
            ),
        )

    def topic_in(self, language: str) -> str:
        """The topic's name in a language."""
        return self.topic_bn if language == "bn" else self.topic_en

    def question_in(self, language: str) -> str:
        """The question in a language."""
        return self.question_bn if language == "bn" else self.question_en

    def hint_in(self, number: int, language: str) -> str:
        """Static hint `number` (1-based) in a language."""
        hint = self.hints[number - 1]
        return str(hint["text_bn"] if language == "bn" else hint["text_en"])

    def answer_in(self, language: str) -> str:
        """The canonical answer as a student should read it (a choice with its option text)."""
        if self.key.kind is not AnswerKind.CHOICE:
            return self.key.answer
        letter = self.key.answer.upper()
        choice = self.key.choices[CHOICE_LETTERS.index(letter)]
        return f"{letter}) {choice.text_bn if language == 'bn' else choice.text_en}"


class ProblemCards:
    """A per-process cache of problem cards.

    Problems are reference data: the loader changes them rarely, and a restart after a content
    load picks the changes up. Caching saves a query per answer on the hot path.
    """

    def __init__(self) -> None:
        self._cards: dict[int, ProblemCard] = {}

    async def get(self, session: AsyncSession, problem_id: int) -> ProblemCard:
        """Return the card of a problem, reading it once per process."""
        card = self._cards.get(problem_id)
        if card is None:
            row = await session.get(Problem, problem_id)
            if row is None:
                raise LookupError(f"problem {problem_id} is not in the database")
            card = self._cards[problem_id] = ProblemCard.from_row(row)
        return card
