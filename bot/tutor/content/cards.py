"""Problems as the tutor uses them: immutable cards with both languages, hints and the answer key."""

from __future__ import annotations

from dataclasses import dataclass
from typing import NotRequired, TypedDict

from bot.tutor.answers import BENGALI_CHOICE_LETTERS, CHOICE_LETTERS, AnswerKey
from bot.tutor.language import Language


class Hint(TypedDict):
    """One hint as problems.hints and responses.hints_viewed store it (JSON)."""

    hint_number: int
    text_en: str
    text_bn: str
    is_ai_generated: NotRequired[bool]  # written by Claude for this student, not from the library
    model: NotRequired[str]  # for an AI hint: the model that wrote it
    prompt_version: NotRequired[int]  # for an AI hint: the prompt it was written from


def hint_text(hint: Hint, language: Language) -> str:
    """Return a hint's text in a language."""
    return language.pick(hint["text_bn"], hint["text_en"])


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
    family: str  # the skill it practises; a fixed problem in no family is a family of one
    reviewable: bool  # its family has other instances, so a review can show a sibling

    def topic_in(self, language: Language) -> str:
        """The topic's name in a language."""
        return language.pick(self.topic_bn, self.topic_en)

    def question_in(self, language: Language) -> str:
        """The question in a language."""
        return language.pick(self.question_bn, self.question_en)

    def hint_in(self, number: int, language: Language) -> str:
        """Static hint `number` (1-based) in a language."""
        return hint_text(self.hints[number - 1], language)

    def answer_in(self, language: Language) -> str:
        """The canonical answer as a student should read it (a choice with its option text)."""
        if not self.key.choices:  # only a choice problem has options to name
            return self.key.answer
        letter = self.key.answer.upper()
        choice = self.key.choices[CHOICE_LETTERS.index(letter)]
        return f"{self.read_in(letter, language)}) {language.pick(choice.text_bn, choice.text_en)}"

    def read_in(self, read_as: str, language: Language) -> str:
        """What the checker read, as the student reads it: an option is ক, খ... in Bengali."""
        if not self.key.choices or len(read_as) != 1 or read_as.upper() not in CHOICE_LETTERS:
            return read_as
        letters = BENGALI_CHOICE_LETTERS if language is Language.BN else CHOICE_LETTERS
        return letters[CHOICE_LETTERS.index(read_as.upper())]
