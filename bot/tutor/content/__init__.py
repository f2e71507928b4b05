"""Content: fixed problems and proven problem families, their sync to the database, and cards."""

from bot.tutor.content.card_cache import ProblemCards
from bot.tutor.content.cards import Hint, ProblemCard, hint_text
from bot.tutor.content.family_modules import families_root
from bot.tutor.content.fingerprint import library_fingerprint
from bot.tutor.content.generation import InstanceFault
from bot.tutor.content.library import SyncReport, library_is_loaded, sync_library
from bot.tutor.content.loading import Library, load_library
from bot.tutor.content.sampling import (
    TopicCount,
    problem_record,
    problem_text,
    sample_problems,
    topic_counts,
)
from bot.tutor.content.schema import CONTENT_ROOT, ContentError, LibraryProblem

__all__ = [
    "CONTENT_ROOT",
    "ContentError",
    "Hint",
    "InstanceFault",
    "Library",
    "LibraryProblem",
    "ProblemCard",
    "ProblemCards",
    "SyncReport",
    "TopicCount",
    "families_root",
    "hint_text",
    "library_fingerprint",
    "library_is_loaded",
    "load_library",
    "problem_record",
    "problem_text",
    "sample_problems",
    "sync_library",
    "topic_counts",
]
