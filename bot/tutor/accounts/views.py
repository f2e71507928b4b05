"""What accounts answer with: registration questions, welcomes, progress and deletion."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from bot.tutor.practice import StreakView
from bot.tutor.replies import View


class NameProblem(StrEnum):
    """Why a name was not accepted."""

    EMPTY = "empty"
    TOO_LONG = "too_long"


@dataclass(frozen=True, slots=True)
class AskName(View):
    """Ask a new student for their name, saying what was wrong with the last one if anything."""

    problem: NameProblem | None = None


@dataclass(frozen=True, slots=True)
class AskGrade(View):
    """Ask for the grade (6, 7 or 8) with buttons; `unclear` when a typed class was not one."""

    name: str
    unclear: bool = False


@dataclass(frozen=True, slots=True)
class AskLanguage(View):
    """Ask for the language with buttons."""

    registering: bool


@dataclass(frozen=True, slots=True)
class Welcome(View):
    """Greet a student, new or returning, with their streak."""

    name: str
    streak: StreakView
    is_new: bool


@dataclass(frozen=True, slots=True)
class LanguageChanged(View):
    """The student's language was switched."""


@dataclass(frozen=True, slots=True)
class ConfirmDelete(View):
    """Ask before deleting every row of the student."""


@dataclass(frozen=True, slots=True)
class Deleted(View):
    """Everything about the student is gone."""


@dataclass(frozen=True, slots=True)
class DeleteCancelled(View):
    """The student kept their data; `unclear` when they typed something other than yes or no."""

    unclear: bool = False


# --- /profile (issue 17, item 11) ----------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ProfileView(View):
    """The student's name, class and language, with buttons to change the class or the name."""

    name: str
    grade: int
    other_grades: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class GradeChanged(View):
    """The class was changed; it applies from the next practice session."""

    grade: int


@dataclass(frozen=True, slots=True)
class AskNewName(View):
    """Ask for the new name, saying what was wrong with the last one if anything."""

    problem: NameProblem | None = None


@dataclass(frozen=True, slots=True)
class NameChanged(View):
    """The name was changed."""

    name: str
