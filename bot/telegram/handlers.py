"""Telegram handlers: read the update, make one core call, send what it returns."""

from __future__ import annotations

import asyncio
import logging
from datetime import UTC, datetime
from typing import cast

from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.constants import ChatType
from telegram.error import BadRequest, Forbidden, NetworkError, TelegramError
from telegram.ext import Application, ApplicationHandlerStop, CallbackContext, ExtBot

from bot.tutor.facade import DEFAULT_LANGUAGE, Tutor
from bot.tutor.views import Notice, NoticeView, Reply
from bot.ui.render import Message, Renderer

log = logging.getLogger(__name__)
# A reply is tried this often when Telegram answers 5xx, the connection drops or times out;
# the pause before the next try doubles each time.
REPLY_SEND_ATTEMPTS = 3
REPLY_RETRY_PAUSE_SECONDS = 0.5


class TutorContext(
    CallbackContext[ExtBot[None], dict[object, object], dict[object, object], dict[object, object]]
):
    """The handlers' context: the tutor and the renderer, opened once in post_init."""

    def __init__(
        self,
        application: Application,  # type: ignore[type-arg]
        chat_id: int | None = None,
        user_id: int | None = None,
    ) -> None:
        super().__init__(application=application, chat_id=chat_id, user_id=user_id)

    @property
    def tutor(self) -> Tutor:
        """The tutoring core."""
        return cast(Tutor, self.application.bot_data["tutor"])

    @property
    def renderer(self) -> Renderer:
        """Views to texts and buttons."""
        return cast(Renderer, self.application.bot_data["renderer"])


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


async def on_start(update: Update, context: TutorContext) -> None:
    """Welcome a student back or begin registration."""
    reply = await context.tutor.start(telegram_id=sender_id(update), now=utc_now())
    await send_reply(update, context, reply)


async def on_practice(update: Update, context: TutorContext) -> None:
    """Resume or start today's session."""
    reply = await context.tutor.practice(telegram_id=sender_id(update), now=utc_now())
    await send_reply(update, context, reply)


async def on_streak(update: Update, context: TutorContext) -> None:
    """Show the student's streak."""
    reply = await context.tutor.streak(telegram_id=sender_id(update), now=utc_now())
    await send_reply(update, context, reply)


async def on_stats(update: Update, context: TutorContext) -> None:
    """Show accuracy per topic and recent sessions."""
    reply = await context.tutor.stats(telegram_id=sender_id(update))
    await send_reply(update, context, reply)


async def on_language(update: Update, context: TutorContext) -> None:
    """Offer the language switch."""
    await send_reply(
        update, context, await context.tutor.ask_language(telegram_id=sender_id(update))
    )


async def on_help(update: Update, context: TutorContext) -> None:
    """Explain the commands."""
    await send_reply(update, context, await context.tutor.help(telegram_id=sender_id(update)))


async def on_delete_me(update: Update, context: TutorContext) -> None:
    """Ask the student to confirm deleting their data."""
    await send_reply(
        update, context, await context.tutor.ask_delete(telegram_id=sender_id(update))
    )


async def on_text(update: Update, context: TutorContext) -> None:
    """Take a typed message: a registration step or an answer."""
    text = update.effective_message.text if update.effective_message else None
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
    if query.message is None or query.message.chat.type != ChatType.PRIVATE:
        # Dars puts buttons only under its own messages in private chats: anything else (an
        # inline message, a group) is not one of them, and acting on it would answer nowhere.
        await query.answer()
        return
    reply = await dispatch_button(context.tutor, sender_id(update), query.data or "")
    await query.answer()
    if reply.quiet:
        return
    if query.message is not None and (query.data or "").startswith(("hint:", "skip:", "delete:")):
        # The pressed keyboard is spent; taking it away prevents confusing second presses.
        try:
            await query.edit_message_reply_markup(reply_markup=None)
        except BadRequest:
            log.debug("keyboard was already removed")
    await send_reply(update, context, reply)


async def dispatch_button(tutor: Tutor, telegram_id: int, data: str) -> Reply:
    """Call the use case a button's callback data names; anything malformed is a stale button."""
    now = utc_now()
    name, _, rest = data.partition(":")
    if name == "lang" and rest in ("bn", "en"):
        return await tutor.choose_language(telegram_id=telegram_id, language=rest, now=now)
    if name == "delete" and rest in ("yes", "no"):
        return await tutor.confirm_delete(telegram_id=telegram_id, confirmed=rest == "yes")
    fields = rest.split(":") if rest else []
    numbers = [int(f) for f in fields if f.isascii() and f.isdecimal() and len(f) < 12]
    match name, numbers if len(numbers) == len(fields) else None:
        case "practice", []:
            return await tutor.practice(telegram_id=telegram_id, now=now)
        case "grade", [grade]:
            return await tutor.choose_grade(telegram_id=telegram_id, grade=grade)
        case "hint", [session_id, position, seen]:
            return await tutor.hint(
                telegram_id=telegram_id,
                session_id=session_id,
                position=position,
                hints_seen=seen,
                now=now,
            )
        case "skip", [session_id, position]:
            return await tutor.skip(
                telegram_id=telegram_id, session_id=session_id, position=position, now=now
            )
    return await tutor.notice(telegram_id=telegram_id, notice=Notice.STALE_BUTTON)


async def on_error(update: object, context: TutorContext) -> None:
    """Log the failure and apologise to the student; never let an exception reach them."""
    log.error("error while handling an update", exc_info=context.error)
    if not isinstance(update, Update) or update.effective_chat is None:
        return
    if isinstance(context.error, Forbidden):
        return
    reply = Reply(DEFAULT_LANGUAGE, (NoticeView(Notice.ERROR),))
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
