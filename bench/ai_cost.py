"""Benchmark the AI cost: simulated students, a month of daily 5-problem sessions, real prompts.

Run: .venv/bin/python bench/ai_cost.py [--students 1000] [--days 30] [--seed 7]

Drives AiHelp directly (no Telegram) over a migrated SQLite file in a temporary directory, with the
real anthropic SDK calling a local fake Messages API. The fake answers every request with usage
counted from the request itself (the real prompts AiHelp builds) and from a reply of realistic
length, so the dollars come from our own prompt sizes and the real price table.

Assumptions (the rates and the Bengali token density are flags):
- tokens: about 4 characters per token for Latin text, 1.5 for Bengali script, plus 8 tokens of
  message framing per request; Haiku 4.5's older tokenizer counts the same text as about 30%
  fewer tokens (Anthropic's Haiku 5.5 notes), which the comparison applies;
- 70% of students use Bengali; every student practises every day (the dearest case);
- 30% of problems get an AI hint request past the static ones, 65% of them after a wrong
  first try (the wrong answer goes in the prompt), the rest after the three static hints; 20% of
  those students ask for a second AI hint;
- 60% of wrong answers are one of four common mistakes per problem (weights 45/25/18/12), the
  rest are one-offs that never hit the cache;
- 10% of answers need judgement (1.35 answers per problem); half of those texts are one of
  three common spellings per problem;
- replies: an English hint of about 25 words, a Bengali one of about 20, a verdict of one JSON
  line; 2% of hints give the answer away and are discarded (billed, not shown).
"""

from __future__ import annotations

import argparse
import asyncio
import math
import random
import statistics
import sys
import tempfile
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from alembic import command
from sqlalchemy import event, insert, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.settings import Settings
from bot.tutor.ai import (
    JUDGE_SYSTEM,
    AiHelp,
    AiStatus,
    AnthropicLLM,
    TokenUsage,
    cost_usd_exact,
)
from bot.tutor.content import ProblemCard
from bot.tutor.language import Language
from db.engine import create_engine, create_session_factory
from db.models import CostRecord, Problem, Student
from db.uow import UnitOfWork
from tests.conftest import alembic_config
from tests.e2e.fake_anthropic import (
    TEST_API_KEY,
    FakeAnthropic,
    FakeReply,
    RecordedRequest,
    Responder,
)
from tests.library_loader import ensure_library

DEFAULT_MODEL = "claude-haiku-5-5"
COMPARED_MODEL = "claude-haiku-4-5"
OLD_TOKENIZER = Decimal("1.3")  # Haiku 5.5 counts ~30% more tokens than Haiku 4.5 for one text
GOAL_PER_STUDENT_MONTH = Decimal("0.01")
FRAMING_TOKENS = 8
ANSWERS_PER_PROBLEM = 1.35  # a wrong first try gets a second
MISTAKE_WEIGHTS = (0.45, 0.25, 0.18, 0.12)

HINTS_EN = [
    "You worked out the first step correctly. Now read the question again: which quantity "
    "does it ask for, and what must you do with the value you found?",
    "Look at what you found: is it the whole amount or only the change? What does the "
    "question want at the end, and which step is still left?",
]
HINTS_BN = [
    "তুমি প্রথম ধাপটি ঠিকভাবে করেছ। এখন প্রশ্নটি আবার পড়ো: প্রশ্নে কোন রাশিটি চাওয়া হয়েছে, "
    "আর তোমার পাওয়া মান দিয়ে এখন কী করতে হবে?",
    "তুমি যা পেয়েছ তা কি পুরো পরিমাণ, নাকি শুধু পরিবর্তনটুকু? প্রশ্নের শেষে কী চাওয়া হয়েছে, "
    "আর কোন ধাপটি এখনো বাকি?",
]


