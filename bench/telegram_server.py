"""Run the local fake Bot API server in a process of its own, for benchmarks.

Run: .venv/bin/python -m bench.telegram_server   (prints its URL, then serves until killed)

Telegram is another machine: a benchmark that served it from its own process would count the
server's work as the bot's. Two extra methods report and reset what it received:
`benchStats` answers {"sent": N, "duplicates": D, "chats": C} and `benchReset` forgets it all.
"""

from __future__ import annotations

import asyncio
import sys
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.e2e.fake_telegram import FakeTelegram


class CountingTelegram(FakeTelegram):
    """The fake server that counts messages per chat instead of keeping them."""

    def __init__(self) -> None:
        super().__init__()
        self.per_chat: Counter[int] = Counter()

    async def _api_sendMessage(self, params: dict[str, Any]) -> Any:
        result = await super()._api_sendMessage(params)
        self.sent.clear()  # counted below; 20,000 kept messages would only cost memory
        self.per_chat[int(params["chat_id"])] += 1
        return result

    async def _api_benchStats(self, params: dict[str, Any]) -> dict[str, int]:
        return {
            "sent": sum(self.per_chat.values()),
            "duplicates": sum(n - 1 for n in self.per_chat.values() if n > 1),
            "chats": len(self.per_chat),
        }

    async def _api_benchReset(self, params: dict[str, Any]) -> bool:
        self.per_chat.clear()
        return True


async def serve() -> None:
    """Serve until killed."""
    telegram = CountingTelegram()
    print(await telegram.start(), flush=True)
    await asyncio.Event().wait()


if __name__ == "__main__":
    asyncio.run(serve())
