"""Practice sessions: start or resume today's, open the next problem, complete or expire one."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from bot.tutor.content import ProblemCard, ProblemCards
from bot.tutor.practice import learning_queries, queries
from bot.tutor.practice.learning import learn, learn_from_sessions
from bot.tutor.practice.learning_queries import ClosedResponse
from bot.tutor.practice.queries import PracticeRecord, ResponseRecord
from bot.tutor.practice.review import REVIEWS_PER_SESSION
from bot.tutor.practice.selection import (
    COVERAGE_SESSIONS,
    RECENT_SESSIONS,
    SEEN_DAYS,
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
from bot.tutor.practice.views import (
    AlreadyPractisedToday,
    FreezeUsed,
    ProblemView,
    SessionExpired,
    SessionSummary,
    StreakDetails,
    StreakView,
)
from bot.tutor.replies import Reply, View
from bot.tutor.students import StudentRecord, Students
from db.uow import UnitOfWork


@dataclass(frozen=True, slots=True)
class PracticeSettings:
    """How long a practice session lasts, how many problems it has, and whose midnight ends a day."""

    timezone: ZoneInfo
    session_minutes: int = 30
    problems_per_session: int = 5

    def today(self, now: datetime) -> date:
        """Return the local date of a moment."""
        return now.astimezone(self.timezone).date()

    def next_midnight(self, now: datetime) -> datetime:
        """Return the next local midnight, in UTC: when a new day's practice opens."""
        tomorrow = self.today(now) + timedelta(days=1)
        return datetime.combine(tomorrow, time(0), tzinfo=self.timezone).astimezone(UTC)


async def settle_abandoned(uow: UnitOfWork, practice_ids: list[int], now: datetime) -> None:
    """Keep the score and time of sessions just abandoned, and learn from what was answered.

    The student coming back late and the expiry job both end sessions here, so /stats, the
    reports and a completed session's summary count right answers the same way.
    """
    await queries.score_practices(uow, practice_ids)
    await learn_from_sessions(uow, practice_ids, now)


