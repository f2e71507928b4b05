"""Typed callback data: one class per kind of inline button, which builds and parses itself.

Telegram sends a button's callback data back verbatim, so it is input like any other: a tampered
or foreign payload parses to None (a stale button), and the core checks the rest against the
presser's own state.
"""

from __future__ import annotations

import re
from abc import ABC, abstractmethod
from dataclasses import dataclass
from datetime import datetime
from typing import ClassVar, Self

from bot.tutor.accounts import GRADES
from bot.tutor.answers import CHOICE_LETTERS
from bot.tutor.classes import CODE_ALPHABET, CODE_LENGTH, FileKind
from bot.tutor.facade import Tutor
from bot.tutor.language import Language
from bot.tutor.replies import Reply

# Telegram refuses an inline button whose callback data is longer than this.
MAX_CALLBACK_BYTES = 64
_ID = r"([0-9]{1,11})"  # ASCII digits only: no Bengali digits, no sign, no 12-digit overflow


@dataclass(frozen=True, slots=True)
class CallbackButton(ABC):
    """A kind of button: its callback data has a fixed prefix and typed fields."""

    prefix: ClassVar[str]
    pattern: ClassVar[re.Pattern[str]]

    def fields(self) -> tuple[object, ...]:
        """The values after the prefix, in order."""
        return ()

    def data(self) -> str:
        """Return the callback data; raises if Telegram would refuse it."""
        data = ":".join((self.prefix, *(str(value) for value in self.fields())))
        if len(data.encode()) > MAX_CALLBACK_BYTES:
            raise ValueError(f"callback data over {MAX_CALLBACK_BYTES} bytes: {data!r}")
        return data

    @classmethod
    def parse(cls, data: str) -> Self | None:
        """Return the button that sent `data`, or None if it is not one of this kind."""
        match = cls.pattern.fullmatch(data)
        return None if match is None else cls._from(match.groups())

    @classmethod
    def _from(cls, groups: tuple[str, ...]) -> Self | None:
        return cls()

    @abstractmethod
    async def press(self, tutor: Tutor, telegram_id: int, now: datetime) -> Reply:
        """Call the use case this button stands for."""


@dataclass(frozen=True, slots=True)
class PracticeButton(CallbackButton):
    """Start or resume today's practice."""

    prefix = "practice"
    pattern = re.compile("practice")

    async def press(self, tutor: Tutor, telegram_id: int, now: datetime) -> Reply:
        """Resume or start today's practice session."""
        return await tutor.practice(telegram_id=telegram_id, now=now)


@dataclass(frozen=True, slots=True)
class GradeButton(CallbackButton):
    """Choose a class while registering."""

    prefix = "grade"
    pattern = re.compile("grade:([0-9])")
    grade: int

    def fields(self) -> tuple[object, ...]:
        """The class."""
        return (self.grade,)

    @classmethod
    def _from(cls, groups: tuple[str, ...]) -> Self | None:
        grade = int(groups[0])
        return cls(grade) if grade in GRADES else None

    async def press(self, tutor: Tutor, telegram_id: int, now: datetime) -> Reply:
        """Record the class."""
        return await tutor.choose_grade(telegram_id=telegram_id, grade=self.grade)


@dataclass(frozen=True, slots=True)
class LanguageButton(CallbackButton):
    """Choose a language, while registering or later."""

    prefix = "lang"
    pattern = re.compile("lang:(" + "|".join(language.value for language in Language) + ")")
    language: Language

    def fields(self) -> tuple[object, ...]:
        """The language code."""
        return (self.language.value,)

    @classmethod
    def _from(cls, groups: tuple[str, ...]) -> Self | None:
        return cls(Language(groups[0]))

    async def press(self, tutor: Tutor, telegram_id: int, now: datetime) -> Reply:
        """Finish registration or switch language."""
        return await tutor.choose_language(
            telegram_id=telegram_id, language=self.language, now=now
        )


