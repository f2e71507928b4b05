"""Students: who is acting, and the one place a student's action opens its transaction."""

from bot.tutor.students.acting import Pending, Students
from bot.tutor.students.queries import StudentRecord

__all__ = ["Pending", "StudentRecord", "Students"]
