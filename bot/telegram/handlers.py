"""Telegram handlers: read the update, make one core call, send what it returns."""

from __future__ import annotations

import logging
from collections.abc import Callable, Coroutine
from datetime import UTC, datetime
from typing import Any

from telegram import Update
from telegram.constants import ChatType
from telegram.error import Forbidden, TelegramError
from telegram.ext import ApplicationHandlerStop

from bot.telegram.context import TutorContext
from bot.telegram.sending import app_language, send_reply, typing_while_slow
from bot.tutor.replies import Notice, NoticeView, Reply
from bot.ui.buttons import parse_button
from bot.ui.commands import Command, CommandCall

log = logging.getLogger(__name__)


def utc_now() -> datetime:
    """Return the current moment; handlers pass time into the core."""
    return datetime.now(UTC)


async def ignore_incomplete(update: Update, context: TutorContext) -> None:
    """Stop an update that names no sender, or no chat to answer in, before any handler runs.

    Telegram leaves `from` out of channel posts and some service messages, and PTB parses a
    message without its chat; the tutor acts only for the person who sent an update, so such an
    update is dropped rather than guessed at. A button press has no chat when it sits under an
    inline message: it still reaches on_button, which answers it so the button stops spinning.
    """
    if update.effective_user is not None and (
        update.effective_chat is not None or update.callback_query is not None
    ):
        return
    log.debug("ignored an update without a sender or a chat")
    raise ApplicationHandlerStop


def sender_id(update: Update) -> int:
    """Return the Telegram id of whoever sent the update."""
    user = update.effective_user
    if user is None:
        raise ValueError("update without a sender")
    return user.id


def command_call(update: Update, context: TutorContext) -> CommandCall:
    """Return who sent a command, and what they wrote after it (a class name, a code...)."""
    user = update.effective_user
    return CommandCall(
        telegram_id=sender_id(update),
        now=utc_now(),
        argument=" ".join(context.args or ()),
        sender_name=user.full_name if user is not None else None,
        app_language=app_language(update),
    )


def on_command(command: Command) -> Callable[[Update, TutorContext], Coroutine[Any, Any, None]]:
    """Return the handler of one command of the table: call its use case, send the reply."""

    async def handle(update: Update, context: TutorContext) -> None:
        reply = await command.run(context.tutor, command_call(update, context))
        await send_reply(update, context, reply)

    handle.__doc__ = f"Handle /{command.name}."
    return handle


async def on_text(update: Update, context: TutorContext) -> None:
    """Take a typed message: a registration step or an answer."""
    text = update.effective_message.text if update.effective_message else None
    chat = update.effective_chat
    async with typing_while_slow(context.bot, chat.id if chat else None):
        reply = await context.tutor.submit_text(
            telegram_id=sender_id(update), text=text or "", now=utc_now()
        )
    await send_reply(update, context, reply)


async def on_notice(update: Update, context: TutorContext, notice: Notice) -> None:
    """Answer input the tutor can't use with one clear line in the student's language."""
    reply = await context.tutor.notice(telegram_id=sender_id(update), notice=notice)
    await send_reply(update, context, reply)


async def on_non_text(update: Update, context: TutorContext) -> None:
    """Say that only typed answers are read (stickers, photos, voice, documents...)."""
    await on_notice(update, context, Notice.TEXT_ONLY)


async def on_unknown_command(update: Update, context: TutorContext) -> None:
    """Point to /help for a command the bot doesn't have."""
    await on_notice(update, context, Notice.UNKNOWN_COMMAND)


async def on_group(update: Update, context: TutorContext) -> None:
    """Say once per group that the tutor works only in private chats; stay quiet after that."""
    chat, user = update.effective_chat, update.effective_user
    if chat is None or chat.type not in (ChatType.GROUP, ChatType.SUPERGROUP):
        return  # a channel: posting there would speak to all its readers
    reply = await context.tutor.tell_group(
        chat_id=chat.id, telegram_id=user.id if user else None, now=utc_now()
    )
    await send_reply(update, context, reply)


async def on_button(update: Update, context: TutorContext) -> None:
    """Act on an inline button after checking it against the presser's own state."""
    query = update.callback_query
    if query is None:
        return
    # Answered before any work: until then the button spins, and Telegram refuses an answer
    # that comes after about 15 s (a hint may wait on Claude).
    await query.answer()
    if query.message is None or query.message.chat.type != ChatType.PRIVATE:
        # Dars puts buttons only under its own messages in private chats: anything else (an
        # inline message, a group) is not one of them, and acting on it would answer nowhere.
        return
    button = parse_button(query.data or "")
    telegram_id, tutor = sender_id(update), context.tutor
    async with typing_while_slow(context.bot, query.message.chat.id):
        if button is None:
            reply = await tutor.notice(telegram_id=telegram_id, notice=Notice.STALE_BUTTON)
        else:
            reply = await button.press(tutor, telegram_id, utc_now())
    # No keyboard is taken away: a spent button of the student's own practice is answered
    # silently, so the old keyboard never misleads, and each press costs one message at most.
    await send_reply(update, context, reply)


async def on_error(update: object, context: TutorContext) -> None:
    """Log the failure and apologise to the student; never let an exception reach them."""
    log.error("error while handling an update", exc_info=context.error)
    if not isinstance(update, Update) or update.effective_chat is None:
        return
    if isinstance(context.error, Forbidden):
        return
    reply = Reply(None, (NoticeView(Notice.ERROR),))
    if update.effective_user is not None:
        try:
            reply = await context.tutor.notice(
                telegram_id=update.effective_user.id, notice=Notice.ERROR
            )
        except Exception:
            log.warning("could not look up the student's language for the apology")
    try:
        await send_reply(update, context, reply)
    except TelegramError:
        log.warning("could not send the apology either", exc_info=True)
