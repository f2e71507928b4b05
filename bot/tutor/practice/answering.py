"""Work on the open problem: check an answer, show a hint, or skip it."""

from __future__ import annotations

import dataclasses
from datetime import datetime
from functools import partial

from bot.tutor.ai import AiCall, AiCallResult, AiHelp
from bot.tutor.answers import Outcome, Verdict, check_answer
from bot.tutor.content import Hint, ProblemCard, ProblemCards, hint_text
from bot.tutor.practice import queries
from bot.tutor.practice.queries import PracticeRecord, ResponseRecord
from bot.tutor.practice.sessions import Sessions
from bot.tutor.practice.views import (
    AnswerFeedback,
    Feedback,
    HintView,
    NoMoreHints,
    ProblemView,
    SessionExpired,
)
from bot.tutor.replies import Notice, NoticeView, Reply, View
from bot.tutor.students import Pending, StudentRecord, Students
from db.enums import Confidence
from db.uow import UnitOfWork

TRIES_PER_PROBLEM = 2
STORED_ANSWER_LENGTH = 500


@dataclasses.dataclass(frozen=True, slots=True)
class _OpenProblem:
    """The problem a button press or an answer is about, checked to be the student's current one."""

    practice: PracticeRecord
    responses: list[ResponseRecord]
    card: ProblemCard

    @property
    def response(self) -> ResponseRecord:
        """The open problem's response."""
        return self.responses[-1]

    def with_response(self, response: ResponseRecord) -> list[ResponseRecord]:
        """Return the responses with the open one replaced by its new state."""
        return [*self.responses[:-1], response]


_ASKED_AGAIN = {
    Outcome.UNREADABLE: Feedback.UNREADABLE,
    Outcome.NOT_ONE_ANSWER: Feedback.ONE_ANSWER,
    Outcome.NOT_LOWEST_TERMS: Feedback.LOWEST_TERMS,
    Outcome.NEEDS_JUDGEMENT: Feedback.UNSURE,
}


def _asked_again(verdict: Verdict, card: ProblemCard, problem: ProblemView) -> AnswerFeedback:
    """Ask for the answer again, saying why, with the open problem's buttons."""
    key = card.key
    return AnswerFeedback(
        _ASKED_AGAIN[verdict.outcome],
        read_as=verdict.read_as,
        problem=problem,
        answer_unit=_unit_of(card),
        answer_kind=key.kind.value,
    )


def _unit_of(card: ProblemCard) -> str | None:
    """The answer's unit, unless its options already spell it out."""
    key = card.key
    return key.unit.value if key.unit and not key.choices else None


