"""Reminders: streak reminders, comeback nudges and session expiry, claimed exactly once."""

from bot.tutor.reminders.jobs import Delivery, JobReport, Notification, Notifications, Sender
from db.enums import ReminderKind

__all__ = ["Delivery", "JobReport", "Notification", "Notifications", "ReminderKind", "Sender"]
