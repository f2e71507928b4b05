"""Run Dars: in Telegram when TELEGRAM_BOT_TOKEN is set, otherwise (or with --console) in the terminal."""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys

from bot.logging_setup import configure_logging
from bot.settings import Settings, load_settings
from db.engine import DatabaseError, database_problem
from db.revision import missing_database, schema_problem

log = logging.getLogger("dars")


def _arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bot", description=__doc__)
    parser.add_argument("--console", action="store_true", help="be a student in this terminal")
    parser.add_argument(
        "--student",
        metavar="NAME",
        type=_student_name,
        help="in the terminal, be the student NAME (each name keeps its own progress); "
        "implies --console",
    )
    return parser.parse_args(argv)


def _student_name(value: str) -> str:
    if not value.strip():
        raise argparse.ArgumentTypeError("the name must not be empty")
    return value


async def _database_problem(database_url: str) -> str | None:
    # A missing SQLite file first (the write check would create it), then whether this process
    # can write the database, then whether it is migrated to this code's schema.
    return (
        await missing_database(database_url)
        or await database_problem(database_url)
        or await schema_problem(database_url)
    )


def _database_ready(settings: Settings) -> bool:
    # Checked before the rest is imported, so a bad disk or URL fails in a moment.
    problem = asyncio.run(_database_problem(settings.DATABASE_URL))
    if problem is not None:
        print(f"dars: {problem}", file=sys.stderr)
        return False
    return True


async def _console(settings: Settings, student: str | None) -> int:
    from bot.bootstrap import create_runtime
    from bot.console import CONSOLE_STUDENT_ID, named_student_id, run_console

    telegram_id = CONSOLE_STUDENT_ID if student is None else named_student_id(student)
    runtime = create_runtime(settings)
    try:
        await run_console(
            runtime.tutor, runtime.renderer, telegram_id=telegram_id, sender_name=student
        )
    except (DatabaseError, LookupError) as error:
        print(f"dars: {error}", file=sys.stderr)
        return 1
    finally:
        await runtime.close()
    return 0


async def _telegram_problem(settings: Settings) -> str | None:
    """Ask Telegram who the bot is; return what stops the bot from starting, in one line."""
    from telegram import Bot
    from telegram.error import InvalidToken, NetworkError, TelegramError

    assert settings.TELEGRAM_BOT_TOKEN is not None
    root = settings.TELEGRAM_API_URL
    bot = Bot(
        settings.TELEGRAM_BOT_TOKEN.get_secret_value(),
        base_url=f"{root}/bot",
        base_file_url=f"{root}/file/bot",
    )
    try:
        async with bot:  # initialising calls getMe
            return None
    except InvalidToken:
        return "Telegram refused TELEGRAM_BOT_TOKEN; check the token @BotFather gave you"
    except NetworkError as error:
        return f"cannot reach Telegram at TELEGRAM_API_URL={root} ({error.message})"
    except TelegramError as error:
        return f"Telegram answered getMe with an error: {error.message}"


def _telegram(settings: Settings) -> int:
    from bot.bootstrap import create_runtime
    from bot.telegram.application import build_application

    # Checked here, not left to run_polling: its retry loop would print a page of traceback.
    problem = asyncio.run(_telegram_problem(settings))
    if problem is not None:
        print(f"dars: {problem}", file=sys.stderr)
        return 1
    runtime = create_runtime(settings)
    application = build_application(settings, runtime)
    # SIGTERM and SIGINT end polling: updates being handled finish and their replies go out,
    # the JobQueue stops, then post_shutdown closes the database pool.
    if settings.WEBHOOK_URL:
        secret = settings.WEBHOOK_SECRET.get_secret_value() if settings.WEBHOOK_SECRET else None
        application.run_webhook(
            listen=settings.WEBHOOK_LISTEN,
            port=settings.WEBHOOK_PORT,
            webhook_url=settings.WEBHOOK_URL,
            secret_token=secret,
            allowed_updates=["message", "callback_query"],
        )
    else:
        application.run_polling(allowed_updates=["message", "callback_query"])
    log.info("stopped")
    return 0


def main(argv: list[str] | None = None) -> int:
    """Start the tutor in Telegram or in the terminal."""
    arguments = _arguments(argv)
    settings = load_settings()
    # Before anything logs: every record is stripped of the token, keys and passwords.
    configure_logging(settings)
    console = arguments.console or arguments.student is not None
    if console or settings.TELEGRAM_BOT_TOKEN is None:
        if not console:
            print("dars: TELEGRAM_BOT_TOKEN is not set, so Dars runs here in the terminal.")
        try:
            if not _database_ready(settings):
                return 1
            return asyncio.run(_console(settings, arguments.student))
        except KeyboardInterrupt:
            # Ctrl-C before the terminal took it over (while starting), or where the event loop
            # can't catch signals: end as /quit does.
            from bot.console import GOODBYE

            print(f"\n{GOODBYE}")
            return 0
    if not _database_ready(settings):
        return 1
    return _telegram(settings)


if __name__ == "__main__":
    sys.exit(main())
