"""What every use case answers with: a Reply of views in the student's language."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from bot.tutor.language import Language


class View:
    """Something to show a student: each feature's views are frozen dataclasses of this type."""

    __slots__ = ()


class Notice(StrEnum):
    """Short replies that carry no data."""

    HELP = "help"
    NOT_REGISTERED = "not_registered"
    NO_ACTIVE_SESSION = "no_active_session"
    STALE_BUTTON = "stale_button"
    TEXT_ONLY = "text_only"
    TOO_LONG = "too_long"
    UNKNOWN_COMMAND = "unknown_command"
    PRIVATE_ONLY = "private_only"
    ERROR = "error"
    ALREADY_REGISTERED = "already_registered"
    HINT_HELPFUL = "hint_helpful"  # thanks for a 👍 on an AI hint
    HINT_NOT_HELPFUL = "hint_not_helpful"  # thanks for a 👎


@dataclass(frozen=True, slots=True)
class NoticeView(View):
    """A short fixed reply."""

    notice: Notice


@dataclass(frozen=True, slots=True)
class Reply:
    """Everything to say after one student action, in order, in the student's language.

    `quiet` marks a press that changed nothing (a double tap): the adapter acknowledges it silently.
    """

    language: Language | None  # None: someone who has not chosen a language (not registered)
    views: tuple[View, ...]
    quiet: bool = False
