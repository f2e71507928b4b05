"""Send the weekly class digests (and class notices) through Telegram at a steady pace."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable
from datetime import datetime

from telegram import Bot
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter

from bot.telegram.sending import send_once
from bot.tutor.classes import ClassDigests, DigestReport
from bot.tutor.language import Language
from bot.tutor.reminders import Delivery
from bot.tutor.replies import View
from bot.ui.render import Renderer

log = logging.getLogger(__name__)


class TelegramViewSender:
    """Send one rendered view at a time to one chat, no faster than the given rate."""

    def __init__(
        self,
        bot: Bot,
        renderer: Renderer,
        *,
        per_second: float,
        keep_sending: Callable[[], bool] = lambda: True,
    ) -> None:
        self._bot, self._renderer = bot, renderer
        self._interval = 1.0 / per_second
        self._next_slot = 0.0
        self._keep_sending = keep_sending

    async def wait_for_turn(self) -> bool:
        """Return when one more message may go out; False once the bot is stopping."""
        now = time.monotonic()
        delay = self._next_slot - now
        self._next_slot = max(now, self._next_slot) + self._interval
        if delay > 0:
            await asyncio.sleep(delay)
        return self._keep_sending()

    async def deliver_view(self, telegram_id: int, language: Language, view: View) -> Delivery:
        """Send one view now; say how it went (a digest is never sent twice, so no retry here)."""
        message = self._renderer.message(view, language)
        try:
            await send_once(self._bot, telegram_id, message)
        except RetryAfter:
            return Delivery.RETRY_LATER
        except Forbidden:
            return Delivery.BLOCKED
        except BadRequest as error:
            log.warning("Telegram refused a class message: %s", error.message)
            return Delivery.FAILED
        except NetworkError as error:
            log.warning("network fault sending a class message (%s); retrying next run", error)
            return Delivery.RETRY_LATER
        return Delivery.DELIVERED


async def run_digest_job(
    digests: ClassDigests, sender: TelegramViewSender, *, now: datetime, dry_run: bool = False
) -> DigestReport:
    """Run the weekly digest job once."""
    return await digests.send_digests(sender, now=now, dry_run=dry_run)
