"""Accounts: registration, the welcome back, language, deletion, and groups told once."""

from bot.tutor.accounts.account import Account
from bot.tutor.accounts.reading import GRADES
from bot.tutor.accounts.registration import Registration
from bot.tutor.accounts.views import (
    AskGrade,
    AskLanguage,
    AskName,
    AskNewName,
    ConfirmDelete,
    DeleteCancelled,
    Deleted,
    GradeChanged,
    LanguageChanged,
    NameChanged,
    NameProblem,
    ProfileView,
    Welcome,
)

__all__ = [
    "GRADES",
    "Account",
    "AskGrade",
    "AskLanguage",
    "AskName",
    "AskNewName",
    "ConfirmDelete",
    "DeleteCancelled",
    "Deleted",
    "GradeChanged",
    "LanguageChanged",
    "NameChanged",
    "NameProblem",
    "ProfileView",
    "Registration",
    "Welcome",
]
