"""Use cases of classes: make one, join and leave it, see its week, and close it with its teacher."""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from bot.tutor.accounts import (
    Account,
    ConfirmDelete,
    DeleteCancelled,
    Deleted,
    Registration,
    Welcome,
)
from bot.tutor.classes import queries as sql
from bot.tutor.classes.queries import ClassRecord, TeacherRecord
from bot.tutor.classes.rules import (
    FAILED_JOIN_WINDOW,
    MOST_MISSED,
    days_inactive,
    days_practised,
    new_code,
    read_class_name,
    read_code,
    streak_at_risk,
    too_many_failed_joins,
    week_figures,
    week_start,
)
from bot.tutor.classes.views import (
    AlreadyInClass,
    ClassChoice,
    ClassCreated,
    ClassFile,
    ClassNotice,
    ClassProblem,
    ClassTogether,
    ClassWeek,
    FileKind,
    JoinDeclined,
    Joined,
    JoinOffer,
    LeftClass,
    MissedLine,
    MyClass,
    StudentLine,
    TopicLine,
)
from bot.tutor.language import DEFAULT_LANGUAGE, Language
from bot.tutor.practice import SessionSummary
from bot.tutor.replies import Notice, NoticeView, Reply, View
from bot.tutor.students import StudentRecord, Students
from db.uow import UnitOfWork

# A teacher's Yes to /delete_me counts this long after the question, as a student's does.
DELETE_QUESTION_LIFETIME = timedelta(minutes=15)
CODE_ATTEMPTS = 20  # fresh codes tried before giving up on a clash (odds: about 1 in 10^8 each)
MAX_TEACHER_NAME = 100


async def forget_teacher(uow: UnitOfWork, telegram_id: int) -> None:
    """Close the classes of whoever is being deleted, and tell their students; drop their joins.

    Runs inside the deletion's own transaction (accounts calls it before deleting a student), so
    a deletion never leaves a class whose teacher is gone.
    """
    await sql.clear_pending_join(uow, telegram_id)
    teacher = await sql.teacher_by_telegram_id(uow, telegram_id)
    if teacher is None:
        return
    for school_class in await sql.classes_of_teacher(uow, teacher.teacher_id):
        await sql.queue_closed_notices(uow, school_class.class_id, school_class.name)
    await sql.delete_teacher(uow, teacher.teacher_id)


