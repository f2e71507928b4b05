"""The real Application fed updates directly (no polling), sending to the local fake Bot API server.

Fuzz and security tests push hundreds of updates through the handlers; going through
`process_update` instead of getUpdates keeps them fast and lets each update be checked on its own.
"""

from __future__ import annotations

import dataclasses
import itertools
import random
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from telegram import Update

from bot.bootstrap import TutorRuntime, create_runtime
from bot.settings import Settings
from bot.telegram.application import TutorApplication, build_application
from bot.telegram.context import TutorContext
from bot.tutor.facade import Tutor
from db.models import Base
from tests.e2e.fake_telegram import FakeTelegram, SentMessage

# Reference data: the library is loaded once and never written by a student action.
UNWATCHED_TABLES = {"problems"}


@dataclass
class Sent:
    """What the bot did at the fake Bot API server while handling one update."""

    messages: list[SentMessage]
    calls: list[str]

    def to(self, chat_id: int) -> list[SentMessage]:
        """Return the messages sent to one chat."""
        return [m for m in self.messages if m.chat_id == chat_id]


@dataclass
class DirectBot:
    """An initialised Application whose handlers are called with `process_update`."""

    application: TutorApplication
    runtime: TutorRuntime
    telegram: FakeTelegram
    errors: list[BaseException | None] = field(default_factory=list)
    app_languages: dict[int, str] = field(default_factory=dict)  # Telegram's language_code
    _update_ids: itertools.count[int] = field(default_factory=lambda: itertools.count(1))
    _message_ids: itertools.count[int] = field(default_factory=lambda: itertools.count(10_000))

    @property
    def tutor(self) -> Tutor:
        """The tutoring core the handlers call."""
        return self.runtime.tutor

    async def feed(self, update: dict[str, Any]) -> Sent:
        """Handle one update (its update_id is added) and return what was sent meanwhile."""
        before_messages, before_calls = len(self.telegram.sent), len(self.telegram.calls)
        data = {"update_id": next(self._update_ids)} | update
        await self.application.process_update(Update.de_json(data, self.application.bot))
        return Sent(self.telegram.sent[before_messages:], self.telegram.calls[before_calls:])

    async def stop(self) -> None:
        """Shut the Application down as run_polling would."""
        await self.application.shutdown()
        if self.application.post_shutdown is not None:
            await self.application.post_shutdown(self.application)

    # Update shapes, as Telegram sends them -------------------------------------------------

    def user(self, user_id: int) -> dict[str, Any]:
        """A Telegram user object, with the language of their app where one is set."""
        user = {"id": user_id, "is_bot": False, "first_name": f"Student{user_id}"}
        if user_id in self.app_languages:
            user["language_code"] = self.app_languages[user_id]
        return user

    def message(
        self,
        chat_id: int,
        *,
        chat_type: str = "private",
        sender: int | None = None,
        **content: Any,
    ) -> dict[str, Any]:
        """A message object in a chat; `sender` None leaves out `from` (channels, odd clients)."""
        message: dict[str, Any] = {
            "message_id": next(self._message_ids),
            "date": int(time.time()),
            "chat": {"id": chat_id, "type": chat_type},
        }
        if sender is not None:
            message["from"] = self.user(sender)
        return message | content

    def text(self, user_id: int, text: str) -> dict[str, Any]:
        """A private text message as an update body (commands get Telegram's entity)."""
        content: dict[str, Any] = {"text": text}
        if text.startswith("/") and len(text) > 1:
            length = len(text.split()[0].encode("utf-16-le")) // 2
            content["entities"] = [{"type": "bot_command", "offset": 0, "length": length}]
        return {"message": self.message(user_id, sender=user_id, **content)}

    def press(
        self, user_id: int, data: str | None, *, with_message: bool = True
    ) -> dict[str, Any]:
        """A press of an inline button under a bot message in the user's private chat."""
        query: dict[str, Any] = {
            "id": str(next(self._message_ids)),
            "from": self.user(user_id),
            "chat_instance": "ci",
        }
        if data is None:
            query["game_short_name"] = "game"  # a callback that carries no data at all
        else:
            query["data"] = data
        if with_message:
            query["message"] = self.message(user_id, text="...") | {
                "from": {"id": 1, "is_bot": True, "first_name": "Dars"}
            }
        return {"callback_query": query}


async def start_direct_bot(
    settings: Settings, telegram: FakeTelegram, *, seed: int = 7
) -> DirectBot:
    """Build the Application as `python -m bot` does, with problem choice seeded for repeatability.

    The send-rate limiter is dropped: it paces real traffic at Telegram's 30 messages a second,
    which would make hundreds of fuzzed updates take minutes and tests nothing about handlers.
    """
    runtime = create_runtime(settings)
    seeded = Tutor(
        unit_of_work=runtime.unit_of_work,
        timezone=settings.timezone,
        session_minutes=settings.SESSION_MINUTES,
        problems_per_session=settings.PROBLEMS_PER_SESSION,
        rng=lambda: random.Random(seed),
        ai_help=runtime.ai_help,
    )
    runtime = dataclasses.replace(runtime, tutor=seeded)
    application = build_application(settings, runtime, schedule=False)
    application.bot._rate_limiter = None  # see the docstring
    direct = DirectBot(application, runtime, telegram)

    async def record_error(update: object, context: TutorContext) -> None:
        direct.errors.append(context.error)

    application.add_error_handler(record_error)
    await application.initialize()
    if application.post_init is not None:
        await application.post_init(application)
    return direct


async def snapshot(bot: DirectBot, *, skip: Sequence[str] = ()) -> dict[str, list[Any]]:
    """Return every row of every table a student action could write, in a stable order."""
    ignored = UNWATCHED_TABLES | set(skip)
    rows: dict[str, list[Any]] = {}
    async with bot.runtime.session_factory() as session:
        for table in Base.metadata.sorted_tables:
            if table.name in ignored:
                continue
            query = select(table).order_by(*table.primary_key.columns)
            rows[table.name] = [tuple(row) for row in await session.execute(query)]
    return rows
