"""The tutor's use cases: registration, daily sessions, hints, answers, streaks. One transaction each."""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.tutor.ai import AiHelp
from bot.tutor.answers import Outcome, Verdict, check_answer
from bot.tutor.content import ProblemCard, ProblemCards
from bot.tutor.language import Language
from bot.tutor.practice import learn_from_sessions, queries
from bot.tutor.practice.review import REVIEWS_PER_SESSION
from bot.tutor.practice.selection import (
    COVERAGE_SESSIONS,
    RECENT_DAYS,
    Candidate,
    History,
    choose_problems,
)
from bot.tutor.practice.streaks import (
    StreakState,
    advance_streak,
    live_streak,
    next_milestone,
    settle_missed_days,
)
from bot.tutor.typed_text import storable, visible_name
from bot.tutor.views import (
    AlreadyPractisedToday,
    AnswerFeedback,
    AskGrade,
    AskLanguage,
    AskName,
    ConfirmDelete,
    DeleteCancelled,
    Deleted,
    Feedback,
    FreezeUsed,
    HintView,
    LanguageChanged,
    NameProblem,
    NoMoreHints,
    Notice,
    NoticeView,
    ProblemView,
    RecentSession,
    Reply,
    SessionExpired,
    SessionSummary,
    StatsView,
    StreakDetails,
    StreakView,
    TopicAccuracy,
    View,
    Welcome,
)
from db.enums import Confidence, SessionStatus
from db.models import PendingRegistration, PracticeSession, Response, Streak, Student
from db.uow import UnitOfWork

MAX_MESSAGE_LENGTH = 500
MAX_NAME_LENGTH = 100
TRIES_PER_PROBLEM = 2
DEFAULT_LANGUAGE = "bn"


def streak_state(streak: Streak) -> StreakState:
    """Return the pure streak state of a streak row."""
    return StreakState(
        current=streak.current_streak,
        longest=streak.longest_streak,
        last_practice_date=streak.last_practice_date,
        milestones_achieved=tuple(streak.milestones_achieved),
        freezes=streak.freezes,
    )


def store_streak(streak: Streak, state: StreakState) -> None:
    """Write a pure streak state back to its row."""
    streak.current_streak = state.current
    streak.longest_streak = state.longest
    streak.last_practice_date = state.last_practice_date
    streak.milestones_achieved = list(state.milestones_achieved)
    streak.freezes = state.freezes


