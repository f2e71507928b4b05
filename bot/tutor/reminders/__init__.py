"""Reminders: streak reminders, comeback nudges and session expiry, claimed exactly once."""

from bot.tutor.reminders.jobs import (
    MAX_CONCURRENT_SENDS,
    Delivery,
    JobReport,
    Notification,
    Notifications,
    Sender,
)
from db.enums import ReminderKind

__all__ = [
    "MAX_CONCURRENT_SENDS",
    "Delivery",
    "JobReport",
    "Notification",
    "Notifications",
    "ReminderKind",
    "Sender",
]