@dataclass
class Tally:
    """What the simulation saw."""

    statuses: Counter[tuple[str, AiStatus]] = field(default_factory=Counter)
    usages: list[tuple[str, TokenUsage]] = field(default_factory=list)  # (operation, usage)
    prompt_tokens: dict[str, list[int]] = field(default_factory=dict)


def count_tokens(text: str, bengali_chars_per_token: float) -> int:
    """Count tokens as the assumptions say: 4 Latin characters a token, Bengali as given."""
    latin = sum(1 for character in text if ord(character) < 0x0250)
    return math.ceil(latin / 4 + (len(text) - latin) / bengali_chars_per_token)


def fake_claude(
    rng: random.Random, tally: Tally, leak_rate: float, bengali_chars_per_token: float
) -> Responder:
    """Return a responder that answers like Claude and reports usage of realistic size."""

    def tokens(text: str) -> int:
        return count_tokens(text, bengali_chars_per_token)

    def respond(request: RecordedRequest) -> FakeReply:
        prompt = request.prompt_text
        input_tokens = tokens(request.system_text) + tokens(prompt) + FRAMING_TOKENS
        answer = _line_value(
            prompt, "Correct answer (secret: never reveal it):", "Correct answer:"
        )
        if request.system_text == JUDGE_SYSTEM:
            kind = "judge"
            correct = rng.random() < 0.5
            read_as = answer.split(")")[0] if correct else "?"
            text = f'{{"correct": {"true" if correct else "false"}, "read_as": "{read_as}"}}'
        else:
            bengali = prompt.rstrip().endswith("Bengali.")
            kind = "hint_bn" if bengali else "hint_en"
            text = rng.choice(HINTS_BN if bengali else HINTS_EN)
            if rng.random() < leak_rate:
                text += f" {answer}"
        tally.prompt_tokens.setdefault(kind, []).append(input_tokens)
        return FakeReply(text=text, input_tokens=input_tokens, output_tokens=tokens(text))

    return respond


