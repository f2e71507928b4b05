"""The pure rules of classes: join codes, names, the class's week, the digest's timing and figures."""

from __future__ import annotations

import random
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

# No 0/O and no 1/I (nor L, which reads as 1 in many fonts): a code read off a blackboard is
# typed right. 31 letters to the 6th power is about 887 million codes; with at most
# MAX_FAILED_JOINS wrong codes an hour per person, guessing one is pointless.
CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
CODE_LENGTH = 6
JOIN_PAYLOAD_PREFIX = "join-"  # a deep link's /start payload: join-CODE
MAX_FAILED_JOINS = 5
FAILED_JOIN_WINDOW = timedelta(hours=1)
MAX_CLASS_NAME = 60
INACTIVE_DAYS = 5  # a student who has not practised this long is named to the teacher
# The school week in Bangladesh runs Sunday to Thursday: a teacher's week ends on Thursday,
# and the digest goes that evening, after school and before children's quiet hours (21:30).
WEEK_END_WEEKDAY = 3  # Thursday (Monday is 0)
DIGEST_FROM = time(18, 0)
DIGEST_UNTIL = time(21, 30)  # where the reminders' quiet hours begin
WEEK_DAYS = 7
MOST_MISSED = 3


def new_code(rng: random.Random) -> str:
    """Return a fresh join code (the caller retries on the rare clash with an existing one)."""
    return "".join(rng.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


def read_code(text: str) -> str | None:
    """Return the join code a person typed or a link carried, or None if it can't be one.

    Case, spaces, dashes and a leading "join-" are forgiven; anything outside the alphabet is
    not a code (a Bengali letter, a 0 or an O, which no code contains).
    """
    cleaned = unicodedata.normalize("NFKC", text).strip()
    if cleaned.casefold().startswith(JOIN_PAYLOAD_PREFIX):
        cleaned = cleaned[len(JOIN_PAYLOAD_PREFIX) :]
    code = "".join(ch for ch in cleaned if ch not in " -_").upper()
    if len(code) != CODE_LENGTH or any(ch not in CODE_ALPHABET for ch in code):
        return None
    return code


def join_payload(text: str) -> str | None:
    """Return the code of a deep link's /start payload (join-CODE), or None for another payload."""
    if not text.strip().casefold().startswith(JOIN_PAYLOAD_PREFIX):
        return None
    return read_code(text)


def read_class_name(text: str) -> str | None:
    """Return a class name from /newclass's text, or None if it is empty or too long."""
    name = " ".join(unicodedata.normalize("NFC", text).split())
    name = "".join(ch for ch in name if unicodedata.category(ch)[0] != "C")
    if not name or len(name) > MAX_CLASS_NAME:
        return None
    return name


def too_many_failed_joins(failures: int) -> bool:
    """Return whether someone has typed so many wrong codes lately that they must wait."""
    return failures >= MAX_FAILED_JOINS


def week_start(today: date) -> date:
    """Return the Friday that begins the teacher's week holding `today` (it ends on Thursday)."""
    return today - timedelta(days=(today.weekday() - WEEK_END_WEEKDAY - 1) % WEEK_DAYS)


def digest_week_end(local: datetime) -> date | None:
    """Return the Thursday whose digest is due at this local moment, or None when none is.

    Due on Thursday from 18:00 until quiet hours begin at 21:30; a digest missed then is not
    sent late at night, nor on Friday, when the week's news is stale.
    """
    if local.weekday() != WEEK_END_WEEKDAY:
        return None
    if not DIGEST_FROM <= local.time() < DIGEST_UNTIL:
        return None
    return local.date()


@dataclass(frozen=True, slots=True)
class SessionDay:
    """One practice session of a class member: its day and how it went."""

    student_id: int
    day: date
    completed: bool
    answered: int
    correct: int


@dataclass(frozen=True, slots=True)
class WeekFigures:
    """A class's figures over some days."""

    active_students: int
    practice_days: int  # days on which anyone in the class practised
    sessions_completed: int
    answered: int
    correct: int

    @property
    def accuracy(self) -> float | None:
        """Right answers out of answered ones; None with nothing answered."""
        return self.correct / self.answered if self.answered else None


def practised(session: SessionDay) -> bool:
    """A session counts as practice once a problem in it was answered or skipped."""
    return session.answered > 0


def week_figures(sessions: Iterable[SessionDay], first: date, last: date) -> WeekFigures:
    """Sum a class's sessions dated from `first` to `last`, both included."""
    inside = [s for s in sessions if first <= s.day <= last]
    practice = [s for s in inside if practised(s)]
    return WeekFigures(
        active_students=len({s.student_id for s in practice}),
        practice_days=len({s.day for s in practice}),
        sessions_completed=sum(1 for s in inside if s.completed),
        answered=sum(s.answered for s in inside),
        correct=sum(s.correct for s in inside),
    )


def days_practised(
    sessions: Iterable[SessionDay], student_id: int, first: date, last: date
) -> int:
    """Return on how many days from `first` to `last` one student practised."""
    return len(
        {
            s.day
            for s in sessions
            if s.student_id == student_id and first <= s.day <= last and practised(s)
        }
    )


def streak_at_risk(current: int, last_practice: date | None, today: date) -> bool:
    """A live streak whose last practice was yesterday breaks tonight unless they practise."""
    return current > 0 and last_practice == today - timedelta(days=1)


def days_inactive(last_practice: date | None, today: date) -> int | None:
    """Return how many days ago a student last practised; None if never."""
    return None if last_practice is None else (today - last_practice).days


def long_inactive(last_practice: date | None, today: date) -> bool:
    """Return whether a student has not practised for INACTIVE_DAYS days or more (or ever)."""
    gone = days_inactive(last_practice, today)
    return gone is None or gone >= INACTIVE_DAYS


def ordered_names(names: Sequence[str]) -> tuple[str, ...]:
    """Return names in a stable, human order (case ignored)."""
    return tuple(sorted(names, key=lambda name: (name.casefold(), name)))