@dataclass(frozen=True, slots=True)
class HintButton(CallbackButton):
    """Ask for the next hint of a problem; it carries how many hints were on screen."""

    prefix = "hint"
    pattern = re.compile(f"hint:{_ID}:{_ID}:{_ID}")
    practice_id: int
    position: int
    hints_shown: int

    def fields(self) -> tuple[object, ...]:
        """Practice session, problem position and hints shown."""
        return (self.practice_id, self.position, self.hints_shown)

    @classmethod
    def _from(cls, groups: tuple[str, ...]) -> Self | None:
        practice_id, position, hints_shown = map(int, groups)
        return cls(practice_id, position, hints_shown)

    async def press(self, tutor: Tutor, telegram_id: int, now: datetime) -> Reply:
        """Show the next hint."""
        return await tutor.hint(
            telegram_id=telegram_id,
            practice_id=self.practice_id,
            position=self.position,
            hints_shown=self.hints_shown,
            now=now,
        )


@dataclass(frozen=True, slots=True)
class SkipButton(CallbackButton):
    """Give up on a problem and see its answer."""

    prefix = "skip"
    pattern = re.compile(f"skip:{_ID}:{_ID}")
    practice_id: int
    position: int

    def fields(self) -> tuple[object, ...]:
        """Practice session and problem position."""
        return (self.practice_id, self.position)

    @classmethod
    def _from(cls, groups: tuple[str, ...]) -> Self | None:
        practice_id, position = map(int, groups)
        return cls(practice_id, position)

    async def press(self, tutor: Tutor, telegram_id: int, now: datetime) -> Reply:
        """Skip the problem."""
        return await tutor.skip(
            telegram_id=telegram_id, practice_id=self.practice_id, position=self.position, now=now
        )


@dataclass(frozen=True, slots=True)
class DeleteButton(CallbackButton):
    """Confirm or refuse deleting every row of the student."""

    prefix = "delete"
    pattern = re.compile("delete:(yes|no)")
    confirmed: bool

    def fields(self) -> tuple[object, ...]:
        """Yes or no."""
        return ("yes" if self.confirmed else "no",)

    @classmethod
    def _from(cls, groups: tuple[str, ...]) -> Self | None:
        return cls(groups[0] == "yes")

    async def press(self, tutor: Tutor, telegram_id: int, now: datetime) -> Reply:
        """Delete, or keep everything."""
        return await tutor.confirm_delete(
            telegram_id=telegram_id, confirmed=self.confirmed, now=now
        )


@dataclass(frozen=True, slots=True)
class OptionButton(CallbackButton):
    """Answer a multiple-choice problem with one of its options."""

    prefix = "option"
    pattern = re.compile(f"option:{_ID}:{_ID}:([{CHOICE_LETTERS}])")
    practice_id: int
    position: int
    letter: str  # "A" to "F", as the answer key names options

    def fields(self) -> tuple[object, ...]:
        """Practice session, problem position and the option's letter."""
        return (self.practice_id, self.position, self.letter)

    @classmethod
    def _from(cls, groups: tuple[str, ...]) -> Self | None:
        return cls(int(groups[0]), int(groups[1]), groups[2])

    async def press(self, tutor: Tutor, telegram_id: int, now: datetime) -> Reply:
        """Answer with this option."""
        return await tutor.choose_option(
            telegram_id=telegram_id,
            practice_id=self.practice_id,
            position=self.position,
            letter=self.letter,
            now=now,
        )


@dataclass(frozen=True, slots=True)
class RateHintButton(CallbackButton):
    """Rate one of Claude's hints 👍 or 👎; pressing the other changes the rating."""

    prefix = "rate"
    pattern = re.compile(f"rate:{_ID}:([1-5]):(up|down)")
    response_id: int
    hint_number: int
    helpful: bool

    def fields(self) -> tuple[object, ...]:
        """The hint's response and number, and the rating."""
        return (self.response_id, self.hint_number, "up" if self.helpful else "down")

    @classmethod
    def _from(cls, groups: tuple[str, ...]) -> Self | None:
        return cls(int(groups[0]), int(groups[1]), groups[2] == "up")

    async def press(self, tutor: Tutor, telegram_id: int, now: datetime) -> Reply:
        """Keep the rating."""
        return await tutor.rate_hint(
            telegram_id=telegram_id,
            response_id=self.response_id,
            hint_number=self.hint_number,
            helpful=self.helpful,
            now=now,
        )


