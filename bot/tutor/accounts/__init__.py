"""Accounts: registration, the welcome back, language, deletion, and groups told once."""

from bot.tutor.accounts.account import Account
from bot.tutor.accounts.registration import GRADES, Registration
from bot.tutor.accounts.views import (
    AskGrade,
    AskLanguage,
    AskName,
    ConfirmDelete,
    DeleteCancelled,
    Deleted,
    LanguageChanged,
    NameProblem,
    Welcome,
)

__all__ = [
    "GRADES",
    "Account",
    "AskGrade",
    "AskLanguage",
    "AskName",
    "ConfirmDelete",
    "DeleteCancelled",
    "Deleted",
    "LanguageChanged",
    "NameProblem",
    "Registration",
    "Welcome",
]
