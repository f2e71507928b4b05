"""Secrets never leave a log record: not in its arguments, its message or its traceback."""

from __future__ import annotations

import logging
from collections.abc import Iterator

import pytest

from bot.logging_setup import REDACTED, install_secret_redaction, secrets_of
from bot.settings import Settings


@pytest.fixture
def redacting() -> Iterator[None]:
    previous = logging.getLogRecordFactory()
    install_secret_redaction(["123:bot-token-secret", "bot-token-secret", "pa ss@word"])
    yield
    logging.setLogRecordFactory(previous)


def test_a_secret_in_arguments_or_a_traceback_is_replaced(
    redacting: None, caplog: pytest.LogCaptureFixture
) -> None:
    log = logging.getLogger("dars.test")
    log.warning("calling %s with %r", "https://api/bot123:bot-token-secret/getMe", {"k": 1})
    try:
        raise RuntimeError("bad password pa ss@word")
    except RuntimeError:
        log.exception("failed")
    first, second = caplog.records
    assert first.getMessage() == f"calling https://api/bot{REDACTED}/getMe with {{'k': 1}}"
    assert second.exc_text is not None
    assert "pa ss@word" not in second.exc_text
    assert f"RuntimeError: bad password {REDACTED}" in second.exc_text
    assert "bot-token-secret" not in caplog.text
    assert "pa ss@word" not in caplog.text


def test_every_secret_of_the_settings_is_known_percent_encoded_too() -> None:
    settings = Settings(
        TELEGRAM_BOT_TOKEN="123:bot-token-secret",  # type: ignore[arg-type]
        ANTHROPIC_API_KEY="sk-ant-xyz",  # type: ignore[arg-type]
        WEBHOOK_URL="https://dars.example/hook",
        WEBHOOK_SECRET="hook-secret",  # type: ignore[arg-type]
        DATABASE_URL="postgresql://dars:pa%20ss%40word@db/dars",
    )
    assert set(secrets_of(settings)) == {
        "123:bot-token-secret",
        "bot-token-secret",
        "sk-ant-xyz",
        "hook-secret",
        "pa ss@word",
        "pa%20ss%40word",
    }
