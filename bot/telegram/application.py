"""Build the python-telegram-bot Application: handlers, context type, start-up and shut-down."""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from typing import Any

from telegram import BotCommand, Update
from telegram.ext import (
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    MessageHandler,
    TypeHandler,
    filters,
)

from bot.bootstrap import TutorRuntime
from bot.settings import Settings
from bot.telegram import handlers
from bot.telegram.class_digests import TelegramViewSender, run_digest_job
from bot.telegram.context import TutorContext
from bot.telegram.notifier import TelegramNotifier, broadcast_bot, run_job, send_limiter
from bot.tutor.classes import ClassDigests
from bot.tutor.language import DEFAULT_LANGUAGE, Language
from bot.tutor.reminders import Notifications
from bot.ui.commands import COMMANDS, MENU_COMMANDS
from bot.ui.texts import t

TutorApplication = Application[Any, TutorContext, Any, Any, Any, Any]
log = logging.getLogger(__name__)


def build_application(
    settings: Settings, runtime: TutorRuntime, *, schedule: bool = True
) -> TutorApplication:
    """Return the Application wired to the tutor; it talks only to settings.TELEGRAM_API_URL."""
    if settings.TELEGRAM_BOT_TOKEN is None:
        raise ValueError("TELEGRAM_BOT_TOKEN is not set")
    root = settings.TELEGRAM_API_URL
    context_types = ContextTypes(context=TutorContext)

    # One limiter for every message this process sends: replies first, reminders after them.
    limiter = send_limiter(settings)

    async def post_init(application: TutorApplication) -> None:
        renderer = runtime.renderer
        application.bot_data["tutor"] = runtime.tutor
        application.bot_data["renderer"] = renderer
        # Reminders take what replies leave of the send rate, up to TELEGRAM_BROADCAST_SHARE,
        # through a faster transport of their own. A batch stops taking claims once the
        # application is stopping (SIGTERM): PTB waits for running jobs, and the rest of a
        # 20,000-message batch belongs to the next run.
        broadcasts = broadcast_bot(settings)
        await broadcasts.initialize()
        application.bot_data["broadcast_bot"] = broadcasts
        notifier = TelegramNotifier(
            broadcasts,
            renderer,
            limiter=limiter,
            keep_sending=lambda: application.running,
        )
        application.bot_data["notifier"] = notifier
        # The weekly digests and class notices are scheduled messages too: the same lane.
        digest_sender = TelegramViewSender(
            broadcasts,
            renderer,
            limiter=limiter,
            keep_sending=lambda: application.running,
        )
        application.bot_data["digest_sender"] = digest_sender
        renderer.bot_username = application.bot.username  # for classes' deep links
        if schedule:
            schedule_jobs(application, runtime.notifications, notifier)
            schedule_digests(application, runtime.digests, digest_sender)
        for language in Language:
            await application.bot.set_my_commands(menu(language), language_code=language.value)
        await application.bot.set_my_commands(menu(DEFAULT_LANGUAGE))

    async def post_shutdown(application: TutorApplication) -> None:
        broadcasts = application.bot_data.get("broadcast_bot")
        if broadcasts is not None:
            await broadcasts.shutdown()
        await runtime.close()

    application = (
        ApplicationBuilder()
        .token(settings.TELEGRAM_BOT_TOKEN.get_secret_value())
        .base_url(f"{root}/bot")
        .base_file_url(f"{root}/file/bot")
        .context_types(context_types)
        .rate_limiter(limiter)
        .concurrent_updates(True)
        .post_init(post_init)
        .post_shutdown(post_shutdown)
        .build()
    )
    add_handlers(application)
    return application


def menu(language: Language) -> list[BotCommand]:
    """Return Telegram's command menu in a language, from the table of commands."""
    return [BotCommand(c.name, t(language, c.text_key)) for c in MENU_COMMANDS]


def add_handlers(application: TutorApplication) -> None:
    """Register every handler; a group is told once that the tutor works only in private."""
    private = filters.ChatType.PRIVATE
    new_messages = filters.UpdateType.MESSAGE
    # First, in a group of its own: the filters below assume a sender and a chat.
    application.add_handler(TypeHandler(Update, handlers.ignore_incomplete), group=-1)
    application.add_handler(
        MessageHandler(~private & filters.COMMAND & new_messages, handlers.on_group)
    )
    for command in COMMANDS:
        application.add_handler(
            CommandHandler(
                command.name, handlers.on_command(command), filters=private & new_messages
            )
        )
    application.add_handler(
        MessageHandler(private & new_messages & filters.COMMAND, handlers.on_unknown_command)
    )
    application.add_handler(
        MessageHandler(private & new_messages & filters.TEXT, handlers.on_text)
    )
    application.add_handler(MessageHandler(private & new_messages, handlers.on_non_text))
    application.add_handler(CallbackQueryHandler(handlers.on_button))
    application.add_error_handler(handlers.on_error)


def schedule_jobs(
    application: TutorApplication, notifications: Notifications, notifier: TelegramNotifier
) -> None:
    """Run every job each minute from the JobQueue; each run claims its work in the database."""
    job_queue = application.job_queue
    if job_queue is None:
        raise RuntimeError("python-telegram-bot was installed without the job-queue extra")
    for name, first in (("expire", 5), ("reminders", 20), ("nudges", 40)):

        async def tick(_context: TutorContext, name: str = name) -> None:
            # A tick runs as its own task: student updates are handled while a batch goes out.
            try:
                report = await run_job(name, notifications, notifier, now=datetime.now(UTC))
            except Exception:
                log.exception("scheduled job %s failed; the next tick retries", name)
                return
            if report.claimed or report.sent or report.retry_later:
                log.info(report.line())

        job_queue.run_repeating(tick, interval=60, first=first, name=name)


def schedule_digests(
    application: TutorApplication, digests: ClassDigests, sender: TelegramViewSender
) -> None:
    """Run the weekly class digest each minute; it sends only on Thursday evening, once a class."""
    job_queue = application.job_queue
    if job_queue is None:
        raise RuntimeError("python-telegram-bot was installed without the job-queue extra")

    async def tick(_context: TutorContext) -> None:
        try:
            report = await run_digest_job(digests, sender, now=datetime.now(UTC))
        except Exception:
            log.exception("scheduled job digest failed; the next tick retries")
            return
        if report.claimed or report.sent or report.retry_later or report.notices_sent:
            log.info(report.line())

    job_queue.run_repeating(tick, interval=60, first=50, name="digest")
