"""What the classes feature shows: frozen views for teachers and students, rendered by the UI."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from bot.tutor.classes.rules import long_inactive
from bot.tutor.replies import View


class ClassProblem(StrEnum):
    """Why a class command could not do what was asked."""

    NAME_NEEDED = "class_name_needed"  # /newclass without a usable name
    CODE_NEEDED = "class_code_needed"  # /join without a code
    CODE_UNKNOWN = "class_code_unknown"  # no class has that code (counted against guessing)
    TOO_MANY_TRIES = "class_too_many_tries"  # too many wrong codes lately
    NOT_IN_CLASS = "class_not_in_any"  # /leave, or the class view, without a class
    NO_CLASSES = "class_none_of_yours"  # /class from someone with no class of their own
    CLOSED = "class_gone"  # a button of a class that no longer exists or is not theirs


@dataclass(frozen=True, slots=True)
class ClassNotice(View):
    """A short reply about classes."""

    problem: ClassProblem


@dataclass(frozen=True, slots=True)
class ClassCreated(View):
    """A new class: its code, to share as a link or to type."""

    class_id: int
    name: str
    code: str


@dataclass(frozen=True, slots=True)
class ClassChoice(View):
    """A teacher's classes to choose from."""

    classes: tuple[tuple[int, str, int], ...]  # (class id, name, students)


@dataclass(frozen=True, slots=True)
class JoinOffer(View):
    """Ask a student to confirm joining a class (and leaving their current one, if any)."""

    code: str
    class_name: str
    teacher_name: str
    current_class: str | None


@dataclass(frozen=True, slots=True)
class Joined(View):
    """The student is now in the class."""

    class_name: str
    teacher_name: str


@dataclass(frozen=True, slots=True)
class JoinDeclined(View):
    """The student chose not to join."""


@dataclass(frozen=True, slots=True)
class AlreadyInClass(View):
    """The student is already in the class they asked to join."""

    class_name: str


@dataclass(frozen=True, slots=True)
class LeftClass(View):
    """The student left their class."""

    class_name: str


@dataclass(frozen=True, slots=True)
class MyClass(View):
    """A student's own class: its name, its teacher and the class's week together."""

    class_name: str
    teacher_name: str
    together: ClassTogether


@dataclass(frozen=True, slots=True)
class ClassTogether(View):
    """The class's week as one group, for its students: no one is ranked or named."""

    practice_days: int  # days this week on which someone in the class practised
    days_so_far: int
    students_practised: int
    students: int


@dataclass(frozen=True, slots=True)
class StudentLine:
    """One student's week, for their teacher."""

    name: str
    grade: int
    days_practised: int
    sessions_completed: int
    answered: int
    correct: int
    streak: int
    last_practice: date | None
    streak_at_risk: bool
    days_inactive: int | None  # None: never practised


@dataclass(frozen=True, slots=True)
class TopicLine:
    """A class's accuracy in one topic."""

    topic_en: str
    topic_bn: str
    answered: int
    correct: int


@dataclass(frozen=True, slots=True)
class MissedLine:
    """A problem the class missed often."""

    topic_en: str
    topic_bn: str
    question_en: str
    question_bn: str
    missed: int
    answered: int


class FileKind(StrEnum):
    """What a class's file button sends."""

    CSV = "csv"
    CHART = "chart"


@dataclass(frozen=True, slots=True)
class ClassWeek(View):
    """A class's week so far (Friday to today), for its teacher."""

    class_id: int
    name: str
    code: str
    first_day: date
    last_day: date
    students: tuple[StudentLine, ...]
    topics: tuple[TopicLine, ...]
    most_missed: tuple[MissedLine, ...]
    sessions_completed: int

    @property
    def at_risk(self) -> tuple[str, ...]:
        """Students whose streak breaks tonight unless they practise."""
        return tuple(s.name for s in self.students if s.streak_at_risk)

    @property
    def inactive(self) -> tuple[StudentLine, ...]:
        """Students who have not practised for five days or more (or never)."""
        return tuple(s for s in self.students if long_inactive(s.last_practice, self.last_day))


@dataclass(frozen=True, slots=True)
class ClassFile(View):
    """A class's week as a file: a CSV document or a chart."""

    kind: FileKind
    week: ClassWeek


@dataclass(frozen=True, slots=True)
class WeekTotals:
    """A class's figures over one week."""

    active_students: int
    sessions_completed: int
    answered: int
    correct: int


@dataclass(frozen=True, slots=True)
class ClassDigestView(View):
    """The weekly digest of one class: this week (Friday to Thursday) against the week before."""

    class_name: str
    students: int
    first_day: date
    last_day: date
    this_week: WeekTotals
    week_before: WeekTotals
    days_by_student: tuple[tuple[str, int], ...]  # (name, days practised), most first
    not_practised: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class ClassClosed(View):
    """Told to a student: their class was closed by its teacher."""

    class_name: str
