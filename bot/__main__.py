"""Run Dars: in Telegram when TELEGRAM_BOT_TOKEN is set, otherwise (or with --console) in the terminal."""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys

from sqlalchemy.exc import SQLAlchemyError

from bot.settings import Settings, load_settings
from bot.tutor.factory import TutorRuntime, create_runtime
from db.engine import check_connection

log = logging.getLogger("dars")


def _arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bot", description=__doc__)
    parser.add_argument("--console", action="store_true", help="be a student in this terminal")
    return parser.parse_args(argv)


async def _database_ready(runtime: TutorRuntime) -> bool:
    if not await check_connection(runtime.engine):
        print(
            "dars: cannot reach the database named by DATABASE_URL; check the setting and "
            "that the server is running",
            file=sys.stderr,
        )
        return False
    return True


async def _console(settings: Settings) -> int:
    from bot.console import run_console
    from bot.render import Renderer

    runtime = create_runtime(settings)
    try:
        if not await _database_ready(runtime):
            return 1
        renderer = Renderer(
            timezone=settings.timezone, problems_per_session=settings.PROBLEMS_PER_SESSION
        )
        await run_console(runtime.tutor, renderer)
    except (SQLAlchemyError, LookupError) as error:
        print(f"dars: {error}", file=sys.stderr)
        return 1
    finally:
        await runtime.close()
    return 0


def _telegram(settings: Settings) -> int:
    from bot.app import build_application

    runtime = create_runtime(settings)
    if not asyncio.run(_database_ready(runtime)):
        return 1
    application = build_application(settings, runtime)
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
    return 0


def main(argv: list[str] | None = None) -> int:
    """Start the tutor in Telegram or in the terminal."""
    arguments = _arguments(argv)
    logging.basicConfig(
        level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s %(message)s"
    )
    # httpx logs every request URL, and Telegram URLs contain the bot token.
    logging.getLogger("httpx").setLevel(logging.WARNING)
    settings = load_settings()
    if arguments.console or settings.TELEGRAM_BOT_TOKEN is None:
        if not arguments.console:
            print("dars: TELEGRAM_BOT_TOKEN is not set, so Dars runs here in the terminal.")
        return asyncio.run(_console(settings))
    return _telegram(settings)


if __name__ == "__main__":
    sys.exit(main())
