"""The conversation benchmark's other side: the fake Bot API server and the simulated students.

Run by `bench/conversation.py` in a process of its own, so the figures it prints are the bot's:
Telegram and the students are other machines. It prints the fake server's URL, waits for a line
on stdin, drives the students through a session each, and prints one JSON line of results.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bench.seeding import FIRST_TELEGRAM_ID, answer_key, open_problem
from db.engine import create_engine, create_session_factory
from tests.e2e.fake_telegram import FakeTelegram


async def drive_student(
    telegram: FakeTelegram,
    sessions: async_sessionmaker[AsyncSession],
    user: int,
    answers: dict[int, str],
    start_after: float,
) -> int:
    """Take one student through /practice and five answers; return the updates sent."""
    await asyncio.sleep(start_after)
    sent = len(telegram.messages_to(user))
    telegram.send_text(user, "/practice")
    sent += 1
    await telegram.wait_for(user, sent, within=60)
    updates = 1
    for _ in range(5):
        # Which problem is open is read through this process's own connection.
        current = await open_problem(sessions, user)
        if current is None:
            raise LookupError(f"student {user} has no open problem")
        telegram.send_text(user, answers[current.problem_id])
        updates += 1
        sent += 1  # feedback and the next problem (or the summary), in one message
        await telegram.wait_for(user, sent, within=60)
    return updates


async def main() -> None:
    """Serve, wait for the bot, drive the students and print the results."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--database-url", required=True)
    parser.add_argument("--students", type=int, required=True)
    parser.add_argument("--ramp-seconds", type=float, required=True)
    arguments = parser.parse_args()

    engine = create_engine(arguments.database_url)
    sessions = create_session_factory(engine)
    answers = await answer_key(sessions)
    telegram = FakeTelegram()
    print(await telegram.start(), flush=True)
    await asyncio.get_running_loop().run_in_executor(None, sys.stdin.readline)

    ramp = random.Random(1)
    started = time.perf_counter()
    results = await asyncio.gather(
        *(
            drive_student(
                telegram,
                sessions,
                FIRST_TELEGRAM_ID + i,
                answers,
                ramp.uniform(0, arguments.ramp_seconds),
            )
            for i in range(arguments.students)
        ),
        return_exceptions=True,
    )
    elapsed = time.perf_counter() - started
    errors = [repr(r) for r in results if isinstance(r, BaseException)]
    print(
        json.dumps(
            {
                "updates": sum(r for r in results if isinstance(r, int)),
                "errors": len(errors),
                "first_error": errors[0] if errors else None,
                "elapsed": elapsed,
            }
        ),
        flush=True,
    )
    # Serve on until the bot has stopped polling.
    await asyncio.get_running_loop().run_in_executor(None, sys.stdin.readline)
    await telegram.stop()
    await engine.dispose()


if __name__ == "__main__":
    asyncio.run(main())
