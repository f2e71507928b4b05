"""Send scheduled messages through Telegram at its pace; JobQueue ticks that call the core's jobs."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from typing import Protocol

import httpx
from telegram import InlineKeyboardMarkup
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter

from bot.settings import Settings
from bot.telegram.broadcast_request import ANSWER_LOST, BroadcastTransport
from bot.telegram.limiter import SendLimiter, retry_after_seconds
from bot.telegram.sending import markup
from bot.tutor.reminders import (
    MAX_CONCURRENT_SENDS,
    Delivery,
    JobReport,
    Notification,
    Notifications,
)
from bot.ui.render import Renderer

log = logging.getLogger(__name__)
MAX_RETRY_AFTER_WAITS = 3


class MessageSending(Protocol):
    """What sends a notification: PTB's Bot, or the broadcast transport (same exceptions)."""

    async def send_message(
        self,
        chat_id: int,
        text: str,
        *,
        reply_markup: InlineKeyboardMarkup | None = None,
        allow_paid_broadcast: bool | None = None,
    ) -> object:
        """Send one text message."""


class ScheduledSender:
    """What sends scheduled messages (reminders, nudges, class digests): the broadcast lane.

    Give it the process's limiter, so that scheduled messages take only what replies leave; a
    job run from cron, alone in its process, gets a limiter of its own (`per_second`).
    """

    def __init__(
        self,
        bot: MessageSending,
        renderer: Renderer,
        *,
        limiter: SendLimiter | None = None,
        per_second: float | None = None,
        keep_sending: Callable[[], bool] = lambda: True,
    ) -> None:
        if (limiter is None) == (per_second is None):
            raise ValueError("give either the process's limiter or a pace of its own")
        self._bot, self._renderer = bot, renderer
        self._limiter = limiter or SendLimiter(per_second=per_second or 1.0)
        self._keep_sending = keep_sending

    @property
    def per_second(self) -> float:
        """Return the most scheduled messages a second this sender sends."""
        return self._limiter.broadcast_per_second

    async def wait_for_turn(self) -> bool:
        """Return when one more message may go out at the configured rate; False once stopping."""
        await self._limiter.broadcast_turn()
        return self._keep_sending()


class TelegramNotifier(ScheduledSender):
    """Send notifications one at a time in the broadcast lane, waiting out 429s."""

    async def deliver(self, notification: Notification) -> Delivery:
        """Send one notification now (the caller has waited for its turn); say how it went."""
        message = self._renderer.notification(notification)
        for attempt in range(MAX_RETRY_AFTER_WAITS):
            if attempt:
                await self._limiter.broadcast_turn()
            try:
                await self._bot.send_message(
                    notification.telegram_id,
                    message.text,
                    reply_markup=markup(message),
                    # Paid broadcasts are charged in Telegram Stars; only when the operator
                    # set TELEGRAM_PAID_BROADCAST_PER_SECOND.
                    allow_paid_broadcast=self._limiter.paid_broadcasts or None,
                )
            except RetryAfter as error:
                seconds = retry_after_seconds(error)
                log.info("Telegram asked to wait %.0f s", seconds)
                # Replies wait too: Telegram counts the token, not the lane.
                self._limiter.hold(seconds)
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

    PTB wraps httpx's (or our aiohttp transport's) exception as the cause. A refused connection, a pool or connect timeout and
    a 5xx answer mean Telegram did not act; a connection dropped while waiting for the answer, or
    a read timeout, leave it unknown.
    """
    lost = (httpx.RemoteProtocolError, httpx.ReadError, httpx.ReadTimeout, *ANSWER_LOST)
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


def broadcast_bot(settings: Settings) -> BroadcastTransport:
    """Return the transport of reminder batches; without a token it can only do a dry run."""
    token = settings.TELEGRAM_BOT_TOKEN.get_secret_value() if settings.TELEGRAM_BOT_TOKEN else ""
    return BroadcastTransport(
        token or "0:dry-run",
        api_url=settings.TELEGRAM_API_URL,
        # A batch of reminders goes out concurrently; one connection would serialise it.
        connections=MAX_CONCURRENT_SENDS,
    )


def send_limiter(settings: Settings) -> SendLimiter:
    """Return the limiter of a process: shared with replies in the bot, alone in a cron job."""
    return SendLimiter(
        per_second=settings.TELEGRAM_RATE_LIMIT_PER_SECOND,
        # A cron job has no replies to leave room for, but the bot, if it runs, has: the share
        # holds there too.
        broadcast_share=settings.TELEGRAM_BROADCAST_SHARE,
        paid_per_second=settings.TELEGRAM_PAID_BROADCAST_PER_SECOND,
    )
