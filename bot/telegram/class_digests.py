"""Send the weekly class digests (and class notices) through Telegram in the broadcast lane."""

from __future__ import annotations

import logging
from datetime import datetime

from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter

from bot.telegram.limiter import retry_after_seconds
from bot.telegram.notifier import ScheduledSender
from bot.telegram.sending import markup
from bot.tutor.classes import ClassDigests, DigestReport
from bot.tutor.language import Language
from bot.tutor.reminders import Delivery
from bot.tutor.replies import View

log = logging.getLogger(__name__)


class TelegramViewSender(ScheduledSender):
    """Send one rendered view at a time to one chat, in the broadcast lane of a SendLimiter.

    A digest or a class notice is a scheduled message, like a reminder: it takes only what
    replies leave of the send rate.
    """

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
