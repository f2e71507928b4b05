"""Configure logging so that no secret (bot token, API key, webhook secret, password) is written.

Libraries log secrets at levels an operator may well turn on: httpx logs every request URL at
INFO, and Telegram's URLs hold the bot token; python-telegram-bot logs its API URL and each
call's parameters (a webhook's secret token among them) at DEBUG. Redacting at the moment a
record is made, rather than in one handler, keeps every handler (a file, a log shipper, pytest's
capture) clean, whatever level each logger is set to.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from typing import Any
from urllib.parse import quote

from bot.settings import Settings
from db.engine import database_password

REDACTED = "[redacted]"
# Shorter strings than this are not treated as secrets: replacing them would garble every line.
MIN_SECRET_LENGTH = 4


def secrets_of(settings: Settings) -> list[str]:
    """Return every secret the settings hold, as text that could turn up in a log line."""
    found: list[str] = []
    if settings.TELEGRAM_BOT_TOKEN is not None:
        token = settings.TELEGRAM_BOT_TOKEN.get_secret_value()
        # The part after the colon is the secret; the bot's id before it is public.
        found += [token, token.partition(":")[2]]
    for secret in (settings.ANTHROPIC_API_KEY, settings.WEBHOOK_SECRET):
        if secret is not None:
            found.append(secret.get_secret_value())
    password = database_password(settings.DATABASE_URL)
    if password:
        # As typed in DATABASE_URL (percent-encoded) and as a driver would show it.
        found += [str(password), quote(str(password), safe="")]
    return [s for s in found if len(s) >= MIN_SECRET_LENGTH]


def redact(text: str, secrets: Iterable[str]) -> str:
    """Return text with each secret replaced."""
    for secret in secrets:
        text = text.replace(secret, REDACTED)
    return text


def install_secret_redaction(secrets: Iterable[str]) -> None:
    """Make every log record from now on carry its message and traceback with secrets replaced.

    The message is formatted with its arguments at once (so a secret in an argument is caught)
    and the traceback is rendered into exc_text, which formatters use instead of rendering
    exc_info again.
    """
    # Longest first, so a token is replaced whole before its secret half is looked for.
    known = sorted(set(secrets), key=len, reverse=True)
    if not known:
        return
    make_record = logging.getLogRecordFactory()
    formatter = logging.Formatter()

    def redacted_record(*args: Any, **kwargs: Any) -> logging.LogRecord:
        record = make_record(*args, **kwargs)
        try:
            message = record.getMessage()
        except (TypeError, ValueError):
            message = str(record.msg)  # a bad format string: logging reports it; keep it plain
        record.msg, record.args = redact(message, known), ()
        if record.exc_info and not record.exc_text:
            record.exc_text = formatter.formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text, known)
        if record.stack_info:
            record.stack_info = redact(record.stack_info, known)
        return record

    logging.setLogRecordFactory(redacted_record)


def configure_logging(settings: Settings, *, level: int = logging.INFO) -> None:
    """Log to stderr at `level`, with every secret the settings hold redacted."""
    logging.basicConfig(level=level, format="%(asctime)s %(levelname)s %(name)s %(message)s")
    # Redacted anyway, but one line per HTTP request drowns everything else at INFO.
    logging.getLogger("httpx").setLevel(logging.WARNING)
    # Two lines a minute per job saying it ran; the jobs log their own line when they did work.
    logging.getLogger("apscheduler.executors.default").setLevel(logging.WARNING)
    install_secret_redaction(secrets_of(settings))
