"""Build the python-telegram-bot Application: handlers, context type, start-up and shut-down."""

from __future__ import annotations

from typing import Any

from telegram import BotCommand
from telegram.ext import (
    AIORateLimiter,
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    MessageHandler,
    filters,
)

from bot import handlers
from bot.handlers import TutorContext
from bot.render import Renderer
from bot.settings import Settings
from bot.tutor.factory import TutorRuntime

COMMANDS = ("practice", "streak", "stats", "language", "help", "delete_me")
_COMMAND_TEXTS = {
    "en": {
        "practice": "Today's problems",
        "streak": "Your streak",
        "stats": "Your progress",
        "language": "Switch language",
        "help": "How Dars works",
        "delete_me": "Delete your data",
    },
    "bn": {
        "practice": "আজকের সমস্যা",
        "streak": "তোমার ধারা",
        "stats": "তোমার অগ্রগতি",
        "language": "ভাষা বদলাও",
        "help": "দারস কীভাবে কাজ করে",
        "delete_me": "তোমার তথ্য মুছে ফেলো",
    },
}

TutorApplication = Application[Any, TutorContext, Any, Any, Any, Any]


def build_application(settings: Settings, runtime: TutorRuntime) -> TutorApplication:
    """Return the Application wired to the tutor; it talks only to settings.TELEGRAM_API_URL."""
    if settings.TELEGRAM_BOT_TOKEN is None:
        raise ValueError("TELEGRAM_BOT_TOKEN is not set")
    root = settings.TELEGRAM_API_URL
    context_types = ContextTypes(context=TutorContext)

    async def post_init(application: TutorApplication) -> None:
        application.bot_data["tutor"] = runtime.tutor
        application.bot_data["renderer"] = Renderer(
            timezone=settings.timezone, problems_per_session=settings.PROBLEMS_PER_SESSION
        )
        for language in ("en", "bn"):
            commands = [BotCommand(name, _COMMAND_TEXTS[language][name]) for name in COMMANDS]
            await application.bot.set_my_commands(commands, language_code=language)
        await application.bot.set_my_commands(
            [BotCommand(name, _COMMAND_TEXTS["bn"][name]) for name in COMMANDS]
        )

    async def post_shutdown(application: TutorApplication) -> None:
        await runtime.close()

    application = (
        ApplicationBuilder()
        .token(settings.TELEGRAM_BOT_TOKEN.get_secret_value())
        .base_url(f"{root}/bot")
        .base_file_url(f"{root}/file/bot")
        .context_types(context_types)
        .rate_limiter(
            AIORateLimiter(overall_max_rate=settings.TELEGRAM_RATE_LIMIT_PER_SECOND, max_retries=3)
        )
        .concurrent_updates(True)
        .post_init(post_init)
        .post_shutdown(post_shutdown)
        .build()
    )
    add_handlers(application)
    return application


def add_handlers(application: TutorApplication) -> None:
    """Register every handler; group chats get one line saying the tutor is private-only."""
    private = filters.ChatType.PRIVATE
    new_messages = filters.UpdateType.MESSAGE
    application.add_handler(
        MessageHandler(~private & filters.COMMAND & new_messages, handlers.on_group)
    )
    commands = {
        "start": handlers.on_start,
        "practice": handlers.on_practice,
        "streak": handlers.on_streak,
        "stats": handlers.on_stats,
        "language": handlers.on_language,
        "help": handlers.on_help,
        "delete_me": handlers.on_delete_me,
    }
    for name, callback in commands.items():
        application.add_handler(CommandHandler(name, callback, filters=private & new_messages))
    application.add_handler(
        MessageHandler(private & new_messages & filters.COMMAND, handlers.on_unknown_command)
    )
    application.add_handler(
        MessageHandler(private & new_messages & filters.TEXT, handlers.on_text)
    )
    application.add_handler(MessageHandler(private & new_messages, handlers.on_non_text))
    application.add_handler(CallbackQueryHandler(handlers.on_button))
    application.add_error_handler(handlers.on_error)
