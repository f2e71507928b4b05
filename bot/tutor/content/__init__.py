"""Content: the problem library as validated data, its sync to the database, and problem cards."""

from bot.tutor.content.card_cache import ProblemCards
from bot.tutor.content.cards import Hint, ProblemCard, hint_text
from bot.tutor.content.library import SyncReport, sync_library
from bot.tutor.content.schema import CONTENT_ROOT, ContentError, LibraryProblem, load_library

__all__ = [
    "CONTENT_ROOT",
    "ContentError",
    "Hint",
    "LibraryProblem",
    "ProblemCard",
    "ProblemCards",
    "SyncReport",
    "hint_text",
    "load_library",
    "sync_library",
]
