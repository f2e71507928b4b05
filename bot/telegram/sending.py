"""Send rendered messages to Telegram: inline keyboards, and retries after server errors."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup, InputFile, Update
from telegram.constants import ChatAction
from telegram.error import BadRequest, NetworkError, TelegramError

from bot.telegram.context import TutorContext
from bot.tutor.language import Language
from bot.tutor.replies import Reply
from bot.ui.render import Message

log = logging.getLogger(__name__)
# A reply is tried this often when Telegram answers 5xx, the connection drops or times out;
# the pause before the next try doubles each time.
REPLY_SEND_ATTEMPTS = 3
REPLY_RETRY_PAUSE_SECONDS = 0.5
# Quick work shows nothing; slow work (Claude writing a hint or a verdict) shows "typing...",
# which Telegram displays for about 5 s per call.
TYPING_AFTER_SECONDS = 1.0
TYPING_LASTS_SECONDS = 4.5


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


def app_language(update: Update) -> Language | None:
    """Return the language of the sender's Telegram app, if Dars speaks it."""
    code = (update.effective_user.language_code or "") if update.effective_user else ""
    return next((language for language in Language if code.startswith(language.value)), None)


async def send_reply(update: Update, context: TutorContext, reply: Reply) -> None:
    """Send a reply, as one message, to the chat the update came from."""
    chat = update.effective_chat
    if chat is None:
        return
    for message in context.renderer.render(reply, language=app_language(update)):
        await send_message_retrying(context.bot, chat.id, message)


@asynccontextmanager
async def typing_while_slow(bot: Bot, chat_id: int | None) -> AsyncIterator[None]:
    """Show "typing..." in the chat while the work inside takes longer than a moment."""

    async def keep_typing() -> None:
        await asyncio.sleep(TYPING_AFTER_SECONDS)
        while chat_id is not None:
            try:
                await bot.send_chat_action(chat_id, ChatAction.TYPING)
            except TelegramError as error:
                log.debug("could not show typing: %s", error)
            await asyncio.sleep(TYPING_LASTS_SECONDS)

    typing = asyncio.create_task(keep_typing())
    try:
        yield
    finally:
        typing.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await typing


async def send_once(bot: Bot, chat_id: int, message: Message) -> None:
    """Send one message: a text, or a file (a document or a photo) with the text as its caption."""
    attachment = message.attachment
    if attachment is None:
        await bot.send_message(chat_id, message.text, reply_markup=markup(message))
        return
    # Drawn in a thread: a chart is a quarter of a second of CPU that other chats need not wait.
    content = await asyncio.to_thread(attachment.make)
    if attachment.photo:
        photo = InputFile(content, filename=attachment.filename)
        await bot.send_photo(chat_id, photo, caption=message.text, reply_markup=markup(message))
    else:
        document = InputFile(content, filename=attachment.filename)
        await bot.send_document(
            chat_id, document, caption=message.text, reply_markup=markup(message)
        )


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
            await send_once(bot, chat_id, message)
            return
        except BadRequest:
            raise  # Telegram refused this very message: it would refuse it again
        except NetworkError as error:
            if attempt == REPLY_SEND_ATTEMPTS:
                raise
            log.warning("sending a reply failed (%s); trying again", error.message)
            await asyncio.sleep(pause)
            pause *= 2
