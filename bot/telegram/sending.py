"""Send rendered messages to Telegram: inline keyboards, and retries after server errors."""

from __future__ import annotations

import asyncio
import logging

from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.error import BadRequest, NetworkError

from bot.telegram.context import TutorContext
from bot.tutor.replies import Reply
from bot.ui.render import Message

log = logging.getLogger(__name__)
# A reply is tried this often when Telegram answers 5xx, the connection drops or times out;
# the pause before the next try doubles each time.
REPLY_SEND_ATTEMPTS = 3
REPLY_RETRY_PAUSE_SECONDS = 0.5


def markup(message: Message) -> InlineKeyboardMarkup | None:
    """Return Telegram's inline keyboard for a rendered message."""
    if not message.buttons:
        return None
    return InlineKeyboardMarkup(
        [
            [InlineKeyboardButton(b.label, callback_data=b.data) for b in row]
            for row in message.buttons
        ]
    )


async def send_reply(update: Update, context: TutorContext, reply: Reply) -> None:
    """Send each rendered message of a reply to the chat the update came from."""
    chat = update.effective_chat
    if chat is None:
        return
    for message in context.renderer.render(reply):
        await send_message_retrying(context.bot, chat.id, message)


async def send_message_retrying(bot: Bot, chat_id: int, message: Message) -> None:
    """Send one message, trying again after a Telegram server error or a lost connection.

    The rate limiter (bot/app.py) already waits out 429s. The core has committed by now, so a
    reply that never arrives leaves the student without their next problem; when a connection
    drops after Telegram took the message nobody can tell whether it was sent, and trying again
    may show it twice, which is the lesser harm.
    """
    pause = REPLY_RETRY_PAUSE_SECONDS
    for attempt in range(1, REPLY_SEND_ATTEMPTS + 1):
        try:
            await bot.send_message(chat_id, message.text, reply_markup=markup(message))
            return
        except BadRequest:
            raise  # Telegram refused this very message: it would refuse it again
        except NetworkError as error:
            if attempt == REPLY_SEND_ATTEMPTS:
                raise
            log.warning("sending a reply failed (%s); trying again", error.message)
            await asyncio.sleep(pause)
            pause *= 2