class Tutor:
    """The tutoring core's facade: every adapter calls these use cases and renders the Reply."""

    def __init__(
        self,
        *,
        session_factory: async_sessionmaker[AsyncSession],
        timezone: ZoneInfo,
        session_minutes: int = 30,
        problems_per_session: int = 5,
        rng: Callable[[], random.Random] = random.Random,
        ai_help: AiHelp | None = None,
    ) -> None:
        self._session_factory = session_factory
        self._timezone = timezone
        self._session_minutes = session_minutes
        self._problems_per_session = problems_per_session
        self._rng = rng
        self._cards = ProblemCards()
        self._ai = ai_help

    def unit_of_work(self) -> UnitOfWork:
        """Open one transaction for one student action."""
        return UnitOfWork(self._session_factory)

    def local_date(self, now: datetime) -> datetime:
        """Return `now` in the tutor's time zone."""
        return now.astimezone(self._timezone)

    # Registration -------------------------------------------------------------------------

    async def start(self, *, telegram_id: int, now: datetime) -> Reply:
        """Welcome a known student back, or begin registration by asking for a name."""
        async with self.unit_of_work() as uow:
            student = await queries.student_by_telegram_id(uow.session, telegram_id, lock=True)
            if student is not None:
                views = await self._welcome_back(uow, student, now)
                streak = await queries.streak_of(uow.session, student.student_id)
                streak_view = await self._streak_view(uow, student, streak, now)
                views.append(Welcome(student.name, streak_view, False))
                await uow.commit()
                return Reply(student.language, tuple(views))
            pending = await queries.pending_registration(uow.session, telegram_id)
            if pending is None:
                uow.session.add(PendingRegistration(telegram_id=telegram_id))
            else:
                pending.name, pending.grade = None, None
            await uow.commit()
        return Reply(DEFAULT_LANGUAGE, (AskName(),))

    async def choose_grade(self, *, telegram_id: int, grade: int) -> Reply:
        """Record the grade of a student who is registering."""
        if grade not in (6, 7, 8):
            return await self.notice(telegram_id=telegram_id, notice=Notice.STALE_BUTTON)
        async with self.unit_of_work() as uow:
            pending = await queries.pending_registration(uow.session, telegram_id)
            if pending is None or pending.name is None:
                return await self._not_registering(uow, telegram_id)
            pending.grade = grade
            await uow.commit()
        return Reply(DEFAULT_LANGUAGE, (AskLanguage(registering=True),))

    async def choose_language(self, *, telegram_id: int, language: str, now: datetime) -> Reply:
        """Finish registration with the chosen language, or switch a student's language."""
        if language not in ("bn", "en"):
            return await self.notice(telegram_id=telegram_id, notice=Notice.STALE_BUTTON)
        async with self.unit_of_work() as uow:
            student = await queries.student_by_telegram_id(uow.session, telegram_id, lock=True)
            if student is not None:
                student.language = language
                await uow.commit()
                return Reply(language, (LanguageChanged(),))
            pending = await queries.pending_registration(uow.session, telegram_id)
            if pending is None or pending.name is None or pending.grade is None:
                return await self._not_registering(uow, telegram_id)
            student = Student(
                telegram_id=telegram_id, name=pending.name, grade=pending.grade, language=language
            )
            uow.session.add(student)
            await uow.session.delete(pending)
            try:
                await uow.session.flush()
            except IntegrityError:
                # A second process registered the same user a moment ago: theirs stands.
                return Reply(language, (NoticeView(Notice.ALREADY_REGISTERED),))
            streak = await queries.streak_of(uow.session, student.student_id)
            view = Welcome(student.name, await self._streak_view(uow, student, streak, now), True)
            await uow.commit()
        return Reply(language, (view,))

    async def _not_registering(self, uow: UnitOfWork, telegram_id: int) -> Reply:
        student = await queries.student_by_telegram_id(uow.session, telegram_id)
        if student is not None:
            return Reply(student.language, (NoticeView(Notice.STALE_BUTTON),))
        return Reply(DEFAULT_LANGUAGE, (NoticeView(Notice.NOT_REGISTERED),))

    async def _register_name(self, pending: PendingRegistration, text: str) -> View:
        if pending.name is not None:
            return (
                AskGrade(pending.name) if pending.grade is None else AskLanguage(registering=True)
            )
        name = visible_name(text)
        if name is None:
            return AskName(NameProblem.EMPTY)
        if len(name) > MAX_NAME_LENGTH:
            return AskName(NameProblem.TOO_LONG)
        pending.name = name
        return AskGrade(name)

    # Practice -----------------------------------------------------------------------------

    async def practice(self, *, telegram_id: int, now: datetime) -> Reply:
        """Resume today's uow.session, say today's is done, or start a new one."""
        async with self.unit_of_work() as uow:
            student = await queries.student_by_telegram_id(uow.session, telegram_id, lock=True)
            if student is None:
                return Reply(DEFAULT_LANGUAGE, (NoticeView(Notice.NOT_REGISTERED),))
            views = await self._welcome_back(uow, student, now)
            practice = await queries.open_session(uow.session, student.student_id)
            if practice is not None and self._expired(practice, now):
                await self._abandon(uow, practice, now)
                views.append(SessionExpired(self._session_minutes))
                practice = None
            if practice is None:
                today = self.local_date(now).date()
                if await queries.completed_session_on(uow.session, student.student_id, today):
                    streak = await queries.streak_of(uow.session, student.student_id)
                    streak_view = await self._streak_view(uow, student, streak, now)
                    views.append(AlreadyPractisedToday(streak_view, self._next_midnight(now)))
                    await uow.commit()
                    return Reply(student.language, tuple(views))
                practice = await self._new_session(uow, student, now)
            views.append(await self._current_problem(uow, student, practice))
            await uow.commit()
        return Reply(student.language, tuple(views))

    async def _new_session(
        self, uow: UnitOfWork, student: Student, now: datetime
    ) -> PracticeSession:
        candidates = [
            Candidate(pid, topic, difficulty)
            for pid, topic, difficulty in await queries.problem_candidates(
                uow.session, student.grade
            )
        ]
        problem_ids = choose_problems(
            candidates,
            count=self._problems_per_session,
            history=await self._history(uow, student.student_id, candidates, now),
            rng=self._rng(),
        )
        if not problem_ids:
            raise LookupError(f"no problems loaded for grade {student.grade}; run the loader")
        practice = PracticeSession(
            student_id=student.student_id,
            date=self.local_date(now).date(),
            status=SessionStatus.IN_PROGRESS,
            problem_ids=problem_ids,
            expires_at=now + timedelta(minutes=self._session_minutes),
            created_at=now,
            updated_at=now,
        )
        uow.session.add(practice)
        await uow.session.flush()
        uow.session.add(
            Response(session_id=practice.session_id, problem_id=problem_ids[0], started_at=now)
        )
        await uow.session.flush()
        return practice

    async def _history(
        self,
        uow: UnitOfWork,
        student_id: int,
        candidates: list[Candidate],
        now: datetime,
    ) -> History:
        topic_of = {c.problem_id: c.topic for c in candidates}
        levels = await queries.topic_levels(uow, student_id)
        recent = await queries.recent_problem_ids(uow.session, student_id, COVERAGE_SESSIONS)
        return History(
            due_reviews=await queries.due_reviews(
                uow.session, student_id, now, REVIEWS_PER_SESSION
            ),
            recently_seen=await queries.problems_seen_since(
                uow.session, student_id, now - timedelta(days=RECENT_DAYS)
            ),
            levels={topic: row.level for topic, row in levels.items()},
            accuracy={t: row.correct / row.answered for t, row in levels.items() if row.answered},
            recent_topics=[{topic_of[p] for p in ids if p in topic_of} for ids in recent],
        )

    async def submit_text(self, *, telegram_id: int, text: str, now: datetime) -> Reply:
        """Handle a typed message: a registration step or an answer to the current problem."""
        if len(text) > MAX_MESSAGE_LENGTH:
            return await self._notice_for(telegram_id, Notice.TOO_LONG)
        text = storable(text)
        async with self.unit_of_work() as uow:
            student = await queries.student_by_telegram_id(uow.session, telegram_id, lock=True)
            if student is None:
                pending = await queries.pending_registration(uow.session, telegram_id)
                if pending is None:
                    return Reply(DEFAULT_LANGUAGE, (NoticeView(Notice.NOT_REGISTERED),))
                view = await self._register_name(pending, text)
                await uow.commit()
                return Reply(DEFAULT_LANGUAGE, (view,))
            student.blocked_at = None
            practice = await queries.open_session(uow.session, student.student_id)
            if practice is None:
                await uow.commit()
                return Reply(student.language, (NoticeView(Notice.NO_ACTIVE_SESSION),))
            if self._expired(practice, now):
                await self._abandon(uow, practice, now)
                await uow.commit()
                return Reply(student.language, (SessionExpired(self._session_minutes),))
            views = await self._answer(uow, student, practice, text, now)
            await uow.commit()
        return Reply(student.language, views)

    async def _answer(
        self,
        uow: UnitOfWork,
        student: Student,
        practice: PracticeSession,
        text: str,
        now: datetime,
    ) -> tuple[View, ...]:
        responses = await queries.responses_of(uow.session, practice.session_id)
        response = responses[-1]
        problem = await self._cards.get(uow.session, response.problem_id)
        verdict = check_answer(text, problem.key)
        if verdict.outcome is Outcome.UNREADABLE:
            return (AnswerFeedback(Feedback.UNREADABLE),)
        stored_answer = text.strip()[:500]
        judged_by_ai = False
        if verdict.outcome is Outcome.NEEDS_JUDGEMENT and self._ai is not None:
            judgement = await self._ai.judge(
                uow,
                student_id=student.student_id,
                session_id=practice.session_id,
                problem=problem,
                language=Language(student.language),
                student_answer=stored_answer,
                now=now,
            )
            if judgement.note is None:  # a clean verdict, right or wrong
                judged_by_ai = True
                outcome = Outcome.CORRECT if judgement.correct else Outcome.INCORRECT
                verdict = Verdict(outcome, judgement.read_as or verdict.read_as)
        if verdict.outcome is Outcome.CORRECT:
            self._close(response, practice, now, answer=stored_answer, correct=True)
            feedback = AnswerFeedback(
                Feedback.CORRECT, read_as=verdict.read_as, judged_by_ai=judged_by_ai
            )
            return (feedback, *await self._advance(uow, student, practice, responses, now))
        unsure = verdict.outcome is Outcome.NEEDS_JUDGEMENT
        response.attempts += 1
        response.student_answer = stored_answer
        if response.attempts < TRIES_PER_PROBLEM:
            return (AnswerFeedback(Feedback.TRY_AGAIN, read_as=verdict.read_as, unsure=unsure),)
        self._close(response, practice, now, answer=stored_answer, correct=False)
        feedback = AnswerFeedback(
            Feedback.WRONG_FINAL,
            read_as=verdict.read_as,
            correct_answer=problem.answer_in(student.language),
            last_hint=problem.hint_in(len(problem.hints), student.language),
            unsure=unsure,
        )
        return (feedback, *await self._advance(uow, student, practice, responses, now))

    async def hint(
        self, *, telegram_id: int, session_id: int, position: int, hints_seen: int, now: datetime
    ) -> Reply:
        """Show the next hint of the current problem; a repeated press changes nothing."""
        async with self.unit_of_work() as uow:
            found = await self._pressed(uow, telegram_id, session_id, position, now)
            if isinstance(found, Reply):
                await uow.commit()
                return found
            student, practice, response, problem = found
            # The button carries how many hints were on screen: a second tap finds one more.
            if len(response.hints_viewed) != hints_seen:
                return Reply(student.language, (), quiet=True)
            view = await self._next_hint(uow, student, practice, response, problem, now)
            # Commit even without a hint: a billed AI reply that was unusable is still a cost.
            await uow.commit()
        return Reply(student.language, (view,))

    async def _next_hint(
        self,
        uow: UnitOfWork,
        student: Student,
        practice: PracticeSession,
        response: Response,
        problem: ProblemCard,
        now: datetime,
    ) -> HintView | NoMoreHints:
        """A personal AI hint after a wrong try or once the static ones run out, else static."""
        static_left = response.hints_used < len(problem.hints)
        ai_shown = sum(1 for hint in response.hints_viewed if hint.get("is_ai_generated"))
        if self._ai is not None and (not static_left or (response.attempts and not ai_shown)):
            outcome = await self._ai.hint(
                uow,
                student_id=student.student_id,
                session_id=practice.session_id,
                problem=problem,
                language=Language(student.language),
                student_answer=response.student_answer,
                hints_shown=response.hints_used,
                ai_hints_shown=ai_shown,
                now=now,
            )
            if outcome.hint is not None:
                response.hints_viewed = [*response.hints_viewed, dict(outcome.hint)]
                text = outcome.hint["text_bn" if student.language == "bn" else "text_en"]
                view = self._view_of(student, practice, response, problem)
                return HintView(outcome.hint["hint_number"], text, view, ai_generated=True)
        if not static_left:
            return NoMoreHints(self._view_of(student, practice, response, problem))
        number = response.hints_used + 1
        response.hints_used = number
        response.hints_viewed = [*response.hints_viewed, dict(problem.hints[number - 1])]
        view = self._view_of(student, practice, response, problem)
        return HintView(number, problem.hint_in(number, student.language), view)

    async def skip(
        self, *, telegram_id: int, session_id: int, position: int, now: datetime
    ) -> Reply:
        """Give up on the current problem, show its answer, and move on."""
        async with self.unit_of_work() as uow:
            found = await self._pressed(uow, telegram_id, session_id, position, now)
            if isinstance(found, Reply):
                await uow.commit()
                return found
            student, practice, response, problem = found
            self._close(response, practice, now, answer=None, correct=False)
            feedback = AnswerFeedback(
                Feedback.SKIPPED, correct_answer=problem.answer_in(student.language)
            )
            responses = await queries.responses_of(uow.session, practice.session_id)
            views = (
                feedback,
                *await self._advance(uow, student, practice, responses, now),
            )
            await uow.commit()
        return Reply(student.language, views)

    async def _pressed(
        self,
        uow: UnitOfWork,
        telegram_id: int,
        session_id: int,
        position: int,
        now: datetime,
    ) -> Reply | tuple[Student, PracticeSession, Response, ProblemCard]:
        """Check a button press against the presser's own open session and current problem."""
        student = await queries.student_by_telegram_id(uow.session, telegram_id, lock=True)
        if student is None:
            return Reply(DEFAULT_LANGUAGE, (NoticeView(Notice.NOT_REGISTERED),))
        # Read after taking the lock: under READ COMMITTED this statement sees what the
        # student's previous action committed (a join in the locking statement would not).
        practice = await queries.open_session(uow.session, student.student_id)
        if practice is None or practice.session_id != session_id:
            return Reply(student.language, (NoticeView(Notice.STALE_BUTTON),))
        if self._expired(practice, now):
            await self._abandon(uow, practice, now)
            return Reply(student.language, (SessionExpired(self._session_minutes),))
        responses = await queries.responses_of(uow.session, practice.session_id)
        if len(responses) != position or responses[-1].is_correct is not None:
            return Reply(student.language, (NoticeView(Notice.STALE_BUTTON),))
        problem = await self._cards.get(uow.session, responses[-1].problem_id)
        return student, practice, responses[-1], problem

    async def _advance(
        self,
        uow: UnitOfWork,
        student: Student,
        practice: PracticeSession,
        responses: list[Response],
        now: datetime,
    ) -> tuple[View, ...]:
        """Open the next problem, or complete the session and grow the streak."""
        done = len(responses)
        if done < len(practice.problem_ids):
            response = Response(
                session_id=practice.session_id,
                problem_id=practice.problem_ids[done],
                started_at=now,
            )
            uow.session.add(response)
            await uow.session.flush()
            problem = await self._cards.get(uow.session, response.problem_id)
            return (self._view_of(student, practice, response, problem),)
        practice.status = SessionStatus.COMPLETED
        practice.completed_at = now
        practice.problems_correct = sum(1 for r in responses if r.is_correct)
        practice.total_time_seconds = sum(r.time_spent_seconds for r in responses)
        await uow.session.flush()
        await learn_from_sessions(uow, [practice.session_id], now)
        streak = await queries.streak_of(uow.session, student.student_id)
        advanced = advance_streak(streak_state(streak), self.local_date(now).date())
        store_streak(streak, advanced.state)
        summary = SessionSummary(
            correct=practice.problems_correct,
            total=len(practice.problem_ids),
            time_seconds=practice.total_time_seconds,
            hints_used=sum(r.hints_used for r in responses),
            streak=await self._streak_view(uow, student, streak, now, practised_today=True),
            milestone=advanced.milestone,
        )
        return (summary,)

    def _close(
        self,
        response: Response,
        practice: PracticeSession,
        now: datetime,
        *,
        answer: str | None,
        correct: bool,
    ) -> None:
        response.student_answer = answer
        response.is_correct = correct
        response.evaluated_at = now
        elapsed = (now - response.started_at).total_seconds()
        response.time_spent_seconds = int(min(max(elapsed, 0), self._session_minutes * 60))
        if not correct:
            response.confidence_level = Confidence.LOW
        elif response.attempts == 0 and response.hints_used == 0:
            response.confidence_level = Confidence.HIGH
        else:
            response.confidence_level = Confidence.MEDIUM

    async def _current_problem(
        self, uow: UnitOfWork, student: Student, practice: PracticeSession
    ) -> ProblemView:
        response = (await queries.responses_of(uow.session, practice.session_id))[-1]
        problem = await self._cards.get(uow.session, response.problem_id)
        return self._view_of(student, practice, response, problem)

    def _view_of(
        self,
        student: Student,
        practice: PracticeSession,
        response: Response,
        problem: ProblemCard,
    ) -> ProblemView:
        return ProblemView(
            session_id=practice.session_id,
            position=practice.problem_ids.index(problem.problem_id) + 1,
            total=len(practice.problem_ids),
            topic=problem.topic_in(student.language),
            difficulty=problem.difficulty,
            question=problem.question_in(student.language),
            hints_used=response.hints_used,
            hints_total=len(problem.hints),
            attempts=response.attempts,
            hints_seen=len(response.hints_viewed),
            more_help=self._ai is not None,
        )

    async def _welcome_back(self, uow: UnitOfWork, student: Student, now: datetime) -> list[View]:
        """Clear a block flag (they wrote again) and spend freezes on missed days, saying so."""
        student.blocked_at = None
        streak = await queries.streak_of(uow.session, student.student_id)
        settled = settle_missed_days(streak_state(streak), self.local_date(now).date())
        if not settled.freezes_used:
            return []
        store_streak(streak, settled.state)
        return [FreezeUsed(settled.freezes_used, settled.state.freezes)]

    def _expired(self, practice: PracticeSession, now: datetime) -> bool:
        return practice.expires_at <= now

    async def _abandon(self, uow: UnitOfWork, practice: PracticeSession, now: datetime) -> None:
        practice.status = SessionStatus.ABANDONED
        await uow.session.flush()
        await learn_from_sessions(uow, [practice.session_id], now)

    def _next_midnight(self, now: datetime) -> datetime:
        tomorrow = self.local_date(now).date() + timedelta(days=1)
        return datetime.combine(tomorrow, time(0), tzinfo=self._timezone).astimezone(UTC)

    async def _streak_view(
        self,
        uow: UnitOfWork,
        student: Student,
        streak: Streak,
        now: datetime,
        *,
        practised_today: bool | None = None,
    ) -> StreakView:
        today = self.local_date(now).date()
        current = live_streak(streak_state(streak), today)
        if practised_today is None:
            practised_today = streak.last_practice_date == today
        return StreakView(
            current=current,
            longest=streak.longest_streak,
            next_milestone=next_milestone(current),
            practised_today=practised_today,
            freezes=streak.freezes,
        )

    # Account ------------------------------------------------------------------------------

    async def streak(self, *, telegram_id: int, now: datetime) -> Reply:
        """Show the current and longest streak and the next milestone."""
        async with self.unit_of_work() as uow:
            student = await queries.student_by_telegram_id(uow.session, telegram_id, lock=True)
            if student is None:
                return Reply(DEFAULT_LANGUAGE, (NoticeView(Notice.NOT_REGISTERED),))
            views = await self._welcome_back(uow, student, now)
            streak = await queries.streak_of(uow.session, student.student_id)
            views.append(StreakDetails(await self._streak_view(uow, student, streak, now)))
            await uow.commit()
        return Reply(student.language, tuple(views))

    async def stats(self, *, telegram_id: int) -> Reply:
        """Show accuracy per topic and the latest sessions."""
        async with self.unit_of_work() as uow:
            student = await queries.student_by_telegram_id(uow.session, telegram_id)
            if student is None:
                return Reply(DEFAULT_LANGUAGE, (NoticeView(Notice.NOT_REGISTERED),))
            bengali = student.language == "bn"
            levels = await queries.topic_levels(uow, student.student_id)
            topics = tuple(
                TopicAccuracy(
                    topic_bn if bengali else topic_en,
                    answered,
                    correct,
                    levels[topic].level if topic in levels else None,
                )
                for topic, topic_en, topic_bn, answered, correct in await queries.topic_accuracy(
                    uow.session, student.student_id
                )
            )
            recent = tuple(
                RecentSession(s.date, s.status.value, s.problems_correct, len(s.problem_ids))
                for s in await queries.recent_sessions(uow.session, student.student_id)
            )
            queue = await queries.review_queue_size(uow.session, student.student_id)
            return Reply(student.language, (StatsView(topics, recent, queue),))

    async def ask_language(self, *, telegram_id: int) -> Reply:
        """Offer the language switch."""
        return await self._for_student(telegram_id, AskLanguage(registering=False))

    async def ask_delete(self, *, telegram_id: int) -> Reply:
        """Ask the student to confirm deleting everything."""
        return await self._for_student(telegram_id, ConfirmDelete())

    async def help(self, *, telegram_id: int) -> Reply:
        """Explain the commands."""
        return await self._notice_for(telegram_id, Notice.HELP, require_student=False)

    async def confirm_delete(self, *, telegram_id: int, confirmed: bool) -> Reply:
        """Delete every row of the student, or keep them."""
        async with self.unit_of_work() as uow:
            student = await queries.student_by_telegram_id(uow.session, telegram_id, lock=True)
            if student is None:
                return Reply(DEFAULT_LANGUAGE, (NoticeView(Notice.NOT_REGISTERED),))
            language = student.language
            if not confirmed:
                return Reply(language, (DeleteCancelled(),))
            await queries.delete_student(uow.session, telegram_id)
            await uow.commit()
        return Reply(language, (Deleted(),))

    async def tell_group(self, *, chat_id: int, telegram_id: int | None, now: datetime) -> Reply:
        """Say once per group, never again, that the tutor works only in private chats."""
        async with self.unit_of_work() as uow:
            first_time = await queries.claim_group_notice(uow.session, chat_id, now)
            student = (
                None
                if telegram_id is None
                else await queries.student_by_telegram_id(uow.session, telegram_id)
            )
            await uow.commit()
        language = DEFAULT_LANGUAGE if student is None else student.language
        if not first_time:
            return Reply(language, (), quiet=True)
        return Reply(language, (NoticeView(Notice.PRIVATE_ONLY),))

    async def notice(self, *, telegram_id: int, notice: Notice) -> Reply:
        """Reply with a fixed notice in the student's language (bad input, unknown command...)."""
        return await self._notice_for(telegram_id, notice, require_student=False)

    async def _notice_for(
        self, telegram_id: int, notice: Notice, *, require_student: bool = False
    ) -> Reply:
        return await self._for_student(telegram_id, NoticeView(notice), require_student)

    async def _for_student(
        self, telegram_id: int, view: View, require_student: bool = True
    ) -> Reply:
        async with self.unit_of_work() as uow:
            student = await queries.student_by_telegram_id(uow.session, telegram_id)
            if student is not None:
                return Reply(student.language, (view,))
        if require_student:
            return Reply(DEFAULT_LANGUAGE, (NoticeView(Notice.NOT_REGISTERED),))
        return Reply(DEFAULT_LANGUAGE, (view,))
