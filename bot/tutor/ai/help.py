"""Claude's help beyond the static content: a hint for the student's own mistake, and a verdict on
an answer the rules can't settle. Cached, budgeted, and costed in the caller's unit of work.

Every path that is not a clean, checked reply returns a fallback at once, and the caller carries
on as without AI: a static hint, or the answer counted as not (yet) correct.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any
from zoneinfo import ZoneInfo

from bot.settings import Settings
from bot.tutor.ai import ledger
from bot.tutor.ai.llm import AnthropicLLM, LlmReply, LlmUnavailable, TutorLLM, estimate_tokens
from bot.tutor.ai.prices import cost_usd_exact, price_of
from bot.tutor.ai.prompts import (
    HINT_SYSTEM,
    JUDGE_SYSTEM,
    ai_hint,
    cache_key,
    clean_hint,
    hint_prompt,
    judge_prompt,
    read_verdict,
    trusted_outcome,
)
from bot.tutor.answers import Outcome, mentions_answer
from bot.tutor.content import Hint, ProblemCard
from bot.tutor.language import Language
from db.enums import Operation
from db.uow import UnitOfWork

log = logging.getLogger(__name__)

HINT_MAX_TOKENS = 200
JUDGE_MAX_TOKENS = 100
MAX_AI_HINTS_PER_PROBLEM = 2


class AiStatus(StrEnum):
    """Where an AI request ended."""

    GENERATED = "generated"  # Claude answered just now, and the answer passed every check
    CACHED = "cached"  # the same request was answered before: free
    LEAKED = "leaked"  # the hint gave the answer away and was discarded (and not cached)
    UNCLEAR = "unclear"  # the verdict was not clean JSON, or a "correct" the rules can't confirm
    UNAVAILABLE = "unavailable"  # API error, timeout, refusal, malformed, cut off or empty reply
    STUDENT_BUDGET = "student_budget"  # the student's month-to-date AI cost reached the budget
    DAILY_BUDGET = "daily_budget"  # everyone's AI cost today reached the daily budget
    LIMIT = "limit"  # this problem already had its AI hints


@dataclass(frozen=True, slots=True)
class AiHint:
    """A generated hint, or None and why not (the caller shows a static hint)."""

    hint: Hint | None
    status: AiStatus


@dataclass(frozen=True, slots=True)
class AiJudgement:
    """Claude's verdict on an answer: correct only when the rules confirm what it read.

    outcome is CORRECT, INCORRECT, or NEEDS_JUDGEMENT when no verdict could be trusted.
    """

    outcome: Outcome
    read_as: str | None
    status: AiStatus


@dataclass(frozen=True, slots=True)
class _Ask:
    """One AI request: who asks, about what, and its cache key."""

    operation: Operation
    key: str
    student_id: int
    practice_id: int | None
    problem_id: int
    language: Language
    now: datetime

    @classmethod
    def of(
        cls,
        operation: Operation,
        *,
        student_id: int,
        practice_id: int | None,
        problem: ProblemCard,
        model: str,
        language: Language,
        student_answer: str | None,
        hint_level: tuple[int, int] | None,
        grade: int | None = None,
        now: datetime,
    ) -> _Ask:
        """Describe one request; a language that is not a Language raises ValueError."""
        language = Language(language)
        key = cache_key(
            operation,
            problem=problem,
            model=model,
            language=language,
            student_answer=student_answer,
            hint_level=hint_level,
            grade=grade,
        )
        return cls(operation, key, student_id, practice_id, problem.problem_id, language, now)


@dataclass(frozen=True, slots=True)
class AiCall:
    """A paid request planned inside a transaction, to be made outside any (the call is slow).

    number is the hint's number for a hint request; problem is what its reply is checked against.
    """

    ask: _Ask
    system: str
    prompt: str
    max_tokens: int
    problem: ProblemCard
    student_answer: str | None = None
    number: int = 0


@dataclass(frozen=True, slots=True)
class AiCallResult:
    """What a call came back with: a usable reply, or the failure and what it may have billed."""

    reply: LlmReply | None
    failure: LlmUnavailable | None = None


class AiHelp:
    """Hints and verdicts from an LLM, cached in ai_cache and costed in cost_records."""

    def __init__(
        self,
        llm: TutorLLM,
        *,
        model: str,
        monthly_budget_usd: float,
        daily_budget_usd: float,
        timezone: ZoneInfo,
    ) -> None:
        self._llm = llm
        self._model = model
        self._monthly_budget = monthly_budget_usd
        self._daily_budget = daily_budget_usd
        self._timezone = timezone
        self._daily_budget_warned: date | None = None

    async def hint(self, uow: UnitOfWork, **request: Any) -> AiHint:
        """Plan, make and finish a hint request in one unit of work (scripts and tests)."""
        planned = await self.plan_hint(uow, **request)
        if isinstance(planned, AiHint):
            return planned
        return await self.finish_hint(uow, planned, await self.call(planned))

    async def plan_hint(
        self,
        uow: UnitOfWork,
        *,
        student_id: int,
        practice_id: int | None,
        problem: ProblemCard,
        language: Language,
        grade: int | None,
        student_answer: str | None,
        static_hints_shown: int,
        earlier_ai_hints: Sequence[str] = (),
        now: datetime,
    ) -> AiHint | AiCall:
        """Return a hint settled without a call (cached, limit, budget), or the call to make.

        static_hints_shown counts the library's hints already shown, earlier_ai_hints holds
        Claude's hints for this problem; student_answer is the last wrong answer.
        """
        ai_hints_shown = len(earlier_ai_hints)
        if ai_hints_shown >= MAX_AI_HINTS_PER_PROBLEM:
            return AiHint(None, AiStatus.LIMIT)
        ask = _Ask.of(
            Operation.HINT_GENERATION,
            student_id=student_id,
            practice_id=practice_id,
            problem=problem,
            model=self._model,
            language=language,
            student_answer=student_answer,
            hint_level=(static_hints_shown, ai_hints_shown),
            grade=grade,
            now=now,
        )
        number = static_hints_shown + ai_hints_shown + 1
        cached = await ledger.cached_result(uow, ask.key)
        if cached is not None and isinstance(cached.get("text"), str):
            return AiHint(self._hint(number, ask, cached["text"]), AiStatus.CACHED)
        stopped = await self._over_budget(uow, student_id, now)
        if stopped is not None:
            return AiHint(None, stopped)
        prompt = hint_prompt(
            problem, ask.language, student_answer, static_hints_shown, earlier_ai_hints, grade
        )
        return AiCall(ask, HINT_SYSTEM, prompt, HINT_MAX_TOKENS, problem, number=number)

    async def finish_hint(self, uow: UnitOfWork, call: AiCall, result: AiCallResult) -> AiHint:
        """Record what the call cost, check the hint, and cache it unless it leaks."""
        reply = await self._record_result(uow, call, result)
        if reply is None:
            return AiHint(None, AiStatus.UNAVAILABLE)
        ask, problem = call.ask, call.problem
        text = clean_hint(reply.text, ask.language)
        quoted = f"{problem.question_en}\n{problem.question_bn}"
        if mentions_answer(text, problem.key, quoted=quoted):
            # Not cached: the next request is asked afresh and may well come back clean.
            log.info("AI hint for problem %s discarded: it gave the answer away", ask.problem_id)
            return AiHint(None, AiStatus.LEAKED)
        await self._store(uow, ask, {"text": text})
        return AiHint(self._hint(call.number, ask, text), AiStatus.GENERATED)

    def _hint(self, number: int, ask: _Ask, text: str) -> Hint:
        return ai_hint(number, ask.language, text, self._model)

    async def judge(self, uow: UnitOfWork, **request: Any) -> AiJudgement:
        """Plan, make and finish a verdict request in one unit of work (scripts and tests)."""
        planned = await self.plan_judge(uow, **request)
        if isinstance(planned, AiJudgement):
            return planned
        return await self.finish_judge(uow, planned, await self.call(planned))

    async def plan_judge(
        self,
        uow: UnitOfWork,
        *,
        student_id: int,
        practice_id: int | None,
        problem: ProblemCard,
        language: Language,
        student_answer: str,
        now: datetime,
    ) -> AiJudgement | AiCall:
        """Return a verdict settled without a call (cached, budget), or the call to make."""
        ask = _Ask.of(
            Operation.ANSWER_EVALUATION,
            student_id=student_id,
            practice_id=practice_id,
            problem=problem,
            model=self._model,
            language=language,
            student_answer=student_answer,
            hint_level=None,
            now=now,
        )
        cached = await ledger.cached_result(uow, ask.key)
        if cached is not None:
            read_as = cached.get("read_as")
            # A cached "correct" passes the same confirmation as a fresh one.
            outcome, shown = trusted_outcome(
                cached.get("correct") is True,
                read_as if isinstance(read_as, str) else None,
                problem.key,
                student_answer,
            )
            return AiJudgement(outcome, shown, AiStatus.CACHED)
        stopped = await self._over_budget(uow, student_id, now)
        if stopped is not None:
            return AiJudgement(Outcome.NEEDS_JUDGEMENT, None, stopped)
        prompt = judge_prompt(problem, ask.language, student_answer)
        return AiCall(
            ask, JUDGE_SYSTEM, prompt, JUDGE_MAX_TOKENS, problem, student_answer=student_answer
        )

    async def finish_judge(
        self, uow: UnitOfWork, call: AiCall, result: AiCallResult
    ) -> AiJudgement:
        """Record what the call cost; never correct unless the rules confirm the reading."""
        reply = await self._record_result(uow, call, result)
        if reply is None:
            return AiJudgement(Outcome.NEEDS_JUDGEMENT, None, AiStatus.UNAVAILABLE)
        ask = call.ask
        verdict = read_verdict(reply.text)
        if verdict is None:
            log.info("AI verdict for problem %s not clean: counted as not sure", ask.problem_id)
            return AiJudgement(Outcome.NEEDS_JUDGEMENT, None, AiStatus.UNCLEAR)
        correct, read_as = verdict
        outcome, shown = trusted_outcome(
            correct, read_as, call.problem.key, call.student_answer or ""
        )
        if outcome is Outcome.NEEDS_JUDGEMENT:
            log.info("AI 'correct' for problem %s not confirmed by the rules", ask.problem_id)
            return AiJudgement(outcome, None, AiStatus.UNCLEAR)
        await self._store(uow, ask, {"correct": correct, "read_as": read_as})
        return AiJudgement(outcome, shown, AiStatus.GENERATED)

    async def close(self) -> None:
        """Release the LLM client's connections."""
        if isinstance(self._llm, AnthropicLLM):
            await self._llm.close()

    # --- the paid call, its cost record and the cache ---------------------------------------

    async def call(self, call: AiCall) -> AiCallResult:
        """Make the paid call; no transaction is open, so no lock waits on Claude."""
        try:
            reply = await self._llm.complete(
                system=call.system, prompt=call.prompt, max_tokens=call.max_tokens
            )
        except LlmUnavailable as error:
            # Only the reason (an error class or status): never the key, the prompt or a name.
            log.warning(
                "AI %s for problem %s unavailable: %s",
                call.ask.operation.value,
                call.ask.problem_id,
                error.reason,
            )
            return AiCallResult(None, error)
        return AiCallResult(reply)

    async def _record_result(
        self, uow: UnitOfWork, call: AiCall, result: AiCallResult
    ) -> LlmReply | None:
        """Record the cost of any reply that was billed; return the reply if it is usable."""
        ask, failure = call.ask, result.failure
        if result.reply is not None:
            await self._record(uow, ask, result.reply)
            return result.reply
        if failure is not None and failure.reply is not None:
            await self._record(uow, ask, failure.reply)
        elif failure is not None and failure.billed_unknown:
            # A 200 we couldn't read was still billed: charge what it could have cost.
            price = price_of(self._model)
            tokens_in = estimate_tokens(call.system) + estimate_tokens(call.prompt)
            dollars = (tokens_in * price.input + call.max_tokens * price.output) / Decimal(10**6)
            await ledger.record_cost(
                uow,
                student_id=ask.student_id,
                practice_id=ask.practice_id,
                operation=ask.operation,
                input_tokens=None,
                output_tokens=None,
                cost_usd=float(dollars),
                now=ask.now,
            )
        return None

    async def _record(self, uow: UnitOfWork, ask: _Ask, reply: LlmReply) -> None:
        """Record the cost of a reply from the tokens the API reported."""
        dollars = cost_usd_exact(reply.model or self._model, reply.usage)
        await ledger.record_cost(
            uow,
            student_id=ask.student_id,
            practice_id=ask.practice_id,
            operation=ask.operation,
            input_tokens=reply.usage.total_input_tokens,
            output_tokens=reply.usage.output_tokens,
            cost_usd=float(dollars),
            now=ask.now,
        )

    async def _store(self, uow: UnitOfWork, ask: _Ask, result: dict[str, Any]) -> None:
        """Cache a checked result under the request's key."""
        await ledger.store_result(
            uow,
            cache_key=ask.key,
            operation=ask.operation,
            problem_id=ask.problem_id,
            language=ask.language.value,
            student_id=ask.student_id,
            result=result,
            now=ask.now,
        )

    # --- budgets -----------------------------------------------------------------------------

    async def _over_budget(
        self, uow: UnitOfWork, student_id: int, now: datetime
    ) -> AiStatus | None:
        """Return which budget is spent: everyone's today, or this student's this month."""
        spent_today = await ledger.claude_spend_today(uow, now=now, timezone=self._timezone)
        if spent_today >= self._daily_budget:
            today = now.astimezone(self._timezone).date()
            if self._daily_budget_warned != today:
                self._daily_budget_warned = today
                log.warning(
                    "AI daily budget of $%.2f reached: static help only today", self._daily_budget
                )
            return AiStatus.DAILY_BUDGET
        spent_this_month = await ledger.claude_spend_this_month(
            uow, student_id=student_id, now=now, timezone=self._timezone
        )
        if ledger.reached_budget(spent_this_month, self._monthly_budget):
            return AiStatus.STUDENT_BUDGET
        return None


def create_ai_help(settings: Settings) -> AiHelp | None:
    """Build the AI help from settings; None without ANTHROPIC_API_KEY (static help only)."""
    if settings.ANTHROPIC_API_KEY is None:
        return None
    llm = AnthropicLLM(
        api_key=settings.ANTHROPIC_API_KEY.get_secret_value(),
        model=settings.ANTHROPIC_MODEL,
        timeout_seconds=settings.ANTHROPIC_TIMEOUT_SECONDS,
    )
    return AiHelp(
        llm,
        model=settings.ANTHROPIC_MODEL,
        monthly_budget_usd=settings.AI_MONTHLY_BUDGET_USD,
        daily_budget_usd=settings.AI_DAILY_BUDGET_USD,
        timezone=settings.timezone,
    )