class Classes:
    """Teachers' classes: codes, joining with one confirmation, the week, and privacy."""

    def __init__(
        self,
        *,
        students: Students,
        registration: Registration,
        account: Account,
        timezone: ZoneInfo,
        rng: Callable[[], random.Random] = random.SystemRandom,
    ) -> None:
        self._students = students
        self._registration = registration
        self._account = account
        self._timezone = timezone
        self._rng = rng  # SystemRandom by default: codes must not be predictable

    def _today(self, now: datetime) -> date:
        return now.astimezone(self._timezone).date()

    # --- Teachers ------------------------------------------------------------------------

    async def new_class(
        self,
        *,
        telegram_id: int,
        text: str,
        sender_name: str | None,
        app_language: Language | None,
        now: datetime,
    ) -> Reply:
        """Make the sender a teacher of a new class and give its join code."""
        name = read_class_name(text)
        async with self._students.unit_of_work() as uow:
            student = await self._students.find(uow, telegram_id, lock=False)
            teacher = await sql.teacher_by_telegram_id(uow, telegram_id)
            known = student.language if student else teacher.language if teacher else None
            if name is None:
                return Reply(known, (ClassNotice(ClassProblem.NAME_NEEDED),))
            shown_name = student.name if student else (sender_name or "").strip()
            teacher = await sql.ensure_teacher(
                uow,
                telegram_id=telegram_id,
                name=(shown_name or "?")[:MAX_TEACHER_NAME],
                language=known or app_language or DEFAULT_LANGUAGE,
            )
            code = await self._fresh_code(uow)
            class_id = await sql.create_class(
                uow, teacher_id=teacher.teacher_id, name=name, code=code
            )
            await uow.commit()
        return Reply(teacher.language, (ClassCreated(class_id, name, code),))

    async def _fresh_code(self, uow: UnitOfWork) -> str:
        rng = self._rng()
        for _ in range(CODE_ATTEMPTS):
            code = new_code(rng)
            if not await sql.code_taken(uow, code):
                return code
        raise RuntimeError("no free class code after many tries")

    async def class_view(self, *, telegram_id: int, now: datetime) -> Reply:
        """Show a teacher their class's week (or a choice of classes); a student, their class."""
        async with self._students.unit_of_work() as uow:
            teacher = await sql.teacher_by_telegram_id(uow, telegram_id)
            if teacher is not None:
                mine = await sql.classes_of_teacher(uow, teacher.teacher_id)
                if len(mine) == 1:
                    week = await self._week(uow, mine[0], self._today(now))
                    return Reply(teacher.language, (week,))
                if mine:
                    choice = tuple((c.class_id, c.name, c.members) for c in mine)
                    return Reply(teacher.language, (ClassChoice(choice),))
            student = await self._students.find(uow, telegram_id, lock=False)
            if student is None:
                return Reply(None, (ClassNotice(ClassProblem.NO_CLASSES),))
            school_class = await sql.class_of_student(uow, student.student_id)
            if school_class is None:
                return Reply(student.language, (ClassNotice(ClassProblem.NOT_IN_CLASS),))
            together = await self._together(uow, school_class.class_id, self._today(now))
            view = MyClass(school_class.name, school_class.teacher_name, together)
            return Reply(student.language, (view,))

    async def show_class(self, *, telegram_id: int, class_id: int, now: datetime) -> Reply:
        """Show the week of one of the teacher's classes (a button of the class choice)."""
        return await self._for_teacher_of(telegram_id, class_id, now, lambda week: week)

    async def class_file(
        self, *, telegram_id: int, class_id: int, kind: FileKind, now: datetime
    ) -> Reply:
        """Give the week of one of the teacher's classes as a CSV document or a chart."""
        return await self._for_teacher_of(
            telegram_id, class_id, now, lambda week: ClassFile(kind, week)
        )

    async def _for_teacher_of(
        self,
        telegram_id: int,
        class_id: int,
        now: datetime,
        show: Callable[[ClassWeek], View],
    ) -> Reply:
        # A class is shown only to its own teacher: any other presser (a forwarded or forged
        # button, a class since closed) learns nothing, not even whether it exists.
        async with self._students.unit_of_work() as uow:
            teacher = await sql.teacher_by_telegram_id(uow, telegram_id)
            school_class = await sql.class_by_id(uow, class_id)
            if (
                teacher is None
                or school_class is None
                or school_class.teacher_id != teacher.teacher_id
            ):
                student = await self._students.find(uow, telegram_id, lock=False)
                language = teacher.language if teacher else student.language if student else None
                return Reply(language, (ClassNotice(ClassProblem.CLOSED),))
            week = await self._week(uow, school_class, self._today(now))
        return Reply(teacher.language, (show(week),))

    async def _week(self, uow: UnitOfWork, school_class: ClassRecord, today: date) -> ClassWeek:
        first = week_start(today)
        members = await sql.members(uow, school_class.class_id)
        sessions = await sql.member_sessions(uow, school_class.class_id, first, today)
        topics = await sql.topic_accuracy(uow, school_class.class_id, first, today)
        missed = await sql.most_missed(uow, school_class.class_id, first, today, MOST_MISSED)
        lines = []
        for member in members:
            mine = [s for s in sessions if s.student_id == member.student_id]
            lines.append(
                StudentLine(
                    name=member.name,
                    grade=member.grade,
                    days_practised=days_practised(mine, member.student_id, first, today),
                    sessions_completed=sum(1 for s in mine if s.completed),
                    answered=sum(s.answered for s in mine),
                    correct=sum(s.correct for s in mine),
                    streak=member.streak,
                    last_practice=member.last_practice,
                    streak_at_risk=streak_at_risk(member.streak, member.last_practice, today),
                    days_inactive=days_inactive(member.last_practice, today),
                )
            )
        return ClassWeek(
            class_id=school_class.class_id,
            name=school_class.name,
            code=school_class.code,
            first_day=first,
            last_day=today,
            students=tuple(lines),
            topics=tuple(TopicLine(t.topic_en, t.topic_bn, t.answered, t.correct) for t in topics),
            most_missed=tuple(
                MissedLine(
                    m.topic_en, m.topic_bn, m.question_en, m.question_bn, m.missed, m.answered
                )
                for m in missed
            ),
            sessions_completed=sum(1 for s in sessions if s.completed),
        )

    async def _together(self, uow: UnitOfWork, class_id: int, today: date) -> ClassTogether:
        first = week_start(today)
        sessions = await sql.member_sessions(uow, class_id, first, today)
        figures = week_figures(sessions, first, today)
        size = len(await sql.members(uow, class_id))
        return ClassTogether(
            practice_days=figures.practice_days,
            days_so_far=(today - first).days + 1,
            students_practised=figures.active_students,
            students=size,
        )

    # --- Students ------------------------------------------------------------------------

    async def join(self, *, telegram_id: int, text: str, now: datetime) -> Reply:
        """Offer to join the class of a code (/join CODE or a deep link); register first if new."""
        code = read_code(text)
        async with self._students.unit_of_work() as uow:
            student = await self._students.find(uow, telegram_id)
            language = student.language if student else None
            since = now - FAILED_JOIN_WINDOW
            if too_many_failed_joins(await sql.count_failed_joins(uow, telegram_id, since)):
                return Reply(language, (ClassNotice(ClassProblem.TOO_MANY_TRIES),))
            if not text.strip():
                return Reply(language, (ClassNotice(ClassProblem.CODE_NEEDED),))
            school_class = None if code is None else await sql.class_by_code(uow, code)
            if school_class is None or code is None:
                await sql.forget_failed_joins(uow, since)
                await sql.record_failed_join(uow, telegram_id, now)
                await uow.commit()
                return Reply(language, (ClassNotice(ClassProblem.CODE_UNKNOWN),))
            if student is None:
                await sql.set_pending_join(uow, telegram_id, school_class.class_id)
                await uow.commit()
                # Registration comes first; the offer to join follows its welcome.
                return await self._registration.start(telegram_id=telegram_id, now=now)
            current = await sql.class_of_student(uow, student.student_id)
            await uow.commit()
        if current is not None and current.class_id == school_class.class_id:
            return Reply(student.language, (AlreadyInClass(current.name),))
        offer = JoinOffer(
            code,
            school_class.name,
            school_class.teacher_name,
            None if current is None else current.name,
        )
        return Reply(student.language, (offer,))

    async def confirm_join(self, *, telegram_id: int, code: str, now: datetime) -> Reply:
        """Join the class of a confirmed offer (leaving any other)."""

        async def join(uow: UnitOfWork, student: StudentRecord) -> Reply:
            await sql.clear_pending_join(uow, telegram_id)
            school_class = await sql.class_by_code(uow, code)
            if school_class is None:
                return Reply(student.language, (ClassNotice(ClassProblem.CLOSED),))
            await sql.set_membership(
                uow, student_id=student.student_id, class_id=school_class.class_id
            )
            return Reply(student.language, (Joined(school_class.name, school_class.teacher_name),))

        return await self._students.act(telegram_id, join)

    async def decline_join(self, *, telegram_id: int) -> Reply:
        """Keep things as they are: the offer to join is refused."""

        async def decline(uow: UnitOfWork, student: StudentRecord) -> Reply:
            await sql.clear_pending_join(uow, telegram_id)
            return Reply(student.language, (JoinDeclined(),))

        return await self._students.act(telegram_id, decline)

    async def leave(self, *, telegram_id: int) -> Reply:
        """Leave the student's class."""

        async def leave(uow: UnitOfWork, student: StudentRecord) -> Reply:
            current = await sql.class_of_student(uow, student.student_id)
            if current is None:
                return Reply(student.language, (ClassNotice(ClassProblem.NOT_IN_CLASS),))
            await sql.remove_membership(uow, student.student_id)
            return Reply(student.language, (LeftClass(current.name),))

        return await self._students.act(telegram_id, leave)

    async def offer_pending_join(self, reply: Reply, *, telegram_id: int) -> Reply:
        """After a new student's welcome, offer the class they asked to join before registering."""
        if not any(isinstance(view, Welcome) and view.is_new for view in reply.views):
            return reply
        async with self._students.unit_of_work() as uow:
            school_class = await sql.pending_join(uow, telegram_id)
        if school_class is None:
            return reply
        offer = JoinOffer(school_class.code, school_class.name, school_class.teacher_name, None)
        return Reply(reply.language, (*reply.views, offer))

    async def with_class_week(self, reply: Reply, *, telegram_id: int, now: datetime) -> Reply:
        """Add the class's week, together, to a session's summary, for a student in a class."""
        if not any(isinstance(view, SessionSummary) for view in reply.views):
            return reply
        async with self._students.unit_of_work() as uow:
            school_class = await sql.class_of_telegram_id(uow, telegram_id)
            if school_class is None:
                return reply
            together = await self._together(uow, school_class.class_id, self._today(now))
        return Reply(reply.language, (*reply.views, together), reply.quiet)

    # --- Deleting ------------------------------------------------------------------------

    async def ask_delete(self, *, telegram_id: int, now: datetime) -> Reply:
        """Ask to confirm /delete_me; a teacher who is not a student is asked here."""
        teacher = await self._teacher_only(telegram_id)
        if teacher is None:
            return await self._account.ask_delete(telegram_id=telegram_id, now=now)
        async with self._students.unit_of_work() as uow:
            await sql.set_delete_asked(uow, teacher.teacher_id, now)
            await uow.commit()
        return Reply(teacher.language, (ConfirmDelete(),))

    async def confirm_delete(self, *, telegram_id: int, confirmed: bool, now: datetime) -> Reply:
        """Delete (or keep) a person: a teacher's classes close and their students are told."""
        teacher = await self._teacher_only(telegram_id)
        if teacher is None:
            return await self._account.confirm_delete(
                telegram_id=telegram_id, confirmed=confirmed, now=now
            )
        async with self._students.unit_of_work() as uow:
            if not confirmed:
                await sql.set_delete_asked(uow, teacher.teacher_id, None)
                await uow.commit()
                return Reply(teacher.language, (DeleteCancelled(),))
            asked = teacher.delete_asked_at
            if asked is None or now - asked >= DELETE_QUESTION_LIFETIME:
                return Reply(teacher.language, (NoticeView(Notice.STALE_BUTTON),))
            await forget_teacher(uow, telegram_id)
            await uow.commit()
        return Reply(teacher.language, (Deleted(),))

    async def _teacher_only(self, telegram_id: int) -> TeacherRecord | None:
        """Return the teacher with this id if they are not also a student."""
        async with self._students.unit_of_work() as uow:
            teacher = await sql.teacher_by_telegram_id(uow, telegram_id)
            if teacher is None:
                return None
            student = await self._students.find(uow, telegram_id, lock=False)
        return teacher if student is None else None
