"""The tutoring core's one entry: every adapter calls these use cases and renders the Reply."""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import datetime
from zoneinfo import ZoneInfo

from bot.tutor.accounts import Account, Registration
from bot.tutor.ai import AiHelp
from bot.tutor.classes import JOIN_PAYLOAD_PREFIX, Classes, FileKind, forget_teacher
from bot.tutor.content import ProblemCards
from bot.tutor.language import Language
from bot.tutor.practice import Answering, HintRatings, PracticeSettings, Progress, Sessions
from bot.tutor.replies import Notice, NoticeView, Reply
from bot.tutor.students import Students
from bot.tutor.typed_messages import TypedMessages
from db.uow import UnitOfWork


class Tutor:
    """Delegate each student action to the feature that owns it."""

    def __init__(
        self,
        *,
        unit_of_work: Callable[[], UnitOfWork],
        timezone: ZoneInfo,
        session_minutes: int = 30,
        problems_per_session: int = 5,
        rng: Callable[[], random.Random] = random.Random,
        ai_help: AiHelp | None = None,
    ) -> None:
        self._students = students = Students(unit_of_work)
        cards = ProblemCards()
        self.settings = PracticeSettings(timezone, session_minutes, problems_per_session)
        self._sessions = Sessions(
            settings=self.settings,
            students=students,
            cards=cards,
            rng=rng,
            more_help=ai_help is not None,
        )
        self._answering = Answering(
            sessions=self._sessions, students=students, cards=cards, ai=ai_help
        )
        self._progress = Progress(students)
        self._hint_ratings = HintRatings(students)
        self._registration = Registration(students=students, sessions=self._sessions)
        self._account = Account(students, before_delete=forget_teacher)
        self._classes = Classes(
            students=students,
            registration=self._registration,
            account=self._account,
            timezone=timezone,
        )
        self._typed = TypedMessages(
            students=students,
            registration=self._registration,
            account=self._account,
            answering=self._answering,
        )

    async def start(self, *, telegram_id: int, now: datetime, payload: str = "") -> Reply:
        """Welcome a known student back, or begin registration by asking for a name.

        A deep link's payload `join-CODE` offers to join that class (registering first if new).
        """
        if payload.strip().casefold().startswith(JOIN_PAYLOAD_PREFIX):
            return await self._classes.join(telegram_id=telegram_id, text=payload, now=now)
        return await self._registration.start(telegram_id=telegram_id, now=now)

    async def choose_grade(self, *, telegram_id: int, grade: int) -> Reply:
        """Record the class of a student who is registering."""
        return await self._registration.choose_grade(telegram_id=telegram_id, grade=grade)

    async def choose_language(
        self, *, telegram_id: int, language: Language, now: datetime
    ) -> Reply:
        """Finish registration with the chosen language, or switch a student's language."""
        reply = await self._registration.choose_language(
            telegram_id=telegram_id, language=language, now=now
        )
        return await self._classes.offer_pending_join(reply, telegram_id=telegram_id)

    async def submit_text(self, *, telegram_id: int, text: str, now: datetime) -> Reply:
        """Take a typed message: a registration step, what the bot asked, or an answer."""
        reply = await self._typed.take(telegram_id=telegram_id, text=text, now=now)
        return await self._classes.with_class_week(reply, telegram_id=telegram_id, now=now)

    async def practice(self, *, telegram_id: int, now: datetime) -> Reply:
        """Resume today's practice session, say today's is done, or start a new one."""
        return await self._sessions.practice(telegram_id=telegram_id, now=now)

    async def hint(
        self, *, telegram_id: int, practice_id: int, position: int, hints_shown: int, now: datetime
    ) -> Reply:
        """Show the next hint of the open problem; a repeated press changes nothing."""
        return await self._answering.hint(
            telegram_id=telegram_id,
            practice_id=practice_id,
            position=position,
            hints_shown=hints_shown,
            now=now,
        )

    async def skip(
        self, *, telegram_id: int, practice_id: int, position: int, now: datetime
    ) -> Reply:
        """Give up on the open problem, show its answer, and move on."""
        reply = await self._answering.skip(
            telegram_id=telegram_id, practice_id=practice_id, position=position, now=now
        )
        return await self._classes.with_class_week(reply, telegram_id=telegram_id, now=now)

    async def choose_option(
        self, *, telegram_id: int, practice_id: int, position: int, letter: str, now: datetime
    ) -> Reply:
        """Answer a multiple-choice problem with the option pressed."""
        reply = await self._answering.choose_option(
            telegram_id=telegram_id,
            practice_id=practice_id,
            position=position,
            letter=letter,
            now=now,
        )
        return await self._classes.with_class_week(reply, telegram_id=telegram_id, now=now)

    async def rate_hint(
        self, *, telegram_id: int, response_id: int, hint_number: int, helpful: bool, now: datetime
    ) -> Reply:
        """Keep the student's 👍 or 👎 on one of Claude's hints."""
        return await self._hint_ratings.rate(
            telegram_id=telegram_id,
            response_id=response_id,
            hint_number=hint_number,
            helpful=helpful,
            now=now,
        )

    async def streak(self, *, telegram_id: int, now: datetime) -> Reply:
        """Show the current and longest streak and the next milestone."""
        return await self._sessions.streak(telegram_id=telegram_id, now=now)

    async def stats(self, *, telegram_id: int) -> Reply:
        """Show accuracy per topic and the latest practice sessions."""
        return await self._progress.stats(telegram_id=telegram_id)

    async def ask_language(self, *, telegram_id: int) -> Reply:
        """Offer the language switch."""
        return await self._account.ask_language(telegram_id=telegram_id)

    async def ask_delete(self, *, telegram_id: int, now: datetime) -> Reply:
        """Ask the student to confirm deleting everything, by button or by typing yes or no."""
        return await self._classes.ask_delete(telegram_id=telegram_id, now=now)

    async def confirm_delete(self, *, telegram_id: int, confirmed: bool, now: datetime) -> Reply:
        """Delete every row of the student, or keep them."""
        return await self._classes.confirm_delete(
            telegram_id=telegram_id, confirmed=confirmed, now=now
        )

    async def profile(self, *, telegram_id: int) -> Reply:
        """Show the student's name, class and language, with buttons to change class or name."""
        return await self._account.profile(telegram_id=telegram_id)

    async def change_grade(self, *, telegram_id: int, grade: int) -> Reply:
        """Change the student's class, from the next practice session."""
        return await self._account.change_grade(telegram_id=telegram_id, grade=grade)

    async def ask_new_name(self, *, telegram_id: int, now: datetime) -> Reply:
        """Ask for a new name: the student's next typed message is it."""
        return await self._account.ask_new_name(telegram_id=telegram_id, now=now)

    # --- Classes and teachers -------------------------------------------------------------

    async def new_class(
        self,
        *,
        telegram_id: int,
        text: str,
        now: datetime,
        sender_name: str | None = None,
        app_language: Language | None = None,
    ) -> Reply:
        """Make the sender a teacher of a new class named `text`; answer with its join code."""
        return await self._classes.new_class(
            telegram_id=telegram_id,
            text=text,
            sender_name=sender_name,
            app_language=app_language,
            now=now,
        )

    async def join_class(self, *, telegram_id: int, text: str, now: datetime) -> Reply:
        """Offer to join the class whose code was typed (/join CODE)."""
        return await self._classes.join(telegram_id=telegram_id, text=text, now=now)

    async def confirm_join(self, *, telegram_id: int, code: str, now: datetime) -> Reply:
        """Join the class of a confirmed offer."""
        return await self._classes.confirm_join(telegram_id=telegram_id, code=code, now=now)

    async def decline_join(self, *, telegram_id: int) -> Reply:
        """Refuse an offer to join a class."""
        return await self._classes.decline_join(telegram_id=telegram_id)

    async def leave_class(self, *, telegram_id: int) -> Reply:
        """Leave the student's class."""
        return await self._classes.leave(telegram_id=telegram_id)

    async def class_view(self, *, telegram_id: int, now: datetime) -> Reply:
        """Show a teacher their class's week, or a student their class (/class)."""
        return await self._classes.class_view(telegram_id=telegram_id, now=now)

    async def show_class(self, *, telegram_id: int, class_id: int, now: datetime) -> Reply:
        """Show the week of one of the teacher's classes."""
        return await self._classes.show_class(telegram_id=telegram_id, class_id=class_id, now=now)

    async def class_file(
        self, *, telegram_id: int, class_id: int, kind: FileKind, now: datetime
    ) -> Reply:
        """Give the week of one of the teacher's classes as a CSV document or a chart."""
        return await self._classes.class_file(
            telegram_id=telegram_id, class_id=class_id, kind=kind, now=now
        )

    async def tell_group(self, *, chat_id: int, telegram_id: int | None, now: datetime) -> Reply:
        """Say once per group, never again, that the tutor works only in private chats."""
        return await self._account.tell_group(chat_id=chat_id, telegram_id=telegram_id, now=now)

    async def help(self, *, telegram_id: int) -> Reply:
        """Explain the commands."""
        return await self.notice(telegram_id=telegram_id, notice=Notice.HELP)

    async def notice(self, *, telegram_id: int, notice: Notice) -> Reply:
        """Reply with a fixed notice in the student's language (bad input, unknown command...)."""
        return await self._students.tell(telegram_id, NoticeView(notice))
