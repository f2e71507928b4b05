"""Two bot processes in webhook mode share the load on one PostgreSQL: nothing lost, nothing doubled.

The test stands where compose.yaml puts the proxy: it posts each update to one of the two
processes in turn, so one student's consecutive updates land on different processes.
"""

from __future__ import annotations

import asyncio
import json
import signal
import socket
from collections.abc import Callable
from functools import partial
from typing import Any

import httpx
import pytest
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from tests.e2e.fake_telegram import FakeTelegram
from tests.e2e.test_conversation import current_problem
from tests.e2e.test_process_faults import Children, children, environment
from tests.library_loader import ensure_library

__all__ = ["children"]  # the fixture, shared with test_process_faults

Factory = async_sessionmaker[AsyncSession]
SECRET = "two-processes-0123456789"
STUDENTS = 16


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class RoundRobinProxy:
    """Post each update to the next process, as a load balancer would."""

    def __init__(self, telegram: FakeTelegram, ports: list[int]) -> None:
        self._telegram = telegram
        # python -m bot listens at the root path; the proxy maps the public path onto it.
        self._urls = [f"http://127.0.0.1:{port}/" for port in ports]
        self._next = 0
        self.posted = [0] * len(ports)
        self.client = httpx.AsyncClient(timeout=10)

    async def forward(self, queue: Callable[[], object]) -> None:
        """Queue an update at the fake Telegram and deliver it to the next process."""
        queue()
        update = self._telegram.updates.pop()  # nobody polls in webhook mode
        target = self._next
        self._next = (self._next + 1) % len(self._urls)
        response = await self.client.post(
            self._urls[target],
            content=json.dumps(update),
            headers={
                "Content-Type": "application/json",
                "X-Telegram-Bot-Api-Secret-Token": SECRET,
            },
        )
        assert response.status_code == 200
        self.posted[target] += 1


async def until_listening(port: int, within: float = 20.0) -> None:
    async with asyncio.timeout(within):
        while True:
            try:
                _, writer = await asyncio.open_connection("127.0.0.1", port)
            except OSError:
                await asyncio.sleep(0.1)
                continue
            writer.close()
            return


async def practise(
    proxy: RoundRobinProxy, telegram: FakeTelegram, factory: Factory, user: int
) -> None:
    """Register, start practising and answer two problems right: seven updates, seven replies."""
    await proxy.forward(lambda: telegram.send_text(user, "/start"))
    await telegram.wait_for(user, 1, within=20)
    await proxy.forward(lambda: telegram.send_text(user, f"Student {user}"))
    ask_grade = (await telegram.wait_for(user, 2, within=20))[-1]
    await proxy.forward(lambda: telegram.press(user, ask_grade.button("Class 7")))
    ask_language = (await telegram.wait_for(user, 3, within=20))[-1]
    await proxy.forward(lambda: telegram.press(user, ask_language.button("English")))
    welcome = (await telegram.wait_for(user, 4, within=20))[-1]
    await proxy.forward(lambda: telegram.press(user, welcome.button("Practice")))
    await telegram.wait_for(user, 5, within=20)
    for answered in (6, 7):
        problem, _ = await current_problem(factory, user)
        await proxy.forward(partial(telegram.send_text, user, problem.answer or ""))
        await telegram.wait_for(user, answered, within=20)


@pytest.mark.parametrize("database_url", ["postgresql"], indirect=True)
async def test_two_webhook_processes_share_the_load_with_nothing_lost_or_doubled(
    database_url: str,
    telegram: FakeTelegram,
    session_factory: Factory,
    children: Children,
) -> None:
    await ensure_library(session_factory)
    ports = [free_port(), free_port()]
    processes = []
    for port in ports:
        webhook: dict[str, Any] = {
            "WEBHOOK_URL": f"http://127.0.0.1:{port}/telegram",
            "WEBHOOK_LISTEN": "127.0.0.1",
            "WEBHOOK_PORT": str(port),
            "WEBHOOK_SECRET": SECRET,
            # Both share one token's limit, each half of it (README, Capacity).
            "TELEGRAM_RATE_LIMIT_PER_SECOND": "15",
        }
        processes.append(
            await children.start(
                "-m", "bot", environment=environment(database_url, telegram.url) | webhook
            )
        )
    for port in ports:
        await until_listening(port)
    proxy = RoundRobinProxy(telegram, ports)
    users = [8700 + n for n in range(STUDENTS)]
    try:
        await asyncio.gather(*(practise(proxy, telegram, session_factory, user) for user in users))
        await asyncio.sleep(0.5)  # a doubled reply would have arrived by now
    finally:
        await proxy.client.aclose()
        for child in processes:
            child.process.send_signal(signal.SIGTERM)
        codes = [await child.exit_code(within=15) for child in processes]

    assert codes == [0, 0]
    assert proxy.posted == [STUDENTS * 7 // 2] * 2  # each process handled half
    for user in users:
        texts = [m.text for m in telegram.messages_to(user)]
        assert len(texts) == 7, f"student {user} got {len(texts)} replies"
        assert "What is your name?" in texts[0]
        assert sum("Correct" in t for t in texts) == 2
    async with session_factory() as session:
        counts = (
            await session.execute(
                text(
                    "SELECT (SELECT count(*) FROM students), (SELECT count(*) FROM sessions), "
                    "(SELECT count(*) FROM responses WHERE is_correct), "
                    "(SELECT count(*) FROM responses WHERE is_correct IS NULL), "
                    "(SELECT count(*) FROM pending_registrations)"
                )
            )
        ).one()
    assert tuple(counts) == (STUDENTS, STUDENTS, 2 * STUDENTS, STUDENTS, 0)
