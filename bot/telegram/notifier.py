"""Send scheduled messages through Telegram at its pace; JobQueue ticks that call the core's jobs."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable
from datetime import datetime, timedelta

import httpx
from telegram import Bot
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter
from telegram.request import HTTPXRequest

from bot.settings import Settings
from bot.telegram.sending import markup
from bot.tutor.reminders import Delivery, JobReport, Notification, Notifications
from bot.ui.render import Renderer

log = logging.getLogger(__name__)
MAX_RETRY_AFTER_WAITS = 3


class TelegramNotifier:
    """Send notifications one at a time, no faster than the given rate, waiting out 429s."""

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
        self._slot_lock = asyncio.Lock()
        self._keep_sending = keep_sending

    async def wait_for_turn(self) -> bool:
        """Return when one more message may go out at the configured rate; False once stopping."""
        async with self._slot_lock:
            now = time.monotonic()
            delay = self._next_slot - now
            self._next_slot = max(now, self._next_slot) + self._interval
        if delay > 0:
            await asyncio.sleep(delay)
        return self._keep_sending()

    async def deliver(self, notification: Notification) -> Delivery:
        """Send one notification now (the caller has waited for its turn); say how it went."""
        message = self._renderer.notification(notification)
        for attempt in range(MAX_RETRY_AFTER_WAITS):
            if attempt:
                await self.wait_for_turn()
            try:
                await self._bot.send_message(
                    notification.telegram_id, message.text, reply_markup=markup(message)
                )
            except RetryAfter as error:
                wait = error.retry_after
                seconds = wait.total_seconds() if isinstance(wait, timedelta) else float(wait)
                log.info("Telegram asked to wait %.0f s", seconds)
                await asyncio.sleep(seconds)
                continue
            except Forbidden:
                return Delivery.BLOCKED
            except BadRequest as error:
                log.warning("Telegram refused a %s: %s", notification.kind.value, error.message)
                return Delivery.FAILED
            except NetworkError as error:  # TimedOut too: it is a NetworkError
                if answer_lost_after_sending(error):
                    # Telegram most likely delivered it. Counted as sent, at most once, like a
                    # send cut off by a kill (bot/tutor/reminders/jobs.py): a second copy is spam.
                    log.warning(
                        "no answer to a %s (%s); counted as sent", notification.kind.value, error
                    )
                    return Delivery.DELIVERED
                log.warning(
                    "network fault sending a %s (%s); retrying next run",
                    notification.kind.value,
                    error,
                )
                return Delivery.RETRY_LATER
            return Delivery.DELIVERED
        return Delivery.RETRY_LATER

    async def send(self, notification: Notification) -> Delivery:
        """Wait for a turn, then deliver one notification."""
        await self.wait_for_turn()
        return await self.deliver(notification)


def answer_lost_after_sending(error: NetworkError) -> bool:
    """Tell a request that went out whole but got no answer from one Telegram surely never did.

    PTB wraps httpx's exception as the cause. A refused connection, a pool or connect timeout and
    a 5xx answer mean Telegram did not act; a connection dropped while waiting for the answer, or
    a read timeout, leave it unknown.
    """
    lost = (httpx.RemoteProtocolError, httpx.ReadError, httpx.ReadTimeout)
    return isinstance(error.__cause__, lost)


async def run_job(
    name: str,
    notifications: Notifications,
    notifier: TelegramNotifier,
    *,
    now: datetime,
    dry_run: bool = False,
) -> JobReport:
    """Run one job by name: expire, reminders or nudges."""
    jobs = {
        "expire": notifications.expire_sessions,
        "reminders": notifications.send_reminders,
        "nudges": notifications.send_nudges,
    }
    return await jobs[name](notifier, now=now, dry_run=dry_run)


def batch_bot(settings: Settings) -> Bot:
    """Return a Bot for a job run from cron; without a token it can only do a dry run."""
    token = settings.TELEGRAM_BOT_TOKEN.get_secret_value() if settings.TELEGRAM_BOT_TOKEN else ""
    root = settings.TELEGRAM_API_URL
    return Bot(
        token or "0:dry-run",
        base_url=f"{root}/bot",
        base_file_url=f"{root}/file/bot",
        # A batch of reminders goes out concurrently; one connection would serialise it.
        request=HTTPXRequest(connection_pool_size=32),
    )
