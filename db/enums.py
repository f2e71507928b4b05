"""The database's vocabularies: plain enums that the schema checks and the core reads."""

from __future__ import annotations

from enum import StrEnum


class SessionStatus(StrEnum):
    """Where a practice session stands."""

    IN_PROGRESS = "in_progress"
    COMPLETED = "completed"
    ABANDONED = "abandoned"


class Confidence(StrEnum):
    """How sure we are the student knows it: high = right first try without hints."""

    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"


class Operation(StrEnum):
    """What a paid AI call was for."""

    HINT_GENERATION = "hint_generation"
    ANSWER_EVALUATION = "answer_evaluation"


class ApiProvider(StrEnum):
    """Who billed the call."""

    CLAUDE = "claude"
    TWILIO = "twilio"


class ReminderKind(StrEnum):
    """Which scheduled message a reminder_log row stands for."""

    STREAK_REMINDER = "streak_reminder"
    NUDGE_3 = "nudge_3"
    NUDGE_7 = "nudge_7"
    NUDGE_14 = "nudge_14"
    SESSION_EXPIRED = "session_expired"


class ReminderStatus(StrEnum):
    """Where a claimed reminder stands: sending and committing can't be one atomic step."""

    CLAIMED = "claimed"
    SENT = "sent"
    FAILED = "failed"


class Awaiting(StrEnum):
    """What the bot has asked a registered student and waits for them to type."""

    DELETE_CONFIRMATION = "delete_confirmation"  # /delete_me: yes or no
    NEW_NAME = "new_name"  # /profile: the new name
