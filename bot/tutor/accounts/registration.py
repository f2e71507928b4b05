"""Registration: a name, a class and a language, then a welcome; and the welcome back."""

from __future__ import annotations

import dataclasses
from datetime import datetime

from bot.tutor.accounts import queries
from bot.tutor.accounts.queries import PendingRecord
from bot.tutor.accounts.reading import GRADES, read_grade, read_name
from bot.tutor.accounts.views import (
    AskGrade,
    AskLanguage,
    AskName,
    LanguageChanged,
    NameProblem,
    Welcome,
)
from bot.tutor.language import Language
from bot.tutor.practice import PracticeWaiting, Sessions
from bot.tutor.replies import Notice, NoticeView, Reply, View
from bot.tutor.students import StudentRecord, Students
from db.uow import UnitOfWork


class Registration:
    """Welcome students back, or register new ones one question at a time."""

    def __init__(self, *, students: Students, sessions: Sessions) -> None:
        self._students = students
        self._sessions = sessions

    async def start(self, *, telegram_id: int, now: datetime) -> Reply:
        """Welcome a known student back, or begin registration by asking for a name."""
        async with self._students.unit_of_work() as uow:
            student = await self._students.find(uow, telegram_id)
            if student is not None:
                views, streak = await self._sessions.welcome_back(uow, student, now)
                views.append(Welcome(student.name, self._sessions.streak_view(streak, now), False))
                waiting = await self._sessions.open_problem(uow, student, now)
                if waiting is not None:  # starting again mid-session: say what waits
                    views.append(PracticeWaiting(waiting.position, waiting.total))
                await uow.commit()
                return Reply(student.language, tuple(views))
            pending = await queries.pending_registration(uow, telegram_id)
            await queries.begin_registration(uow, telegram_id, restart=pending is not None)
            await uow.commit()
        return Reply(None, (AskName(),))

    async def take_name(self, uow: UnitOfWork, telegram_id: int, text: str) -> Reply:
        """Take a typed message from someone not registered: their name, if it is asked for."""
        pending = await queries.pending_registration(uow, telegram_id)
        if pending is None:
            return Reply(None, (NoticeView(Notice.NOT_REGISTERED),))
        return Reply(None, (await self._name_step(uow, telegram_id, pending, text),))

    async def choose_grade(self, *, telegram_id: int, grade: int) -> Reply:
        """Record the class of a student who is registering."""
        if grade not in GRADES:
            return await self._students.tell(telegram_id, NoticeView(Notice.STALE_BUTTON))
        async with self._students.unit_of_work() as uow:
            pending = await queries.pending_registration(uow, telegram_id)
            if pending is None or pending.name is None:
                return await self._not_registering(uow, telegram_id)
            await queries.save_registration_step(uow, telegram_id, grade=grade)
            await uow.commit()
        return Reply(None, (AskLanguage(registering=True),))

    async def choose_language(
        self, *, telegram_id: int, language: Language, now: datetime
    ) -> Reply:
        """Finish registration with the chosen language, or switch a student's language."""
        async with self._students.unit_of_work() as uow:
            student = await self._students.find(uow, telegram_id)
            if student is not None:
                await queries.set_language(uow, student.student_id, language)
                # The open problem comes again at once, in the new language.
                switched = dataclasses.replace(student, language=language)
                waiting = await self._sessions.open_problem(uow, switched, now)
                await uow.commit()
                views = (LanguageChanged(),) if waiting is None else (LanguageChanged(), waiting)
                return Reply(language, views)
            pending = await queries.pending_registration(uow, telegram_id)
            if pending is None or pending.name is None or pending.grade is None:
                return await self._not_registering(uow, telegram_id)
            student_id = await queries.register_student(
                uow,
                telegram_id=telegram_id,
                name=pending.name,
                grade=pending.grade,
                language=language,
            )
            if student_id is None:
                await uow.commit()
                return Reply(language, (NoticeView(Notice.ALREADY_REGISTERED),))
            new = StudentRecord(student_id, telegram_id, pending.name, pending.grade, language)
            _, streak = await self._sessions.welcome_back(uow, new, now)
            welcome = Welcome(new.name, self._sessions.streak_view(streak, now), True)
            await uow.commit()
        return Reply(language, (welcome,))

    async def _not_registering(self, uow: UnitOfWork, telegram_id: int) -> Reply:
        student = await self._students.find(uow, telegram_id, lock=False)
        if student is not None:
            return Reply(student.language, (NoticeView(Notice.STALE_BUTTON),))
        return Reply(None, (NoticeView(Notice.NOT_REGISTERED),))

    async def _name_step(
        self, uow: UnitOfWork, telegram_id: int, pending: PendingRecord, text: str
    ) -> View:
        if pending.name is not None and pending.grade is None:
            # A typed class counts as much as a pressed one; anything else hears the choices.
            grade = read_grade(text)
            if grade is None:
                return AskGrade(pending.name, unclear=True)
            await queries.save_registration_step(uow, telegram_id, grade=grade)
            return AskLanguage(registering=True)
        if pending.name is not None:
            return AskLanguage(registering=True)
        name = read_name(text)
        if isinstance(name, NameProblem):
            return AskName(name)
        await queries.save_registration_step(uow, telegram_id, name=name)
        return AskGrade(name)
