"""Send the weekly class digests (and class notices) through Telegram in the broadcast lane."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime

from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter

from bot.telegram.limiter import SendLimiter, retry_after_seconds
from bot.telegram.notifier import MessageSending
from bot.telegram.sending import markup
from bot.tutor.classes import ClassDigests, DigestReport
from bot.tutor.language import Language
from bot.tutor.reminders import Delivery
from bot.tutor.replies import View
from bot.ui.render import Renderer

log = logging.getLogger(__name__)


class TelegramViewSender:
    """Send one rendered view at a time to one chat, in the broadcast lane of a SendLimiter.

    A digest or a class notice is a scheduled message, like a reminder: it takes only what
    replies leave of the send rate. Give it the process's limiter; a job run from cron, alone
    in its process, gets a limiter of its own (`per_second`).
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

    async def wait_for_turn(self) -> bool:
        """Return when one more message may go out; False once the bot is stopping."""
        await self._limiter.broadcast_turn()
        return self._keep_sending()

    async def deliver_view(self, telegram_id: int, language: Language, view: View) -> Delivery:
        """Send one view now; say how it went (a digest is never sent twice, so no retry here)."""
        message = self._renderer.message(view, language)
        if message.attachment is not None:
            # The broadcast transport sends texts only; no scheduled view carries a file.
            log.warning("a scheduled class message carries a file; not sent")
            return Delivery.FAILED
        try:
            await self._bot.send_message(
                telegram_id,
                message.text,
                reply_markup=markup(message),
                allow_paid_broadcast=self._limiter.paid_broadcasts or None,
            )
        except RetryAfter as error:
            # Replies and reminders wait too: Telegram counts the token, not the lane.
            self._limiter.hold(retry_after_seconds(error))
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