class Sessions:
    """Open, resume, advance, complete and expire practice sessions; show streaks."""

    def __init__(
        self,
        *,
        settings: PracticeSettings,
        students: Students,
        cards: ProblemCards,
        rng: Callable[[], random.Random],
        more_help: bool,
    ) -> None:
        self.settings = settings
        self._students = students
        self._cards = cards
        # Per class, the problems a session is chosen from, under the library's generation.
        self._candidates: dict[int, tuple[int, list[Candidate]]] = {}
        self._rng = rng
        self._more_help = more_help

    async def practice(self, *, telegram_id: int, now: datetime) -> Reply:
        """Resume today's practice session, say today's is done, or start a new one."""

        async def resume_or_start(uow: UnitOfWork, student: StudentRecord) -> Reply:
            views, streak = await self.welcome_back(uow, student, now)
            in_progress = await queries.open_practice(uow, student.student_id)
            if in_progress is not None and self.expired(in_progress[0], now):
                await self.abandon(uow, in_progress[0], now)
                views.append(SessionExpired(self.settings.session_minutes))
                in_progress = None
            if in_progress is None:
                today = self.settings.today(now)
                if await queries.completed_practice_on(uow, student.student_id, today):
                    done = AlreadyPractisedToday(
                        self.streak_view(streak, now), self.settings.next_midnight(now)
                    )
                    return Reply(student.language, (*views, done))
                practice = await self._start(uow, student, now)
                responses = await queries.responses_of(uow, practice.practice_id)
            else:
                practice, responses = in_progress
            views.append(await self.problem_view(uow, student, practice, responses[-1]))
            return Reply(student.language, tuple(views))

        return await self._students.act(telegram_id, resume_or_start)

    async def open_problem(
        self, uow: UnitOfWork, student: StudentRecord, now: datetime
    ) -> ProblemView | None:
        """Return the problem the student has open, if their practice session is still running."""
        in_progress = await queries.open_practice(uow, student.student_id)
        if in_progress is None or self.expired(in_progress[0], now):
            return None
        practice, responses = in_progress
        return await self.problem_view(uow, student, practice, responses[-1])

    async def streak(self, *, telegram_id: int, now: datetime) -> Reply:
        """Show the current and longest streak and the next milestone."""

        async def show(uow: UnitOfWork, student: StudentRecord) -> Reply:
            views, streak = await self.welcome_back(uow, student, now)
            details = StreakDetails(self.streak_view(streak, now))
            return Reply(student.language, (*views, details))

        return await self._students.act(telegram_id, show)

    async def welcome_back(
        self, uow: UnitOfWork, student: StudentRecord, now: datetime
    ) -> tuple[list[View], StreakState]:
        """Spend freezes on days missed since the last practice, saying so; return the streak."""
        streak = await queries.streak_of(uow, student.student_id)
        settled = settle_missed_days(streak, self.settings.today(now))
        if not settled.freezes_used:
            return [], streak
        await queries.save_streak(uow, student.student_id, settled.state)
        return [FreezeUsed(settled.freezes_used, settled.state.freezes)], settled.state

    def streak_view(
        self, streak: StreakState, now: datetime, *, practised_today: bool | None = None
    ) -> StreakView:
        """Return a streak as the student should see it today."""
        today = self.settings.today(now)
        current = live_streak(streak, today)
        return StreakView(
            current=current,
            longest=streak.longest,
            next_milestone=next_milestone(current),
            practised_today=(
                streak.last_practice_date == today if practised_today is None else practised_today
            ),
            freezes=streak.freezes,
        )

    def expired(self, practice: PracticeRecord, now: datetime) -> bool:
        """Say whether a practice session has run past its time."""
        return practice.expires_at <= now

    async def abandon(self, uow: UnitOfWork, practice: PracticeRecord, now: datetime) -> None:
        """End a practice session that ran out of time, keeping and learning from what was answered."""
        await queries.abandon_practice(uow, practice.practice_id)
        await settle_abandoned(uow, [practice.practice_id], now)

    async def advance(
        self,
        uow: UnitOfWork,
        student: StudentRecord,
        practice: PracticeRecord,
        responses: list[ResponseRecord],
        now: datetime,
    ) -> tuple[View, ...]:
        """Open the next problem, or complete the practice session and grow the streak.

        `responses` are the session's responses with the one just closed as it now stands.
        """
        done = len(responses)
        if done < len(practice.problem_ids):
            problem_id = practice.problem_ids[done]
            await queries.open_response(
                uow, practice_id=practice.practice_id, problem_id=problem_id, now=now
            )
            card = await self._cards.get(uow, problem_id)
            return (self.view_of(student, practice, card, None),)
        correct = sum(1 for r in responses if r.correct)
        time_seconds = sum(r.time_spent_seconds for r in responses)
        await queries.complete_practice(
            uow,
            practice.practice_id,
            now=now,
            problems_correct=correct,
            total_time_seconds=time_seconds,
        )
        # What learning needs is in hand (the responses, the cards): nothing to read again.
        cards = await self._cards.get_all(uow, practice.problem_ids)
        await learn(
            uow,
            student.student_id,
            [
                ClosedResponse(
                    student_id=student.student_id,
                    problem_id=r.problem_id,
                    topic=cards[r.problem_id].topic,
                    family=cards[r.problem_id].family,
                    reviewable=cards[r.problem_id].reviewable,
                    correct=bool(r.correct),
                    wrong_tries=r.wrong_tries,
                    hints_shown=len(r.hints_shown),
                )
                for r in responses
            ],
            now,
        )
        streak = await queries.streak_of(uow, student.student_id)
        advanced = advance_streak(streak, self.settings.today(now))
        await queries.save_streak(uow, student.student_id, advanced.state)
        summary = SessionSummary(
            correct=correct,
            total=len(practice.problem_ids),
            time_seconds=time_seconds,
            hints_shown=sum(len(r.hints_shown) for r in responses),
            streak=self.streak_view(advanced.state, now, practised_today=True),
            milestone=advanced.milestone,
        )
        return (summary,)

    async def problem_view(
        self,
        uow: UnitOfWork,
        student: StudentRecord,
        practice: PracticeRecord,
        response: ResponseRecord,
    ) -> ProblemView:
        """Return the problem a response stands for, as the student sees it."""
        # All the session's cards at once, so the answers that follow read none.
        cards = await self._cards.get_all(uow, practice.problem_ids)
        return self.view_of(student, practice, cards[response.problem_id], response)

    def view_of(
        self,
        student: StudentRecord,
        practice: PracticeRecord,
        card: ProblemCard,
        response: ResponseRecord | None,  # None: the problem has just been opened
    ) -> ProblemView:
        """Return a problem of a practice session as the student sees it."""
        return ProblemView(
            practice_id=practice.practice_id,
            position=practice.problem_ids.index(card.problem_id) + 1,
            total=len(practice.problem_ids),
            topic=card.topic_in(student.language),
            difficulty=card.difficulty,
            question=card.question_in(student.language),
            static_hints_shown=response.static_hints_shown if response else 0,
            static_hints_total=len(card.hints),
            wrong_tries=response.wrong_tries if response else 0,
            hints_shown=len(response.hints_shown) if response else 0,
            more_help=self._more_help,
            options=tuple(
                student.language.pick(choice.text_bn, choice.text_en)
                for choice in card.key.choices
            ),
        )

    async def _start(
        self, uow: UnitOfWork, student: StudentRecord, now: datetime
    ) -> PracticeRecord:
        candidates = await self._candidates_of(uow, student.grade)
        problem_ids = choose_problems(
            candidates,
            count=self.settings.problems_per_session,
            history=await self._history(uow, student.student_id, candidates, now),
            rng=self._rng(),
        )
        if not problem_ids:
            raise LookupError(f"no problems loaded for grade {student.grade}; run the loader")
        return await queries.start_practice(
            uow,
            student_id=student.student_id,
            day=self.settings.today(now),
            problem_ids=problem_ids,
            expires_at=now + timedelta(minutes=self.settings.session_minutes),
            now=now,
        )

    async def _candidates_of(self, uow: UnitOfWork, grade: int) -> list[Candidate]:
        # Reference data, thousands of rows a class: read once per process and library load.
        generation = await self._cards.generation(uow)
        cached = self._candidates.get(grade)
        if cached is None or cached[0] != generation:
            rows = await learning_queries.problem_candidates(uow, grade)
            cached = self._candidates[grade] = (generation, [Candidate(*row) for row in rows])
        return cached[1]

    async def _history(
        self, uow: UnitOfWork, student_id: int, candidates: list[Candidate], now: datetime
    ) -> History:
        by_id = {c.problem_id: c for c in candidates}
        levels = await learning_queries.topic_levels(uow, student_id)
        recent = await learning_queries.recent_problem_ids(uow, student_id, RECENT_SESSIONS)
        return History(
            due_reviews=await learning_queries.due_reviews(
                # More than a session takes, so a resting family does not hold a slot.
                uow,
                student_id,
                now,
                5 * REVIEWS_PER_SESSION,
            ),
            seen=await learning_queries.problems_seen_since(
                uow, student_id, now - timedelta(days=SEEN_DAYS)
            ),
            recent_families={by_id[p].family for ids in recent for p in ids if p in by_id},
            levels={topic: row.level for topic, row in levels.items()},
            accuracy={t: row.correct / row.answered for t, row in levels.items() if row.answered},
            recent_topics=[
                {by_id[p].topic for p in ids if p in by_id} for ids in recent[:COVERAGE_SESSIONS]
            ],
        )