class Answering:
    """Answers, hints and skips for the problem a student has open."""

    def __init__(
        self, *, sessions: Sessions, students: Students, cards: ProblemCards, ai: AiHelp | None
    ) -> None:
        self._sessions = sessions
        self._students = students
        self._cards = cards
        self._ai = ai

    async def answer(
        self, uow: UnitOfWork, student: StudentRecord, text: str, now: datetime
    ) -> Reply | Pending[AiCallResult]:
        """Check a typed answer to the open problem and move on when it is settled."""
        in_progress = await queries.open_practice(uow, student.student_id)
        if in_progress is None:
            return Reply(student.language, (NoticeView(Notice.NO_ACTIVE_SESSION),))
        practice, responses = in_progress
        if self._sessions.expired(practice, now):
            await self._sessions.abandon(uow, practice, now)
            return Reply(student.language, (self._expired(),))
        open_problem = await self._open_problem_of(uow, practice, responses)
        assert open_problem is not None  # an open practice always has its open problem
        return await self._judge(uow, student, open_problem, text, now)

    async def _open_problem(self, uow: UnitOfWork, student: StudentRecord) -> _OpenProblem | None:
        """Return the student's open practice and problem as they stand now, if any."""
        in_progress = await queries.open_practice(uow, student.student_id)
        if in_progress is None:
            return None
        return await self._open_problem_of(uow, *in_progress)

    async def _open_problem_of(
        self, uow: UnitOfWork, practice: PracticeRecord, responses: list[ResponseRecord]
    ) -> _OpenProblem | None:
        """Return the open problem of a practice session, if one is open."""
        if not responses or responses[-1].correct is not None:
            return None
        # The session's cards together: the next problem's card is then read already.
        cards = await self._cards.get_all(uow, practice.problem_ids)
        return _OpenProblem(practice, responses, cards[responses[-1].problem_id])

    async def hint(
        self, *, telegram_id: int, practice_id: int, position: int, hints_shown: int, now: datetime
    ) -> Reply:
        """Show the next hint of the open problem; a repeated press changes nothing."""

        async def next_hint(
            uow: UnitOfWork, student: StudentRecord
        ) -> Reply | Pending[AiCallResult]:
            found = await self._pressed(uow, student, practice_id, position, now)
            if isinstance(found, Reply):
                return found
            # The button carries how many hints were on screen: a second tap finds one more.
            if len(found.response.hints_shown) != hints_shown:
                return Reply(student.language, (), quiet=True)
            return await self._next_hint(uow, student, found, now)

        return await self._students.act(telegram_id, next_hint)

    async def skip(
        self, *, telegram_id: int, practice_id: int, position: int, now: datetime
    ) -> Reply:
        """Give up on the open problem, show its answer, and move on."""

        async def give_up(uow: UnitOfWork, student: StudentRecord) -> Reply:
            found = await self._pressed(uow, student, practice_id, position, now)
            if isinstance(found, Reply):
                return found
            closed = await self._close(uow, found.response, now, answer=None, correct=False)
            feedback = AnswerFeedback(
                Feedback.SKIPPED,
                correct_answer=found.card.answer_in(student.language),
                answer_unit=_unit_of(found.card),
            )
            following = await self._sessions.advance(
                uow, student, found.practice, found.with_response(closed), now
            )
            return Reply(student.language, (feedback, *following))

        return await self._students.act(telegram_id, give_up)

    async def choose_option(
        self, *, telegram_id: int, practice_id: int, position: int, letter: str, now: datetime
    ) -> Reply:
        """Take a pressed option of a multiple-choice problem as the answer to it."""

        async def answer_with(
            uow: UnitOfWork, student: StudentRecord
        ) -> Reply | Pending[AiCallResult]:
            found = await self._pressed(uow, student, practice_id, position, now)
            if isinstance(found, Reply):
                return found
            return await self._judge(uow, student, found, letter, now)

        return await self._students.act(telegram_id, answer_with)

    async def _judge(
        self,
        uow: UnitOfWork,
        student: StudentRecord,
        open_problem: _OpenProblem,
        text: str,
        now: datetime,
    ) -> Reply | Pending[AiCallResult]:
        """Judge an answer by the rules; what they can't settle waits on Claude outside the lock."""
        card = open_problem.card
        verdict = check_answer(text, card.key)
        answer = text.strip()[:STORED_ANSWER_LENGTH]
        if verdict.outcome is Outcome.NEEDS_JUDGEMENT and self._ai is not None:
            planned = await self._ai.plan_judge(
                uow,
                student_id=student.student_id,
                practice_id=open_problem.practice.practice_id,
                problem=card,
                language=student.language,
                student_answer=answer,
                now=now,
            )
            if isinstance(planned, AiCall):
                finish = partial(self._finish_judge, planned, open_problem.response, verdict, now)
                return Pending(partial(self._ai.call, planned), finish)
            verdict = Verdict(planned.outcome, planned.read_as or verdict.read_as)
        views = await self._settle(uow, student, open_problem, verdict, answer, now)
        return Reply(student.language, views)

    async def _finish_judge(
        self,
        planned: AiCall,
        asked: ResponseRecord,
        verdict: Verdict,
        now: datetime,
        uow: UnitOfWork,
        student: StudentRecord,
        result: AiCallResult,
    ) -> Reply:
        """Take Claude's verdict, if the answer it judged is still the student's latest."""
        assert self._ai is not None
        judgement = await self._ai.finish_judge(uow, planned, result)
        current = await self._open_problem(uow, student)
        if (
            current is None
            or current.response.response_id != asked.response_id
            or current.response.wrong_tries != asked.wrong_tries
        ):
            # They answered again or moved on while Claude read this one: the verdict is for an
            # answer that is no longer theirs to settle, and only its cost is kept.
            return Reply(student.language, (), quiet=True)
        verdict = Verdict(judgement.outcome, judgement.read_as or verdict.read_as)
        answer = (planned.student_answer or "")[:STORED_ANSWER_LENGTH]
        return Reply(
            student.language, await self._settle(uow, student, current, verdict, answer, now)
        )

    async def _settle(
        self,
        uow: UnitOfWork,
        student: StudentRecord,
        open_problem: _OpenProblem,
        verdict: Verdict,
        answer: str,
        now: datetime,
    ) -> tuple[View, ...]:
        """Act on a verdict: move on when right, use a try when wrong, else ask again."""
        card, response = open_problem.card, open_problem.response
        if verdict.read_as:
            verdict = dataclasses.replace(
                verdict, read_as=card.read_in(verdict.read_as, student.language)
            )
        still_open = self._problem_view(student, open_problem, response)
        if verdict.outcome in _ASKED_AGAIN:
            # Nothing is settled, so no try is used and nothing is written.
            return (_asked_again(verdict, card, still_open),)
        if verdict.outcome is Outcome.CORRECT:
            closed = await self._close(uow, response, now, answer=answer, correct=True)
            following = await self._sessions.advance(
                uow, student, open_problem.practice, open_problem.with_response(closed), now
            )
            return (AnswerFeedback(Feedback.CORRECT, read_as=verdict.read_as), *following)
        tried = dataclasses.replace(response, wrong_tries=response.wrong_tries + 1, answer=answer)
        wrong_unit = verdict.wrong_unit_for.value if verdict.wrong_unit_for else None
        if tried.wrong_tries < TRIES_PER_PROBLEM:
            await queries.record_wrong_try(
                uow, tried.response_id, wrong_tries=tried.wrong_tries, answer=answer
            )
            # The reply says "press Hint": it carries the Hint and Skip buttons to press.
            feedback = AnswerFeedback(
                Feedback.TRY_AGAIN,
                read_as=verdict.read_as,
                problem=self._problem_view(student, open_problem, tried),
                wrong_unit_for=wrong_unit,
            )
            return (feedback,)
        closed = await self._close(uow, tried, now, answer=answer, correct=False)
        feedback = AnswerFeedback(
            Feedback.WRONG_FINAL,
            read_as=verdict.read_as,
            correct_answer=card.answer_in(student.language),
            answer_unit=_unit_of(card),
            last_hint=card.hint_in(len(card.hints), student.language),
        )
        following = await self._sessions.advance(
            uow, student, open_problem.practice, open_problem.with_response(closed), now
        )
        return (feedback, *following)

    async def _next_hint(
        self, uow: UnitOfWork, student: StudentRecord, open_problem: _OpenProblem, now: datetime
    ) -> Reply | Pending[AiCallResult]:
        """A personal AI hint after a wrong try or once the static ones run out, else static."""
        card, response = open_problem.card, open_problem.response
        static_left = response.static_hints_shown < len(card.hints)
        earlier_ai = [
            hint_text(hint, student.language)
            for hint in response.hints_shown
            if hint.get("is_ai_generated")
        ]
        if self._ai is not None and (not static_left or (response.wrong_tries and not earlier_ai)):
            planned = await self._ai.plan_hint(
                uow,
                student_id=student.student_id,
                practice_id=open_problem.practice.practice_id,
                problem=card,
                language=student.language,
                student_answer=response.answer,
                static_hints_shown=response.static_hints_shown,
                earlier_ai_hints=earlier_ai,
                grade=student.grade,
                now=now,
            )
            if isinstance(planned, AiCall):
                finish = partial(
                    self._finish_hint,
                    planned,
                    open_problem.practice.practice_id,
                    len(open_problem.responses),
                    len(response.hints_shown),
                    now,
                )
                return Pending(partial(self._ai.call, planned), finish)
            if planned.hint is not None:
                return Reply(
                    student.language,
                    (await self._show_ai(uow, student, open_problem, planned.hint),),
                )
        return Reply(student.language, (await self._static_hint(uow, student, open_problem),))

    async def _finish_hint(
        self,
        planned: AiCall,
        practice_id: int,
        position: int,
        hints_shown: int,
        now: datetime,
        uow: UnitOfWork,
        student: StudentRecord,
        result: AiCallResult,
    ) -> Reply:
        """Show Claude's hint, if the student is still on that problem with the same hints."""
        assert self._ai is not None
        # Committed whatever happens next: a billed reply is a cost, even an unusable one.
        ai_hint = await self._ai.finish_hint(uow, planned, result)
        found = await self._pressed(uow, student, practice_id, position, now)
        if isinstance(found, Reply):
            return found
        if len(found.response.hints_shown) != hints_shown:
            # A second tap already showed a hint while this one was written: one hint, not two.
            return Reply(student.language, (), quiet=True)
        if ai_hint.hint is not None:
            return Reply(
                student.language, (await self._show_ai(uow, student, found, ai_hint.hint),)
            )
        return Reply(student.language, (await self._static_hint(uow, student, found),))

    async def _show_ai(
        self, uow: UnitOfWork, student: StudentRecord, open_problem: _OpenProblem, hint: Hint
    ) -> HintView:
        shown = await self._show(uow, open_problem.response, hint)
        view = self._problem_view(student, open_problem, shown)
        text = hint_text(hint, student.language)
        return HintView(
            hint["hint_number"],
            text,
            view,
            ai_generated=True,
            response_id=open_problem.response.response_id,
        )

    async def _static_hint(
        self, uow: UnitOfWork, student: StudentRecord, open_problem: _OpenProblem
    ) -> HintView | NoMoreHints:
        card, response = open_problem.card, open_problem.response
        if response.static_hints_shown >= len(card.hints):
            return NoMoreHints(self._problem_view(student, open_problem, response))
        number = response.static_hints_shown + 1
        shown = await self._show(uow, response, card.hints[number - 1])
        view = self._problem_view(student, open_problem, shown)
        return HintView(number, card.hint_in(number, student.language), view)

    async def _show(self, uow: UnitOfWork, response: ResponseRecord, hint: Hint) -> ResponseRecord:
        shown = dataclasses.replace(response, hints_shown=(*response.hints_shown, hint))
        await queries.record_hints(uow, shown.response_id, hints_shown=shown.hints_shown)
        return shown

    def _problem_view(
        self, student: StudentRecord, open_problem: _OpenProblem, response: ResponseRecord
    ) -> ProblemView:
        return self._sessions.view_of(student, open_problem.practice, open_problem.card, response)

    async def _pressed(
        self,
        uow: UnitOfWork,
        student: StudentRecord,
        practice_id: int,
        position: int,
        now: datetime,
    ) -> Reply | _OpenProblem:
        """Check a button press against the presser's own practice session and open problem.

        A spent button of the student's own practice (a double tap, an older problem's keyboard)
        changes nothing and says nothing; a button of no practice of theirs gets one line.
        """
        quiet = Reply(student.language, (), quiet=True)
        # Read after taking the student's lock: under READ COMMITTED this statement sees what
        # the student's previous action committed (a join in the locking statement would not).
        in_progress = await queries.open_practice(uow, student.student_id)
        if in_progress is None or in_progress[0].practice_id != practice_id:
            if await queries.practice_belongs_to(uow, practice_id, student.student_id):
                return quiet
            return Reply(student.language, (NoticeView(Notice.STALE_BUTTON),))
        practice, responses = in_progress
        if self._sessions.expired(practice, now):
            await self._sessions.abandon(uow, practice, now)
            return Reply(student.language, (self._expired(),))
        if not 1 <= position <= len(responses):
            return Reply(student.language, (NoticeView(Notice.STALE_BUTTON),))
        if position < len(responses):
            return quiet
        return await self._open_problem_of(uow, practice, responses) or quiet

    async def _close(
        self,
        uow: UnitOfWork,
        response: ResponseRecord,
        now: datetime,
        *,
        answer: str | None,
        correct: bool,
    ) -> ResponseRecord:
        elapsed = (now - response.started_at).total_seconds()
        time_spent = int(min(max(elapsed, 0), self._sessions.settings.session_minutes * 60))
        if not correct:
            confidence = Confidence.LOW
        elif response.wrong_tries == 0 and not response.hints_shown:
            confidence = Confidence.HIGH
        else:
            confidence = Confidence.MEDIUM
        await queries.close_response(
            uow,
            response.response_id,
            wrong_tries=response.wrong_tries,
            answer=answer,
            correct=correct,
            now=now,
            time_spent_seconds=time_spent,
            confidence=confidence,
        )
        return dataclasses.replace(
            response, answer=answer, correct=correct, time_spent_seconds=time_spent
        )

    def _expired(self) -> SessionExpired:
        return SessionExpired(self._sessions.settings.session_minutes)