# --- /profile (issue 17, item 11) ----------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ProfileGradeButton(GradeButton):
    """Change a registered student's class, from /profile."""

    prefix = "class"
    pattern = re.compile("class:([0-9])")

    async def press(self, tutor: Tutor, telegram_id: int, now: datetime) -> Reply:
        """Change the class."""
        return await tutor.change_grade(telegram_id=telegram_id, grade=self.grade)


@dataclass(frozen=True, slots=True)
class RenameButton(CallbackButton):
    """Ask for a new name, from /profile."""

    prefix = "rename"
    pattern = re.compile("rename")

    async def press(self, tutor: Tutor, telegram_id: int, now: datetime) -> Reply:
        """Ask for the new name."""
        return await tutor.ask_new_name(telegram_id=telegram_id, now=now)


# --- Classes (issue 19) --------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class JoinButton(CallbackButton):
    """Confirm joining the class of a code."""

    prefix = "join"
    pattern = re.compile(f"join:([{CODE_ALPHABET}]{{{CODE_LENGTH}}})")
    code: str

    def fields(self) -> tuple[object, ...]:
        """The class's join code."""
        return (self.code,)

    @classmethod
    def _from(cls, groups: tuple[str, ...]) -> Self | None:
        return cls(groups[0])

    async def press(self, tutor: Tutor, telegram_id: int, now: datetime) -> Reply:
        """Join the class."""
        return await tutor.confirm_join(telegram_id=telegram_id, code=self.code, now=now)


@dataclass(frozen=True, slots=True)
class DeclineJoinButton(CallbackButton):
    """Refuse an offer to join a class."""

    prefix = "nojoin"
    pattern = re.compile("nojoin")

    async def press(self, tutor: Tutor, telegram_id: int, now: datetime) -> Reply:
        """Keep things as they are."""
        return await tutor.decline_join(telegram_id=telegram_id)


@dataclass(frozen=True, slots=True)
class ClassButton(CallbackButton):
    """Show the week of one of the teacher's classes."""

    prefix = "cls"
    pattern = re.compile(f"cls:{_ID}")
    class_id: int

    def fields(self) -> tuple[object, ...]:
        """The class."""
        return (self.class_id,)

    @classmethod
    def _from(cls, groups: tuple[str, ...]) -> Self | None:
        return cls(int(groups[0]))

    async def press(self, tutor: Tutor, telegram_id: int, now: datetime) -> Reply:
        """Show the class's week (to its own teacher only)."""
        return await tutor.show_class(telegram_id=telegram_id, class_id=self.class_id, now=now)


@dataclass(frozen=True, slots=True)
class ClassFileButton(CallbackButton):
    """Send a class's week as a CSV document or a chart."""

    prefix = "clsfile"
    pattern = re.compile(f"clsfile:{_ID}:(" + "|".join(kind.value for kind in FileKind) + ")")
    class_id: int
    kind: FileKind

    def fields(self) -> tuple[object, ...]:
        """The class and the kind of file."""
        return (self.class_id, self.kind.value)

    @classmethod
    def _from(cls, groups: tuple[str, ...]) -> Self | None:
        return cls(int(groups[0]), FileKind(groups[1]))

    async def press(self, tutor: Tutor, telegram_id: int, now: datetime) -> Reply:
        """Send the file (to the class's own teacher only)."""
        return await tutor.class_file(
            telegram_id=telegram_id, class_id=self.class_id, kind=self.kind, now=now
        )


BUTTON_KINDS: tuple[type[CallbackButton], ...] = (
    PracticeButton,
    GradeButton,
    LanguageButton,
    HintButton,
    SkipButton,
    DeleteButton,
    OptionButton,
    RateHintButton,
    ProfileGradeButton,
    RenameButton,
    JoinButton,
    DeclineJoinButton,
    ClassButton,
    ClassFileButton,
)
_BY_PREFIX = {kind.prefix: kind for kind in BUTTON_KINDS}


def parse_button(data: str) -> CallbackButton | None:
    """Return the button that sent this callback data, or None for anything else."""
    kind = _BY_PREFIX.get(data.partition(":")[0])
    return None if kind is None else kind.parse(data)