def _no_fsync(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA synchronous=OFF")
    cursor.close()


def _line_value(prompt: str, *labels: str) -> str:
    for line in prompt.splitlines():
        for label in labels:
            if line.startswith(label):
                return line.removeprefix(label).strip()
    return ""


@dataclass
class Simulation:
    """Students practising for a month against AiHelp."""

    ai: AiHelp
    sessions: async_sessionmaker[AsyncSession]
    cards_by_grade: dict[int, list[ProblemCard]]
    rng: random.Random
    tally: Tally
    hint_rate: float
    judge_rate: float

    def mistake(self, card: ProblemCard) -> str:
        """A wrong answer: usually one of the problem's common mistakes, else a one-off."""
        if self.rng.random() < 0.6:
            index = self.rng.choices(range(len(MISTAKE_WEIGHTS)), MISTAKE_WEIGHTS)[0]
            return f"common-{card.problem_id}-{index}"
        return str(self.rng.randint(1, 10**9))

    def unclear_answer(self, card: ProblemCard) -> str:
        """An answer-like text the rules can't settle."""
        if self.rng.random() < 0.5:
            return f"about {card.key.answer} maybe ({self.rng.randrange(3)})"
        return f"{card.key.answer} or {self.rng.randint(1, 10**9)}"

    async def practise(self, student_id: int, grade: int, language: Language, day: date) -> None:
        """One daily session of five problems."""
        evening = datetime(day.year, day.month, day.day, 13, 0, tzinfo=UTC)  # 19:00 in Dhaka
        now = evening + timedelta(minutes=self.rng.randrange(180))
        for card in self.rng.sample(self.cards_by_grade[grade], 5):
            now += timedelta(minutes=3)
            if self.rng.random() < self.judge_rate * ANSWERS_PER_PROBLEM:
                await self.judge(student_id, card, language, now)
            if self.rng.random() < self.hint_rate:
                wrong_first = self.rng.random() < 0.65
                answer = self.mistake(card) if wrong_first else None
                shown = self.rng.randrange(4) if wrong_first else 3
                await self.hint(student_id, card, language, answer, shown, 0, now)
                if self.rng.random() < 0.2:
                    await self.hint(student_id, card, language, answer, shown, 1, now)

    async def hint(
        self,
        student_id: int,
        card: ProblemCard,
        language: Language,
        answer: str | None,
        shown: int,
        ai_shown: int,
        now: datetime,
    ) -> None:
        async with UnitOfWork(self.sessions) as uow:
            outcome = await self.ai.hint(
                uow,
                student_id=student_id,
                practice_id=None,
                problem=card,
                language=language,
                student_answer=answer,
                static_hints_shown=shown,
                ai_hints_shown=ai_shown,
                now=now,
            )
            await uow.commit()
        self.tally.statuses["hint", outcome.status] += 1

    async def judge(
        self, student_id: int, card: ProblemCard, language: Language, now: datetime
    ) -> None:
        async with UnitOfWork(self.sessions) as uow:
            verdict = await self.ai.judge(
                uow,
                student_id=student_id,
                practice_id=None,
                problem=card,
                language=language,
                student_answer=self.unclear_answer(card),
                now=now,
            )
            await uow.commit()
        self.tally.statuses["judge", verdict.status] += 1


async def run(arguments: argparse.Namespace, database_url: str) -> int:
    """Seed, simulate and print the figures; return 0 when the goal is met."""
    rng = random.Random(arguments.seed)
    await asyncio.to_thread(command.upgrade, alembic_config(database_url), "head")
    engine = create_engine(database_url)
    # A throwaway database: no need to wait for the disk at every commit.
    event.listen(engine.sync_engine, "connect", _no_fsync)
    sessions = create_session_factory(engine)
    await ensure_library(sessions)
    async with sessions() as session:
        problems = list(await session.scalars(select(Problem)))
        cards_by_grade: dict[int, list[ProblemCard]] = {}
        for problem in problems:
            cards_by_grade.setdefault(problem.grade, []).append(ProblemCard.from_row(problem))
        await session.execute(
            insert(Student),
            [
                {
                    "telegram_id": 10**9 + n,
                    "name": f"Student {n}",
                    "grade": 6 + n % 3,
                    "language": "bn" if rng.random() < 0.7 else "en",
                }
                for n in range(arguments.students)
            ],
        )
        await session.commit()
        students = [
            (s.student_id, s.grade, Language(s.language))
            for s in await session.scalars(select(Student))
        ]

    tally = Tally()
    fake = FakeAnthropic()
    fake.default = fake_claude(
        random.Random(arguments.seed + 1),
        tally,
        arguments.leak_rate,
        arguments.bengali_chars_per_token,
    )
    await fake.start()
    settings = Settings(_env_file=None)  # budgets at their defaults
    llm = AnthropicLLM(
        api_key=TEST_API_KEY, model=DEFAULT_MODEL, timeout_seconds=8, base_url=fake.url
    )
    ai = AiHelp(
        llm,
        model=DEFAULT_MODEL,
        monthly_budget_usd=settings.AI_MONTHLY_BUDGET_USD,
        daily_budget_usd=settings.AI_DAILY_BUDGET_USD,
        timezone=settings.timezone,
    )
    simulation = Simulation(
        ai, sessions, cards_by_grade, rng, tally, arguments.hint_rate, arguments.judge_rate
    )
    started = time.perf_counter()
    first_day = date(2026, 11, 1)
    for offset in range(arguments.days):
        for student_id, grade, language in students:
            await simulation.practise(student_id, grade, language, first_day + timedelta(offset))
    elapsed = time.perf_counter() - started
    await ai.close()
    await fake.stop()

    async with sessions() as session:
        rows = list(await session.scalars(select(CostRecord)))
    await engine.dispose()
    return report(arguments, students, rows, tally, elapsed)


def report(
    arguments: argparse.Namespace,
    students: list[tuple[int, int, Language]],
    rows: list[CostRecord],
    tally: Tally,
    elapsed: float,
) -> int:
    """Print the figures; return 0 when the goal is met."""
    active = len(students)
    student_months = Decimal(active * arguments.days) / 30
    per_student: dict[int, Decimal] = defaultdict(Decimal)
    for row in rows:
        per_student[row.student_id] += Decimal(str(row.cost_usd))
    total = sum(per_student.values(), Decimal(0))
    per_month = total / student_months
    # No prompt caching is used, so a row's input tokens are all uncached input.
    compared = sum(
        (
            cost_usd_exact(
                COMPARED_MODEL,
                TokenUsage(
                    round(Decimal(row.input_tokens or 0) / OLD_TOKENIZER),
                    round(Decimal(row.output_tokens or 0) / OLD_TOKENIZER),
                ),
            )
            for row in rows
        ),
        Decimal(0),
    )
    requests = Counter(kind for kind, _ in tally.statuses.elements())
    cached = sum(n for (_, status), n in tally.statuses.items() if status is AiStatus.CACHED)
    servable = sum(
        n
        for (_, status), n in tally.statuses.items()
        if status not in (AiStatus.STUDENT_BUDGET, AiStatus.DAILY_BUDGET, AiStatus.LIMIT)
    )
    months = Decimal(arguments.days) / 30
    costs = sorted(cost / months for cost in per_student.values()) or [Decimal(0)]
    print(
        f"{active:,} students x {arguments.days} days: {sum(requests.values()):,} AI requests "
        f"({requests['hint']:,} hints, {requests['judge']:,} verdicts), simulated in {elapsed:.0f} s"
    )
    for kind, sizes in sorted(tally.prompt_tokens.items()):
        print(
            f"  input tokens per {kind} call: mean {statistics.mean(sizes):.0f}, max {max(sizes)}"
        )
    print(f"API calls per active student-month: {len(rows) / student_months:.1f}")
    print(f"cache hit rate: {cached / max(servable, 1):.1%} of {servable:,} servable requests")
    print(
        "outcomes: "
        + ", ".join(f"{k} {s.value} {n:,}" for (k, s), n in sorted(tally.statuses.items()))
    )
    print(
        f"cost per active student-month on {DEFAULT_MODEL}: ${per_month:.5f} "
        f"(goal ${GOAL_PER_STUDENT_MONTH}, budget $0.10)"
    )
    print(
        f"  per student-month: median ${statistics.median(costs):.5f}, "
        f"p95 ${costs[int(len(costs) * 0.95)]:.5f}, max ${costs[-1]:.5f}"
    )
    print(
        f"the same calls on {COMPARED_MODEL}: ${compared / student_months:.5f} "
        "per active student-month"
    )
    print(
        f"total for the run: ${total:.4f} on {DEFAULT_MODEL}, ${compared:.4f} on {COMPARED_MODEL}"
    )
    return 0 if per_month <= GOAL_PER_STUDENT_MONTH else 1


def main() -> int:
    """Parse the flags and run in a temporary SQLite database."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--students", type=int, default=1000)
    parser.add_argument("--days", type=int, default=30)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--hint-rate", type=float, default=0.30, help="problems with an AI hint")
    parser.add_argument("--judge-rate", type=float, default=0.10, help="answers needing judgement")
    parser.add_argument("--leak-rate", type=float, default=0.02, help="hints that leak the answer")
    parser.add_argument(
        "--bengali-chars-per-token", type=float, default=1.5, help="Bengali tokenizer density"
    )
    arguments = parser.parse_args()
    with tempfile.TemporaryDirectory() as directory:
        url = f"sqlite+aiosqlite:///{directory}/ai-cost.db"
        return asyncio.run(run(arguments, url))


if __name__ == "__main__":
    sys.exit(main())
